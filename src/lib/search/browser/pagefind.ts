/**
 * Loads Pagefind's browser API and the search's own data on first use. The index is in parts by
 * date (../shared/parts.ts). The engine starts with the newest part alone, whose results show at
 * once; widen() adds the others, in a second Pagefind instance (Pagefind's public
 * createInstance, the parts after its first joined through mergeIndex; they share the same
 * WebAssembly). So every search, not only the first, can ask the newest part alone and show its
 * answer while the other parts are searched.
 */
import type { FacetsFile } from '../shared/facets.ts';
import {
  decodeSupport,
  decodeT2S,
  needsT2S,
  NO_T2S,
  SEARCH_LANGUAGE,
  type SearchArticle,
  type SearchSupportData,
  type SearchSupportFile,
  type SearchT2SFile,
} from '../shared/data.ts';
import { BoundedCache } from './bounded-cache.ts';
import { chunkProbes, type TermAnswer } from './plan.ts';
import { searchFiles } from '../shared/files.ts';
import { readBundles, type BundlePlace, type BundlesFile } from '../shared/layout.ts';
import type { PartsFile, PublishedPart } from '../shared/parts.ts';

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
  /** null: no term, the filters alone (Pagefind's public filter-only search). */
  search(query: string | null): Promise<{ results: PagefindResult[] } | null>;
}

/** Pagefind's module: its default instance, and more of them. */
export interface PagefindModule extends Pagefind {
  createInstance(options: Record<string, unknown>): Pagefind;
}

/**
 * Which parts of the index a search runs in: the newest alone, or every part searched so far
 * (the newest alone, too, until widen()).
 */
export type SearchScope = 'newest' | 'all';

/**
 * The newest part's answers to the terms searched last, kept up to this many positions: the
 * search page asks the newest part first, then every part, and the second search reuses them.
 */
export const NEWEST_ANSWER_POSITIONS = 1_000_000;

