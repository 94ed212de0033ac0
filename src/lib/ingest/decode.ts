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
  throw new IngestError(file, 'encoding', encodingHint(body, file));
}

/**
 * Why bytes that are not UTF-8 were refused, with the iconv command that converts them: the
 * same words for a page given to ingest and for a file already in content/.
 */
export function encodingHint(bytes: Uint8Array, file: string): string {
  if (looksLikeGbk(bytes)) {
    return `是 GBK 编码，不是 UTF-8。请先转换：iconv -f GBK -t UTF-8 '${file}' > page.utf8.txt (GBK input: convert it to UTF-8 first)`;
  }
  return `不是 UTF-8 编码；请先转换为 UTF-8，例如 iconv -f <原编码> -t UTF-8 '${file}' > page.utf8.txt (not UTF-8)`;
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
