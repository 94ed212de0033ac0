/**
 * Every count the site shows, and the list each count links to, come from here: one index of
 * the archive, built once, holding the articles of each zone, campaign, topic and period and
 * of every zone × campaign × period intersection that is not empty. A count is the length of
 * the very list its link opens, so the two cannot disagree; pages read the index instead of
 * walking the whole archive each.
 */
import { sortChronologically, zonesOf, type ArticleRecord } from './archive.ts';
import { urls } from './urls.ts';

/**
 * A stretch of time an article can fall in: a year, a month of it, or the articles of the year
 * whose month is not known (dated to the year only, "约2019年").
 */
export interface Period {
  year: number;
  month?: number | 'unknown' | undefined;
}

/** A set of articles the site lists: each given field narrows it. A topic is listed on its own. */
export interface Selection {
  zone?: string | undefined;
  campaign?: string | undefined;
  period?: Period | undefined;
  topic?: string | undefined;
}

const MONTH_UNKNOWN = 'month-unknown';

/** "2019", "2019-06", "2019-month-unknown": the period's part of a URL. */
export function periodKey(period: Period): string {
  if (period.month === undefined) return String(period.year);
  if (period.month === 'unknown') return `${period.year}-${MONTH_UNKNOWN}`;
  return `${period.year}-${String(period.month).padStart(2, '0')}`;
}

/** The period a key names, or undefined for anything periodKey does not write. */
export function parsePeriodKey(key: string): Period | undefined {
  const match = new RegExp(`^(\\d{4})(?:-(\\d{2}|${MONTH_UNKNOWN}))?$`).exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  if (match[2] === MONTH_UNKNOWN) return { year, month: 'unknown' };
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** "2019年", "2019年6月", "2019年（月份不详）" */
export function periodLabel(period: Period): string {
  if (period.month === undefined) return `${period.year}年`;
  if (period.month === 'unknown') return `${period.year}年（月份不详）`;
  return `${period.year}年${period.month}月`;
}

/** The month-level period an article falls in: its month, or its year's "month unknown". */
export function monthPeriodOf(article: ArticleRecord): Period {
  return { year: article.date.year, month: article.date.month ?? 'unknown' };
}

export function comparePeriods(a: Period, b: Period): number {
  // "Month unknown" sorts first in its year, as year-only estimates sort first in the archive.
  const rank = (p: Period) => (p.month === undefined ? -1 : p.month === 'unknown' ? 0 : p.month);
  return a.year - b.year || rank(a) - rank(b);
}

/** Whether the article belongs to the selection: the definition every list and count must agree with. */
export function inSelection(article: ArticleRecord, selection: Selection): boolean {
  const { zone, campaign, period, topic } = selection;
  if (zone !== undefined && !zonesOf(article).includes(zone)) return false;
  if (campaign !== undefined && !article.campaigns.includes(campaign)) return false;
  if (topic !== undefined && !article.topics.includes(topic)) return false;
  if (period !== undefined) {
    if (article.date.year !== period.year) return false;
    if (period.month === 'unknown' && article.date.month !== undefined) return false;
    if (typeof period.month === 'number' && article.date.month !== period.month) return false;
  }
  return true;
}

/** The index key of a selection; fields in a fixed order, so equal selections share a key. */
export function selectionKey(selection: Selection): string {
  return [
    selection.zone !== undefined ? `z:${selection.zone}` : '',
    selection.campaign !== undefined ? `c:${selection.campaign}` : '',
    selection.period !== undefined ? `p:${periodKey(selection.period)}` : '',
    selection.topic !== undefined ? `t:${selection.topic}` : '',
  ].join('|');
}

export interface ArchiveIndex<T extends ArticleRecord> {
  /** The selection's articles in chronological order; empty when there are none. */
  list(selection: Selection): readonly T[];
  /** Every non-empty selection the index holds, with its articles. */
  entries(): IterableIterator<[string, readonly T[]]>;
}

/** Every selection one article belongs to (topics only alone; the rest crossed with each other). */
function keysOf(article: ArticleRecord): string[] {
  const zones = [undefined, ...new Set(zonesOf(article))];
  const campaigns = [undefined, ...new Set(article.campaigns)];
  const periods: (Period | undefined)[] = [undefined, { year: article.date.year }, monthPeriodOf(article)];
  const keys: string[] = [];
  for (const zone of zones)
    for (const campaign of campaigns) for (const period of periods) keys.push(selectionKey({ zone, campaign, period }));
  for (const topic of new Set(article.topics)) keys.push(selectionKey({ topic }));
  return keys;
}

const indexes = new WeakMap<readonly ArticleRecord[], ArchiveIndex<ArticleRecord>>();

/** The index of a list of articles, built on first use and shared by every page of the build. */
export function archiveIndex<T extends ArticleRecord>(articles: readonly T[]): ArchiveIndex<T> {
  const cached = indexes.get(articles);
  if (cached) return cached as unknown as ArchiveIndex<T>;
  const lists = new Map<string, T[]>();
  for (const article of sortChronologically(articles)) {
    for (const key of keysOf(article)) {
      const list = lists.get(key);
      if (list) list.push(article);
      else lists.set(key, [article]);
    }
  }
  const index: ArchiveIndex<T> = {
    list(selection) {
      if (selection.topic !== undefined && (selection.zone ?? selection.campaign ?? selection.period) !== undefined)
        throw new Error(`话题不与其他条件交叉统计 (topics are indexed alone): ${selectionKey(selection)}`);
      return lists.get(selectionKey(selection)) ?? [];
    },
    entries: () => lists.entries(),
  };
  indexes.set(articles, index as unknown as ArchiveIndex<ArticleRecord>);
  return index;
}

/** The one function behind every count on the site: how many articles the selection's list holds. */
export function countArticles(articles: readonly ArticleRecord[], selection: Selection): number {
  return archiveIndex(articles).list(selection).length;
}

/** The selection's articles, newest first: the order of every list page. */
export function articlesFor<T extends ArticleRecord>(articles: readonly T[], selection: Selection): T[] {
  return [...archiveIndex(articles).list(selection)].reverse();
}

/** Counts of the selections, leaving out the empty ones, largest first and ties in the given order. */
export function nonEmptyCounts<S extends Selection>(
  articles: readonly ArticleRecord[],
  selections: readonly S[],
): { selection: S; count: number }[] {
  return selections
    .map((selection) => ({ selection, count: countArticles(articles, selection) }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Counted selections as chips (components/CountChips.astro): each links to its list, named by `name`. */
export function countChips<S extends Selection>(
  counts: readonly { selection: S; count: number }[],
  name: (selection: S) => string,
): { href: string; label: string; count: number }[] {
  return counts.map(({ selection, count }) => ({ href: selectionUrl(selection), label: name(selection), count }));
}

/** The page listing a selection: every count links here. Combinations the site does not list are an error. */
export function selectionUrl(selection: Selection): string {
  const { zone, campaign, period, topic } = selection;
  const p = period && periodKey(period);
  if (topic !== undefined && !zone && !campaign && !p) return urls.topic(topic);
  if (topic === undefined) {
    if (!zone && !campaign && !p) return urls.articles();
    if (zone && campaign && p) return urls.zoneCampaignPeriod(zone, campaign, p);
    if (zone && campaign) return urls.zoneCampaign(zone, campaign);
    if (zone && p) return urls.zonePeriod(zone, p);
    if (zone) return urls.zone(zone);
    if (campaign && !p) return urls.campaign(campaign);
    if (p && !campaign) return urls.period(p);
  }
  throw new Error(`没有列出这一组合的页面 (no list page for): ${selectionKey(selection)}`);
}
