/** An article's index words: positional tokens and presence tokens, per region (the layout is described in ../shared/layout.ts). */
import { INDEX_MARKS, normalizedRuns, type CharMap, type Segment } from '../shared/text.ts';
import {
  COMMON_PER_ARTICLE,
  COMMON_SAMPLE,
  COMMON_WORDS,
  GRAM,
  presenceToken,
  REGIONS,
  regionOf,
  type Region,
} from '../shared/layout.ts';

export interface RegionTokens {
  /** A positional token at every character, in reading order. */
  tokens: string[];
  /** Presence tokens of the characters and pairs first seen in this region (none seen in a better one), in order of first occurrence. */
  presence: string[];
}

export type ArticleTokens = Record<Region, RegionTokens>;

function positionalToken(chars: readonly string[], at: number): string {
  let token = '';
  for (let i = at; i < at + GRAM; i++) token += chars[i] ?? INDEX_MARKS.runEnd;
  return token;
}

const NO_COMMON_WORDS: ReadonlySet<string> = new Set();
const startsOfCommon = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The pairs the common words begin with, made once per set: at most positions no three-character word need be made. */
function commonStarts(common: ReadonlySet<string>): ReadonlySet<string> {
  let starts = startsOfCommon.get(common);
  if (!starts)
    startsOfCommon.set(common, (starts = new Set([...common].map((word) => [...word].slice(0, 2).join('')))));
  return starts;
}

/**
 * The tokens of an article's segments, each region's in reading order; presence goes to the best
 * region a character, pair or common three-character word (its part's, BundlesFile.common) occurs in.
 */
export function articleTokens(
  segments: readonly Segment[],
  t2s: CharMap,
  common: ReadonlySet<string> = NO_COMMON_WORDS,
): ArticleTokens {
  const tokens: ArticleTokens = {
    headline: { tokens: [], presence: [] },
    body: { tokens: [], presence: [] },
    caption: { tokens: [], presence: [] },
    credit: { tokens: [], presence: [] },
  };
  const starts = commonStarts(common);
  const seen = new Set<string>();
  // Keyed by the characters themselves: a character and a pair never look alike.
  const note = (presence: string[], chars: string) => {
    if (seen.has(chars)) return;
    seen.add(chars);
    presence.push(presenceToken(chars));
  };
  // Regions best first, so that a character's or pair's presence lands in the best one.
  const ordered = REGIONS.flatMap((region) => segments.filter((segment) => regionOf(segment) === region));
  for (const segment of ordered) {
    const { tokens: positional, presence } = tokens[regionOf(segment)];
    for (const run of normalizedRuns(segment.text, t2s)) {
      const chars = [...run];
      for (let i = 0; i < chars.length; i++) {
        positional.push(positionalToken(chars, i));
        note(presence, chars[i]!);
        if (i + 1 >= chars.length) continue;
        const pair = chars[i]! + chars[i + 1]!;
        note(presence, pair);
        if (i + 2 < chars.length && starts.has(pair)) {
          const word = pair + chars[i + 2]!;
          if (common.has(word)) note(presence, word);
        }
      }
    }
  }
  return tokens;
}

/**
 * How many articles hold each character, counted from their presence tokens (one per character
 * an article holds), to name the one the most of them hold.
 */
export class CharacterTally {
  #articles = new Map<string, number>();

  add(tokens: ArticleTokens): void {
    for (const region of REGIONS)
      for (const token of tokens[region].presence)
        if (token.startsWith(INDEX_MARKS.single)) {
          const char = token.slice(INDEX_MARKS.single.length);
          // A common word's token begins with the same mark.
          if ([...char].length === 1) this.#articles.set(char, (this.#articles.get(char) ?? 0) + 1);
        }
  }

  /** The character the most articles hold ("" when none holds any); of those held by as many, the lowest code point. */
  commonest(): string {
    let best = '';
    let most = 0;
    for (const [char, count] of this.#articles)
      if (count > most || (count === most && char.codePointAt(0)! < best.codePointAt(0)!)) {
        best = char;
        most = count;
      }
    return best;
  }
}

/**
 * Which of a part's articles (by their order in it, which is by date) choose its common words:
 * all of them up to COMMON_SAMPLE, else COMMON_SAMPLE spread evenly from the first to the last,
 * ascending.
 */
export function commonSample(articleCount: number): number[] {
  if (articleCount <= COMMON_SAMPLE) return Array.from({ length: articleCount }, (_, i) => i);
  const step = (articleCount - 1) / (COMMON_SAMPLE - 1);
  return Array.from({ length: COMMON_SAMPLE }, (_, k) => Math.round(k * step));
}

/**
 * The three-character words that occur the most in a sample of a part's articles, counted in the
 * normalised text as the tokens are made: the part's common words (BundlesFile.common), at
 * least COMMON_PER_ARTICLE occurrences an article counted, at most COMMON_WORDS of them, sorted.
 * Chosen before any article is tokenised, so that every article of the part holding one has its
 * presence token.
 */
export function commonWords(articles: readonly (readonly Segment[])[], t2s: CharMap): string[] {
  const counts = new Map<string, number>();
  for (const segments of articles)
    for (const segment of segments)
      for (const run of normalizedRuns(segment.text, t2s)) {
        const chars = [...run];
        for (let i = 0; i + 2 < chars.length; i++) {
          const word = chars[i]! + chars[i + 1]! + chars[i + 2]!;
          counts.set(word, (counts.get(word) ?? 0) + 1);
        }
      }
  const least = Math.max(1, COMMON_PER_ARTICLE * articles.length);
  return [...counts]
    .filter(([, count]) => count >= least)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, COMMON_WORDS)
    .map(([word]) => word)
    .sort();
}
