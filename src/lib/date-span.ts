/** A list's span of dates as shown: one date when the first and last are the same. */
import { dateSpan, type ArticleRecord } from './archive.ts';
import { compareArchiveDates, formatArchiveDate, type ArchiveDate } from './dates.ts';

export function formatDateSpan(span: { first: ArchiveDate; last: ArchiveDate }): string {
  const first = formatArchiveDate(span.first);
  if (compareArchiveDates(span.first, span.last) === 0 && span.first.precision === span.last.precision) return first;
  return `${first} — ${formatArchiveDate(span.last)}`;
}

/** The dates some articles span, as shown; nothing for no articles. */
export function formatDateSpanOf(articles: readonly ArticleRecord[]): string | undefined {
  const span = dateSpan(articles);
  return span && formatDateSpan(span);
}
