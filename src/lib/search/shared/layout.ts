/**
 * How articles are laid out in the Pagefind index, and how a query word is found there.
 *
 * Pagefind's cost in the browser grows with what a search returns: every location of every
 * matching word, and for a quoted phrase the square of the matching pages. So the index is
 * built for small answers:
 *
 *   - Pagefind pages are bundles of BUNDLE_SIZE consecutive articles, not articles: its page
 *     table (loaded with every first search), its per-page work and its indexer's memory shrink.
 *   - Each article is one block of positions inside its bundle. The block starts with its
 *     headline, padded to a fixed length, so a position tells the article and whether it lies
 *     in the headline. Block lengths go to the browser in bundles.json, in BLOCK_UNIT steps.
 *   - A positional token at each normalised character: the GRAM characters from there (filled
 *     with the run-end mark where a run ends). A query of up to GRAM characters is a prefix
 *     of the tokens where it occurs, so one prefix search returns exactly its occurrences,
 *     however common its characters are. Longer queries are a chain of whole tokens.
 *   - A presence token for each distinct two-character pair of an article, once, in the order
 *     of first occurrence: a two-character query, the broadest kind, is answered with one
 *     location per article instead of every occurrence.
 *   - Pagefind loads, for a term, the one index chunk whose range holds it, but a prefix's
 *     words can run on into later chunks. The build lists each chunk's first word
 *     (dist/search/chunks/), and the browser loads the chunks that begin inside a prefix first.
 *
 * No token crosses a sentence end or a segment boundary, and the marks are letters no
 * normalised text contains (shared/text.ts), so a token matches only real text.
 */
import type { Segment } from './text.ts';

/** Characters per positional token. */
export const GRAM = 4;

/**
 * Articles per Pagefind page. Pagefind's indexer holds a structure per word and page, so
 * bigger bundles build in less memory (10,000 articles, indexer and this script together:
 * 6.6 GB in bundles of 32, 3.9 GB in bundles of 256, 3.5 GB in bundles of 512), and leave
 * fewer pages for its page table and its per-page work.
 */
export const BUNDLE_SIZE = 512;

/** Block lengths are whole multiples of this many positions. */
export const BLOCK_UNIT = 128;

/** A word Pagefind counts as a position but indexes nothing for: fills a block. */
export const EMPTY_POSITION = '\uE000';

const HEADLINE_KINDS = new Set(['kicker', 'title', 'subtitle']);

export function isHeadline(segment: Segment): boolean {
  return HEADLINE_KINDS.has(segment.kind);
}

/** The fixed part of every block: positions reserved for headline tokens and headline pairs. */
export interface BlockLayout {
  headline: number;
  headlinePresence: number;
}

/** /search/bundles.json: where each article lies in the index. */
export interface BundlesFile extends BlockLayout {
  bundleSize: number;
  unit: number;
  /** Per bundle, in article order: Pagefind's page id, and one character per article whose code is 0x30 + its block length in units. */
  bundles: [page: string, blocks: string][];
  /** The characters that begin an index chunk other than the first (see chunkStartsByChar). */
  chunkStartChars: string;
}

export function encodeBlocks(units: readonly number[]): string {
  return String.fromCharCode(...units.map((u) => 0x30 + u));
}

export function decodeBlocks(blocks: string): number[] {
  return [...blocks].map((c) => c.charCodeAt(0) - 0x30);
}

export interface BundlePlace {
  /** Archive index (date order) of the bundle's first article. */
  first: number;
  /** Start position of each block, then the end of the last. */
  starts: number[];
}

/** Pagefind page id → the bundle's articles. */
export function readBundles(file: BundlesFile): Map<string, BundlePlace> {
  const places = new Map<string, BundlePlace>();
  file.bundles.forEach(([page, blocks], index) => {
    const starts = [0];
    for (const units of decodeBlocks(blocks)) starts.push(starts.at(-1)! + units * file.unit);
    places.set(page, { first: index * file.bundleSize, starts });
  });
  return places;
}

/** The article a position belongs to, and the position's offset in its block. */
export function locate(place: BundlePlace, position: number): { article: number; offset: number } | undefined {
  const { starts } = place;
  if (position < 0 || position >= starts.at(-1)!) return undefined;
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= position) low = mid;
    else high = mid - 1;
  }
  return { article: place.first + low, offset: position - starts[low]! };
}

/** Records in date order (stable: same-day articles keep the archive's order); an article's index in this order is its id in the search. */
export function byDate<T extends { sort: { date: string } }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.sort.date < b.sort.date ? -1 : a.sort.date > b.sort.date ? 1 : 0));
}
