/**
 * Every file of the search, by its URL on the site (the build writes each one under dist/ at
 * the same path). Articles are numbered in date order (layout.ts, byDate); the index is in
 * parts by date (parts.ts), each with its own Pagefind index and layout.
 */
export const SEARCH_DIR = '/search/';

/** Where each part's Pagefind index is, a folder per part. */
export const PAGEFIND_DIR = '/pagefind/';
/** Where each part's own files are (its layout), a folder per part. */
export const PARTS_DIR = `${SEARCH_DIR}parts/`;

export const searchFiles = {
  /** The index's parts, in date order (parts.ts, PartsFile). */
  parts: () => `${SEARCH_DIR}parts.json`,
  /** A part's Pagefind index: Pagefind's script, WebAssembly, metadata and index chunks. */
  pagefind: (part: string) => `${PAGEFIND_DIR}${part}/`,
  pagefindScript: (part: string) => `${PAGEFIND_DIR}${part}/pagefind.js`,
  /**
   * Two of Pagefind's own files, by the URLs Pagefind 1.6 asks for them at (undocumented: the
   * search page's preloads rely on them, and tests/e2e/search.test.ts checks that Pagefind asks
   * for no other file of the newest part but its metadata and index chunks): its entry file,
   * with the part's name as metaCacheTag (browser/pagefind.ts), and the WebAssembly of an index
   * whose language has none of its own.
   */
  pagefindEntry: (part: string) => `${PAGEFIND_DIR}${part}/pagefind-entry.json?ts=${part}`,
  pagefindWasm: (part: string) => `${PAGEFIND_DIR}${part}/wasm.unknown.pagefind`,
  /** A part's Pagefind metadata, by the file name parts.json gives (PublishedPart.meta). */
  pagefindMeta: (part: string, meta: string) => `${PAGEFIND_DIR}${part}/${meta}`,
  /** Aliases and the bitmap of the characters the Traditional → Simplified map changes (data.ts). */
  support: () => `${SEARCH_DIR}support.json`,
  /** The Traditional → Simplified map itself, fetched only for a query that needs it. */
  t2s: () => `${SEARCH_DIR}t2s.json`,
  /** Where each article of a part lies in its index (layout.ts, BundlesFile). */
  bundles: (part: string) => `${PARTS_DIR}${part}/bundles.json`,
  /** Every article's filters (facets.ts). */
  facets: () => `${SEARCH_DIR}facets.json`,
  /** What a result shows of article n (data.ts, SearchArticle). */
  article: (n: number) => `${SEARCH_DIR}articles/${n}.json`,
} as const;

/** The path of a search file inside the built site. */
export function searchFilePath(url: string): string {
  return url.replace(/^\//, '');
}

/**
 * What the search page's HTML preloads: the files the engine begins with (browser/pagefind.ts,
 * loadListing and loadEngine), requested while the page is parsed rather than one after another
 * once its script runs. The newest part's, when the build knows it: Pagefind's script (a module,
 * its code compiled meanwhile) and the files it then asks for but its metadata (named by
 * Pagefind as it writes it), and the part's layout.
 */
export function searchPreloads(newestPart: string | undefined): { modules: string[]; fetches: string[] } {
  const listing = [searchFiles.parts(), searchFiles.support()];
  if (newestPart === undefined) return { modules: [], fetches: listing };
  return {
    modules: [searchFiles.pagefindScript(newestPart)],
    fetches: [
      ...listing,
      searchFiles.pagefindEntry(newestPart),
      searchFiles.pagefindWasm(newestPart),
      searchFiles.bundles(newestPart),
    ],
  };
}
