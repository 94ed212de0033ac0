/**
 * Runs a reader's query through Pagefind the way src/lib/search-text.ts prepares it: each
 * word as an exact bigram chain (membership) and as plain terms (relevance), aliases of
 * zones and campaigns as filters, the answers merged by src/lib/search-merge.ts.
 */
import { aliasMatches, intersect, orderBy, orderByRelevance, type WordAnswer } from '../lib/search-merge';
import { SHARD_FILTER } from '../lib/search-shards';
import { pagefindFilters, pagefindSort, type SearchState } from '../lib/search-state';
import { pagefindTerms, parseQuery, type CharMap, type QueryWord } from '../lib/search-text';
import type { PagefindFilterValue, PagefindResult, SearchEngine } from './pagefind';

export interface SearchOutcome {
  words: QueryWord[];
  results: PagefindResult[];
  /** The Traditional → Simplified map the query was read with (empty when it needed none). */
  t2s: CharMap;
}

type Filters = Record<string, PagefindFilterValue>;
type Sort = Record<string, 'asc' | 'desc'>;

function withFilter(filters: Filters, key: string, value: string): Filters {
  const existing = filters[key];
  if (existing === undefined) return { ...filters, [key]: value };
  const values = typeof existing === 'string' ? [existing] : existing.all;
  return { ...filters, [key]: { all: [...values, value] } };
}

/**
 * Above this many matches, ranking by term frequency costs Pagefind more than a reader gains
 * (it scores every match), so broad queries are ordered by where the first match stands:
 * headline first, then the lead, then the rest.
 */
export const RANKED_LIMIT = 400;

/**
 * A date-sorted search. Pagefind merges the answers of several indexes by score, and a sorted
 * search scores by rank within its own index, so each shard (a span of dates) is asked alone
 * and the answers are joined in date order.
 */
async function sortedSearch(engine: SearchEngine, term: string | null, filters: Filters, sort: Sort): Promise<PagefindResult[]> {
  const { pagefind, shards } = engine;
  if (shards.length === 1) return (await pagefind.search(term, { filters, sort }))?.results ?? [];
  const descending = Object.values(sort).includes('desc');
  const order = descending ? [...shards].reverse() : shards;
  const answers = await Promise.all(order.map((shard) => pagefind.search(term, { filters: { ...filters, [SHARD_FILTER]: shard }, sort })));
  return answers.flatMap((answer) => answer?.results ?? []);
}

/**
 * Fetches the index chunks a query will need, without searching: the search page calls it
 * while the reader types, so pressing Enter finds them loaded. Same tokens as runSearch.
 */
export async function preloadQuery(engine: SearchEngine, query: string): Promise<void> {
  const support = await engine.supportFor(query);
  const words = parseQuery(query, support.t2s);
  await Promise.all(
    words.map((word) => {
      const terms = pagefindTerms(word.normalized);
      return engine.pagefind.preload(terms.exact ?? terms.ranked);
    }),
  );
}

export async function runSearch(engine: SearchEngine, state: SearchState): Promise<SearchOutcome> {
  const { pagefind } = engine;
  const filters: Filters = pagefindFilters(state);
  const sort = pagefindSort(state.sort);
  const support = await engine.supportFor(state.query);
  const words = parseQuery(state.query, support.t2s);
  const byId = new Map<string, PagefindResult>();
  const remember = (results: PagefindResult[] | undefined) => {
    for (const result of results ?? []) byId.set(result.id, result);
    return results ?? [];
  };

  if (words.length === 0) {
    const all = remember(await sortedSearch(engine, null, filters, sort ?? { date: 'desc' }));
    return { words, results: all, t2s: support.t2s };
  }

  const normalize = (s: string) => parseQuery(`"${s}"`, support.t2s)[0]?.normalized ?? '';
  const answers: WordAnswer[] = [];
  let firstOrder: string[] = [];
  for (const word of words) {
    const terms = pagefindTerms(word.normalized);
    // Membership: the exact bigram chain (a single character is a prefix search).
    const term = terms.exact ?? terms.ranked;
    const [found, ...aliasSets] = await Promise.all([
      sort ? sortedSearch(engine, term, filters, sort) : pagefind.search(term, { filters }).then((answer) => answer?.results ?? []),
      ...aliasMatches(word.normalized, support.aliases, normalize).map((alias) =>
        pagefind.search(null, { filters: withFilter(filters, alias.filter, alias.value) }),
      ),
    ]);
    const matches = remember(found);
    const members = new Set(matches.map((r) => r.id));
    for (const aliasSet of aliasSets) for (const r of remember(aliasSet?.results)) members.add(r.id);
    let scores: Map<string, number>;
    if (!sort && terms.exact && matches.length <= RANKED_LIMIT) {
      // Relevance: term frequency with the headline weighted (see encodeDocument).
      const ranked = remember((await pagefind.search(terms.ranked, { filters }))?.results);
      scores = new Map(ranked.map((r) => [r.id, r.score]));
    } else if (!terms.exact) {
      scores = new Map(matches.map((r) => [r.id, r.score]));
    } else {
      scores = new Map(matches.map((r) => [r.id, 1 / (1 + (r.words[0] ?? Number.MAX_SAFE_INTEGER))]));
    }
    answers.push({ members, scores });
    if (firstOrder.length === 0) firstOrder = matches.map((r) => r.id);
  }
  const ids = intersect(answers);
  // Date order comes from the first word's own sorted search; Pagefind's sort is quadratic in its input.
  const ordered = sort ? orderBy(ids, firstOrder) : orderByRelevance(ids, answers, firstOrder);
  return { words, results: ordered.map((id) => byId.get(id)!).filter(Boolean), t2s: support.t2s };
}
