/**
 * References for a newspaper article.
 *
 * GB/T 7714-2015 (§4.4 and the newspaper examples of §8):
 *   作者. 题名[N]. 报纸名, 出版日期(版次).
 *   作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径.
 * What the page does not print is never passed off as printed: the standard brackets what
 * the cataloguer supplies, so an estimated date is [2021-06] and a newspaper the page does
 * not name but the archive infers is [中国高新技术产业导报]. An unknown one is [报名不详].
 *
 * RIS and CSL-JSON carry the same facts for reference managers; names are the people of the
 * byline (lib/people.ts), so a label such as 绪言 is never an author.
 */
import { citationDate, isoArchiveDate, type ArchiveDate } from './dates.ts';

export interface CitationInput {
  authors: string[];
  title: string;
  subtitle?: string | undefined;
  newspaperName?: string | undefined;
  /** The newspaper is the archive's inference, not printed on the page. */
  newspaperInferred?: boolean | undefined;
  date: ArchiveDate;
  page?: string | undefined;
}

export interface OnlineCitationInput extends CitationInput {
  /** The article's permanent URL. */
  url: string;
}

/** What stands in the online form's access date until the reader's copy fills it in. */
export const ACCESS_DATE_PLACEHOLDER = '引用日期';

/** More than three authors: the first three, then "等" (GB/T 7714-2015 §8.1.2). */
export function citationAuthors(authors: string[]): string {
  const unique = [...new Set(authors)];
  return unique.length > 3 ? `${unique.slice(0, 3).join(', ')}, 等` : unique.join(', ');
}

/** The newspaper as a reference names it: as printed, [inferred] or [报名不详]. */
export function citationNewspaper(input: Pick<CitationInput, 'newspaperName' | 'newspaperInferred'>): string {
  if (!input.newspaperName) return '[报名不详]';
  return input.newspaperInferred ? `[${input.newspaperName}]` : input.newspaperName;
}

function citationTitle(input: CitationInput): string {
  return input.subtitle ? `${input.title}：${input.subtitle}` : input.title;
}

function citationHead(input: CitationInput, type: 'N' | 'N/OL'): string {
  const authors = citationAuthors(input.authors);
  const page = input.page ? `(${input.page})` : '';
  return `${authors ? `${authors}. ` : ''}${citationTitle(input)}[${type}]. ${citationNewspaper(input)}, ${citationDate(input.date)}${page}`;
}

export function formatCitation(input: CitationInput): string {
  return `${citationHead(input, 'N')}.`;
}

/**
 * The online form in three parts, so a page can put the access date in its own element for
 * the reader's browser to fill in: `${before}${accessDate}${after}`.
 */
export function onlineCitationParts(input: OnlineCitationInput): { before: string; after: string } {
  return { before: `${citationHead(input, 'N/OL')}[`, after: `]. ${input.url}.` };
}

/** The online form with a given access date (YYYY-MM-DD), or the placeholder. */
export function formatOnlineCitation(input: OnlineCitationInput, accessDate = ACCESS_DATE_PLACEHOLDER): string {
  const { before, after } = onlineCitationParts(input);
  return `${before}${accessDate}${after}`;
}

export interface ReferenceInput extends OnlineCitationInput {
  id: string;
  kicker?: string | undefined;
  /** Said in a note: why the date or newspaper is an estimate. */
  notes: string[];
}

const datePartsOf = (date: ArchiveDate) => [date.year, date.month, date.day].filter((n) => n !== undefined);

/** RIS (the tagged format of EndNote, Zotero, NoteExpress…): TY NEWS, one tag a line, CRLF. */
export function formatRis(input: ReferenceInput): string {
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  const { year, month, day } = input.date;
  const lines: [string, string][] = [
    ['TY', 'NEWS'],
    ...[...new Set(input.authors)].map((name): [string, string] => ['AU', name]),
    ['TI', citationTitle(input)],
    ...(input.newspaperName ? [['T2', input.newspaperName] as [string, string]] : []),
    ['PY', String(year)],
    // RIS dates are YYYY/MM/DD/other, with the unknown parts left empty.
    ['DA', `${year}/${pad(month)}/${pad(day)}/${input.date.precision === 'day' ? '' : '估计'}`],
    ...(input.page ? [['SP', input.page] as [string, string]] : []),
    ['UR', input.url],
    ['LA', 'zh-CN'],
    ['ID', input.id],
    // The kicker (引题) is no short title (ST, which reference managers show as the title's
    // short form): it goes to the notes, as printed.
    ...(input.kicker ? [['N1', `引题：${input.kicker}`] as [string, string]] : []),
    ...input.notes.map((note): [string, string] => ['N1', note]),
    ['ER', ''],
  ];
  // A tag's value is one line: a line break inside would start a broken tag.
  return (
    lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`.trimEnd()).join('\r\n') + '\r\n'
  );
}

/** CSL-JSON (Zotero, Mendeley, pandoc): one item of type article-newspaper, in an array. */
export function cslItem(input: ReferenceInput): Record<string, unknown> {
  return {
    id: input.id,
    type: 'article-newspaper',
    title: citationTitle(input),
    ...(input.authors.length ? { author: [...new Set(input.authors)].map((literal) => ({ literal })) } : {}),
    ...(input.newspaperName ? { 'container-title': input.newspaperName } : {}),
    issued: {
      'date-parts': [datePartsOf(input.date)],
      ...(input.date.precision === 'day' ? {} : { circa: true }),
      raw: isoArchiveDate(input.date),
    },
    ...(input.page ? { page: input.page } : {}),
    URL: input.url,
    language: 'zh-CN',
    ...(input.notes.length ? { note: input.notes.join('\n') } : {}),
  };
}
