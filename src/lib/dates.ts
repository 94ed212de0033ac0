/**
 * Archive dates: exact days printed on the page, or estimates to the month or year.
 * Kept as strings in frontmatter ("2019-10-28", "2021-06", "2021") so that an estimate
 * never pretends to a precision the page does not support.
 */

export type DatePrecision = 'day' | 'month' | 'year';

export interface ArchiveDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Earliest and latest years the archive accepts; outside them a date is a typo. */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Returns an error message in Chinese and English, or undefined when the string is a valid archive date. */
export function archiveDateProblem(value: string): string | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return `日期格式应为 YYYY-MM-DD、YYYY-MM 或 YYYY (expected YYYY-MM-DD, YYYY-MM or YYYY), got "${value}"`;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return `年份 ${year} 不在 ${MIN_YEAR}–${MAX_YEAR} 之间 (year out of range)`;
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return `月份 ${match[2]} 不存在 (impossible month) in "${value}"`;
    if (match[3] !== undefined) {
      const day = Number(match[3]);
      if (day < 1 || day > daysInMonth(year, month)) return `日期 ${value} 不存在 (impossible date)`;
    }
  }
  return undefined;
}

export function parseArchiveDate(value: string): ArchiveDate {
  const problem = archiveDateProblem(value);
  if (problem) throw new Error(problem);
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  if (month !== undefined && day !== undefined) return { year, month, day, precision: 'day' };
  if (month !== undefined) return { year, month, precision: 'month' };
  return { year, precision: 'year' };
}

export function isApproximate(date: ArchiveDate): boolean {
  return date.precision !== 'day';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2019年10月28日", "约2021年6月", "约2021年" */
export function formatArchiveDate(date: ArchiveDate): string {
  switch (date.precision) {
    case 'day':
      return `${date.year}年${date.month}月${date.day}日`;
    case 'month':
      return `约${date.year}年${date.month}月`;
    case 'year':
      return `约${date.year}年`;
  }
}

/** The date formatArchiveDate wrote, read back (search results carry only the text); undefined for any other text. */
export function parseFormattedArchiveDate(text: string): ArchiveDate | undefined {
  const match = /^(约)?(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/.exec(text);
  if (!match) return undefined;
  const [, approx, year, month, day] = match;
  const value = [year, month?.padStart(2, '0'), day?.padStart(2, '0')].filter(Boolean).join('-');
  if (archiveDateProblem(value) || !approx !== (day !== undefined)) return undefined;
  return parseArchiveDate(value);
}

/** Machine-readable value for <time datetime>: valid HTML for all three precisions. */
export function isoArchiveDate(date: ArchiveDate): string {
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${date.year}-${pad(date.month!)}`;
  return `${date.year}-${pad(date.month!)}-${pad(date.day!)}`;
}

/**
 * Sort key: an estimate sorts at the start of its period, after nothing of an earlier
 * period and before the exact days inside it ("2021" < "2021-06" < "2021-06-01").
 */
export function dateSortKey(date: ArchiveDate): string {
  return `${date.year}-${date.month ? pad(date.month) : '00'}-${date.day ? pad(date.day) : '00'}`;
}

export function compareArchiveDates(a: ArchiveDate, b: ArchiveDate): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** First instant of the period, for feeds and sitemaps that need a full timestamp. */
export function periodStart(date: ArchiveDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** "2019-10-28" for GB/T 7714 (estimates in square brackets, as the standard asks for estimated dates). */
export function citationDate(date: ArchiveDate): string {
  const iso = isoArchiveDate(date);
  return isApproximate(date) ? `[${iso}]` : iso;
}
