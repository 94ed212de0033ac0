/**
 * Loads Pagefind's browser API and the search's own data on first use. The index is in parts by
 * date (../shared/parts.ts): the engine starts with the newest part alone, whose results show
 * at once, and widen() adds the others to the same Pagefind through its public mergeIndex (they
 * share its WebAssembly, and each search runs on every part added).
 */
import type { FacetsFile } from '../shared/facets.ts';
import {
  decodeSupport,
  decodeT2S,
  needsT2S,
  SEARCH_LANGUAGE,
  type SearchArticle,
  type SearchSupportData,
  type SearchSupportFile,
  type SearchT2SFile,
} from '../shared/data.ts';
import { chunkProbes, type TermAnswer } from './plan.ts';
import { searchFiles } from '../shared/files.ts';
import { readBundles, type BundlePlace, type BundlesFile } from '../shared/layout.ts';
import type { IndexPart, PartsFile } from '../shared/parts.ts';

export interface PagefindResult {
  id: string;
  /** Every position of the term's words in the page. */
  words: number[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Resolves once Pagefind has loaded its WebAssembly and metadata (init only starts that). */
  filters(): Promise<unknown>;
  /** Loads the index chunks a search for the term would use. */
  preload(term: string): Promise<void>;
  /** Adds another index (another part) to every later search. */
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchEngine {
  /** Where a term occurs: Pagefind page id → positions. */
  find(term: string): Promise<TermAnswer>;
  preload(term: string): Promise<void>;
  /** How many index chunks a search for the term loads, in the part that needs the most. */
  chunksFor(term: string): number;
  /** Pagefind page id → its articles, for every part searched so far. */
  places: ReadonlyMap<string, BundlePlace>;
  /** Whether every part of the index is searched; until widen(), only the newest is. */
  readonly complete: boolean;
  /** Adds every other part to the searches (once); resolves when they are all in. */
  widen(): Promise<void>;
  /** Aliases, and the Traditional → Simplified map when the query needs it (fetched once, then kept). */
  supportFor(query: string): Promise<SearchSupportData>;
  /** Every article's filters, fetched on first use. */
  facets(): Promise<FacetsFile>;
  /** What a result shows of article n, fetched on first use. */
  article(n: number): Promise<SearchArticle>;
}

let loading: Promise<SearchEngine> | undefined;
let fullMap: Promise<SearchSupportData['t2s']> | undefined;
let facets: Promise<FacetsFile> | undefined;
const articles = new Map<number, Promise<SearchArticle>>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Support data for a query: the map of Traditional characters is fetched only when the query has one. */
async function supportFor(file: SearchSupportFile, query: string): Promise<SearchSupportData> {
  if (!needsT2S(file, query)) return decodeSupport(file, {});
  fullMap ??= fetchJson<SearchT2SFile>(searchFiles.t2s()).then((t2s) => decodeT2S(t2s.pairs));
  return decodeSupport(file, await fullMap);
}

/** Retried on the next use if it failed. */
function kept<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

/** Fetched once per key, and kept (a failure is retried). */
function cached<K, T>(cache: Map<K, Promise<T>>, key: K, load: () => Promise<T>): Promise<T> {
  let found = cache.get(key);
  if (!found) cache.set(key, (found = kept(load(), () => cache.delete(key))));
  return found;
}

export function loadEngine(): Promise<SearchEngine> {
  loading ??= kept(
    (async () => {
      const { parts } = await fetchJson<PartsFile>(searchFiles.parts());
      const newest = parts.at(-1);
      if (!newest) throw new Error(`${searchFiles.parts()}: 没有索引分部`);
      const [pagefind, support, newestBundles] = await Promise.all([
        import(/* @vite-ignore */ searchFiles.pagefindScript(newest.name)) as Promise<Pagefind>,
        fetchJson<SearchSupportFile>(searchFiles.support()),
        fetchJson<BundlesFile>(searchFiles.bundles(newest.name)),
      ]);
      // On the page's own thread: copying a search's locations out of Pagefind's web worker
      // costs more than the search itself. noWorker is a real option in Pagefind 1.6, though
      // not a documented one: its wrapper reads it once, at init, from the options given
      // before init (options() then replaces, not merges, so all of them go in this one call).
      await pagefind.options({ noWorker: true });
      // Pagefind picks its query segmentation from <html lang> once, synchronously, when it is
      // first initialised. For "zh" it would re-split our tokens, so for that one synchronous
      // step it sees the index's own language; the page's lang is restored at once.
      // options({ language }) cannot do this in 1.6: init passes { ...options, language:
      // <html lang> }, so the page's language always wins (tried: segmented queries fail).
      const html = document.documentElement;
      const pageLanguage = html.lang;
      html.lang = SEARCH_LANGUAGE;
      const ready = pagefind.init();
      html.lang = pageLanguage;
      await ready;
      // Loading the engine includes Pagefind's own loading (its WebAssembly compiled, its metadata
      // read: some 100 ms at 10,000 articles), which init starts but does not wait for. The search
      // page loads the engine while the reader types, so the search after Enter finds it done.
      await pagefind.filters();

      /** The parts whose layouts are in, with them; every part's, once widened. */
      const searched: { part: IndexPart; bundles: BundlesFile }[] = [{ part: newest, bundles: newestBundles }];
      const places = readBundles(newestBundles, newest.first);
      let merged = parts.length === 1;
      /** Words whose index chunks every part joined so far has loaded (a new set when parts join). */
      let preloaded = new Set<string>();
      /** The parts Pagefind has added to the newest. */
      const joined = new Set<IndexPart>();
      let widening: Promise<void> | undefined;
      const widen = () =>
        (widening ??= kept(
          (async () => {
            const others = parts.slice(0, -1);
            const layouts = await Promise.all(
              others.map((part) => fetchJson<BundlesFile>(searchFiles.bundles(part.name))),
            );
            // Their layouts first: a location of a part Pagefind has just added is then never unknown.
            others.forEach((part, i) => {
              if (searched.some((entry) => entry.part === part)) return;
              readBundles(layouts[i]!, part.first, places);
              searched.push({ part, bundles: layouts[i]! });
            });
            // Each part once, even when a failed widening is tried again.
            await Promise.all(
              others
                .filter((part) => !joined.has(part))
                .map(async (part) => {
                  await pagefind.mergeIndex(searchFiles.pagefind(part.name), { language: SEARCH_LANGUAGE });
                  joined.add(part);
                }),
            );
            merged = true;
            // The parts just joined have loaded none.
            preloaded = new Set();
          })(),
          () => (widening = undefined),
        ));

      /** Loads the index chunks that hold the term's words, in every part searched, the chunks a prefix runs on into included. */
      const preload = async (term: string) => {
        // A word whose chunks every part searched has loaded is not put to Pagefind again: each
        // preload is a search in every part, and a repeated query would pay for them all again.
        const probes = new Set(searched.flatMap(({ bundles }) => chunkProbes(term, bundles.chunkStarts)));
        const fresh = [...probes].filter((word) => !preloaded.has(word));
        const into = preloaded;
        await Promise.all(
          fresh.map(async (word) => {
            await pagefind.preload(word);
            // Unless parts joined meanwhile, which may not have loaded it.
            into.add(word);
          }),
        );
      };
      return {
        async find(term: string) {
          await preload(term);
          const answer = await pagefind.search(term);
          return new Map((answer?.results ?? []).map((result) => [result.id, result.words]));
        },
        preload,
        chunksFor: (term: string) =>
          Math.max(...searched.map(({ bundles }) => chunkProbes(term, bundles.chunkStarts).length)),
        places,
        get complete() {
          return merged;
        },
        widen,
        supportFor: (query: string) => supportFor(support, query),
        facets: () => (facets ??= kept(fetchJson<FacetsFile>(searchFiles.facets()), () => (facets = undefined))),
        article: (n: number) => cached(articles, n, () => fetchJson<SearchArticle>(searchFiles.article(n))),
      };
    })(),
    () => (loading = undefined),
  );
  return loading;
}