export interface SearchEngine {
  /** Where a term occurs: Pagefind page id → positions, in the parts the scope says (all by default). */
  find(term: string, scope?: SearchScope): Promise<TermAnswer>;
  /** Loads the index chunks a search for the term needs, in the parts the scope says. */
  preload(term: string, scope?: SearchScope): Promise<void>;
  /** How many index chunks a search for the term loads, in the part (of those the scope says) that needs the most. */
  chunksFor(term: string, scope?: SearchScope): number;
  /** Whether every part the scope searches gives the three-character word presence tokens (BundlesFile.common). */
  isCommon(word: string, scope?: SearchScope): boolean;
  /** Pagefind page id → its articles, for every part searched so far. */
  places: ReadonlyMap<string, BundlePlace>;
  /** Whether every part of the index is searched; until widen(), only the newest is. */
  readonly complete: boolean;
  /** How many parts the index has: with more than one, the newest alone can answer first. */
  readonly parts: number;
  /** The archive index (date order) of the newest part's first article. */
  readonly newestFirst: number;
  /** The character found in the most of the newest part's articles ("" if none): what warmUp searches (engine.ts). */
  readonly commonest: string;
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
/**
 * What results show, kept for up to this many articles, the least recently used forgotten first:
 * the search page fetches them for every query it prepares while the reader types, up to 20 a pause.
 */
export const ARTICLES_KEPT = 1_000;
const articles = new BoundedCache<number, Promise<SearchArticle>>(ARTICLES_KEPT);

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Support data for a query: the map of Traditional characters is fetched only when the query has
 * one. Either map is the same object from one query to the next.
 */
export async function supportFor(file: SearchSupportFile, query: string): Promise<SearchSupportData> {
  if (!needsT2S(file, query)) return decodeSupport(file, NO_T2S);
  fullMap ??= fetchJson<SearchT2SFile>(searchFiles.t2s()).then((t2s) => decodeT2S(t2s.pairs));
  return decodeSupport(file, await fullMap);
}

/** Retried on the next use if it failed. */
function kept<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

/**
 * Fetched once per key while the cache keeps it (a failure is retried; it never forgets a later
 * fetch of the same key).
 */
export function cached<K, T>(cache: BoundedCache<K, Promise<T>>, key: K, load: () => Promise<T>): Promise<T> {
  const found = cache.get(key);
  if (found) return found;
  const loaded: Promise<T> = kept(load(), () => {
    if (cache.peek(key) === loaded) cache.delete(key);
  });
  cache.set(key, loaded, 1);
  return loaded;
}

/**
 * Pagefind picks its query segmentation from <html lang> once, synchronously, when an instance
 * starts. For "zh" it would re-split our tokens, so for that one synchronous step it sees the
 * index's own language; the page's lang is restored at once. options({ language }) cannot do
 * this in 1.6: init passes { ...options, language: <html lang> }, so the page's language always
 * wins (tried: segmented queries fail).
 */
function inIndexLanguage<T>(start: () => T): T {
  const html = document.documentElement;
  const pageLanguage = html.lang;
  html.lang = SEARCH_LANGUAGE;
  try {
    return start();
  } finally {
    html.lang = pageLanguage;
  }
}

/**
 * Pagefind cuts every query into graphemes with Intl.Segmenter, in the index's language; the
 * first segmenter a page makes loads the browser's break rules (30–70 ms in Chromium on this
 * project's machine, then well under 1 ms). The search page makes one while it is idle, so a
 * reader's first search does not.
 */
export function loadSegmenterRules(): void {
  for (const grapheme of new Intl.Segmenter(SEARCH_LANGUAGE, { granularity: 'grapheme' }).segment('检索'))
    void grapheme;
}

/** How many calls whenLoaded makes, and how far apart. */
export const LOADED_CHECKS = 5;
export const LOADED_CHECK_SPACING_MS = 10;

/**
 * Resolves once a Pagefind instance has loaded (its WebAssembly compiled, its metadata read).
 * Pagefind 1.6's init() only starts that, and a call made meanwhile (filters() here, which
 * loads nothing for an index without Pagefind filters) looks again every 50 ms, so it resolves
 * up to 50 ms after the loading ends: on a fresh page, a first search's wait. Calls started
 * LOADED_CHECK_SPACING_MS apart look, together, that often; the first to find the instance
 * loaded resolves, and the calls not started yet are not made.
 */
export function whenLoaded(
  instance: Pick<Pagefind, 'filters'>,
  checks = LOADED_CHECKS,
  spacingMs = LOADED_CHECK_SPACING_MS,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timers: ReturnType<typeof setTimeout>[] = [];
    let settled = false;
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      end();
    };
    const check = () =>
      void instance.filters().then(
        () => settle(resolve),
        (error: unknown) => settle(() => reject(error)),
      );
    check();
    for (let i = 1; i < checks; i++) timers.push(setTimeout(check, i * spacingMs));
  });
}

/** A Pagefind instance and the parts it searches, with the words whose index chunks it has loaded or is loading. */
export interface Searcher {
  pagefind: Pagefind;
  parts: { part: PublishedPart; bundles: BundlesFile }[];
  preloaded: Map<string, Promise<void>>;
}

/** Loads the index chunks that hold the term's words in every part of the searcher, the chunks a prefix runs on into included. */
export async function preloadIn(searcher: Searcher, term: string): Promise<void> {
  // A word whose chunks every part has loaded, or is loading, is not put to Pagefind again:
  // each preload is a search in every part, and a repeated query would pay for them all again.
  const probes = new Set(searcher.parts.flatMap(({ bundles }) => chunkProbes(term, bundles.chunkStarts)));
  await Promise.all(
    [...probes].map((word) => {
      let loading = searcher.preloaded.get(word);
      // Tried again by the next search that needs it, if it fails.
      if (!loading)
        searcher.preloaded.set(
          word,
          (loading = kept(searcher.pagefind.preload(word), () => searcher.preloaded.delete(word))),
        );
      return loading;
    }),
  );
}

