/**
 * Chinese full-text search that behaves like Ctrl+F, on top of Pagefind.
 *
 * Both sides of the search go through the same normalisation: NFKC (full-width → half-width),
 * lower case, no diacritics, Traditional → Simplified, punctuation and spaces ignored. Sentence
 * ends (。！？；…) and segment boundaries stop a match, as they would stop a reader's eye.
 *
 * The index is fed one token per normalised character: the character and the next one (a
 * bigram), so "苏兆征" is found as the chain 苏兆·兆征 at consecutive positions, which is exactly
 * where the text contains it. Each token also carries the original text around its first
 * character, so the content Pagefind stores can be decoded back to the article's real text for
 * excerpts: no inserted spaces, no token debris.
 *
 * Token syntax (private-use characters are invisible to Pagefind's indexer, which keeps only
 * letters and digits of a word):
 *   - the first token of a segment starts with a segment-kind mark (SEGMENT_MARKS);
 *   - SPACE stands for a space of the original text (Pagefind splits words on whitespace);
 *   - ESCAPE_OPEN hex… ESCAPE_CLOSE holds an original character that must not be indexed as it
 *     is (Traditional, full-width, ℃ …); its normalised characters follow, index-only;
 *   - LITERAL_OPEN hex… ESCAPE_CLOSE holds display-only text Pagefind must not see as letters
 *     or split on (whitespace other than a plain space, letters our folding drops);
 *   - INDEX_ONLY before a character: index it, do not display it;
 *   - a token with two indexed characters is a bigram: its last character is index-only.
 */

export type CharMap = Readonly<Record<string, string>>;

export type SegmentKind = 'kicker' | 'title' | 'subtitle' | 'h2' | 'h3' | 'p';

export interface Segment {
  kind: SegmentKind;
  text: string;
}

const SPACE = '\uE000';
const ESCAPE_OPEN = '\uE001';
const ESCAPE_CLOSE = '\uE002';
const INDEX_ONLY = '\uE003';
const LITERAL_OPEN = '\uE004';
const HEX_BASE = 0xe020;
export const SEGMENT_MARKS: Record<SegmentKind, string> = {
  kicker: '\uE010',
  title: '\uE011',
  subtitle: '\uE012',
  h2: '\uE013',
  h3: '\uE014',
  p: '\uE015',
};
const KIND_BY_MARK = new Map(Object.entries(SEGMENT_MARKS).map(([kind, mark]) => [mark, kind as SegmentKind]));

/** What Pagefind indexes: its words keep only alphanumeric characters (Rust char::is_alphanumeric). */
const ALNUM = /^[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]$/u;
/** A match never runs across these. */
const HARD_BREAK = /^[。！？；!?;…\n\r]$/u;

export function isIndexedChar(char: string): boolean {
  return ALNUM.test(char);
}

function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

// Folding normalises Unicode three times per character; an archive repeats few distinct
// characters many times, so each character is folded once per map (10,000 articles: 23 s → 3 s).
const pagefindFolds = new Map<string, string>();
const folds = new WeakMap<CharMap, Map<string, string>>();

/** Pagefind's own folding of a character: lower case, no diacritics, alphanumerics only. */
function pagefindFold(char: string): string {
  let folded = pagefindFolds.get(char);
  if (folded === undefined) {
    folded = [...stripDiacritics(char.toLowerCase())].filter(isIndexedChar).join('');
    pagefindFolds.set(char, folded);
  }
  return folded;
}

/** Our folding: Pagefind's, plus NFKC and Traditional → Simplified. Returns the indexed characters. */
export function foldChar(char: string, t2s: CharMap): string {
  let cache = folds.get(t2s);
  if (!cache) folds.set(t2s, (cache = new Map()));
  const cached = cache.get(char);
  if (cached !== undefined) return cached;
  const folded = stripDiacritics(char.normalize('NFKC').toLowerCase());
  let out = '';
  for (const c of folded) {
    const simplified = t2s[c] ?? c;
    for (const s of simplified) if (isIndexedChar(s)) out += s;
  }
  cache.set(char, out);
  return out;
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
  let pendingBreak = false;
  let index = 0;
  for (const char of text) {
    const start = index;
    index += char.length;
    if (HARD_BREAK.test(char)) {
      pendingBreak = true;
      continue;
    }
    for (const c of foldChar(char, t2s)) {
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

function escapeText(text: string, open = ESCAPE_OPEN): string {
  let out = open;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    for (let shift = 12; shift >= 0; shift -= 4) out += String.fromCharCode(HEX_BASE + ((code >> shift) & 0xf));
  }
  return out + ESCAPE_CLOSE;
}

/** Display-only text between indexed characters: nothing in it may reach Pagefind as a letter or a word break. */
function visible(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === ' ') out += SPACE;
    else if (/\s/u.test(char) || isIndexedChar(char) || (char >= '\uE000' && char <= '\uF8FF')) out += escapeText(char, LITERAL_OPEN);
    else out += char;
  }
  return out;
}

