/**
 * Reading the archive's own files: every one must be UTF-8 (a leading byte-order mark is
 * accepted and dropped), and the text an editor types must not hide characters a reader
 * cannot see. Shared by the build's checks, the editor's commands and the data loaders.
 */
import { encodingHint } from './ingest/decode.ts';

export class ContentError extends Error {
  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field}: ${message}`);
    this.name = 'ContentError';
  }
}

export interface DecodedFile {
  text: string;
  /** The file began with a byte-order mark (not part of `text`). */
  bom: boolean;
}

/** The text of a content file; a file that is not UTF-8 is refused with the iconv command that converts it. */
export function decodeContentFile(bytes: Uint8Array, file: string): DecodedFile {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), bom };
  } catch {
    throw new ContentError(file, 'encoding', encodingHint(body, file));
  }
}

/**
 * Characters that print nothing: format characters (zero-width space and joiners, bidi
 * controls, soft hyphen, word joiner, byte-order mark), control characters other than tab
 * and line breaks, line/paragraph separators and the Hangul fillers; and U+FFFD, which
 * marks text already damaged by a wrong decoding.
 */
// eslint-disable-next-line no-control-regex
export const INVISIBLE =
  /[\p{Cf}\p{Zl}\p{Zp}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u115f\u1160\u3164\uffa0\ufffd]/gu;

const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  0xfffd: 'REPLACEMENT CHARACTER',
};

export function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[code] ? `${hex} ${NAMES[code]}` : hex;
}

export interface InvisibleCharacter {
  /** 1-based line and column (in characters) of the text given. */
  line: number;
  column: number;
  /** UTF-16 offset in the text. */
  offset: number;
  char: string;
}

export function findInvisibleCharacters(text: string): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  for (const match of text.matchAll(INVISIBLE)) {
    const before = text.slice(0, match.index);
    const lineStart = before.lastIndexOf('\n') + 1;
    found.push({
      line: (before.match(/\n/g)?.length ?? 0) + 1,
      column: [...before.slice(lineStart)].length + 1,
      offset: match.index,
      char: match[0],
    });
  }
  return found;
}