async function searchIn(searcher: Searcher, term: string): Promise<Map<string, readonly number[]>> {
  await preloadIn(searcher, term);
  const answer = await searcher.pagefind.search(term);
  return new Map((answer?.results ?? []).map((result) => [result.id, result.words]));
}

const commonSets = new WeakMap<BundlesFile, ReadonlySet<string>>();

/** A part's common three-character words, as a set (made once per part). */
function commonOf(bundles: BundlesFile): ReadonlySet<string> {
  let common = commonSets.get(bundles);
  if (!common) commonSets.set(bundles, (common = new Set(bundles.common)));
  return common;
}

const positionsIn = (answer: TermAnswer) => {
  let positions = 0;
  for (const list of answer.values()) positions += list.length;
  return positions;
};

/**
 * Fetches, all at once, files Pagefind is about to ask for one after another (a part's entry
 * file, then its metadata): each lands in the browser's HTTP cache (the index's files are sent
 * immutable, README "Deploying"), where Pagefind's own request finds it, or waits for it while
 * it is under way. Read whole, so the browser does not drop them; a failure is Pagefind's to meet.
 */
export function fetchAhead(urls: readonly string[]): void {
  for (const url of urls)
    void fetch(url).then(
      (response) => response.arrayBuffer(),
      () => undefined,
    );
}

/**
 * One Pagefind instance on several parts of the index: made on the first, the others added with
 * mergeIndex once its own loading is done. (Pagefind 1.6's mergeIndex, called while the instance
 * is still loading, waits for it by looking again every 50 ms; whenLoaded resolves as it ends.)
 */
export async function openParts(
  pagefind: PagefindModule,
  first: PublishedPart,
  rest: PublishedPart[],
): Promise<Pagefind> {
  const instance = inIndexLanguage(() =>
    pagefind.createInstance({ basePath: searchFiles.pagefind(first.name), noWorker: true, metaCacheTag: first.name }),
  );
  await instance.init();
  await whenLoaded(instance);
  await Promise.all(
    rest.map((part) =>
      instance.mergeIndex(searchFiles.pagefind(part.name), { language: SEARCH_LANGUAGE, metaCacheTag: part.name }),
    ),
  );
  // Each added part's own metadata, read once it is fetched.
  await instance.filters();
  return instance;
}

/** What every loading of the engine begins with (loadListing). */
interface Listing {
  parts: PublishedPart[];
  support: SearchSupportFile;
}

let listing: Promise<Listing> | undefined;

/**
 * The index's parts and the search's support data: the files every loading of the engine begins
 * with, whose URLs never change. The search page asks for them as it opens (its HTML preloads
 * them, searchPreloads), so that the engine, loaded once the reader goes to the box or at once
 * for a query in the URL, does not begin with a round trip.
 */
export function loadListing(): Promise<Listing> {
  listing ??= kept(
    Promise.all([fetchJson<PartsFile>(searchFiles.parts()), fetchJson<SearchSupportFile>(searchFiles.support())]).then(
      ([{ parts }, support]) => ({ parts, support }),
    ),
    () => (listing = undefined),
  );
  return listing;
}

