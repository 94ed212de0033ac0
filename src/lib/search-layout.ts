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
 * normalised text contains (src/lib/search-text.ts), so a token matches only real text.
 */
import { INDEX_MARKS, normalizedRuns, type CharMap, type Segment } from './search-text.ts';

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

export interface ArticleTokens {
  /** Positional tokens of the headline (kicker, title, subtitle), then of the body. */
  headline: string[];
  body: string[];
  /** Presence tokens of pairs first seen in the headline, then of pairs first seen in the body. */
  headlinePresence: string[];
  bodyPresence: string[];
}

function positionalToken(chars: readonly string[], at: number): string {
  let token = '';
  for (let i = at; i < at + GRAM; i++) token += chars[i] ?? INDEX_MARKS.runEnd;
  return token;
}

export function articleTokens(segments: readonly Segment[], t2s: CharMap): ArticleTokens {
  const tokens: ArticleTokens = {
    headline: [],
    body: [],
    headlinePresence: [],
    bodyPresence: [],
  };
  const seen = new Set<string>();
  for (const segment of segments) {
    const inHeadline = isHeadline(segment);
    const positional = inHeadline ? tokens.headline : tokens.body;
    const presence = inHeadline ? tokens.headlinePresence : tokens.bodyPresence;
    for (const run of normalizedRuns(segment.text, t2s)) {
      const chars = [...run];
      for (let i = 0; i < chars.length; i++) {
        positional.push(positionalToken(chars, i));
        if (i + 1 < chars.length) {
          const pair = INDEX_MARKS.presence + chars[i] + chars[i + 1];
          if (!seen.has(pair)) {
            seen.add(pair);
            presence.push(pair);
          }
        }
      }
    }
  }
  return tokens;
}

/** The fixed part of every block: positions reserved for headline tokens and headline pairs. */
export interface BlockLayout {
  headline: number;
  headlinePresence: number;
}

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

/** /search/bundles.json: where each article lies in the index. */
export interface BundlesFile extends BlockLayout {
  bundleSize: number;
  unit: number;
  /** Per bundle, in article order: Pagefind's page id, and one character per article whose code is 0x30 + its block length in units. */
  bundles: [page: string, blocks: string][];
  /** The characters that begin an index chunk other than the first (see chunkStartsByChar). */
  chunkStartChars: string;
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

/**
 * How one normalised query word is searched:
 *   - presence: two characters, one location per article holding them;
 *   - occurrences: up to GRAM characters, a prefix of the positional tokens where they occur;
 *   - chain: longer, whole tokens at the given offsets, every character covered.
 */
export type WordPlan =
  | { kind: 'presence'; term: string }
  | { kind: 'occurrences'; term: string }
  | { kind: 'chain'; links: { offset: number; term: string }[] };

export function planWord(word: string, wanted: 'membership' | 'occurrences' = 'membership'): WordPlan {
  const chars = [...word];
  if (chars.length === 2 && wanted === 'membership') return { kind: 'presence', term: INDEX_MARKS.presence + word };
  if (chars.length <= GRAM) return { kind: 'occurrences', term: word };
  const offsets: number[] = [];
  for (let offset = 0; offset + GRAM < chars.length; offset += GRAM) offsets.push(offset);
  offsets.push(chars.length - GRAM);
  return {
    kind: 'chain',
    links: offsets.map((offset) => ({
      offset,
      term: chars.slice(offset, offset + GRAM).join(''),
    })),
  };
}

/**
 * A positional term shorter than a token is found as a prefix of the tokens. Pagefind loads,
 * for a term, only the index chunk whose range holds the term, so the words of a prefix that
 * run on into later chunks need those chunks loaded too (see chunkStartsWithin).
 */
export function isPrefixTerm(term: string): boolean {
  return !term.startsWith(INDEX_MARKS.presence) && [...term].length < GRAM;
}

/** The first words of the index chunks that begin inside the term's prefix range: searching for each loads its chunk. */
export function chunkStartsWithin(term: string, starts: readonly string[]): string[] {
  return starts.filter((start) => start !== term && start.startsWith(term));
}

/** The words to load index chunks for before searching the term: the term, and for a prefix the chunks that begin inside its range. */
export function chunkProbes(term: string, starts: readonly string[]): string[] {
  return isPrefixTerm(term) ? [term, ...chunkStartsWithin(term, starts)] : [term];
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

/** /search/chunks/<code point in hex>.json holds the chunk starts that begin with that character. */
export function chunkStartsUrl(char: string): string {
  return `/search/chunks/${char.codePointAt(0)!.toString(16)}.json`;
}

/** The Pagefind search terms of a plan, in order. */
export function planTerms(plan: WordPlan): string[] {
  return plan.kind === 'chain' ? plan.links.map((link) => link.term) : [plan.term];
}

/** What one word found in one article. */
export interface WordHit {
  /** Occurrences in the headline and in the body (a presence search counts one at most). */
  headline: number;
  body: number;
  /** Offset of the first occurrence in the block: smaller is earlier in the article. */
  first: number;
}

/** Per Pagefind page id, the positions a term was found at (Pagefind's result `words`). */
export type TermAnswer = ReadonlyMap<string, readonly number[]>;

/** The articles a word occurs in, from the answers to its plan's terms (in planTerms order). */
export function collectHits(
  plan: WordPlan,
  answers: readonly TermAnswer[],
  layout: BlockLayout,
  places: ReadonlyMap<string, BundlePlace>,
): Map<number, WordHit> {
  const hits = new Map<number, WordHit>();
  // Pair tokens follow the headline's own tokens in the fixed part of a block.
  const headlineEnd = plan.kind === 'presence' ? layout.headline + layout.headlinePresence : layout.headline;
  const record = (place: BundlePlace, position: number) => {
    const found = locate(place, position);
    if (!found) return;
    const inHeadline = found.offset < headlineEnd;
    let hit = hits.get(found.article);
    if (!hit) hits.set(found.article, (hit = { headline: 0, body: 0, first: found.offset }));
    if (inHeadline) hit.headline++;
    else hit.body++;
    hit.first = Math.min(hit.first, found.offset);
  };
  const [first, ...rest] = answers;
  if (!first) return hits;
  const offsets = plan.kind === 'chain' ? plan.links.map((link) => link.offset) : [0];
  for (const [page, positions] of first) {
    const place = places.get(page);
    if (!place) continue;
    const others = rest.map((answer) => answer.get(page));
    if (others.some((list) => !list)) continue;
    const sets = others.map((list) => new Set(list));
    for (const position of positions) {
      if (sets.every((set, i) => set.has(position + offsets[i + 1]!))) record(place, position);
    }
  }
  return hits;
}

/** Records in date order (stable: same-day articles keep the archive's order); an article's index in this order is its id in the search. */
export function byDate<T extends { sort: { date: string } }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.sort.date < b.sort.date ? -1 : a.sort.date > b.sort.date ? 1 : 0));
}
