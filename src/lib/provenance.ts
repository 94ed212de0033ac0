/**
 * Provenance: every word an article publishes is printed on its source page.
 *
 * The article's text (headline parts, body, captions, credits) and the raw page are folded
 * the same way, so that what ingest and the editor may change without changing wording
 * compares equal: spaces and line breaks dropped (a line of spaced-out type read as set, text.ts),
 * full-width forms and curly quotes folded to one form, OCR markup (ocr-markup.ts: `#` heading marks, `<mark>`, emphasis, table pipes…) removed, invisible characters
 * dropped. Corrections are honoured by adding, for each place on the page where a
 * correction's `original` stands, a variant of those lines with the `corrected` text in its
 * place: the article may then follow either the page or the corrected page.
 *
 * A piece of text (a paragraph, a heading, a caption…) is traceable when it is one run of a
 * line of the page, or runs of several lines joined where a line ends and another begins (a
 * column break: `社` + `区因`). It may start and end only where the page starts or ends a
 * line or a sentence (for a paragraph; also where a brief's title ends on its line, briefs.ts)
 * or a phrase (for headline parts and captions); so an inserted sentence, a changed digit or a
 * dropped character inside a line cannot pass. Each article is compared with its own page only;
 * the page is indexed once (hashes of its lines' prefixes and suffixes), and a piece costs time
 * in proportion to its length.
 */
import { stripOcrMarkup } from './ocr-markup.ts';
import { cutJumpMarkAt, LEADING_JUMP_MARK, TRAILING_JUMP_MARK } from './jump-marks.ts';
import { appendAll } from './arrays.ts';
import { briefHead } from './briefs.ts';
import { closeLetterSpacing } from './text.ts';

/** Where a piece may start or end inside a line of the page. */
export type Boundary = 'sentence' | 'phrase' | 'any';

const SENTENCE = 1;
const PHRASE = 2;
const MODE_BIT: Record<Boundary, number> = { sentence: SENTENCE, phrase: PHRASE, any: 0 };

const SENTENCE_END = new Set(['。', '!', '?', ';', '…']);
/** Closing marks that belong to the sentence before them (raw characters: a straight quote may open or close). */
const CLOSERS = new Set(['”', '’', '）', ')', '」', '』', '】', '》', '〉', ']', '"', "'"]);
const DOUBLE_QUOTES = new Set(['“', '”', '„', '‟', '〝', '〞', '"']);
const SINGLE_QUOTES = new Set(['‘', '’', '‚', '‛', "'"]);
const INVISIBLE_OR_SPACE = /^[\s\p{Cf}]$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

/** One character as the comparison sees it; '' for what is not compared (spaces, invisible characters). */
export function foldChar(char: string): string {
  const code = char.codePointAt(0)!;
  // Han characters are by far the most common: nothing to fold.
  if (code >= 0x4e00 && code <= 0x9fff) return char;
  if (code >= 0xff01 && code <= 0xff5e) char = String.fromCharCode(code - 0xfee0);
  if (INVISIBLE_OR_SPACE.test(char)) return '';
  if (DOUBLE_QUOTES.has(char)) return '"';
  if (SINGLE_QUOTES.has(char)) return "'";
  return char;
}

export interface Folded {
  text: string;
  /** For each folded UTF-16 unit, the index of the character it came from. */
  map: number[];
}

/** A text folded for comparison, with where each folded unit came from. */
export function fold(text: string): Folded {
  const parts: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      parts.push(text[i]!);
      map.push(i);
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const folded = foldChar(text.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) map.push(i);
    parts.push(folded);
    i += width;
  }
  return { text: parts.join(''), map };
}

const NOT_HAN = /[^\u4e00-\u9fff]/gu;

/** A text folded for comparison (as `fold`, without the map back). */
export function foldText(text: string): string {
  return text.replace(NOT_HAN, foldChar);
}

/** OCR markup that ingest removes from a raw line, never part of the printed words. */

export interface Line {
  text: string;
  /** flags[i]: may a piece start or end at position i (SENTENCE, PHRASE bits). */
  flags: Uint8Array;
  /** Line number (1-based) on the page where this text starts, and its column there: for order. */
  number: number;
  column: number;
}

