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
/** A match never runs across these. */
const HARD_BREAKS = new Set(['。', '！', '？', '；', '!', '?', ';', '…', '\n', '\r']);

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

function foldWith(cache: Map<string, string>, char: string, t2s: CharMap): string {
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

/** Query terms as typed: quoted phrases whole, other words split on spaces. */
export interface QueryWord {
  /** The words's normalised characters, no spaces or punctuation. */
  normalized: string;
  quoted: boolean;
}

export function parseQuery(query: string, t2s: CharMap): QueryWord[] {
  const words: QueryWord[] = [];
  // Each character is folded on its own, as the text is; only full-width quotes are unified first.
  const pattern = /"([^"]*)"|“([^”]*)”|「([^」]*)」|([^\s"“”「」]+)/gu;
  for (const match of query.replaceAll('＂', '"').matchAll(pattern)) {
    const quoted = match[4] === undefined;
    const raw = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    const normalized = normalizeText(raw, t2s)
      .map((u) => u.char)
      .join('');
    if (normalized && !words.some((w) => w.normalized === normalized)) words.push({ normalized, quoted });
  }
  return words;
}

export interface MatchRange {
  start: number;
  end: number;
}

/** Every occurrence of any normalised word in a text, as ranges of the original text. */
export function findNormalizedMatches(text: string, words: readonly string[], t2s: CharMap): MatchRange[] {
  const ranges: MatchRange[] = [];
  // Longest first; each word's characters, and the characters a match can begin with, split once.
  const sorted = [...words]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((word) => [...word]);
  if (sorted.length === 0) return ranges;
  const firsts = new Set(sorted.map((chars) => chars[0]));
  const units = normalizeText(text, t2s);
  let k = 0;
  while (k < units.length) {
    let matched = 0;
    for (const chars of firsts.has(units[k]!.char) ? sorted : []) {
      if (k + chars.length > units.length) continue;
      let ok = true;
      for (let j = 0; j < chars.length; j++) {
        const unit = units[k + j]!;
        if (unit.char !== chars[j] || (j > 0 && unit.breakBefore)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        matched = chars.length;
        break;
      }
    }
    if (matched > 0) {
      const last = units[k + matched - 1]!;
      const first = units[k]!;
      const previous = ranges.at(-1);
      if (previous && previous.end > first.start) previous.end = Math.max(previous.end, last.end);
      else ranges.push({ start: first.start, end: last.end });
      k += matched;
    } else k++;
  }
  return ranges;
}

/** Does the text contain the normalised word, in the sense the search uses? */
export function containsNormalized(text: string, word: string, t2s: CharMap): boolean {
  return normalizedRuns(text, t2s).some((run) => run.includes(word));
}
