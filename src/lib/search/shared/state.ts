/**
 * The search page's state lives in the URL (?q=…&zone=…&campaign=…&year=…&newspaper=…&sort=…&page=…)
 * so a search can be reloaded and shared. Parsing is forgiving: unknown keys are ignored,
 * bad values fall back to defaults, and nothing from the URL is ever treated as markup.
 */

export const FILTER_KEYS = ['zone', 'campaign', 'year', 'newspaper'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SortOrder = 'relevance' | 'date-desc' | 'date-asc';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
  page: number;
}

export const RESULTS_PER_PAGE = 10;
export const MAX_QUERY_LENGTH = 200;
const SORTS: SortOrder[] = ['relevance', 'date-desc', 'date-asc'];

export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  // Capped by characters, not UTF-16 units, and trimmed after the cut.
  const capped = (value: string) => [...value.trim()].slice(0, MAX_QUERY_LENGTH).join('').trim();
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = capped(params.get(key) ?? '');
    if (value) filters[key] = value;
  }
  const sort = params.get('sort') as SortOrder | null;
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    query: capped(params.get('q') ?? ''),
    filters,
    sort: sort && SORTS.includes(sort) ? sort : 'relevance',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Canonical query string: defaults omitted, keys in a fixed order, so equal states give equal URLs. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params.toString();
}

/** A filter menu's option: the value the filter selects by, and its id as the site's own URLs spell it. */
export interface FilterChoice {
  value: string;
  id: string;
}

/**
 * The filters with each value given by its id (a zone's, campaign's or newspaper's, as in
 * /zones/zhuhai/: what a hand-made URL may carry) replaced by the value the filter selects by,
 * its name; any letter case. A value that is a name, or neither, stays as it is.
 */
export function filtersByValue(
  filters: SearchState['filters'],
  choices: Readonly<Record<FilterKey, readonly FilterChoice[]>>,
): SearchState['filters'] {
  const resolved: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const given = filters[key];
    if (!given) continue;
    const options = choices[key];
    const byId = options.some((option) => option.value === given)
      ? undefined
      : options.find((option) => option.id.toLowerCase() === given.toLowerCase());
    resolved[key] = byId?.value ?? given;
  }
  return resolved;
}

export function hasCriteria(state: SearchState): boolean {
  return state.query.length > 0 || Object.values(state.filters).some(Boolean);
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
}

export function pageSlice(total: number, page: number): { start: number; end: number } {
  const clamped = Math.min(Math.max(1, page), pageCount(total));
  const start = (clamped - 1) * RESULTS_PER_PAGE;
  return { start, end: Math.min(total, start + RESULTS_PER_PAGE) };
}
