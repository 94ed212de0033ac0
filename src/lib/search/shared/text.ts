/**
 * Chinese text as the search sees it, on both sides of the search: NFKC (full-width →
 * half-width), lower case, no diacritics, Traditional → Simplified, punctuation and spaces
 * ignored. Sentence ends (。！？；…) and segment boundaries stop a match, as they would stop a
 * reader's eye. How the normalised text is laid out for Pagefind is layout.ts.
 */

export type CharMap = Readonly<Record<string, string>>;

/**
 * Where a text stands in an article: its headline parts, its body's headings and paragraphs,
 * a photo caption (or a caption's credit line), a name in the credits.
 */
export type SegmentKind = 'kicker' | 'title' | 'subtitle' | 'h2' | 'h3' | 'p' | 'caption' | 'credit';

export interface Segment {
  kind: SegmentKind;
  text: string;
}

/**
 * A segment as the page shows it; a heading carries its id, as rehype-slug gives it, and a
 * credit the word printed before the name (采写, 摄影, 编辑…).
 */
export interface BodySegment extends Segment {
  slug?: string | undefined;
  label?: string | undefined;
}

/**
 * Characters the index layout uses as markers (layout.ts). They are letters to Pagefind, so
 * they are dropped from normalised text: no text or query can contain them. The presence
 * marks are the last two letters of CJK Extension H: every presence token then sorts after
 * every positional token, and the two kinds can be indexed apart (scripts/build-search-index.ts).
 * For that, text drops every character from the first of them on (none but those two are
 * letters in Unicode 15; later versions add rare ideographs there).
 */
export const INDEX_MARKS = { runEnd: '\u01C0', single: '\u{323AE}', presence: '\u{323AF}' } as const;
const MARK_CHARS = new Set<string>(Object.values(INDEX_MARKS));
const RESERVED_FROM = INDEX_MARKS.single.codePointAt(0)!;

/** What Pagefind indexes: its words keep only alphanumeric characters (Rust char::is_alphanumeric). */
const ALNUM = /^[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]$/u;
/**
 * A match never runs across these: sentence ends, and the end of a paragraph (U+2029, which
 * the article page's highlighter puts between blocks). A line break inside a paragraph is no
 * sentence end: a poem's lines, or a paragraph an editor wrapped, read on across it, and the
 * search box drops the newline of a passage copied across one.
 */
const HARD_BREAKS = new Set(['。', '！', '？', '；', '!', '?', ';', '…', '\u2029']);

export function isIndexedChar(char: string): boolean {
  return ALNUM.test(char);
}

function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

// Folding normalises Unicode three times per character; an archive repeats few distinct
// characters many times, so each character is folded once per map (10,000 articles: 23 s → 3 s).
const folds = new WeakMap<CharMap, Map<string, string>>();

/** The folded characters kept for a map. */
function foldsFor(t2s: CharMap): Map<string, string> {
  let cache = folds.get(t2s);
  if (!cache) folds.set(t2s, (cache = new Map()));
  return cache;
}

/** CJK Unified Ideographs: each is its own fold (no decomposition, no case; tested over the block). */
const UNIFIED_FIRST = 0x4e00;
const UNIFIED_LAST = 0x9fff;

function foldWith(cache: Map<string, string>, char: string, t2s: CharMap): string {
  // Nearly every character of an article is such an ideograph: the first search of a page
  // would otherwise normalise each distinct one three times before showing its excerpts.
  const code = char.charCodeAt(0);
  if (code >= UNIFIED_FIRST && code <= UNIFIED_LAST && t2s[char] === undefined) return char;
  const cached = cache.get(char);
  if (cached !== undefined) return cached;
  const folded = stripDiacritics(char.normalize('NFKC').toLowerCase());
  let out = '';
  for (const c of folded) {
    const simplified = t2s[c] ?? c;
    for (const s of simplified)
      if (isIndexedChar(s) && !MARK_CHARS.has(s) && s.codePointAt(0)! < RESERVED_FROM) out += s;
  }
  cache.set(char, out);
  return out;
}

/** One character folded: NFKC, lower case, no diacritics, Traditional → Simplified; only what Pagefind indexes. */
export function foldChar(char: string, t2s: CharMap): string {
  return foldWith(foldsFor(t2s), char, t2s);
}

