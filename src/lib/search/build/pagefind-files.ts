/**
 * What the search index build reads back from Pagefind's output. Pagefind does not document
 * these files and may change them in any release, so this is the only code that knows them;
 * tests/unit/search/build/pagefind-files.test.ts checks it against an index Pagefind really writes,
 * and tests/e2e/pagefind-chunks.test.ts searches such an index, cut into many small chunks, in
 * Chromium through the search page's engine (the chunks a prefix runs into, plan.ts chunkProbes).
 *
 *   - Every file but pagefind-entry.json and the scripts is gzipped, and starts with the
 *     signature below once un-gzipped (isPrecompressedPagefindFile).
 *   - pagefind.<hash>.pf_meta, one per language (its hash in pagefind-entry.json), is CBOR:
 *     [version, pages as [name, word count, …], index chunks as [first word, last word, file], …].
 *   - fragment/<name>.pf_fragment is JSON: the page's URL, content, filters, ….
 *   - index/<file>.pf_index holds one chunk of words; the metadata refers to it by file name,
 *     and a chunk refers to pages by their number in the metadata's page list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';

/** The Pagefind release whose files this module was written against. */
export const KNOWN_PAGEFIND = '1.6';
const SIGNATURE = 'pagefind_dcd';

/** Pagefind's gzipped files, by their names: metadata, index chunks, fragments, filters, WebAssembly. */
const PRECOMPRESSED = /\.(?:pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

/**
 * Whether a file of a Pagefind index (a path or URL) is stored gzipped. A server may send these
 * with `Content-Encoding: gzip`: the browser then inflates them natively, off the page's thread,
 * and Pagefind, finding its signature at the start of what it receives, skips inflating them in
 * script (README, "Deploying"); served as plain bytes, they work as well, inflated by Pagefind.
 */
export const isPrecompressedPagefindFile = (file: string): boolean => PRECOMPRESSED.test(file);

/** One index chunk: the words from `from` to `to` (in byte order, cut short by Pagefind), in index/<file>.pf_index. */
export interface IndexChunk {
  from: string;
  to: string;
  file: string;
}

export interface PagefindMeta {
  version: string;
  /** Page names, as the fragments are named. */
  pages: string[];
  chunks: IndexChunk[];
}

/** A Pagefind file that is not what this module knows: the message says what to update. */
export class PagefindFormatError extends Error {
  constructor(file: string, expected: string) {
    super(
      `${file}: Pagefind 文件格式变了（按 Pagefind ${KNOWN_PAGEFIND} 预期：${expected}）；升级 Pagefind 后请更新 src/lib/search/build/pagefind-files.ts`,
    );
    this.name = 'PagefindFormatError';
  }
}

/** A Pagefind file, un-gzipped and without its signature. */
export function readPagefindFile(file: string): Buffer {
  let data: Buffer;
  try {
    data = gunzipSync(readFileSync(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    throw new PagefindFormatError(file, 'gzip 压缩');
  }
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) {
    throw new PagefindFormatError(file, `以 ${SIGNATURE} 开头`);
  }
  return data.subarray(SIGNATURE.length);
}

const isString = (value: unknown): value is string => typeof value === 'string';

interface Entry {
  languages?: Record<string, { hash?: unknown }>;
}

/** pagefind-entry.json, and the file of one language's metadata it names. */
function readEntry(pagefindDir: string, language: string): { entry: Entry; entryFile: string; metaFile: string } {
  const entryFile = path.join(pagefindDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  const hash = entry.languages?.[language]?.hash;
  if (!isString(hash)) throw new PagefindFormatError(entryFile, `languages.${language}.hash`);
  return { entry, entryFile, metaFile: path.join(pagefindDir, `pagefind.${hash}.pf_meta`) };
}

/** The file name of one language's metadata, as pagefind-entry.json names it (what the browser asks for). */
export function pagefindMetaFileName(pagefindDir: string, language: string): string {
  return path.basename(readEntry(pagefindDir, language).metaFile);
}

/** The metadata of one language's index: its pages and its table of index chunks. */
export function readPagefindMeta(pagefindDir: string, language: string): PagefindMeta {
  const file = readEntry(pagefindDir, language).metaFile;
  const meta: unknown = decode(readPagefindFile(file));
  const expected = 'CBOR [版本, 页面 [名称, 词数, …], 索引分块 [起始词, 结束词, 文件], …]';
  if (!Array.isArray(meta) || !isString(meta[0]) || !Array.isArray(meta[1]) || !Array.isArray(meta[2])) {
    throw new PagefindFormatError(file, expected);
  }
  const [version, pages, chunks] = meta as [string, unknown[], unknown[]];
  if (!pages.every((page) => Array.isArray(page) && isString(page[0]) && typeof page[1] === 'number')) {
    throw new PagefindFormatError(file, expected);
  }
  if (!chunks.every((chunk) => Array.isArray(chunk) && chunk.length >= 3 && chunk.slice(0, 3).every(isString))) {
    throw new PagefindFormatError(file, expected);
  }
  return {
    version,
    pages: (pages as [string][]).map(([name]) => name),
    chunks: (chunks as [string, string, string][]).map(([from, to, chunkFile]) => ({ from, to, file: chunkFile })),
  };
}

/** Each page's name by its URL, from the fragments Pagefind wrote. */
export function readFragmentPages(pagefindDir: string): Map<string, string> {
  const fragmentDir = path.join(pagefindDir, 'fragment');
  const pages = new Map<string, string>();
  for (const name of readdirSync(fragmentDir)) {
    const file = path.join(fragmentDir, name);
    if (!name.endsWith('.pf_fragment')) throw new PagefindFormatError(file, '文件名 <页面>.pf_fragment');
    let fragment: unknown;
    try {
      fragment = JSON.parse(readPagefindFile(file).toString('utf8'));
    } catch (error) {
      if (error instanceof PagefindFormatError) throw error;
      throw new PagefindFormatError(file, 'JSON');
    }
    const url = (fragment as { url?: unknown } | null)?.url;
    if (!isString(url)) throw new PagefindFormatError(file, 'JSON，含 url');
    pages.set(url, path.basename(name, '.pf_fragment'));
  }
  return pages;
}
