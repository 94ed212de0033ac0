/** Articles' tokens laid out in blocks and bundles, and the browser's map of them (../shared/layout.ts). */
import { INDEX_MARKS } from '../shared/text.ts';
import {
  BLOCK_UNIT,
  BUNDLE_SIZE,
  EMPTY_POSITION,
  encodeBlocks,
  type BlockLayout,
  type BundlesFile,
} from '../shared/layout.ts';
import type { ArticleTokens } from './tokens.ts';

const roundUp = (n: number, step: number) => Math.max(step, Math.ceil(n / step) * step);

/**
 * Room for the longest headline of the archive, so every block has the same fixed part.
 * The tokens of the headlines alone suffice.
 */
export function blockLayout(articles: readonly Pick<ArticleTokens, 'headline' | 'headlinePresence'>[]): BlockLayout {
  let headline = 0;
  let headlinePresence = 0;
  for (const a of articles) {
    headline = Math.max(headline, a.headline.length);
    headlinePresence = Math.max(headlinePresence, a.headlinePresence.length);
  }
  return {
    headline: roundUp(headline, 16),
    headlinePresence: roundUp(headlinePresence, 16),
  };
}

/**
 * One article's words, in order: headline tokens and headline pairs, each padded to the
 * layout's room; body pairs; body tokens; then padding to a whole number of BLOCK_UNITs.
 */
export function articleBlock(tokens: ArticleTokens, layout: BlockLayout): string[] {
  if (tokens.headline.length > layout.headline || tokens.headlinePresence.length > layout.headlinePresence) {
    throw new Error(`headline longer than the block layout allows (${tokens.headline.length} > ${layout.headline})`);
  }
  const words = [...tokens.headline];
  const pad = (length: number) => {
    while (words.length < length) words.push(EMPTY_POSITION);
  };
  pad(layout.headline);
  words.push(...tokens.headlinePresence);
  pad(layout.headline + layout.headlinePresence);
  words.push(...tokens.bodyPresence, ...tokens.body);
  pad(roundUp(words.length, BLOCK_UNIT));
  return words;
}

/** One Pagefind page: the words of its articles' blocks, and each block's length in BLOCK_UNITs. */
export interface Bundle {
  content: string;
  blocks: number[];
}

/**
 * Articles (in date order) laid out in bundles (of BUNDLE_SIZE but in tests), one bundle at a
 * time: an archive's tokens are not all held at once.
 */
export function* bundlesOf(
  articles: Iterable<ArticleTokens>,
  layout: BlockLayout,
  bundleSize = BUNDLE_SIZE,
): Generator<Bundle> {
  let blocks: string[][] = [];
  const flush = (): Bundle => {
    const bundle = {
      content: blocks.map((block) => block.join(' ')).join(' '),
      blocks: blocks.map((block) => block.length / BLOCK_UNIT),
    };
    blocks = [];
    return bundle;
  };
  for (const tokens of articles) {
    blocks.push(articleBlock(tokens, layout));
    if (blocks.length === bundleSize) yield flush();
  }
  if (blocks.length > 0) yield flush();
}

/** The browser's map of the index, given the Pagefind page id of each bundle and the characters that begin a chunk. */
export function bundlesFile(
  layout: BlockLayout,
  blocks: readonly (readonly number[])[],
  pageIds: readonly string[],
  chunkStartChars: Iterable<string> = [],
  bundleSize = BUNDLE_SIZE,
): BundlesFile {
  return {
    bundleSize,
    unit: BLOCK_UNIT,
    ...layout,
    bundles: blocks.map((units, i) => [pageIds[i]!, encodeBlocks(units)]),
    chunkStartChars: [...chunkStartChars].sort().join(''),
  };
}

/**
 * First words of the index chunks (all but the first chunk), grouped by their first character.
 * Pair tokens are only ever searched whole, so chunks that begin with one are left out.
 */
export function chunkStartsByChar(starts: readonly string[]): Map<string, string[]> {
  const byChar = new Map<string, string[]>();
  for (const start of starts) {
    const [first] = start;
    if (first === undefined || first === INDEX_MARKS.presence) continue;
    let group = byChar.get(first);
    if (!group) byChar.set(first, (group = []));
    group.push(start);
  }
  return byChar;
}
