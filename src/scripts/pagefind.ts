/** Loads Pagefind's browser API and the query-normalisation data on first use. */
import { decodeSupport, decodeT2S, needsT2S, SEARCH_LANGUAGE, type SearchSupportData, type SearchSupportFile, type SearchT2SFile } from '../lib/search-index-data';

export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions of the matches (for an exact search: the first match). */
  words: number[];
  data(): Promise<PagefindResultData>;
}

export type PagefindFilterValue = string | { all: string[] };

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(basePath: string, options?: Record<string, unknown>): Promise<void>;
  /** Loads the index chunks a search for the term would use. */
  preload(term: string): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, PagefindFilterValue>; sort?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchEngine {
  pagefind: Pagefind;
  /** Names of the index shards in date order (src/lib/search-shards.ts). */
  shards: string[];
  /** Aliases, and the Traditional → Simplified map when the query needs it (fetched once, then kept). */
  supportFor(query: string): Promise<SearchSupportData>;
}

let loading: Promise<SearchEngine> | undefined;
let fullMap: Promise<SearchSupportData['t2s']> | undefined;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Support data for a query: the map of Traditional characters is fetched only when the query has one. */
async function supportFor(file: SearchSupportFile, query: string): Promise<SearchSupportData> {
  if (!needsT2S(file, query)) return decodeSupport(file, {});
  fullMap ??= fetchJson<SearchT2SFile>('/search/t2s.json').then((t2s) => decodeT2S(t2s.pairs));
  return decodeSupport(file, await fullMap);
}

export function loadEngine(): Promise<SearchEngine> {
  loading ??= (async () => {
    const bundle = '/pagefind/pagefind.js';
    const [pagefind, file] = await Promise.all([import(/* @vite-ignore */ bundle) as Promise<Pagefind>, fetchJson<SearchSupportFile>('/search/support.json')]);
    // Pagefind picks its query segmentation from <html lang> once, synchronously, when it is
    // first initialised. For "zh" it would re-split our bigram chains, so for that one
    // synchronous step it sees the index's own language; the page's lang is restored at once.
    // More occurrences rank before fewer, whatever the article's length (the headline still weighs most).
    const ranking = { pageLength: 0 };
    // On the page's own thread: a broad query returns thousands of results, and copying them out
    // of Pagefind's web worker cost more than the search itself (10,000 articles: 63 → 41 ms).
    await pagefind.options({ ranking, noWorker: true });
    const html = document.documentElement;
    const pageLanguage = html.lang;
    html.lang = SEARCH_LANGUAGE;
    const ready = pagefind.init();
    html.lang = pageLanguage;
    await ready;
    // The other shards join the primary index; Pagefind shares its WebAssembly module with them.
    const [, ...others] = file.shards;
    await Promise.all(others.map(({ basePath }) => pagefind.mergeIndex(basePath, { language: SEARCH_LANGUAGE, ranking })));
    return { pagefind, shards: file.shards.map((shard) => shard.name), supportFor: (query: string) => supportFor(file, query) };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
