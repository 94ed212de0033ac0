/**
 * The open-data export: per year, /data/<year>.json (articles with text, captions, notes and
 * credits, plus the zones, campaigns and people those articles name) and /data/<year>.csv
 * (one row of metadata per article, for spreadsheets). Each file kind has a JSON Schema,
 * published beside it and checked against the built files in the tests.
 */
import type { ArticleRecord } from './archive.ts';
import { omittedRange, rangeText, type OmittedLines } from './left-out-lines.ts';
import { isoArchiveDate } from './dates.ts';
import { ROLE_NAMES, ROLES, type Role } from './people.ts';
import { urls } from './urls.ts';

export interface OpenDataCredit {
  role: Role;
  roleName: string;
  label: string | null;
  title: string | null;
  name: string;
  id: string | null;
  person: string | null;
}

export interface OpenDataCaption {
  text: string;
  credit: string | null;
  person: string | null;
}

export interface OpenDataRecord {
  id: string;
  url: string;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  date: string;
  datePrecision: string;
  dateEvidence: string | null;
  zone: string;
  relatedZones: string[];
  campaigns: string[];
  topics: string[];
  newspaper: string | null;
  newspaperPrinted: boolean;
  newspaperNote: string | null;
  page: string | null;
  pageName: string | null;
  column: string | null;
  source: string;
  order: number;
  sourceUrl: string;
  credits: OpenDataCredit[];
  captions: OpenDataCaption[];
  corrections: { original: string; corrected: string; note?: string | undefined }[];
  editorialNotes: string[];
  continuedIn: string | null;
  reordered: boolean;
  omittedLines: { lines: string; reason: string }[];
  text: string;
}

export interface OpenDataExtra {
  dateEvidence?: string | undefined;
  newspaperNote?: string | undefined;
  corrections: OpenDataRecord['corrections'];
  captions?: readonly { text: string; credit?: string | undefined }[] | undefined;
  editorialNotes?: readonly string[] | undefined;
  continuedIn?: string | undefined;
  reordered?: true | undefined;
  omittedLines?: readonly OmittedLines[] | undefined;
}

/** The slug of the person a credit (or caption credit, by index) names, or undefined. */
export type PersonOf = (from: 'credit' | 'caption', index: number) => string | undefined;

export function openDataRecord(
  article: ArticleRecord,
  extra: OpenDataExtra,
  body: string,
  site: URL,
  personOf: PersonOf = () => undefined,
): OpenDataRecord {
  return {
    id: article.id,
    url: new URL(urls.article(article.id), site).href,
    kicker: article.kicker ?? null,
    title: article.title,
    subtitle: article.subtitle ?? null,
    date: isoArchiveDate(article.date),
    datePrecision: article.date.precision,
    dateEvidence: extra.dateEvidence ?? null,
    zone: article.zone,
    relatedZones: article.relatedZones,
    campaigns: article.campaigns,
    topics: article.topics,
    newspaper: article.newspaper ?? null,
    newspaperPrinted: article.newspaperPrinted,
    newspaperNote: extra.newspaperNote ?? null,
    page: article.page ?? null,
    pageName: article.pageName ?? null,
    column: article.column ?? null,
    source: article.source,
    order: article.order,
    sourceUrl: new URL(urls.sourceText(article.source), site).href,
    credits: article.credits.map((credit, i) => ({
      role: credit.role,
      roleName: ROLE_NAMES[credit.role],
      label: credit.label ?? null,
      title: credit.title ?? null,
      name: credit.name,
      id: credit.id ?? null,
      person: personOf('credit', i) ?? null,
    })),
    captions: (extra.captions ?? []).map((caption, i) => ({
      text: caption.text,
      credit: caption.credit ?? null,
      person: caption.credit ? (personOf('caption', i) ?? null) : null,
    })),
    corrections: extra.corrections,
    editorialNotes: [...(extra.editorialNotes ?? [])],
    continuedIn: extra.continuedIn ?? null,
    reordered: extra.reordered === true,
    // The schema and the content checks have made sure of the lines.
    omittedLines: (extra.omittedLines ?? []).map(({ lines, reason }) => ({
      lines: rangeText(omittedRange(lines)!),
      reason,
    })),
    text: body.trim(),
  };
}

/** What each field holds, for the open-data page (one entry per field, checked by the type). */
export const OPEN_DATA_FIELDS: Record<keyof OpenDataRecord, string> = {
  id: '文章标识，也是文章网址的最后一段',
  url: '文章页的永久链接',
  kicker: '引题（无则为 null）',
  title: '主题',
  subtitle: '副题（无则为 null）',
  date: '日期：YYYY-MM-DD、YYYY-MM 或 YYYY，精确到版面所印或所能估计的程度',
  datePrecision: '日期精度：day 为确切日期；month、year 为依据文中线索的估计',
  dateEvidence: '估计日期的原文依据（版面印有日期时为 null）',
  zone: '主要园区的标识（见 zones 表）',
  relatedZones: '相关园区的标识',
  campaigns: '主题活动的标识（见 campaigns 表）',
  topics: '话题的标识（见 topics 表）',
  newspaper: '报纸的标识（见 newspapers 表；报名未知时为 null）',
  newspaperPrinted: '报名是否印在本版面上；为 false 而 newspaper 不为 null 时，报名系档案推定',
  newspaperNote: '报名未印或推定的说明（无则为 null）',
  page: '版次（未印时为 null）',
  pageName: '版名，如“创新园区”（未印时为 null）',
  column: '栏目或专版标题，如“党建在高新”（未印时为 null）',
  source: '原始 OCR 文本的标识',
  order: '本文在该版面上的次序：1、2、3……',
  sourceUrl: '原始 OCR 文本的网址',
  credits:
    '署名，照版面所印：role 角色（writer、photographer、editor、layout），roleName 角色中文名，label 名前所印标注，title 称谓，name 所印姓名，id 同名者的区分标识，person 人物标识（见 people 表；非人名时为 null）',
  captions: '图片说明：text 说明文字，credit 所印图片署名，person 人物标识（无则为 null）',
  corrections: '校勘记录：原文、更正与说明',
  editorialNotes: '版式整理说明',
  continuedIn: '本文转至同一期另一版续完时，续文那篇的标识（无则为 null）',
  reordered: '正文段落是否按编者说明调整过版面上的次序',
  omittedLines:
    '版面上有意不录的行（广告、转版提示、不收录的他篇等）：lines 原始 OCR 文本的行号或行号范围（如 "57-60"），reason 不录的原因',
  text: '正文（Markdown）',
};

