/**
 * The archive as plain data: articles with resolved dates, and the groupings every
 * browse page is built from (zone, campaign, topic, year, month, newspaper, printed page).
 * Pure functions of their input, so the same rules drive pages, feeds, tests and search.
 */
import { compareArchiveDates, formatArchiveDate, type ArchiveDate } from './dates.ts';
import { UNPRINTED_PAPER_ID } from './urls.ts';

export interface Credit {
  role: 'writer' | 'photographer' | 'editor' | 'layout';
  label?: string | undefined;
  title?: string | undefined;
  name: string;
  /** Tells apart people who share a name (see lib/people.ts). */
  id?: string | undefined;
}

export interface ArticleRecord {
  id: string;
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  date: ArchiveDate;
  source: string;
  order: number;
  newspaper?: string | undefined;
  newspaperPrinted: boolean;
  page?: string | undefined;
  pageName?: string | undefined;
  column?: string | undefined;
  zone: string;
  relatedZones: string[];
  campaigns: string[];
  topics: string[];
  credits: Credit[];
}

/** Chronological, then by printed page and position on the page: a stable reading order. */
export function compareArticles(a: ArticleRecord, b: ArticleRecord): number {
  return compareArchiveDates(a.date, b.date) || a.source.localeCompare(b.source) || a.order - b.order;
}

export function sortChronologically<T extends ArticleRecord>(articles: readonly T[]): T[] {
  return [...articles].sort(compareArticles);
}

export function newestFirst<T extends ArticleRecord>(articles: readonly T[]): T[] {
  return sortChronologically(articles).reverse();
}

/** A zone "carries" an article when it is the primary zone or a related one. */
export function zonesOf(article: ArticleRecord): string[] {
  return [article.zone, ...article.relatedZones];
}

export function articlesInZone<T extends ArticleRecord>(articles: readonly T[], zoneId: string): T[] {
  return articles.filter((article) => zonesOf(article).includes(zoneId));
}

export function articlesInCampaign<T extends ArticleRecord>(articles: readonly T[], campaignId: string): T[] {
  return articles.filter((article) => article.campaigns.includes(campaignId));
}

export function articlesWithTopic<T extends ArticleRecord>(articles: readonly T[], topicId: string): T[] {
  return articles.filter((article) => article.topics.includes(topicId));
}

export function paperKey(article: ArticleRecord): string {
  return article.newspaper ?? UNPRINTED_PAPER_ID;
}

export function articlesInPaper<T extends ArticleRecord>(articles: readonly T[], paperId: string): T[] {
  return articles.filter((article) => paperKey(article) === paperId);
}