/** A raw line of the page, folded, with the positions where sentences and phrases start or end. */
export function foldLine(raw: string, number: number, column = 0, lineEnds = true): Line {
  const chars: string[] = [];
  const marks: number[] = [0];
  let pendingSpace = false;
  /** 0: not after a sentence end; 1: just after one; 2: after it and a straight quote. */
  let afterSentence = 0;
  const stripped = stripOcrMarkup(closeLetterSpacing(raw));
  for (const char of stripped) {
    const code = char.charCodeAt(0);
    if (code >= 0x4e00 && code <= 0x9fff) {
      // A Han character: folds to itself, is no punctuation, ends no sentence.
      let mark = marks[chars.length] ?? 0;
      if (pendingSpace) mark |= PHRASE;
      marks[chars.length] = mark;
      chars.push(char);
      marks[chars.length] = 0;
      afterSentence = 0;
      pendingSpace = false;
      continue;
    }
    const folded = foldChar(char);
    if (!folded) {
      if (/\s/u.test(char)) pendingSpace = true;
      continue;
    }
    const at = chars.length;
    let mark = marks[at] ?? 0;
    const straight = char === '"' || char === "'";
    const closes = afterSentence > 0 && CLOSERS.has(char) && !(straight && afterSentence === 2);
    // A sentence ends after its closing marks ("。”"), not between them.
    if (closes) mark &= ~SENTENCE;
    if (pendingSpace) mark |= PHRASE;
    const punctuation = PUNCTUATION.test(folded);
    if (punctuation) mark |= PHRASE;
    marks[at] = mark;
    chars.push(folded);
    let next = punctuation ? PHRASE : 0;
    if (SENTENCE_END.has(folded)) {
      next |= SENTENCE | PHRASE;
      afterSentence = 1;
    } else if (closes) {
      next |= SENTENCE | PHRASE;
      afterSentence = straight ? 2 : afterSentence;
    } else afterSentence = 0;
    marks[at + 1] = next;
    pendingSpace = false;
  }
  const text = chars.join('');
  const flags = new Uint8Array(text.length + 1);
  // chars may hold astral characters (two units): spread the marks over units.
  let unit = 0;
  chars.forEach((char, index) => {
    flags[unit] = marks[index] ?? 0;
    unit += char.length;
  });
  flags[unit] = marks[chars.length] ?? 0;
  if (lineEnds) {
    flags[0] = SENTENCE | PHRASE;
    flags[text.length] = SENTENCE | PHRASE;
  }
  // A jump mark set on the text ends it as the line's end would: …的（下转第2版）, （上接第1版）近期….
  if (text.includes('版')) {
    const ends = [LEADING_JUMP_MARK.exec(text)?.[1]!.length, TRAILING_JUMP_MARK.exec(text)?.index];
    for (const end of ends) if (end !== undefined) flags[end] = flags[end]! | SENTENCE | PHRASE;
  }
  // A brief's text starts after its title on the same line (■金鼎社区开展志愿服务 6月25日，…), as a line would.
  const brief = briefHead(stripped);
  if (brief) {
    const start = foldText(stripped.slice(0, brief.length)).length;
    flags[start] = flags[start]! | SENTENCE | PHRASE;
  }
  return { text, flags, number, column };
}

// Polynomial hashes modulo two primes below 2^26: a product of two residues stays below 2^52,
// exact in a double. Every hash hit is verified against the text, so a collision costs time only.
const M1 = 67108859;
const M2 = 67108837;
const B1 = 131071;
const B2 = 524287;
const pow1: number[] = [1];
const pow2: number[] = [1];
function ensurePowers(n: number): void {
  for (let i = pow1.length; i <= n; i++) {
    pow1.push((pow1[i - 1]! * B1) % M1);
    pow2.push((pow2[i - 1]! * B2) % M2);
  }
}