export interface OpenDataZone {
  id: string;
  name: string;
  fullName: string;
  kind: string;
  province: string;
  city: string;
  url: string;
}

export interface OpenDataCampaign {
  id: string;
  name: string;
  aliases: string[];
  period: string | null;
  url: string;
}

export interface OpenDataTopic {
  id: string;
  name: string;
  url: string;
}

export interface OpenDataNewspaper {
  id: string;
  name: string;
  aliases: string[];
  description: string;
  url: string;
}

export interface OpenDataPerson {
  person: string;
  name: string;
  id: string | null;
  roles: Role[];
  url: string;
  /** This file's articles that credit the person. */
  articles: string[];
}

export interface OpenDataYearFile {
  year: number;
  articles: OpenDataRecord[];
  zones: OpenDataZone[];
  campaigns: OpenDataCampaign[];
  topics: OpenDataTopic[];
  newspapers: OpenDataNewspaper[];
  people: OpenDataPerson[];
}

export const OPEN_DATA_TABLES: Record<'zones' | 'campaigns' | 'topics' | 'newspapers' | 'people', string> = {
  zones: '本文件文章所涉园区：id、name 简称、fullName 全称、kind 类别、province、city、url',
  campaigns: '本文件文章所涉主题活动：id、name、aliases 别称、period 时段（无则为 null）、url',
  topics: '本文件文章所涉话题：id、name、url',
  newspapers: '本文件文章所载报纸：id、name 报名、aliases 别称、description 说明、url',
  people:
    '本文件文章署名中的人物：person 人物标识、name 姓名、id 同名区分标识、roles 角色、url 人物页、articles 本文件中署其名的文章',
};

// ---- CSV ------------------------------------------------------------------------------

/** One CSV column: its header and how a record fills it. */
export const CSV_COLUMNS: { name: string; value: (r: OpenDataRecord) => string }[] = [
  { name: 'id', value: (r) => r.id },
  { name: 'url', value: (r) => r.url },
  { name: 'date', value: (r) => r.date },
  { name: 'datePrecision', value: (r) => r.datePrecision },
  { name: 'kicker', value: (r) => r.kicker ?? '' },
  { name: 'title', value: (r) => r.title },
  { name: 'subtitle', value: (r) => r.subtitle ?? '' },
  { name: 'zone', value: (r) => r.zone },
  { name: 'relatedZones', value: (r) => r.relatedZones.join(';') },
  { name: 'campaigns', value: (r) => r.campaigns.join(';') },
  { name: 'topics', value: (r) => r.topics.join(';') },
  { name: 'newspaper', value: (r) => r.newspaper ?? '' },
  { name: 'newspaperPrinted', value: (r) => String(r.newspaperPrinted) },
  { name: 'page', value: (r) => r.page ?? '' },
  { name: 'pageName', value: (r) => r.pageName ?? '' },
  { name: 'column', value: (r) => r.column ?? '' },
  ...ROLES.map((role) => ({
    name: `${role}s`,
    value: (r: OpenDataRecord) =>
      r.credits
        .filter((c) => c.role === role)
        .map((c) => c.name)
        .join(';'),
  })),
  { name: 'captions', value: (r) => String(r.captions.length) },
  { name: 'corrections', value: (r) => String(r.corrections.length) },
  { name: 'source', value: (r) => r.source },
  { name: 'order', value: (r) => String(r.order) },
  { name: 'continuedIn', value: (r) => r.continuedIn ?? '' },
];

/** RFC 4180 §2: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A whole CSV file: header row, CRLF after every row (RFC 4180), and a UTF-8 byte-order mark
 * first. Without the mark, Excel on Chinese Windows reads a CSV as GBK and shows every
 * Chinese field as mojibake; LibreOffice, pandas (utf-8-sig), R and Python's csv all skip it.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')}`;
}

export function articlesCsv(records: readonly OpenDataRecord[]): string {
  return toCsv([CSV_COLUMNS.map((c) => c.name), ...records.map((r) => CSV_COLUMNS.map((c) => c.value(r)))]);
}

/** RFC 4180 reader, for tests and for anyone checking a file: the BOM dropped, rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.startsWith('\ufeff') ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && input[i + 1] === '\n') {
      (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    } else field += c;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}
