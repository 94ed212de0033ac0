/** Loads Pagefind's browser API and the query-normalisation data on first use. */
import { decodeSupport, SEARCH_LANGUAGE, type SearchSupportData, type SearchSupportFile } from '../lib/search-index-data';

export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export type PagefindFilterValue = string | { all: string[] };

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, PagefindFilterValue>; sort?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchEngine {
  pagefind: Pagefind;
  support: SearchSupportData;
}

let loading: Promise<SearchEngine> | undefined;

async function loadSupport(): Promise<SearchSupportData> {
  const response = await fetch('/search/normalize.json');
  if (!response.ok) throw new Error(`normalize.json: HTTP ${response.status}`);
  return decodeSupport((await response.json()) as SearchSupportFile);
}

export function loadSupportData(): Promise<SearchSupportData> {
  return loadSupport();
}

export function loadEngine(): Promise<SearchEngine> {
  loading ??= (async () => {
    const bundle = '/pagefind/pagefind.js';
    const [pagefind, support] = await Promise.all([import(/* @vite-ignore */ bundle) as Promise<Pagefind>, loadSupport()]);
    // Pagefind picks its query segmentation from <html lang> once, synchronously, when it is
    // first initialised. For "zh" it would re-split our bigram chains, so for that one
    // synchronous step it sees the index's own language; the page's lang is restored at once.
    const html = document.documentElement;
    const pageLanguage = html.lang;
    html.lang = SEARCH_LANGUAGE;
    const ready = pagefind.init();
    html.lang = pageLanguage;
    await ready;
    return { pagefind, support };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
