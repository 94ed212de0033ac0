/** Articles' tokens laid out in blocks and bundles, and the browser's map of them (../shared/layout.ts). */
import { appendAll } from '../../arrays.ts';
import { INDEX_MARKS } from '../shared/text.ts';
import {
  BLOCK_UNIT,
  BUNDLE_SIZE,
  EMPTY_POSITION,
  encodeLengths,
  FIXED_UNIT,
  type BundlesFile,
} from '../shared/layout.ts';
import type { ArticleTokens } from './tokens.ts';

const roundUp = (n: number, step: number) => Math.max(step, Math.ceil(n / step) * step);

/** One article's words, in order (../shared/layout.ts), and the lengths of its parts. */
export interface ArticleBlock {
  words: string[];
  /** Positions of the headline part, at the start; of the credits part, after it (0 when none); of the captions, at the end (0 when none). */
  headline: number;
  credits: number;
  captions: number;
}

/**
 * One article's words: its headline's tokens and presence tokens, then its credits' presence
 * tokens and tokens, each padded to whole FIXED_UNITs; then its body's presence tokens and
 * tokens, the block so far padded to whole BLOCK_UNITs; then, if it has captions, their
 * presence tokens and tokens, padded the same way. Each article takes the room it needs.
 */
export function articleBlock(tokens: ArticleTokens): ArticleBlock {
  const words: string[] = [];
  const pad = (length: number) => {
    while (words.length < length) words.push(EMPTY_POSITION);
  };
  appendAll(words, tokens.headline.tokens);
  appendAll(words, tokens.headline.presence);
  pad(roundUp(words.length, FIXED_UNIT));
  const headline = words.length;
  appendAll(words, tokens.credit.presence);
  appendAll(words, tokens.credit.tokens);
  if (words.length > headline) pad(headline + roundUp(words.length - headline, FIXED_UNIT));
  const credits = words.length - headline;
  appendAll(words, tokens.body.presence);
  appendAll(words, tokens.body.tokens);
  pad(roundUp(words.length, BLOCK_UNIT));
  const body = words.length;
  if (tokens.caption.tokens.length === 0) return { words, headline, credits, captions: 0 };
  appendAll(words, tokens.caption.presence);
  appendAll(words, tokens.caption.tokens);
  pad(body + roundUp(words.length - body, BLOCK_UNIT));
  return { words, headline, credits, captions: words.length - body };
}

const PRESENCE_CODES = [INDEX_MARKS.presence, INDEX_MARKS.single].map((mark) => mark.codePointAt(0)!);

/** Is the word a presence token (of a character, a pair or a common three-character word)? */
export function isPresenceWord(word: string): boolean {
  return PRESENCE_CODES.includes(word.codePointAt(0) ?? 0);
}

/** One Pagefind page: its words, and per block the lengths of its parts (BundlesFile). */
export interface Bundle {
  content: string;
  lengths: BlockLengths;
}

/** Per block of a bundle: its length and its captions' length in BLOCK_UNITs, its headline's and its credits' in FIXED_UNITs. */
export interface BlockLengths {
  blocks: number[];
  captions: number[];
  headlines: number[];
  credits: number[];
}

/** Lays out articles (in date order) in bundles as they come: a bundle once it is full, the last one at the end. */
export interface BundleLayout {
  /** Adds an article; returns the bundle it fills, if it fills one. */
  add(tokens: ArticleTokens): Bundle | undefined;
  /** The last bundle, if any article is left. */
  end(): Bundle | undefined;
}

/** A layout of bundles of `bundleSize` articles (BUNDLE_SIZE but in tests), one bundle held at a time. */
export function bundleLayout(bundleSize = BUNDLE_SIZE): BundleLayout {
  let blocks: ArticleBlock[] = [];
  const flush = (): Bundle => {
    const bundle = {
      content: blocks.map((block) => block.words.join(' ')).join(' '),
      lengths: {
        blocks: blocks.map((block) => block.words.length / BLOCK_UNIT),
        captions: blocks.map((block) => block.captions / BLOCK_UNIT),
        headlines: blocks.map((block) => block.headline / FIXED_UNIT),
        credits: blocks.map((block) => block.credits / FIXED_UNIT),
      },
    };
    blocks = [];
    return bundle;
  };
  return {
    add(tokens) {
      blocks.push(articleBlock(tokens));
      return blocks.length === bundleSize ? flush() : undefined;
    },
    end: () => (blocks.length > 0 ? flush() : undefined),
  };
}

/**
 * Articles (in date order) laid out in bundles (of BUNDLE_SIZE but in tests), one bundle at a
 * time: an archive's tokens are not all held at once.
 */
export function* bundlesOf(articles: Iterable<ArticleTokens>, bundleSize = BUNDLE_SIZE): Generator<Bundle> {
  const layout = bundleLayout(bundleSize);
  for (const tokens of articles) {
    const full = layout.add(tokens);
    if (full) yield full;
  }
  const last = layout.end();
  if (last) yield last;
}

/**
 * The browser's map of the index, given the Pagefind page id of each bundle, the first words of
 * its index chunks, its common three-character words (commonWords) and the character found in
 * the most of its articles (CharacterTally).
 */
export function bundlesFile(
  bundles: readonly BlockLengths[],
  pageIds: readonly string[],
  {
    chunkStarts = [],
    common = [],
    commonest = '',
    bundleSize = BUNDLE_SIZE,
  }: { chunkStarts?: readonly string[]; common?: readonly string[]; commonest?: string; bundleSize?: number } = {},
): BundlesFile {
  return {
    bundleSize,
    unit: BLOCK_UNIT,
    fixedUnit: FIXED_UNIT,
    bundles: bundles.map((lengths, i) => [
      pageIds[i]!,
      encodeLengths(lengths.blocks),
      encodeLengths(lengths.captions),
      encodeLengths(lengths.headlines),
      encodeLengths(lengths.credits),
    ]),
    chunkStarts: prefixChunkStarts(chunkStarts),
    common: [...common],
    commonest,
  };
}

/**
 * The first words of index chunks that a prefix search may run into, sorted. Presence tokens
 * are only ever searched whole, so chunks that begin with one are left out. A part's are a few
 * kilobytes (some 350 chunks of positional words in a part of 4,000 articles), so they travel
 * in its layout file rather than in files of their own, and a prefix search never waits for them.
 */
export function prefixChunkStarts(starts: readonly string[]): string[] {
  return starts.filter((start) => start !== '' && !isPresenceWord(start)).sort();
}
