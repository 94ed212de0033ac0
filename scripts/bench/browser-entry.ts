/** Bundled into the benchmark page: the search page's own engine, timed per query. */
import { parseSearchState } from '../../src/lib/search/shared/state.ts';
import { loadEngine } from '../../src/lib/search/browser/pagefind.ts';
import { prepareQuery, runSearch, warmUp } from '../../src/lib/search/browser/engine.ts';

declare global {
  interface Window {
    /** As the search page runs it: the newest part first (its results shown at once, firstMs), then every part (ms, from the same start). */
    benchSearch(query: string): Promise<{ ids: number[]; ms: number; firstMs: number }>;
    /** What the search page does while the reader types the query. */
    benchPrepare(query: string): Promise<void>;
    /**
     * What the search page does once the reader goes to its empty box: loads the engine
     * (Pagefind's script, WebAssembly and metadata, the search's own data) and runs its first
     * search (warmUp); here also every other part of the index, searching nothing.
     */
    benchLoad(): Promise<void>;
  }
}

// Every part of the index is in before a query is timed (the cold figures measure a first
// search through the page itself).
window.benchSearch = async (query) => {
  const engine = await loadEngine();
  await engine.widen();
  const state = parseSearchState(new URLSearchParams({ q: query }));
  const started = performance.now();
  await runSearch(engine, state, 'newest');
  const firstMs = performance.now() - started;
  const outcome = await runSearch(engine, state);
  return { ids: outcome.articles, ms: performance.now() - started, firstMs };
};

window.benchPrepare = async (query) =>
  prepareQuery(await loadEngine(), parseSearchState(new URLSearchParams({ q: query })));

window.benchLoad = async () => {
  const engine = await loadEngine();
  await Promise.all([warmUp(engine), engine.widen(), engine.supportFor('')]);
};
