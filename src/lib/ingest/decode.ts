/**
 * Reading an OCR page from bytes. The archive keeps sources byte for byte and serves them as
 * UTF-8, so only UTF-8 is accepted. GBK (common for Chinese OCR tools) is recognised and the
 * error gives the command that converts it; anything else is refused, not guessed.
 */

export class IngestError extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field}: ${message}`);
    this.name = 'IngestError';
    this.file = file;
    this.field = field;
  }
}

export interface DecodedPage {
  text: string;
  /** A byte-order mark was present (it is kept in the stored copy). */
  bom: boolean;
}

const HAN = /\p{Script=Han}/gu;

export function decodePage(bytes: Uint8Array, file: string): DecodedPage {
  if (bytes.length === 0) throw new IngestError(file, 'file', '文件为空 (empty file)');
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    if (!text.trim()) throw new IngestError(file, 'file', '文件只有空白 (only whitespace)');
    return { text, bom: body !== bytes };
  } catch (error) {
    if (error instanceof IngestError) throw error;
  }
  throw new IngestError(file, 'encoding', encodingHint(body, file, 'page.utf8.txt'));
}

/**
 * Where bytes stop being UTF-8, as the WHATWG decoder (TextDecoder) reads them: the offset of
 * the first byte that starts no valid sequence, or of a sequence cut short; -1 for UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let follow: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) follow = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      follow = 2;
      if (lead === 0xe0) lower = 0xa0; // overlong
      if (lead === 0xed) upper = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      follow = 3;
      if (lead === 0xf0) lower = 0x90; // overlong
      if (lead === 0xf4) upper = 0x8f; // beyond U+10FFFF
    } else return i;
    for (let k = 1; k <= follow; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? lower : 0x80) || next > (k === 1 ? upper : 0xbf)) return i;
    }
    i += follow + 1;
  }
  return -1;
}

/** The line (from 1) the byte at the offset is on. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** A word the shell reads as it is: in single quotes, a quote inside closed, escaped and reopened. */
const shellWord = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

const hex = (bytes: Uint8Array) =>
  [...bytes].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');

/**
 * Why bytes that are not UTF-8 were refused, and the line where they stop being UTF-8: for a
 * file in another encoding, the iconv command that converts it (into `converted`, or in place
 * when that is not given); for a UTF-8 file with stray bytes, which line to mend (converting the
 * whole file would garble the rest). The same words for a page given to ingest and for a file
 * already in content/.
 */
export function encodingHint(bytes: Uint8Array, file: string, converted?: string): string {
  const offset = firstInvalidUtf8(bytes);
  const line = lineAt(bytes, Math.max(offset, 0));
  const into = converted
    ? `> ${shellWord(converted)}`
    : `> ${shellWord(`${file}.utf8`)} && mv ${shellWord(`${file}.utf8`)} ${shellWord(file)}`;
  if (offset > 0 && bytes.subarray(0, offset).some((b) => b >= 0x80)) {
    return `第${line}行起有不是 UTF-8 的字节（${hex(bytes.subarray(offset, offset + 4))}）；此前的文字是 UTF-8，请在编辑器里改正这一行，不要整份转换 (stray bytes that are not UTF-8)`;
  }
  if (looksLikeGbk(bytes)) {
    return `第${line}行起是 GBK 编码，不是 UTF-8。请先转换：iconv -f GBK -t UTF-8 ${shellWord(file)} ${into} (GBK input: convert it to UTF-8 first)`;
  }
  return `第${line}行起不是 UTF-8 编码；请先转换为 UTF-8，例如 iconv -f <原编码> -t UTF-8 ${shellWord(file)} ${into} (not UTF-8)`;
}

/** Decodes as GBK without errors, and reads as Chinese text. */
export function looksLikeGbk(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('gbk', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const han = text.match(HAN)?.length ?? 0;
  return han >= Math.min(10, text.length / 4);
}