export interface Unit {
  /** One normalised, indexed character. */
  char: string;
  /** Its source character in the original text: [start, end) in UTF-16 indices. */
  start: number;
  end: number;
  /** True when a hard break (sentence end) separates this unit from the previous one. */
  breakBefore: boolean;
}

/** The normalised characters of a text, each pointing back to where it came from. */
export function normalizeText(text: string, t2s: CharMap): Unit[] {
  const units: Unit[] = [];
  // Excerpts normalise every text a result shows, on the reader's first search too: the map's
  // folds are looked up once, not per character.
  const cache = foldsFor(t2s);
  let pendingBreak = false;
  let index = 0;
  for (const char of text) {
    const start = index;
    index += char.length;
    if (HARD_BREAKS.has(char)) {
      pendingBreak = true;
      continue;
    }
    for (const c of foldWith(cache, char, t2s)) {
      units.push({ char: c, start, end: index, breakBefore: pendingBreak && units.length > 0 });
      pendingBreak = false;
    }
  }
  return units;
}

/** Normalised runs of a text: the stretches a match can lie in. */
export function normalizedRuns(text: string, t2s: CharMap): string[] {
  const runs: string[] = [];
  let current = '';
  for (const unit of normalizeText(text, t2s)) {
    if (unit.breakBefore && current) {
      runs.push(current);
      current = '';
    }
    current += unit.char;
  }
  if (current) runs.push(current);
  return runs;
}

/**
 * Query terms as typed, split on spaces: a phrase in quotes is one word, spaces and all. Quotes
 * inside a word (金鼎“五大行动”, pasted from the text) do not split it: the text holds it as one
 * stretch, its punctuation dropped, and so does the word. A sentence end splits a word (a match
 * never runs across one). A word typed after a minus sign (-珠海, －“党史学习”), as search
 * engines take it, is one the articles must not hold.
 */
export interface QueryWord {
  /** The words's normalised characters, no spaces or punctuation. */
  normalized: string;
  quoted: boolean;
  /**
   * Typed after a minus sign: the articles found must not hold it. The number tells the typed
   * word it is a piece of: an article is left out when it holds every piece of one typed word.
   */
  excluded?: number;
}

/** A minus sign (ASCII or full-width) before a word, and not one of a run of dashes (——记者手记). */
const EXCLUDING = /^[-－](?![-－])/u;

export function parseQuery(query: string, t2s: CharMap): QueryWord[] {
  const words: QueryWord[] = [];
  // Each character is folded on its own, as the text is; only full-width quotes are unified first.
  // A word: quoted phrases and other characters but spaces and quotes, with no space between.
  const word = /(?:"[^"]*"|“[^”]*”|「[^」]*」|[^\s"“”「」])+/gu;
  const phrase = /^(?:"[^"]*"|“[^”]*”|「[^」]*」)$/u;
  let typedWords = 0;
  for (const [typed] of query.replaceAll('＂', '"').matchAll(word)) {
    const excluding = EXCLUDING.test(typed);
    const raw = excluding ? typed.slice(1) : typed;
    const quoted = phrase.test(raw);
    // No match runs across a sentence end, so a passage pasted across one (…培训。目前…) is
    // its sentences' pieces, each a word: as one word it could never be found.
    for (const normalized of sentencePieces(normalizeText(raw, t2s))) {
      if (excluding) words.push({ normalized, quoted, excluded: typedWords });
      else if (!words.some((w) => w.normalized === normalized && w.excluded === undefined))
        words.push({ normalized, quoted });
    }
    typedWords++;
  }
  return words;
}

/** The characters of normalised units, cut where a sentence ends. */
function sentencePieces(units: readonly Unit[]): string[] {
  const pieces: string[] = [];
  for (const unit of units) {
    if (unit.breakBefore || pieces.length === 0) pieces.push(unit.char);
    else pieces[pieces.length - 1] += unit.char;
  }
  return pieces;
}

export interface MatchRange {
  start: number;
  end: number;
}

/**
 * A text's normalised characters as one string, so words are found with indexOf: for each code
 * unit of it, where its character came from in the text and whether a sentence end precedes it.
 */
interface NormalizedForm {
  chars: string;
  starts: Int32Array;
  ends: Int32Array;
  breaks: Uint8Array;
}

