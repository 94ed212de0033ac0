/**
 * Runs a reader's query through Pagefind the way src/lib/search-text.ts prepares it: each
 * word as an exact bigram chain (membership) and as plain terms (relevance), aliases of
 * zones and campaigns as filters, the answers merged by src/lib/search-merge.ts.
 */
import { aliasMatches, intersect, orderBy, orderByRelevance, type WordAnswer } from '../lib/search-merge';
import { pagefindFilters, pagefindSort, type SearchState } from '../lib/search-state';
import { pagefindTerms, parseQuery, type QueryWord } from '../lib/search-text';
import type { PagefindFilterValue, PagefindResult, SearchEngine } from './pagefind';

export interface SearchOutcome {
  words: QueryWord[];
  results: PagefindResult[];
}

type Filters = Record<string, PagefindFilterValue>;

function withFilter(filters: Filters, key: string, value: string): Filters {
  const existing = filters[key];
  if (existing === undefined) return { ...filters, [key]: value };
  const values = typeof existing === 'string' ? [existing] : existing.all;
  return { ...filters, [key]: { all: [...values, value] } };
}

export async function runSearch(engine: SearchEngine, state: SearchState): Promise<SearchOutcome> {
  const { pagefind, support } = engine;
  const filters: Filters = pagefindFilters(state);
  const sort = pagefindSort(state.sort);
  const words = parseQuery(state.query, support.t2s);
  const byId = new Map<string, PagefindResult>();
  const remember = (results: PagefindResult[] | undefined) => {
    for (const result of results ?? []) byId.set(result.id, result);
    return results ?? [];
  };

  if (words.length === 0) {
    const all = remember((await pagefind.search(null, { filters, sort: sort ?? { date: 'desc' } }))?.results);
    return { words, results: all };
  }

  const normalize = (s: string) => parseQuery(`"${s}"`, support.t2s)[0]?.normalized ?? '';
  const answers: WordAnswer[] = [];
  let tieOrder: string[] = [];
  for (const word of words) {
    const terms = pagefindTerms(word.normalized);
    const [exact, ranked, ...aliasSets] = await Promise.all([
      terms.exact ? pagefind.search(terms.exact, { filters }) : Promise.resolve(null),
      pagefind.search(terms.ranked, { filters }),
      ...aliasMatches(word.normalized, support.aliases, normalize).map((alias) =>
        pagefind.search(null, { filters: withFilter(filters, alias.filter, alias.value) }),
      ),
    ]);
    const rankedResults = remember(ranked?.results);
    const exactResults = terms.exact ? remember(exact?.results) : rankedResults;
    const members = new Set(exactResults.map((r) => r.id));
    for (const aliasSet of aliasSets) for (const r of remember(aliasSet?.results)) members.add(r.id);
    answers.push({ members, scores: new Map(rankedResults.map((r) => [r.id, r.score])) });
    if (tieOrder.length === 0) tieOrder = rankedResults.map((r) => r.id);
  }
  const ids = intersect(answers);
  let ordered: string[];
  if (sort) {
    const dated = remember((await pagefind.search(null, { filters, sort }))?.results);
    ordered = orderBy(ids, dated.map((r) => r.id));
  } else ordered = orderByRelevance(ids, answers, tieOrder);
  return { words, results: ordered.map((id) => byId.get(id)!).filter(Boolean) };
}
