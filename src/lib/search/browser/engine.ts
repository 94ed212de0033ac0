/**
 * Runs a reader's query: each word through Pagefind as plan.ts plans it,
 * zone and campaign names expanded to their articles, filters applied from the facets, the
 * answers merged by merge.ts. Articles are numbered in date order.
 */
import { articlesMatching, articlesWith } from '../shared/facets.ts';
import type { AliasEntry } from '../shared/data.ts';
import { collectHits, planTerms, planWord, type WordHit } from './plan.ts';
import { aliasMatches, intersect, orderByDate, orderByRelevance, type WordAnswer } from './merge.ts';
import { FILTER_KEYS, pageSlice, type SearchState } from '../shared/state.ts';
import { parseQuery, type CharMap, type QueryWord } from '../shared/text.ts';
import type { SearchEngine, SearchScope } from './pagefind.ts';
import { BoundedCache } from './bounded-cache.ts';

export interface SearchOutcome {
  /** The words the articles hold (what results mark). */
  words: QueryWord[];
  /** The words typed after a minus sign, which no article found holds. */
  excluded: QueryWord[];
  /** Matching articles, in the order to show them. */
  articles: number[];
  /** The articles the words match before any filter, in no order (the filter counts, counts.ts); undefined for no words: every article. */
  matching?: number[] | undefined;
  /** The Traditional → Simplified map the query was read with (empty when it needed none). */
  t2s: CharMap;
}

/**
 * Up to this many articles, the occurrences of a word of one or two characters are counted for
 * ranking; above it, counting would cost more than a reader gains, and such a word ranks by the
 * best region it occurs in and how early it first occurs there.
 */
export const COUNTED_LIMIT = 400;

/**
 * A short word's occurrences are loaded while its presence is searched, rather than after it,
 * when they lie in at most this many index chunks of each part: few enough to cost little if
 * the word turns out too common to count, and a word in few articles always does.
 */
export const EARLY_CHUNKS = 2;

const isShort = (word: string) => [...word].length <= 2;

/**
 * The terms that count a short word's occurrences, when they are to be loaded early
 * (EARLY_CHUNKS): not for a search of every part when the newest part alone already holds the
 * word in more articles than are counted. (A common character's occurrences would otherwise
 * load up to EARLY_CHUNKS chunks in each older part, and be searched in none.)
 */
function earlyCountTerms(engine: SearchEngine, word: string, scope: SearchScope): string[] {
  if (!isShort(word)) return [];
  if (scope === 'all' && (knownHits(engine, 'newest', word)?.size ?? 0) > COUNTED_LIMIT) return [];
  const terms = planTerms(planWord(word, 'occurrences'));
  return terms.every((term) => engine.chunksFor(term, scope) <= EARLY_CHUNKS) ? terms : [];
}

/**
 * The articles a word was found in, kept: turning a page, changing the order or a filter asks
 * for the same words again, and so does the same query typed with other punctuation or in
 * Traditional characters. Bounded by the articles held (a word found in nearly every article
 * holds 10,000 at 10,000 articles). An answer is kept for the parts it was found in: the newest
 * alone, or all of them.
 */
export const WORD_CACHE_ARTICLES = 200_000;

const wordCaches = new WeakMap<SearchEngine, BoundedCache<string, ReadonlyMap<number, WordHit>>>();

/** The parts a search in this scope runs in now: until every part is in, a search of all is one of the newest. */
const partsSearched = (engine: SearchEngine, scope: SearchScope): SearchScope =>
  scope === 'all' && engine.complete && engine.parts > 1 ? 'all' : 'newest';

const wordKey = (searched: SearchScope, wanted: 'membership' | 'occurrences', word: string) =>
  `${searched} ${wanted} ${word}`;

/** The articles a word was found in by an earlier search in this scope, if it is kept. */
const knownHits = (engine: SearchEngine, searched: SearchScope, word: string) =>
  wordCaches.get(engine)?.get(wordKey(searched, 'membership', word));

/**
 * The searches under way, by the same key as the kept answers: a search the reader starts while
 * the same words are still being prepared (prepareQuery) waits for that answer, not a second one.
 */
const searching = new WeakMap<SearchEngine, Map<string, Promise<ReadonlyMap<number, WordHit>>>>();

async function hitsOf(
  engine: SearchEngine,
  word: string,
  wanted: 'membership' | 'occurrences',
  searched: SearchScope,
): Promise<ReadonlyMap<number, WordHit>> {
  let cache = wordCaches.get(engine);
  if (!cache) wordCaches.set(engine, (cache = new BoundedCache(WORD_CACHE_ARTICLES)));
  let underWay = searching.get(engine);
  if (!underWay) searching.set(engine, (underWay = new Map()));
  const key = wordKey(searched, wanted, word);
  const known = cache.get(key) ?? underWay.get(key);
  if (known) return known;
  const search = (async () => {
    const plan = planWord(word, wanted, engine.isCommon(word, searched));
    const answers = await Promise.all(planTerms(plan).map((term) => engine.find(term, searched)));
    const hits = collectHits(plan, answers, engine.places);
    cache.set(key, hits, hits.size + 1);
    return hits;
  })().finally(() => underWay.delete(key));
  underWay.set(key, search);
  return search;
}

