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
 *       headline (tokens, presence) | credits (presence, tokens) | body (presence, tokens) ‖ captions (presence, tokens) ‖
 *       └──────── fixed units ──────┴──────── fixed units ───────┘                         unit                       unit
 *
 *     Each part is as long as the article needs: the headline and the credits are padded to
 *     whole FIXED_UNITs, the block up to the body's end to whole BLOCK_UNITs, and so are the
 *     captions after it. bundles.json gives each part's length, one character each.
 *   - A positional token at each normalised character: the GRAM characters from there (filled
 *     with the run-end mark where a run ends). A query of up to GRAM characters is a prefix
 *     of the tokens where it occurs, so one prefix search returns exactly its occurrences,
 *     however common its characters are. Longer queries are a chain of whole tokens.
 *   - Presence tokens, each once per article, in its best region (headline, body, captions,
 *     credits), in the order of first occurrence there: one for each distinct character, one
 *     for each distinct two-character pair, and one for each of the part's common
 *     three-character words (BundlesFile.common). A query of one or two characters, the
 *     broadest kinds, or a common word of three, is answered with one location per article
 *     instead of every occurrence.
 *   - Pagefind loads, for a term, the one index chunk whose range holds it, but a prefix's
 *     words can run on into later chunks. Each part's layout file lists its chunks' first
 *     words, and the browser loads the chunks that begin inside a prefix with the first.
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

/** Block lengths, and their captions' lengths, are whole multiples of this many positions. */
export const BLOCK_UNIT = 128;

/** The headline's and the credits' parts of a block are whole multiples of this many positions. */
export const FIXED_UNIT = 16;

/** A word Pagefind counts as a position but indexes nothing for: fills a block. */
export const EMPTY_POSITION = '\uE000';

/** What begins a common three-character word's presence token. */
const TRIGRAM_MARK = INDEX_MARKS.single + INDEX_MARKS.presence;

/**
 * The presence token of one character, of a pair or of a common three-character word. Pagefind
 * finds every word a term begins, so no kind's token may begin another kind's: a word of three
 * characters takes both marks, a pair's presence would otherwise also find it.
 */
export function presenceToken(chars: string): string {
  const length = [...chars].length;
  return (length === 1 ? INDEX_MARKS.single : length === 2 ? INDEX_MARKS.presence : TRIGRAM_MARK) + chars;
}

/**
 * A part gives its common three-character words presence tokens when they occur at least this
 * often an article in a sample of its articles (at most COMMON_SAMPLE of them, spread evenly over
 * its dates: a campaign's words are common in its own years only), and no more than
 * COMMON_WORDS of them, the most frequent first. A three-character word is a prefix of the
 * positional tokens, answered with every occurrence (高新区: some ten an article); its
 * presence, with one location an article, of a whole token.
 */
export const COMMON_PER_ARTICLE = 0.5;
export const COMMON_SAMPLE = 256;
export const COMMON_WORDS = 128;

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

/** A part's bundles.json (files.ts): where each of its articles lies in its index. */
export interface BundlesFile {
  bundleSize: number;
  /** BLOCK_UNIT and FIXED_UNIT of the index. */
  unit: number;
  fixedUnit: number;
  /**
   * Per bundle, in article order: Pagefind's page id, then one character per article (its code
   * 0x30 + a length, encodeLengths) for each of: the block's length in units; the length of its
   * captions at the block's end, in units; the length of its headline part, at the block's
   * start, in fixed units; the length of its credits part, after that, in fixed units. A list
   * that is all zero (no article of the bundle has captions, or credits) is "".
   */
  bundles: [page: string, blocks: string, captions: string, headlines: string, credits: string][];
  /** The first words of the index chunks a prefix search may run into, sorted (../build/bundles.ts, prefixChunkStarts). */
  chunkStarts: string[];
  /**
   * The three-character words that have presence tokens in this part (every article of it holding
   * one has its token), sorted; see COMMON_PER_ARTICLE.
   */
  common: string[];
  /**
   * The character found in the most of the part's articles ("" in a part without one): the
   * search page searches it in the newest part while the reader has not yet typed, so that a
   * first search finds the code that loads and reads a large answer already run.
   */
  commonest: string;
}

/** The greatest length a character of bundles.json can hold: its code stays below the surrogates. */
export const MAX_ENCODED_LENGTH = 0xd7ff - 0x30;

/** Lengths, one character each: "" when all are zero. */
export function encodeLengths(lengths: readonly number[]): string {
  let encoded = '';
  for (const length of lengths) {
    if (!Number.isInteger(length) || length < 0 || length > MAX_ENCODED_LENGTH)
      throw new RangeError(`length ${length} cannot be encoded (0 to ${MAX_ENCODED_LENGTH})`);
    encoded += String.fromCharCode(0x30 + length);
  }
  return lengths.some((length) => length > 0) ? encoded : '';
}

/** The lengths of `count` articles; "" stands for all zero. */
export function decodeLengths(encoded: string, count: number): number[] {
  if (encoded === '') return new Array<number>(count).fill(0);
  const lengths: number[] = [];
  for (let i = 0; i < encoded.length; i++) lengths.push(encoded.charCodeAt(i) - 0x30);
  return lengths;
}

export interface BundlePlace {
  /** Archive index (date order) of the bundle's first article. */
  first: number;
  /** Start position of each block, then the end of the last. */
  starts: number[];
  /** Per block, the offsets in it where its headline, its credits and its body end (its captions follow). */
  ends: [headline: number, credits: number, body: number][];
}

/** Pagefind page id → the bundle's articles, numbered from `first` (its part's first article, parts.ts). */
export function readBundles(
  file: BundlesFile,
  first = 0,
  places: Map<string, BundlePlace> = new Map(),
): Map<string, BundlePlace> {
  file.bundles.forEach(([page, blocks, captions, headlines, credits], index) => {
    const lengths = decodeLengths(blocks, blocks.length);
    const tails = decodeLengths(captions, lengths.length);
    const heads = decodeLengths(headlines, lengths.length);
    const creditParts = decodeLengths(credits, lengths.length);
    const starts = [0];
    const ends: BundlePlace['ends'] = [];
    lengths.forEach((units, i) => {
      starts.push(starts.at(-1)! + units * file.unit);
      const headline = heads[i]! * file.fixedUnit;
      ends.push([headline, headline + creditParts[i]! * file.fixedUnit, (units - tails[i]!) * file.unit]);
    });
    places.set(page, { first: first + index * file.bundleSize, starts, ends });
  });
  return places;
}

/** The article a position belongs to, the position's offset in its block, and the region it lies in. */
export function locate(
  place: BundlePlace,
  position: number,
): { article: number; offset: number; region: Region } | undefined {
  const { starts } = place;
  if (position < 0 || position >= starts.at(-1)!) return undefined;
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= position) low = mid;
    else high = mid - 1;
  }
  const offset = position - starts[low]!;
  const [headline, credits, body] = place.ends[low]!;
  const region = offset < headline ? 'headline' : offset < credits ? 'credit' : offset < body ? 'body' : 'caption';
  return { article: place.first + low, offset, region };
}

/** Records in date order (stable: same-day articles keep the archive's order); an article's index in this order is its id in the search. */
export function byDate<T extends { sort: { date: string } }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.sort.date < b.sort.date ? -1 : a.sort.date > b.sort.date ? 1 : 0));
}
