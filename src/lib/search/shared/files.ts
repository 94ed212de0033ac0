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
 * loadListing), requested while the page is parsed rather than once its script runs.
 */
export const SEARCH_PRELOADS: readonly string[] = [searchFiles.parts(), searchFiles.support()];
