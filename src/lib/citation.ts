/**
 * GB/T 7714-2015 reference for a newspaper article:
 *   作者. 题名[N]. 报纸名, 出版日期(版次).
 * Unknown parts are said to be unknown (standard practice: bracketed), never guessed.
 */
import { citationDate, type ArchiveDate } from './dates.ts';

export interface CitationInput {
  authors: string[];
  title: string;
  subtitle?: string | undefined;
  newspaperName?: string | undefined;
  date: ArchiveDate;
  page?: string | undefined;
}

/** More than three authors: the first three, then "等" (GB/T 7714-2015 §8.1.2). */
export function citationAuthors(authors: string[]): string {
  const unique = [...new Set(authors)];
  return unique.length > 3 ? `${unique.slice(0, 3).join(', ')}, 等` : unique.join(', ');
}

export function formatCitation(input: CitationInput): string {
  const authors = citationAuthors(input.authors);
  const title = input.subtitle ? `${input.title}：${input.subtitle}` : input.title;
  const paper = input.newspaperName ?? '[报名不详]';
  const page = input.page ? `(${input.page})` : '';
  return `${authors ? `${authors}. ` : ''}${title}[N]. ${paper}, ${citationDate(input.date)}${page}.`;
}