/** Groups in first-seen order of the (already sorted) input. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export interface Count<K> {
  key: K;
  count: number;
}

/** Counts per key, largest first, ties in key order. Articles with several keys count once per key. */
export function countBy<K extends string | number>(
  articles: readonly ArticleRecord[],
  keys: (a: ArticleRecord) => K[],
): Count<K>[] {
  const counts = new Map<K, number>();
  for (const article of articles) for (const key of new Set(keys(article))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
}

export interface YearSummary {
  year: number;
  count: number;
  /** Months with at least one article dated to the month or day; estimates to the year have none. */
  months: { month: number; count: number }[];
  /** Articles dated only to the year. */
  yearOnly: number;
}

export function yearSummaries(articles: readonly ArticleRecord[]): YearSummary[] {
  const byYear = groupBy(sortChronologically(articles), (a) => a.date.year);
  return [...byYear]
    .map(([year, items]) => {
      const byMonth = groupBy(
        items.filter((a) => a.date.month !== undefined),
        (a) => a.date.month!,
      );
      return {
        year,
        count: items.length,
        months: [...byMonth].map(([month, list]) => ({ month, count: list.length })).sort((a, b) => a.month - b.month),
        yearOnly: items.filter((a) => a.date.month === undefined).length,
      };
    })
    .sort((a, b) => b.year - a.year);
}

export function articlesInYear<T extends ArticleRecord>(articles: readonly T[], year: number): T[] {
  return sortChronologically(articles.filter((a) => a.date.year === year));
}

export function articlesInMonth<T extends ArticleRecord>(articles: readonly T[], year: number, month: number): T[] {
  return sortChronologically(articles.filter((a) => a.date.year === year && a.date.month === month));
}

/** One printed page (版面) of one issue: the unit a 数字报 navigates by. */
export interface PrintedPage<T extends ArticleRecord = ArticleRecord> {
  source: string;
  paper: string;
  date: ArchiveDate;
  page?: string | undefined;
  pageName?: string | undefined;
  column?: string | undefined;
  articles: T[];
}

/** A printed page as readers name it: its date and, where printed, its page number (else `unprinted`). */
export function printedPageLabel({ date, page }: Pick<PrintedPage, 'date' | 'page'>, unprinted = ''): string {
  return `${formatArchiveDate(date)}${page ? ` 第${page}版` : unprinted}`;
}

export function printedPages<T extends ArticleRecord>(articles: readonly T[]): PrintedPage<T>[] {
  const bySource = groupBy(sortChronologically(articles), (a) => a.source);
  return [...bySource].map(([source, items]) => {
    const sorted = [...items].sort((a, b) => a.order - b.order);
    const first = sorted[0]!;
    return {
      source,
      paper: paperKey(first),
      date: first.date,
      page: first.page,
      pageName: first.pageName,
      column: first.column,
      articles: sorted,
    };
  });
}

/** How much of the archive each newspaper holds: papers without articles are left out. */
export function paperSummaries<P extends { id: string }>(
  articles: readonly ArticleRecord[],
  papers: readonly P[],
): { paper: P; articles: number; pages: number }[] {
  const byPaper = groupBy(articles, paperKey);
  return papers
    .map((paper) => {
      const held = byPaper.get(paper.id) ?? [];
      return { paper, articles: held.length, pages: new Set(held.map((a) => a.source)).size };
    })
    .filter((summary) => summary.articles > 0);
}

export interface Neighbours<T> {
  previous?: T | undefined;
  next?: T | undefined;
}

/** One sort per list, however many pages ask: at 10,000 articles a sort per article page would dominate the build. */
const chronology = new WeakMap<readonly ArticleRecord[], { sorted: ArticleRecord[]; index: Map<string, number> }>();

/** Previous and next article in time across the whole archive. */
export function chronologicalNeighbours<T extends ArticleRecord>(articles: readonly T[], id: string): Neighbours<T> {
  let order = chronology.get(articles);
  if (!order) {
    const sorted = sortChronologically(articles);
    order = { sorted, index: new Map(sorted.map((a, i) => [a.id, i])) };
    chronology.set(articles, order);
  }
  const index = order.index.get(id);
  if (index === undefined) return {};
  return { previous: order.sorted[index - 1] as T | undefined, next: order.sorted[index + 1] as T | undefined };
}

export function dateSpan(articles: readonly ArticleRecord[]): { first: ArchiveDate; last: ArchiveDate } | undefined {
  if (articles.length === 0) return undefined;
  const sorted = sortChronologically(articles);
  return { first: sorted[0]!.date, last: sorted.at(-1)!.date };
}

export function writers(article: ArticleRecord): string[] {
  return article.credits.filter((c) => c.role === 'writer').map((c) => c.name);
}

/** Headline as one line: 引题 · 主题 — 副题 are joined only where a single string is needed (feeds, titles). */
export function fullHeadline(article: Pick<ArticleRecord, 'title' | 'subtitle'>): string {
  return article.subtitle ? `${article.title}——${article.subtitle}` : article.title;
}

/**
 * The newspaper's name as a list or the facts show it: as printed, or marked as the archive's
 * inference when the page does not print it (citations bracket it instead, citation.ts).
 */
export function newspaperLabel(name: string, article: Pick<ArticleRecord, 'newspaper' | 'newspaperPrinted'>): string {
  return article.newspaper && !article.newspaperPrinted ? `${name}（推定）` : name;
}
