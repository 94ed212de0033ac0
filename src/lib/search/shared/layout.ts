/**
 * How articles are laid out in the Pagefind index, and how a query word is found there.
 *
 * Pagefind's cost in the browser grows with what a search returns: every location of every
 * matching word, and for a quoted phrase the square of the matching pages. So the index is
 * built for small answers:
 *
 *   - Pagefind pages are bundles of BUNDLE_SIZE consecutive articles, not articles: its page
 *     table (loaded with every first search), its per-page work and its indexer's memory shrink.
 *   - Each article is one block of positions inside its bundle, in four regions, so that a
 *     position tells the article and where in it a word occurs (REGIONS):
 *
 *       headline tokens | headline presence | credits (presence, tokens) | body (presence, tokens) ‖ captions (presence, tokens) ‖
 *       └──────────────── fixed length, the same in every block ───────┘                          unit              unit
 *
 *     The fixed part has room for the longest headline and credits of the archive. The body
 *     is padded to whole BLOCK_UNITs, and so are the captions after it: bundles.json gives
 *     each block's length and its captions' length, one character each.
 *   - A positional token at each normalised character: the GRAM characters from there (filled
 *     with the run-end mark where a run ends). A query of up to GRAM characters is a prefix
 *     of the tokens where it occurs, so one prefix search returns exactly its occurrences,
 *     however common its characters are. Longer queries are a chain of whole tokens.
 *   - Presence tokens, each once per article, in its best region (headline, body, captions,
 *     credits), in the order of first occurrence there: one for each distinct character and
 *     one for each distinct two-character pair. A query of one or two characters, the broadest
 *     kinds, is answered with one location per article instead of every occurrence.
 *   - Pagefind loads, for a term, the one index chunk whose range holds it, but a prefix's
 *     words can run on into later chunks. The build lists each chunk's first word
 *     (dist/search/chunks/), and the browser loads the chunks that begin inside a prefix first.
 *
 * No token crosses a sentence end or a segment boundary (each caption and each credit is a
 * segment of its own), and the marks are letters no normalised text contains (shared/text.ts),
 * so a token matches only real text.
 */
import { INDEX_MARKS, type SegmentKind } from './text.ts';

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

/** The presence token of one character or of a pair. */
export function presenceToken(chars: string): string {
  return ([...chars].length === 1 ? INDEX_MARKS.single : INDEX_MARKS.presence) + chars;
}

/** Where a match can lie in an article, best first: a match in a better region ranks first. */
export const REGIONS = ['headline', 'body', 'caption', 'credit'] as const;
export type Region = (typeof REGIONS)[number];

const REGION_OF: Record<SegmentKind, Region> = {
  kicker: 'headline',
  title: 'headline',
  subtitle: 'headline',
  h2: 'body',
  h3: 'body',
  p: 'body',
  caption: 'caption',
  credit: 'credit',
};

export function regionOf(segment: { kind: SegmentKind }): Region {
  return REGION_OF[segment.kind];
}

export function isHeadline(segment: { kind: SegmentKind }): boolean {
  return regionOf(segment) === 'headline';
}

/** The fixed part of every block: positions reserved for the headline's tokens, its presence tokens, and the credits. */
export interface BlockLayout {
  headline: number;
  headlinePresence: number;
  credits: number;
}

/** /search/bundles.json: where each article lies in the index. */
export interface BundlesFile extends BlockLayout {
  bundleSize: number;
  unit: number;
  /**
   * Per bundle, in article order: Pagefind's page id; one character per article whose code is
   * 0x30 + its block length in units; the same for the length of its captions at the block's
   * end ("" when no article of the bundle has captions).
   */
  bundles: [page: string, blocks: string, captions: string][];
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
  /** Per block, the offset in it where its captions begin (its length when it has none). */
  captions: number[];
}

/** Pagefind page id → the bundle's articles. */
export function readBundles(file: BundlesFile): Map<string, BundlePlace> {
  const places = new Map<string, BundlePlace>();
  file.bundles.forEach(([page, blocks, captions], index) => {
    const lengths = decodeBlocks(blocks);
    const tails = decodeBlocks(captions ?? '');
    const starts = [0];
    for (const units of lengths) starts.push(starts.at(-1)! + units * file.unit);
    places.set(page, {
      first: index * file.bundleSize,
      starts,
      captions: lengths.map((units, i) => (units - (tails[i] ?? 0)) * file.unit),
    });
  });
  return places;
}

/** The article a position belongs to, the position's offset in its block, and where the block's captions begin. */
export function locate(
  place: BundlePlace,
  position: number,
): { article: number; offset: number; captions: number } | undefined {
  const { starts } = place;
  if (position < 0 || position >= starts.at(-1)!) return undefined;
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= position) low = mid;
    else high = mid - 1;
  }
  return { article: place.first + low, offset: position - starts[low]!, captions: place.captions[low]! };
}

/** The region of an offset in a block whose captions begin at `captions`. */
export function regionAt(layout: BlockLayout, offset: number, captions: number): Region {
  const headlineEnd = layout.headline + layout.headlinePresence;
  if (offset < headlineEnd) return 'headline';
  if (offset < headlineEnd + layout.credits) return 'credit';
  return offset < captions ? 'body' : 'caption';
}

/** Records in date order (stable: same-day articles keep the archive's order); an article's index in this order is its id in the search. */
export function byDate<T extends { sort: { date: string } }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.sort.date < b.sort.date ? -1 : a.sort.date > b.sort.date ? 1 : 0));
}
