/**
 * The search filters (zone, campaign, year, newspaper) of every article, for the browser:
 * /search/facets.json, fetched only when a search filters or a word names a zone or campaign.
 * Articles are numbered in date order (layout.ts), as in the index.
 */
import { FILTER_KEYS, type FilterKey } from './state.ts';

export type ArticleFilters = Record<FilterKey, readonly string[]>;

export interface FacetsFile {
  /** Per filter, its values. */
  values: Record<FilterKey, string[]>;
  /** Per article, per filter in FILTER_KEYS order, indices into `values`. */
  articles: number[][][];
}

export function encodeFacets(articles: readonly ArticleFilters[]): FacetsFile {
  const values = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, [...new Set(articles.flatMap((a) => a[key]))].sort()]),
  ) as Record<FilterKey, string[]>;
  const index = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, new Map(values[key].map((v, i) => [v, i]))]),
  ) as Record<FilterKey, Map<string, number>>;
  return {
    values,
    articles: articles.map((a) => FILTER_KEYS.map((key) => a[key].map((v) => index[key].get(v)!))),
  };
}

/** Articles carrying the value, in date order; none for a value no article has. */
export function articlesWith(file: FacetsFile, key: FilterKey, value: string): number[] {
  const wanted = file.values[key].indexOf(value);
  if (wanted < 0) return [];
  const column = FILTER_KEYS.indexOf(key);
  const found: number[] = [];
  file.articles.forEach((article, i) => {
    if (article[column]!.includes(wanted)) found.push(i);
  });
  return found;
}

/** The values of one filter that article n carries. */
export function valuesOf(file: FacetsFile, n: number, key: FilterKey): string[] {
  return (file.articles[n]?.[FILTER_KEYS.indexOf(key)] ?? []).map((i) => file.values[key][i]!);
}

/** Articles that carry every chosen filter value, in date order. */
export function articlesMatching(file: FacetsFile, filters: Partial<Record<FilterKey, string>>): number[] {
  let chosen: number[] = file.articles.map((_, i) => i);
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (!value) continue;
    const allowed = new Set(articlesWith(file, key, value));
    chosen = chosen.filter((i) => allowed.has(i));
  }
  return chosen;
}
