/**
 * How many of the current results each filter option would leave, computed in the browser from
 * the articles the query matches and every article's filters (../shared/facets.ts).
 *
 * Choosing a value of one filter replaces that filter's choice and keeps the others, so an
 * option's count is over the articles the query matches and the other filters allow: exactly the
 * number of results choosing it gives. A filter's "all" count is the results without that filter.
 */
import type { FacetsFile } from '../shared/facets.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from '../shared/state.ts';

export interface FilterCounts {
  /** Results with this filter cleared (the others kept). */
  all: number;
  /** Per value: results with this filter set to it. */
  values: Map<string, number>;
}

export interface OptionCounts {
  filters: Record<FilterKey, FilterCounts>;
  /** Results with every filter cleared: what the query alone matches. */
  unfiltered: number;
}

/**
 * @param matching the articles the query matches, before filters; undefined for no query (every article)
 */
export function optionCounts(
  file: FacetsFile,
  matching: readonly number[] | undefined,
  filters: SearchState['filters'],
): OptionCounts {
  const chosen = FILTER_KEYS.map((key) => {
    const value = filters[key];
    return value ? file.values[key].indexOf(value) : undefined;
  });
  const tallies = FILTER_KEYS.map((key) => ({ all: 0, values: new Array<number>(file.values[key].length).fill(0) }));
  const candidates = matching ?? file.articles.keys();
  let unfiltered = 0;
  for (const n of candidates) {
    const article = file.articles[n];
    if (!article) continue;
    unfiltered++;
    // Which filters this article fails; an article failing two counts for neither's options.
    let failing = -1;
    let failures = 0;
    chosen.forEach((wanted, column) => {
      if (wanted !== undefined && !article[column]!.includes(wanted)) {
        failing = column;
        failures++;
      }
    });
    if (failures > 1) continue;
    tallies.forEach((tally, column) => {
      if (failures === 1 && failing !== column) return;
      tally.all++;
      for (const value of article[column]!) tally.values[value]!++;
    });
  }
  return {
    filters: Object.fromEntries(
      FILTER_KEYS.map((key, column) => [
        key,
        {
          all: tallies[column]!.all,
          values: new Map(file.values[key].map((value, i) => [value, tallies[column]!.values[i]!])),
        },
      ]),
    ) as Record<FilterKey, FilterCounts>,
    unfiltered,
  };
}

export interface DropSuggestion {
  /** The filter to clear; undefined: clear them all. */
  key?: FilterKey;
  value?: string;
  /** Results once it is cleared. */
  total: number;
}

/**
 * For a search with no results: the chosen filters whose removal alone gives results, most
 * results first; if none does, clearing them all, when the query alone has results.
 */
export function dropSuggestions(counts: OptionCounts, filters: SearchState['filters']): DropSuggestion[] {
  const active = FILTER_KEYS.filter((key) => filters[key]);
  const single = active
    .map((key) => ({ key, value: filters[key]!, total: counts.filters[key].all }))
    .filter((suggestion) => suggestion.total > 0)
    .sort((a, b) => b.total - a.total);
  if (single.length > 0) return single;
  return active.length > 1 && counts.unfiltered > 0 ? [{ total: counts.unfiltered }] : [];
}