export function loadEngine(): Promise<SearchEngine> {
  loading ??= kept(
    (async () => {
      const { parts, support } = await loadListing();
      const newest = parts.at(-1);
      if (!newest) throw new Error(`${searchFiles.parts()}: 没有索引分部`);
      const [pagefind, newestBundles] = await Promise.all([
        import(/* @vite-ignore */ searchFiles.pagefindScript(newest.name)) as Promise<PagefindModule>,
        fetchJson<BundlesFile>(searchFiles.bundles(newest.name)),
      ]);
      // On the page's own thread: copying a search's locations out of Pagefind's web worker
      // costs more than the search itself. noWorker is a real option in Pagefind 1.6, though
      // not a documented one: its wrapper reads it once, at init, from the options given
      // before init (options() then replaces, not merges, so all of them go in this one call).
      // metaCacheTag: Pagefind asks for a part's pagefind-entry.json with it (by default with
      // the time, so that no copy is ever reused); a part's name changes with every file of it,
      // so a browser may keep its entry file as it keeps its other files.
      await pagefind.options({ noWorker: true, metaCacheTag: newest.name });
      await inIndexLanguage(() => pagefind.init());
      // Loading the engine includes Pagefind's own loading (its WebAssembly compiled, its metadata
      // read: some 100 ms at 10,000 articles), which init starts but does not wait for. The search
      // page loads the engine while the reader types, so the search after Enter finds it done.
      await whenLoaded(pagefind);

      const places = readBundles(newestBundles, newest.first);
      const newestSearcher: Searcher = {
        pagefind,
        parts: [{ part: newest, bundles: newestBundles }],
        preloaded: new Map(),
      };
      /** The other parts, once widened. */
      let older: Searcher | undefined;
      const newestAnswers = new BoundedCache<string, TermAnswer>(NEWEST_ANSWER_POSITIONS);
      const newestAnswer = async (term: string) => {
        const known = newestAnswers.get(term);
        if (known) return known;
        const answer = await searchIn(newestSearcher, term);
        newestAnswers.set(term, answer, positionsIn(answer) + 1);
        return answer;
      };

      let widening: Promise<void> | undefined;
      const widen = () =>
        (widening ??= kept(
          (async () => {
            const others = parts.slice(0, -1);
            const [first, ...rest] = others;
            if (!first) return;
            // What opening them asks for, part after part: every entry file and metadata, and the
            // WebAssembly of the instance they are opened in (the first's).
            fetchAhead([
              searchFiles.pagefindWasm(first.name),
              ...others.flatMap((part) => [
                searchFiles.pagefindEntry(part.name),
                searchFiles.pagefindMeta(part.name, part.meta),
              ]),
            ]);
            const [layouts, instance] = await Promise.all([
              Promise.all(others.map((part) => fetchJson<BundlesFile>(searchFiles.bundles(part.name)))),
              openParts(pagefind, first, rest),
            ]);
            // Their layouts first: a location of a part just added is then never unknown.
            others.forEach((part, i) => readBundles(layouts[i]!, part.first, places));
            older = {
              pagefind: instance,
              parts: others.map((part, i) => ({ part, bundles: layouts[i]! })),
              preloaded: new Map(),
            };
          })(),
          () => (widening = undefined),
        ));
      const searchers = (scope: SearchScope) => (older && scope === 'all' ? [newestSearcher, older] : [newestSearcher]);

      return {
        async find(term: string, scope: SearchScope = 'all') {
          const searchOlder = scope === 'all' ? older : undefined;
          if (!searchOlder) return newestAnswer(term);
          // Page ids are unique across parts: each part's pages are its own.
          const [fromNewest, fromOlder] = await Promise.all([newestAnswer(term), searchIn(searchOlder, term)]);
          return new Map([...fromNewest, ...fromOlder]);
        },
        async preload(term: string, scope: SearchScope = 'all') {
          await Promise.all(searchers(scope).map((searcher) => preloadIn(searcher, term)));
        },
        chunksFor: (term: string, scope: SearchScope = 'all') =>
          Math.max(
            ...searchers(scope).flatMap((searcher) =>
              searcher.parts.map(({ bundles }) => chunkProbes(term, bundles.chunkStarts).length),
            ),
          ),
        isCommon: (word: string, scope: SearchScope = 'all') =>
          searchers(scope).every((searcher) => searcher.parts.every(({ bundles }) => commonOf(bundles).has(word))),
        places,
        get complete() {
          return older !== undefined || parts.length === 1;
        },
        parts: parts.length,
        newestFirst: newest.first,
        commonest: newestBundles.commonest,
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
