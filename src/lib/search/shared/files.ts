/**
 * Every file of the search, by its URL on the site (the build writes each one under dist/ at
 * the same path). Articles are numbered in date order (layout.ts, byDate).
 */
export const SEARCH_DIR = '/search/';

export const searchFiles = {
  /** Pagefind's own files: its script, WebAssembly, metadata and index chunks. */
  pagefind: () => '/pagefind/',
  pagefindScript: () => '/pagefind/pagefind.js',
  /** Aliases and the bitmap of the characters the Traditional → Simplified map changes (data.ts). */
  support: () => `${SEARCH_DIR}support.json`,
  /** The Traditional → Simplified map itself, fetched only for a query that needs it. */
  t2s: () => `${SEARCH_DIR}t2s.json`,
  /** Where each article lies in the index (layout.ts, BundlesFile). */
  bundles: () => `${SEARCH_DIR}bundles.json`,
  /** Every article's filters (facets.ts). */
  facets: () => `${SEARCH_DIR}facets.json`,
  /** What a result shows of article n (data.ts, SearchArticle). */
  article: (n: number) => `${SEARCH_DIR}articles/${n}.json`,
  /** The index chunks that begin with this character (layout.ts, chunkStartsByChar). */
  chunkStarts: (char: string) => `${SEARCH_DIR}chunks/${char.codePointAt(0)!.toString(16)}.json`,
  /** Build artefact: every article's record for the indexer, deleted once the index is written. */
  records: () => `${SEARCH_DIR}records.json`,
} as const;

/** The path of a search file inside the built site. */
export function searchFilePath(url: string): string {
  return url.replace(/^\//, '');
}