class Hashes {
  readonly h1: Float64Array;
  readonly h2: Float64Array;
  constructor(text: string) {
    this.h1 = new Float64Array(text.length + 1);
    this.h2 = new Float64Array(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.h1[i + 1] = (this.h1[i]! * B1 + c) % M1;
      this.h2[i + 1] = (this.h2[i]! * B2 + c) % M2;
    }
    ensurePowers(text.length);
  }
  /** Key of text[i..j). */
  key(i: number, j: number): number {
    const a = (((this.h1[j]! - this.h1[i]! * pow1[j - i]!) % M1) + M1) % M1;
    const b = (((this.h2[j]! - this.h2[i]! * pow2[j - i]!) % M2) + M2) % M2;
    return a * 67108864 + b;
  }
}

const SHIFT = 2 ** 21;
const push = (map: Map<number, number[]>, key: number, value: number) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Where a piece was found: line (index into the index's lines) and position in it. */
export interface Place {
  line: number;
  column: number;
}

/** A source page indexed for the provenance check; `withLines` adds corrected variants. */
export class SourceIndex {
  readonly lines: Line[];
  readonly joined: string;
  private readonly offsets: number[];
  private readonly own: Line[];
  private maps:
    { whole: Map<number, number[]>; prefixes: Map<number, number[]>; suffixes: Map<number, number[]> } | undefined;
  private readonly lengths: number[];
  private readonly base: SourceIndex | undefined;
  private readonly first: number;

  private constructor(lines: Line[], base?: SourceIndex) {
    this.base = base;
    this.own = lines;
    this.first = base ? base.lines.length : 0;
    this.lines = base ? [...base.lines, ...lines] : lines;
    this.offsets = base ? [...base.offsets] : [];
    let offset = base ? base.joined.length + 1 : 0;
    for (const line of lines) {
      this.offsets.push(offset);
      offset += line.text.length + 1;
    }
    this.joined = (base ? [base.joined, ...lines.map((l) => l.text)] : lines.map((l) => l.text)).join('\n');
    this.lengths = [...new Set([...(base?.lengths ?? []), ...lines.map((l) => l.text.length)])].sort((a, b) => a - b);
  }

  /**
   * Hashes of every line, its prefixes and its suffixes: built the first time a piece is not
   * found inside one line (most paragraphs are), and only for this index's own lines.
   */
  private hashed() {
    if (this.maps) return this.maps;
    const maps = {
      whole: new Map<number, number[]>(),
      prefixes: new Map<number, number[]>(),
      suffixes: new Map<number, number[]>(),
    };
    this.own.forEach((line, i) => {
      const index = this.first + i;
      const n = line.text.length;
      const hashes = new Hashes(line.text);
      push(maps.whole, hashes.key(0, n), index);
      for (let k = 1; k <= n; k++) {
        push(maps.prefixes, hashes.key(0, k), index * SHIFT + k);
        push(maps.suffixes, hashes.key(n - k, n), index * SHIFT + (n - k));
      }
    });
    return (this.maps = maps);
  }

  /** Indexes a raw page: every line, folded; lines with nothing to compare are left out. */
  static of(source: string): SourceIndex {
    const raws = splitRawLines(source);
    const lines = raws.map((raw, i) => foldLine(raw, i + 1));
    // A jump mark cut in two at a line's end (…庆祝新中 （ ｜ 下转第2版）) ends the text before it.
    let next: string | undefined;
    for (let i = raws.length - 1; i >= 0; i--) {
      const raw = raws[i]!;
      if (next !== undefined && /[（(]/u.test(raw)) {
        const text = stripOcrMarkup(raw);
        const end = cutJumpMarkAt(text, stripOcrMarkup(next));
        if (end) {
          const line = lines[i]!;
          const at = line.text.length - foldText(text.slice(end).replace(/\s/gu, '')).length;
          line.flags[at] = line.flags[at]! | SENTENCE | PHRASE;
        }
      }
      if (raw.trim()) next = raw;
    }
    return new SourceIndex(lines.filter((line) => line.text.length > 0));
  }

  /** This index plus more lines (a page as corrected); the page itself is indexed only once. */
  withLines(lines: Line[]): SourceIndex {
    return lines.length ? new SourceIndex(lines, this) : this;
  }

  lookup(map: 'whole' | 'prefixes' | 'suffixes', key: number): readonly number[] {
    const own = this.hashed()[map].get(key) ?? [];
    const inherited = this.base?.lookup(map, key) ?? [];
    return inherited.length ? (own.length ? [...inherited, ...own] : inherited) : own;
  }

  /** The page's folded text with nothing between lines (where a correction may be looked for). */
  get flat(): string {
    return this.lines.map((line) => line.text).join('');
  }

  get lineLengths(): readonly number[] {
    return this.lengths;
  }

  /** Every place where `piece` stands inside one line. */
  occurrences(piece: string): Place[] {
    const places: Place[] = [];
    for (let at = this.joined.indexOf(piece); at >= 0; at = this.joined.indexOf(piece, at + 1)) {
      const line = this.lineAt(at);
      places.push({ line, column: at - this.offsets[line]! });
    }
    return places;
  }

  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The lines of a raw page as received (a BOM at the start is not text). */
export function splitRawLines(source: string): string[] {
  return source.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
}

export interface Correction {
  original: string;
  corrected: string;
}

/**
 * The page's lines as corrected: every correction applied in turn to the page's text (an
 * `original` may span a column break, so lines may merge), and each line that changed kept
 * as a variant beside the page's own lines.
 */
export function correctedLines(index: SourceIndex, corrections: readonly Correction[]): Line[] {
  if (!corrections.length) return [];
  let text = index.lines.map((line) => line.text).join('\n');
  let flags: number[] = [];
  let origin: number[] = [];
  let touched: boolean[] = [];
  for (const line of index.lines) {
    appendAll(flags, line.flags);
    for (let k = 0; k < line.text.length; k++) origin.push(line.number);
    origin.push(-1);
  }
  touched = new Array<boolean>(flags.length).fill(false);
  for (const correction of corrections) {
    const original = foldText(correction.original);
    if (!original) continue;
    const corrected = foldLine(correction.corrected, 0, 0, false);
    const n = corrected.text.length;
    const pattern = new RegExp([...original].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\n?'), 'gu');
    let out = '';
    const outFlags: number[] = [];
    const outOrigin: number[] = [];
    const outTouched: boolean[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const a = match.index;
      const b = a + match[0].length;
      // Up to the match: text, and the flags of the positions before a.
      out += text.slice(last, a);
      appendAll(outFlags, flags.slice(last, a));
      appendAll(outOrigin, origin.slice(last, a));
      appendAll(outTouched, touched.slice(last, a));
      // The corrected text; where it meets the page, the page's own boundaries hold.
      const line = origin[a] ?? -1;
      out += corrected.text;
      for (let k = 0; k <= n; k++) {
        let flag = corrected.flags[k]!;
        if (k === 0) flag |= flags[a]!;
        if (k === n) flag |= flags[b]!;
        if (k < n) {
          outFlags.push(flag);
          outOrigin.push(line);
          outTouched.push(true);
        } else {
          flags[b] = flag;
          touched[b] = true;
        }
      }
      last = b;
    }
    if (last === 0) continue;
    out += text.slice(last);
    appendAll(outFlags, flags.slice(last));
    appendAll(outOrigin, origin.slice(last));
    appendAll(outTouched, touched.slice(last));
    text = out;
    flags = outFlags;
    origin = outOrigin;
    touched = outTouched;
  }
  const variants: Line[] = [];
  let from = 0;
  for (const part of text.split('\n')) {
    const to = from + part.length;
    if (part.length && touched.slice(from, to + 1).some(Boolean)) {
      const lineFlags = Uint8Array.from(flags.slice(from, to + 1));
      lineFlags[0] = SENTENCE | PHRASE;
      lineFlags[part.length] = SENTENCE | PHRASE;
      variants.push({ text: part, flags: lineFlags, number: origin[from]!, column: 0 });
    }
    from = to + 1;
  }
  return variants;
}

export interface Trace {
  ok: boolean;
  /** Where on the page each way of reading the piece starts: (line number, column), ordered. */
  starts: { number: number; column: number }[];
}

/**
 * One piece of text against one page: which of its stretches are runs of the page's lines.
 * `startBit`/`endBit` say where the piece may start and end inside a line (0: anywhere).
 */
class Matcher {
  private readonly piece: string;
  private readonly index: SourceIndex;
  private readonly startBit: number;
  private readonly endBit: number;
  private hashCache: Hashes | undefined;
  private readonly lines: Line[];
  private readonly completes: Int8Array;

  constructor(piece: string, index: SourceIndex, startBit: number, endBit: number) {
    this.piece = piece;
    this.index = index;
    this.startBit = startBit;
    this.endBit = endBit;
    this.lines = index.lines;
    this.completes = new Int8Array(piece.length + 1);
  }

  /** Hashes of the piece's prefixes: only needed when it is not found inside one line. */
  private get hashes(): Hashes {
    return (this.hashCache ??= new Hashes(this.piece));
  }

  private allowed(line: Line, at: number, bit: number): boolean {
    return bit === 0 || (line.flags[at]! & bit) !== 0;
  }

  /** Lines that piece[i..j) begins (ending where the piece may end, if `end`). */
  prefixOfLine(i: number, j: number, end = true): boolean {
    for (const entry of this.index.lookup('prefixes', this.hashes.key(i, j))) {
      const line = this.lines[Math.floor(entry / SHIFT)]!;
      const length = entry % SHIFT;
      if (length !== j - i || (end && !this.allowed(line, length, this.endBit))) continue;
      if (this.piece.startsWith(line.text.slice(0, length), i)) return true;
    }
    return false;
  }

  /** Lines that piece[i..j) ends; returns where in them it starts. */
  suffixOfLine(i: number, j: number, start = true): Place[] {
    const places: Place[] = [];
    for (const entry of this.index.lookup('suffixes', this.hashes.key(i, j))) {
      const line = this.lines[Math.floor(entry / SHIFT)]!;
      const column = entry % SHIFT;
      if (line.text.length - column !== j - i || (start && !this.allowed(line, column, this.startBit))) continue;
      if (this.piece.startsWith(line.text.slice(column), i)) places.push({ line: Math.floor(entry / SHIFT), column });
    }
    return places;
  }

  private wholeLine(i: number, length: number): boolean {
    return this.index
      .lookup('whole', this.hashes.key(i, i + length))
      .some((l) => this.lines[l]!.text.length === length && this.piece.startsWith(this.lines[l]!.text, i));
  }

  /** piece[i..n) is whole lines, then the start of a line: it goes on from a line break at i. */
  complete(i: number): boolean {
    const n = this.piece.length;
    if (this.completes[i]) return this.completes[i] === 1;
    let result = this.prefixOfLine(i, n);
    if (!result) {
      for (const length of this.index.lineLengths) {
        if (i + length >= n) break;
        if (this.wholeLine(i, length) && this.complete(i + length)) {
          result = true;
          break;
        }
      }
    }
    this.completes[i] = result ? 1 : 2;
    return result;
  }

  /** Cuts i where piece[0..i) is the end of a line, then whole lines: the piece may break there. */
  breaks(start = true): number[] {
    const n = this.piece.length;
    const reached = new Uint8Array(n + 1);
    for (let i = 1; i < n; i++) if (this.suffixOfLine(0, i, start).length) reached[i] = 1;
    for (let i = 1; i < n; i++) {
      if (!reached[i]) continue;
      for (const length of this.index.lineLengths) {
        if (i + length >= n) break;
        if (this.wholeLine(i, length)) reached[i + length] = 1;
      }
    }
    const cuts: number[] = [];
    reached.forEach((r, i) => r && cuts.push(i));
    return cuts;
  }

  trace(acrossLines = false): Trace {
    const n = this.piece.length;
    const starts: { number: number; column: number }[] = [];
    for (const place of this.index.occurrences(this.piece)) {
      const line = this.lines[place.line]!;
      if (this.allowed(line, place.column, this.startBit) && this.allowed(line, place.column + n, this.endBit))
        starts.push({ number: line.number, column: line.column + place.column });
    }
    // Printed inside one line: readings across line breaks are not looked for unless asked (they
    // would only add places to choose from when checking the order, at a cost on every paragraph).
    if (starts.length && !acrossLines) return { ok: true, starts };
    for (let i = 1; i < n; i++) {
      const places = this.suffixOfLine(0, i);
      if (places.length && this.complete(i))
        for (const place of places) {
          const line = this.lines[place.line]!;
          starts.push({ number: line.number, column: line.column + place.column });
        }
    }
    starts.sort((a, b) => a.number - b.number || a.column - b.column);
    return { ok: starts.length > 0, starts };
  }

  /** The longest beginning of the piece that the page prints (joined at line breaks). */
  longestPrefix(): number {
    const n = this.piece.length;
    const inLine = (k: number) => this.index.joined.includes(this.piece.slice(0, k));
    let best = largest(0, n, inLine);
    for (const cut of this.breaks(false)) {
      best = Math.max(
        best,
        largest(cut, n, (k) => this.prefixOfLine(cut, k, false)),
      );
    }
    return best;
  }

  /** Where the longest end of the piece that the page prints begins. */
  longestSuffix(): number {
    const n = this.piece.length;
    const inLine = (j: number) => this.index.joined.includes(this.piece.slice(j));
    let best = smallest(0, n, inLine);
    for (let cut = n - 1; cut > 0; cut--) {
      if (cut > best || !this.complete(cut)) continue;
      best = Math.min(
        best,
        smallest(0, cut, (j) => this.suffixOfLine(j, cut, false).length > 0),
      );
    }
    return best;
  }
}

/** The largest k in [from, to] with test(k) true, for a test that holds up to some k (from itself counts). */
function largest(from: number, to: number, test: (k: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (test(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The smallest j in [from, to] with test(j) true, for a test that holds from some j on (to itself counts). */
function smallest(from: number, to: number, test: (j: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Is `piece` (folded) printed on the page, as one run or runs joined at line breaks? Where it
 * is printed inside a line, its readings across line breaks are also given only when asked
 * (`acrossLines`: a stanza whose words a headline prints on one line, 不忘初心 牢记使命, and the
 * poem on two).
 */
export function trace(piece: string, index: SourceIndex, boundary: Boundary, acrossLines = false): Trace {
  if (piece.length === 0) return { ok: true, starts: [] };
  const bit = MODE_BIT[boundary];
  return new Matcher(piece, index, bit, bit).trace(acrossLines);
}

/** Why a piece could not be traced, in words an editor can act on. */
export interface Untraced {
  /** Index range in the piece's own (unfolded) text of the words the page does not hold. */
  from: number;
  to: number;
  kind: 'words' | 'join' | 'start' | 'end';
}

/** Fewer characters than this, matched somewhere on the page, are chance, not the page. */
const HELD = 3;

/**
 * Where a piece departs from the page: the longest beginning and the longest end that the
 * page prints; between them, the words it does not print. When the two overlap, both parts
 * are printed but not one after the other (a join the page does not make), or the whole is
 * printed but starts or ends inside a sentence.
 */
export function explain(piece: Folded, index: SourceIndex, boundary: Boundary): Untraced {
  const text = piece.text;
  const n = text.length;
  // Folded positions back to the piece's own text.
  const at = (k: number) => (k >= n ? (piece.map[n - 1] ?? -1) + 1 : piece.map[k]!);
  const original = (from: number, to: number) => ({ from: at(from), to: at(to) });
  const bit = MODE_BIT[boundary];
  if (new Matcher(text, index, 0, 0).trace().ok) {
    const startOk = new Matcher(text, index, bit, 0).trace().ok;
    return startOk ? { ...original(n - 1, n), kind: 'end' } : { ...original(0, 1), kind: 'start' };
  }
  const matcher = new Matcher(text, index, 0, 0);
  let prefix = matcher.longestPrefix();
  let suffix = matcher.longestSuffix();
  if (prefix < HELD) prefix = 0;
  if (n - suffix < HELD) suffix = n;
  if (prefix < suffix) return { ...original(prefix, suffix), kind: 'words' };
  return { ...original(prefix, prefix), kind: 'join' };
}

/** A short excerpt with the untraced part in 【】 brackets. */
export function excerpt(text: string, untraced: Untraced, context = 10): string {
  const chars = (s: string) => [...s];
  const before = chars(text.slice(0, untraced.from));
  const middle = text.slice(untraced.from, untraced.to);
  const after = chars(text.slice(untraced.to));
  const head = before.length > context ? `…${before.slice(-context).join('')}` : before.join('');
  const tail = after.length > context ? `${after.slice(0, context).join('')}…` : after.join('');
  return `${head}【${middle}】${tail}`;
}