function normalizedForm(text: string, t2s: CharMap): NormalizedForm {
  const cache = foldsFor(t2s);
  const mapsNothing = isEmpty(t2s);
  // A fold may be longer than its character (ﬁ → fi), but rarely: grown if it is.
  let size = text.length + 8;
  let codes = new Uint16Array(size);
  let starts = new Int32Array(size);
  let ends = new Int32Array(size);
  let breaks = new Uint8Array(size);
  let length = 0;
  let pendingBreak = false;
  for (let index = 0; index < text.length;) {
    const start = index;
    const code = text.charCodeAt(index);
    // The first search of a page reads every text its results show, in code not yet optimised:
    // an ideograph (nearly every character) is taken as it is, without making a string of it.
    if (code >= UNIFIED_FIRST && code <= UNIFIED_LAST && (mapsNothing || t2s[text[index]!] === undefined)) {
      index++;
      breaks[length] = pendingBreak && length > 0 ? 1 : 0;
      pendingBreak = false;
      codes[length] = code;
      starts[length] = start;
      ends[length] = index;
      length++;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(index)!);
    index += char.length;
    if (HARD_BREAKS.has(char)) {
      pendingBreak = true;
      continue;
    }
    const folded = foldWith(cache, char, t2s);
    if (!folded) continue;
    if (length + folded.length > size) {
      size = 2 * (length + folded.length);
      codes = grown(codes, size);
      starts = grown(starts, size);
      ends = grown(ends, size);
      breaks = grown(breaks, size);
    }
    // Only a character's first code unit can begin a match (words are whole characters).
    breaks[length] = pendingBreak && length > 0 ? 1 : 0;
    pendingBreak = false;
    for (let i = 0; i < folded.length; i++) {
      codes[length] = folded.charCodeAt(i);
      starts[length] = start;
      ends[length] = index;
      length++;
    }
  }
  let chars = '';
  for (let i = 0; i < length; i += 4096) chars += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 4096)));
  return { chars, starts, ends, breaks };
}

function isEmpty(map: CharMap): boolean {
  for (const _ in map) return false;
  return true;
}

function grown<T extends Uint16Array | Int32Array | Uint8Array>(array: T, size: number): T {
  const copy = new (array.constructor as new (size: number) => T)(size);
  copy.set(array);
  return copy;
}

/** Where the word next occurs from `from` on, within one sentence; -1 if it does not. */
function nextMatch(form: NormalizedForm, word: string, from: number): number {
  for (let at = form.chars.indexOf(word, from); at !== -1; at = form.chars.indexOf(word, at + 1)) {
    let whole = true;
    for (let i = at + 1; i < at + word.length; i++)
      if (form.breaks[i]) {
        whole = false;
        break;
      }
    if (whole) return at;
  }
  return -1;
}

/**
 * Every occurrence of any normalised word in a text, as ranges of the original text. Read from
 * the start: at each place the longest word found there, then on after it.
 */
export function findNormalizedMatches(text: string, words: readonly string[], t2s: CharMap): MatchRange[] {
  const ranges: MatchRange[] = [];
  const sorted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return ranges;
  const form = normalizedForm(text, t2s);
  const next = sorted.map((word) => nextMatch(form, word, 0));
  for (;;) {
    // The earliest next occurrence; of those at the same place, the longest word (sorted first).
    let chosen = -1;
    for (let w = 0; w < sorted.length; w++)
      if (next[w]! !== -1 && (chosen === -1 || next[w]! < next[chosen]!)) chosen = w;
    if (chosen === -1) return ranges;
    const at = next[chosen]!;
    const after = at + sorted[chosen]!.length;
    const start = form.starts[at]!;
    const end = form.ends[after - 1]!;
    const previous = ranges.at(-1);
    if (previous && previous.end > start) previous.end = Math.max(previous.end, end);
    else ranges.push({ start, end });
    for (let w = 0; w < sorted.length; w++)
      if (next[w]! !== -1 && next[w]! < after) next[w] = nextMatch(form, sorted[w]!, after);
  }
}

/** Does the text contain the normalised word, in the sense the search uses? */
export function containsNormalized(text: string, word: string, t2s: CharMap): boolean {
  return normalizedRuns(text, t2s).some((run) => run.includes(word));
}
