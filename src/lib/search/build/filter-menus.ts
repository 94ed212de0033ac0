/**
 * The search page's filter menus, made at build time: every value the index files an article
 * under (records.ts), with how many articles it leaves of the whole archive. The page's script
 * recounts them for each search from facets.json, which holds the same values.
 */
import { countBy, type ArticleRecord } from '../../archive.ts';
import type { Selection } from '../../counts.ts';
import { FILTER_KEYS, type FilterKey } from '../shared/state.ts';
import { UNPRINTED_PAPER_ID } from '../../urls.ts';
import { articleFilterIds, filterValue, type Names } from './records.ts';

export const FILTER_LABELS: Record<FilterKey, string> = {
  zone: '园区',
  campaign: '活动',
  year: '年份',
  newspaper: '报纸',
};

export interface FilterOption {
  value: string;
  /** Its id, as the site's own URLs spell it (a zone's /zones/<id>/; a year is its own). */
  id: string;
  count: number;
  /** A page of the value's own, where it has one (a zone's). */
  href: string | undefined;
}

export interface FilterMenu {
  key: FilterKey;
  label: string;
  options: FilterOption[];
}

/** One menu per filter: years newest first, the others by name in Chinese order. */
export function filterMenus(
  articles: readonly ArticleRecord[],
  names: Names,
  hrefs: Partial<Record<FilterKey, (id: string) => string>> = {},
): FilterMenu[] {
  return FILTER_KEYS.map((key) => {
    const options = countBy(articles, (article) => articleFilterIds(article)[key]).map(({ key: id, count }) => ({
      value: filterValue(key, id, names),
      id: key === 'newspaper' && !id ? UNPRINTED_PAPER_ID : id,
      count,
      href: hrefs[key]?.(id),
    }));
    options.sort(
      key === 'year' ? (a, b) => b.value.localeCompare(a.value) : (a, b) => a.value.localeCompare(b.value, 'zh-CN'),
    );
    return { key, label: FILTER_LABELS[key], options };
  });
}

/**
 * The search filters that select a list's articles (a zone's, a campaign's, a year's, a
 * newspaper's, or a zone's in a campaign or a year), as the search page's URL carries them;
 * undefined for a list the filters cannot select (a topic's, a month's): a search from its page
 * would find other articles.
 */
export function selectionFilters(
  selection: Selection & { newspaper?: string },
  names: Names,
): Partial<Record<FilterKey, string>> | undefined {
  const { zone, campaign, period, topic, newspaper } = selection;
  if (topic !== undefined || period?.month !== undefined || (!zone && !campaign && !period && !newspaper))
    return undefined;
  return {
    ...(newspaper && { newspaper: filterValue('newspaper', newspaper, names) }),
    ...(zone && { zone: filterValue('zone', zone, names) }),
    ...(campaign && { campaign: filterValue('campaign', campaign, names) }),
    ...(period && { year: filterValue('year', String(period.year), names) }),
  };
}