/** Pagefind content for one segment: one whitespace-separated token per normalised character. */
export function encodeSegment(segment: Segment, t2s: CharMap): string[] {
  const { text } = segment;
  const units = normalizeText(text, t2s);
  const mark = SEGMENT_MARKS[segment.kind];
  if (units.length === 0) {
    const raw = text.trim();
    return raw ? [mark + escapeText(raw, LITERAL_OPEN)] : [];
  }
  const tokens: string[] = [];
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    const previous = units[k - 1];
    const next = units[k + 1];
    let token = k === 0 ? mark + visible(text.slice(0, unit.start)) : '';
    const firstOfChar = !previous || previous.start !== unit.start;
    if (firstOfChar) {
      const original = text.slice(unit.start, unit.end);
      // The units of one source character are consecutive.
      let last = k;
      while (units[last + 1]?.start === unit.start) last++;
      const sameChar = units.slice(k, last + 1);
      // Shown as printed when Pagefind would index it as we do; escaped otherwise.
      token += pagefindFold(original) === sameChar.map((u) => u.char).join('') && sameChar.length === 1 ? original : escapeText(original) + unit.char;
    } else {
      token += INDEX_ONLY + unit.char;
    }
    const lastOfChar = !next || next.start !== unit.start;
    if (lastOfChar) token += visible(text.slice(unit.end, next ? next.start : text.length));
    if (next && !next.breakBefore) token += next.char;
    tokens.push(token);
  }
  return tokens;
}

export const HEADLINE_WEIGHT = 4;

/**
 * Pagefind content for a whole article. Headline segments carry a higher weight, so that a
 * match in the headline ranks before a match in the body.
 */
export function encodeDocument(segments: readonly Segment[], t2s: CharMap): string {
  const words: string[] = [];
  let weighted = false;
  for (const segment of segments) {
    const headline = segment.kind === 'kicker' || segment.kind === 'title' || segment.kind === 'subtitle';
    if (headline && !weighted) {
      words.push(`___PAGEFIND_WEIGHT___${HEADLINE_WEIGHT}`);
      weighted = true;
    } else if (!headline && weighted) {
      words.push('___END_PAGEFIND_WEIGHT___');
      weighted = false;
    }
    words.push(...encodeSegment(segment, t2s));
  }
  if (weighted) words.push('___END_PAGEFIND_WEIGHT___');
  return words.join(' ');
}

function unescapeText(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) {
    let code = 0;
    for (let j = 0; j < 4; j++) code = (code << 4) | (hex.charCodeAt(i + j) - HEX_BASE);
    out += String.fromCharCode(code);
  }
  return out;
}

/** The original segments back from the content Pagefind stores. */
export function decodeDocument(content: string): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (const token of content.split(' ')) {
    // Weight sentinels never reach the stored content, but a raw encoding may still hold them.
    if (!token || token.startsWith('___')) continue;
    const chars = [...token];
    let text = '';
    let units = 0;
    let lastWasPlainUnit = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      lastWasPlainUnit = false;
      const kind = KIND_BY_MARK.get(c);
      if (kind) {
        current = { kind, text: '' };
        segments.push(current);
      } else if (c === SPACE) text += ' ';
      else if (c === ESCAPE_OPEN || c === LITERAL_OPEN) {
        const close = chars.indexOf(ESCAPE_CLOSE, i);
        text += unescapeText(chars.slice(i + 1, close < 0 ? chars.length : close).join(''));
        i = close < 0 ? chars.length : close;
        // The normalised characters that follow an escaped character are index-only.
        while (c === ESCAPE_OPEN && i + 1 < chars.length && isIndexedChar(chars[i + 1]!)) {
          i++;
          units++;
        }
      } else if (c === INDEX_ONLY) {
        i++;
        units++;
      } else if (isIndexedChar(c)) {
        text += c;
        units++;
        lastWasPlainUnit = true;
      } else text += c;
    }
    // A bigram's second character belongs to the next token.
    if (units === 2 && lastWasPlainUnit) text = text.slice(0, -chars.at(-1)!.length);
    if (!current) {
      current = { kind: 'p', text: '' };
      segments.push(current);
    }
    current.text += text;
  }
  return segments;
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

/** The bigram chain Pagefind must find at consecutive positions; one character stays a prefix search. */
export function pagefindTerms(word: string): { exact: string | undefined; ranked: string } {
  const chars = [...word];
  if (chars.length < 2) return { exact: undefined, ranked: word };
  const bigrams = chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  return { exact: `"${bigrams.join(' ')}"`, ranked: bigrams.join(' ') };
}

export interface MatchRange {
  start: number;
  end: number;
}

/** Every occurrence of any normalised word in a text, as ranges of the original text. */
export function findNormalizedMatches(text: string, words: readonly string[], t2s: CharMap): MatchRange[] {
  const units = normalizeText(text, t2s);
  const ranges: MatchRange[] = [];
  const sorted = [...words].filter(Boolean).sort((a, b) => b.length - a.length);
  let k = 0;
  while (k < units.length) {
    let matched = 0;
    for (const word of sorted) {
      const chars = [...word];
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