async function answerFor(
  engine: SearchEngine,
  word: QueryWord,
  t2s: CharMap,
  aliases: readonly AliasEntry[],
  searched: SearchScope,
): Promise<WordAnswer> {
  // Loading a counted word's chunks early (unless its answer is kept); a failure shows when (if) they are searched.
  if (!knownHits(engine, searched, word.normalized))
    for (const term of earlyCountTerms(engine, word.normalized, searched))
      engine.preload(term, searched).catch(() => {});
  let hits = await hitsOf(engine, word.normalized, 'membership', searched);
  // A word found by its presence has its occurrences counted only in few articles, as a short one.
  const byPresence = isShort(word.normalized) || engine.isCommon(word.normalized, searched);
  if (byPresence && hits.size > 0 && hits.size <= COUNTED_LIMIT)
    hits = await hitsOf(engine, word.normalized, 'occurrences', searched);
  const named = new Set<number>();
  const matches = aliasMatches(word.normalized, aliases, t2s);
  if (matches.length > 0) {
    const facets = await engine.facets();
    for (const alias of matches) for (const n of articlesWith(facets, alias.filter, alias.value)) named.add(n);
  }
  return { hits, named };
}

/**
 * What the search page does while the reader types: the state the form would send is searched as
 * the search after Enter will search it (the newest part of the index, then every part), its
 * answers kept and the texts of the results its first page shows fetched, showing nothing. That
 * search then finds them at hand; and a page's first search, which also pays for Pagefind's code
 * being compiled and its first results read (some 200 ms at 10,000 articles), pays for it while
 * the reader types.
 */
export async function prepareQuery(engine: SearchEngine, state: SearchState): Promise<void> {
  const newest = await runSearch(engine, state, 'newest');
  await engine.widen();
  const all = await runSearch(engine, state);
  // As the search page shows them: the newest part's results first on the first page, unless
  // oldest first (they end the list).
  const shown = state.page === 1 && state.sort !== 'date-asc' ? [newest, all] : [all];
  const articles = new Set(
    shown.flatMap(({ articles }) => {
      const { start, end } = pageSlice(articles.length, state.page);
      return articles.slice(start, end);
    }),
  );
  await Promise.all([...articles].map((n) => engine.article(n)));
}

/**
 * What the search page does once the engine has loaded while the reader has typed nothing yet:
 * it searches the newest part for the character the most of its articles hold. Loading the
 * engine runs none of Pagefind's search; a page's first search would run all of it, and ours,
 * for the first time (a common character at 10,000 articles: some 340 ms, against some 20 ms
 * once run). This runs it on one index chunk of a word whose answer is as large as any, while
 * nothing waits for it; its answer is kept like any other.
 */
export async function warmUp(engine: SearchEngine): Promise<void> {
  if (!engine.commonest) return;
  await runSearch(engine, { query: engine.commonest, filters: {}, sort: 'relevance', page: 1 }, 'newest');
}

/**
 * The articles that match the state, in the order to show them. In scope "newest", the newest
 * part of the index answers alone, for its own articles (those a name or filter selects
 * included): the search page shows that answer first, while every part is searched.
 */
export async function runSearch(
  engine: SearchEngine,
  state: SearchState,
  scope: SearchScope = 'all',
): Promise<SearchOutcome> {
  const support = await engine.supportFor(state.query);
  const parsed = parseQuery(state.query, support.t2s);
  const words = parsed.filter((word) => word.excluded === undefined);
  const excluded = parsed.filter((word) => word.excluded !== undefined);
  const filtered = FILTER_KEYS.some((key) => state.filters[key]);
  const allowed = filtered ? new Set(articlesMatching(await engine.facets(), state.filters)) : undefined;
  const direction = state.sort === 'date-asc' ? 'asc' : 'desc';

  if (parsed.length === 0) {
    return { words, excluded, articles: orderByDate([...(allowed ?? [])], direction), t2s: support.t2s };
  }
  // The parts when the search begins: parts that join meanwhile are not in its answer.
  const searched = partsSearched(engine, scope);
  const answerOf = (word: QueryWord) => answerFor(engine, word, support.t2s, support.aliases, searched);
  const [answers, unwanted] = await Promise.all([
    Promise.all(words.map(answerOf)),
    Promise.all(excluded.map(answerOf)),
  ]);
  // Minus words alone leave every article but theirs.
  const found = words.length > 0 ? intersect(answers) : (await engine.facets()).articles.map((_, n) => n);
  // An article goes when it holds every piece of one minus word (…培训。目前: both).
  const holds = (n: number, i: number) => unwanted[i]!.hits.has(n) || unwanted[i]!.named.has(n);
  const unwantedBy = (n: number) =>
    excluded.some(
      (word, i) => holds(n, i) && excluded.every((other, j) => other.excluded !== word.excluded || holds(n, j)),
    );
  const left = unwanted.length > 0 ? found.filter((n) => !unwantedBy(n)) : found;
  const matching = left.filter((n) => searched === 'all' || n >= engine.newestFirst);
  const ids = matching.filter((n) => !allowed || allowed.has(n));
  const articles =
    state.sort === 'relevance' && words.length > 0 ? orderByRelevance(ids, answers) : orderByDate(ids, direction);
  return { words, excluded, articles, matching, t2s: support.t2s };
}
