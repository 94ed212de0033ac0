/** Shape of one article in the open-data export (/data/<year>.json), and what each field means. */
import type { ArticleRecord } from './archive.ts';
import { isoArchiveDate } from './dates.ts';
import { urls } from './urls.ts';

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
  page: string | null;
  source: string;
  sourceUrl: string;
  credits: ArticleRecord['credits'];
  corrections: { original: string; corrected: string; note?: string | undefined }[];
  text: string;
}

export function openDataRecord(
  article: ArticleRecord,
  extra: { dateEvidence?: string | undefined; corrections: OpenDataRecord['corrections'] },
  body: string,
  site: URL,
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
    page: article.page ?? null,
    source: article.source,
    sourceUrl: new URL(urls.sourceText(article.source), site).href,
    credits: article.credits,
    corrections: extra.corrections,
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
  zone: '主要园区的标识',
  relatedZones: '相关园区的标识',
  campaigns: '主题活动的标识',
  topics: '话题的标识',
  newspaper: '报纸的标识（报名未印时为 null）',
  newspaperPrinted: '报名是否印在本版面上',
  page: '版次（未印时为 null）',
  source: '原始 OCR 文本的标识',
  sourceUrl: '原始 OCR 文本的网址',
  credits: '署名：角色、原文标注与姓名',
  corrections: '校勘记录：原文、更正与说明',
  text: '正文（Markdown）',
};
