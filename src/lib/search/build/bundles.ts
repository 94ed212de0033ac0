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

/** The tokens of a block's fixed part. */
export type FixedTokens = Pick<ArticleTokens, 'headline' | 'credit'>;

/**
 * Room for the longest headline and the longest credits of the archive, so every block has the
 * same fixed part. The tokens of headlines and credits alone (articleTokens of those segments)
 * suffice: in the whole article, the credits' presence tokens can only be fewer.
 */
export function blockLayout(articles: Iterable<FixedTokens>): BlockLayout {
  let headline = 0;
  let headlinePresence = 0;
  let credits = 0;
  for (const a of articles) {
    headline = Math.max(headline, a.headline.tokens.length);
    headlinePresence = Math.max(headlinePresence, a.headline.presence.length);
    credits = Math.max(credits, a.credit.presence.length + a.credit.tokens.length);
  }
  return {
    headline: roundUp(headline, 16),
    headlinePresence: roundUp(headlinePresence, 16),
    credits: roundUp(credits, 16),
  };
}

/** One article's words, in order (../shared/layout.ts), and the length of its captions at the end. */
export interface ArticleBlock {
  words: string[];
  captions: number;
}

/**
 * One article's words: headline tokens and presence, credits, each padded to the layout's room;
 * then body presence and tokens, padded to whole BLOCK_UNITs; then, if it has captions, their
 * presence and tokens, padded the same way.
 */
export function articleBlock(tokens: ArticleTokens, layout: BlockLayout): ArticleBlock {
  const credits = tokens.credit.presence.length + tokens.credit.tokens.length;
  if (tokens.headline.tokens.length > layout.headline || tokens.headline.presence.length > layout.headlinePresence) {
    throw new Error(
      `headline longer than the block layout allows (${tokens.headline.tokens.length} > ${layout.headline})`,
    );
  }
  if (credits > layout.credits)
    throw new Error(`credits longer than the block layout allows (${credits} > ${layout.credits})`);
  const words = [...tokens.headline.tokens];
  const pad = (length: number) => {
    while (words.length < length) words.push(EMPTY_POSITION);
  };
  pad(layout.headline);
  words.push(...tokens.headline.presence);
  pad(layout.headline + layout.headlinePresence);
  words.push(...tokens.credit.presence, ...tokens.credit.tokens);
  pad(layout.headline + layout.headlinePresence + layout.credits);
  words.push(...tokens.body.presence, ...tokens.body.tokens);
  pad(roundUp(words.length, BLOCK_UNIT));
  const body = words.length;
  if (tokens.caption.tokens.length === 0) return { words, captions: 0 };
  words.push(...tokens.caption.presence, ...tokens.caption.tokens);
  pad(body + roundUp(words.length - body, BLOCK_UNIT));
  return { words, captions: words.length - body };
}

const PRESENCE_CODES = [INDEX_MARKS.presence, INDEX_MARKS.single].map((mark) => mark.codePointAt(0)!);

/** Is the word a presence token (of a character or a pair)? */
export function isPresenceWord(word: string): boolean {
  return PRESENCE_CODES.includes(word.codePointAt(0) ?? 0);
}

/**
 * The parts the index is built in, one after the other (scripts/build-search-index.ts), each a
 * set of words that sort apart from the others', in order: the positional tokens, then the
 * presence tokens. The text holds no character from the first presence mark on
 * (shared/text.ts), so the two never interleave.
 */
export interface IndexParts {
  count: number;
  /** The part a word belongs to. */
  of(word: string): number;
}

export const INDEX_PARTS: IndexParts = { count: 2, of: (word) => (isPresenceWord(word) ? 1 : 0) };

/** The whole index in one part. */
export const ONE_PART: IndexParts = { count: 1, of: () => 0 };

/**
 * One Pagefind page, as one content per part of the index (IndexParts), all of the same
 * positions: each holds the words of its part, and an empty position where another part has
 * its word. Each block's length, and its captions' length, in BLOCK_UNITs.
 */
export interface Bundle {
  contents: string[];
  blocks: number[];
  captions: number[];
}

/**
 * Articles (in date order) laid out in bundles (of BUNDLE_SIZE but in tests), one bundle at a
 * time: an archive's tokens are not all held at once.
 */
export function* bundlesOf(
  articles: Iterable<ArticleTokens>,
  layout: BlockLayout,
  parts: IndexParts = ONE_PART,
  bundleSize = BUNDLE_SIZE,
): Generator<Bundle> {
  let blocks: ArticleBlock[] = [];
  const flush = (): Bundle => {
    const contents: string[][] = Array.from({ length: parts.count }, () => []);
    for (const block of blocks) {
      for (const word of block.words) {
        const part = word === EMPTY_POSITION ? -1 : parts.of(word);
        for (let i = 0; i < parts.count; i++) contents[i]!.push(i === part ? word : EMPTY_POSITION);
      }
    }
    const bundle = {
      contents: contents.map((words) => words.join(' ')),
      blocks: blocks.map((block) => block.words.length / BLOCK_UNIT),
      captions: blocks.map((block) => block.captions / BLOCK_UNIT),
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
  bundles: readonly Pick<Bundle, 'blocks' | 'captions'>[],
  pageIds: readonly string[],
  chunkStartChars: Iterable<string> = [],
  bundleSize = BUNDLE_SIZE,
): BundlesFile {
  return {
    bundleSize,
    unit: BLOCK_UNIT,
    ...layout,
    bundles: bundles.map((bundle, i) => [
      pageIds[i]!,
      encodeBlocks(bundle.blocks),
      bundle.captions.some((units) => units > 0) ? encodeBlocks(bundle.captions) : '',
    ]),
    chunkStartChars: [...chunkStartChars].sort().join(''),
  };
}

/**
 * First words of the index chunks (all but the first chunk), grouped by their first character.
 * Presence tokens are only ever searched whole, so chunks that begin with one are left out.
 */
export function chunkStartsByChar(starts: readonly string[]): Map<string, string[]> {
  const byChar = new Map<string, string[]>();
  for (const start of starts) {
    const [first] = start;
    if (first === undefined || isPresenceWord(first)) continue;
    let group = byChar.get(first);
    if (!group) byChar.set(first, (group = []));
    group.push(start);
  }
  return byChar;
}
