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
  const kind = notTextKind(bytes);
  if (kind)
    throw new IngestError(
      file,
      'file',
      `这是${kind.chinese}，不是文字：请给 ingest OCR 工具识别出的文字（.txt 或 .md 文件）(${kind.english}, not text: give ingest the OCR tool's text output)`,
    );
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    if (!text.trim()) throw new IngestError(file, 'file', '文件只有空白 (only whitespace)');
    // UTF-16 text may read as UTF-8 too, its ASCII characters a NUL apart: it is not.
    if (!utf16(body.subarray(0, 8192))) return { text, bom: body !== bytes };
  } catch (error) {
    if (error instanceof IngestError) throw error;
  }
  throw new IngestError(file, 'encoding', encodingHint(body, file, 'page.utf8.txt'));
}

/** Files an editor may give for the OCR tool's output, known by their first bytes. */
const SIGNATURES: { bytes: number[]; chinese: string; english: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], chinese: ' PDF 文件', english: 'a PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], chinese: ' PNG 图片', english: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], chinese: ' JPEG 图片', english: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], chinese: ' GIF 图片', english: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], chinese: ' TIFF 图片', english: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], chinese: ' TIFF 图片', english: 'a TIFF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], chinese: ' ZIP 压缩包或 Word 文档', english: 'a ZIP archive or Word document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], chinese: '程序文件', english: 'a program' },
];

/**
 * What a file is when it is no text: one of the kinds above, or bytes with NULs that are not
 * UTF-16 text (which encodingHint names); undefined for text in any encoding. A stray NUL in a
 * page is a control character of the text (shown as a code), not a sign of a binary file.
 */
export function notTextKind(bytes: Uint8Array): { chinese: string; english: string } | undefined {
  const known = SIGNATURES.find((signature) => signature.bytes.every((byte, i) => bytes[i] === byte));
  if (known) return known;
  const head = bytes.subarray(0, 8192);
  const nuls = head.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  if (nuls > Math.max(2, head.length / 100) && !utf16(head)) return { chinese: '二进制文件', english: 'a binary file' };
  return undefined;
}

/**
 * UTF-16 text: a byte-order mark (UTF-16, which iconv reads by it), or bytes that read as text in
 * UTF-16LE or UTF-16BE, with no NUL and nearly every character a letter, a digit, a mark or a
 * space. The encoding iconv is to read it as; undefined for other bytes.
 */
function utf16(bytes: Uint8Array): 'UTF-16' | 'UTF-16LE' | 'UTF-16BE' | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  if (!bytes.includes(0)) return undefined;
  return (['UTF-16LE', 'UTF-16BE'] as const).find((encoding) => {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, bytes.length - (bytes.length % 2)));
    } catch {
      return false;
    }
    const readable = text.match(/[\p{L}\p{N}\p{P}\p{S}\s]/gu)?.length ?? 0;
    return !text.includes('\0') && readable >= 0.95 * [...text].length;
  });
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
  const wide = utf16(bytes.subarray(0, 8192));
  if (wide) {
    return `第${line}行起是 UTF-16 编码，不是 UTF-8。请先转换：iconv -f ${wide} -t UTF-8 ${shellWord(file)} ${into} (UTF-16 input: convert it to UTF-8 first)`;
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
