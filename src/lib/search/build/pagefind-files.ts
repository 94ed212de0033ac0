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
 *   - fragment/<name>.pf_fragment is JSON: the page's URL, content, filters, …. A page's name is
 *     its language, `_`, and the start of the SHA-1 of that JSON, each byte in hex without
 *     padding (longer where two pages' names would be the same); Pagefind does not write a
 *     fragment whose file is already there (customRecordPageName, reserveFragments).
 *   - index/<file>.pf_index holds one chunk of words; the metadata refers to it by file name,
 *     and a chunk refers to pages by their number in the metadata's page list.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Rust's whitespace, at which Pagefind splits a record's content into words (not JavaScript's \s). */
const WHITESPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** Words Pagefind reads as its own markers and leaves out of a page's content. */
const MARKER = '___(?:PAGEFIND_ANCHOR|PAGEFIND_WEIGHT|PAGEFIND_AUTO_WEIGHT|END_PAGEFIND_WEIGHT)___';
const PAGEFIND_WHITESPACE = new RegExp(`[${WHITESPACE}]+`, 'u');
const PAGEFIND_MARKER = new RegExp(`^${MARKER}`, 'u');
/** What Pagefind would change in a record's content: whitespace but single spaces between words, U+200B, a marker. */
const CHANGED_WHEN_STORED = new RegExp(`[${WHITESPACE.replace(' ', '')}\\u200b]| {2}|^ | $|(?:^| )${MARKER}`, 'u');
/** A word that makes Pagefind record an anchor in the page's fragment (not foreseen here). */
const ANCHOR_MARKER = new RegExp(`(?:^|[${WHITESPACE}])___PAGEFIND_ANCHOR___`, 'u');

/** A custom record's content as Pagefind stores it in the page's fragment. */
export function storedContent(content: string): string {
  if (!CHANGED_WHEN_STORED.test(content)) return content;
  const words: string[] = [];
  for (const word of content.split(PAGEFIND_WHITESPACE)) {
    if (PAGEFIND_MARKER.test(word)) continue;
    const kept = word.replaceAll('\u200b', '');
    if (kept) words.push(kept);
  }
  return words.join(' ');
}

/** What JSON writes otherwise than as the character itself, in a well-formed string. */
const JSON_ESCAPED = /["\\\u0000-\u001f]/;
/** Where a fragment's content begins: its key comes after the URL's, whose quotes JSON escapes. */
const CONTENT_KEY = '"content":"';
/** Digits of Pagefind's page hashes: each byte in hex, not padded to two. */
const unpaddedHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16)).join('');
const byKey = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** A custom record as Pagefind answered its addition (its word count and metadata are in the answer). */
export interface AddedRecord {
  url: string;
  content: string;
  wordCount: number;
  meta: Record<string, string>;
}

/**
 * The name Pagefind gives a custom record's page (without filters), unless another page of the
 * index has a name that begins the same (then Pagefind lengthens one: reserveFragments leaves such
 * names alone); undefined for content with Pagefind's anchor markers. A record whose stored
 * content is empty has no page.
 */
export function customRecordPageName(record: AddedRecord, language: string): string | undefined {
  if (ANCHOR_MARKER.test(record.content)) return undefined;
  const meta = Object.fromEntries(Object.entries(record.meta).sort(([a], [b]) => byKey(a, b)));
  const content = storedContent(record.content);
  const fragment = { url: record.url, content, word_count: record.wordCount, filters: {}, meta, anchors: [] };
  const hash = createHash('sha1');
  if (JSON_ESCAPED.test(content) || !content.isWellFormed()) hash.update(JSON.stringify(fragment));
  else {
    // The content is most of the fragment (a bundle's words, some 17 MB) and JSON leaves it as it
    // is: it is hashed in place, not copied into the fragment's JSON first.
    const shell = JSON.stringify({ ...fragment, content: '' });
    const at = shell.indexOf(CONTENT_KEY) + CONTENT_KEY.length;
    hash.update(shell.slice(0, at)).update(content).update(shell.slice(at));
  }
  return `${language}_${unpaddedHex(hash.digest())}`.slice(0, language.length + 8);
}

/**
 * Makes an empty file where Pagefind will write each of these pages' fragments, so that it
 * writes none of them: it never overwrites a fragment, and gzips each at its highest level,
 * about half of an index's build when a page is a whole bundle of an archive's words. Names
 * two pages would share, or not foreseen, are left out. Returns the pages reserved, by URL (readFragmentPages).
 */
export function reserveFragments(
  pagefindDir: string,
  names: ReadonlyMap<string, string | undefined>,
): Map<string, string> {
  const count = new Map<string, number>();
  for (const name of names.values()) if (name !== undefined) count.set(name, (count.get(name) ?? 0) + 1);
  const reserved = new Map<string, string>();
  for (const [url, name] of names) if (name !== undefined && count.get(name) === 1) reserved.set(url, name);
  const fragmentDir = path.join(pagefindDir, 'fragment');
  mkdirSync(fragmentDir, { recursive: true });
  for (const name of reserved.values()) writeFileSync(path.join(fragmentDir, `${name}.pf_fragment`), '');
  return reserved;
}

/**
 * Each page's name by its URL: from the fragments Pagefind wrote, and for the empty files
 * reserveFragments made, from what it reserved. Every name returned is a page of the metadata
 * given; a reserved name that is not (were the prediction wrong) is left out, and Pagefind then
 * wrote that page's fragment under its own name.
 */
export function readFragmentPages(
  pagefindDir: string,
  reserved: ReadonlyMap<string, string> = new Map(),
  pages?: readonly string[],
): Map<string, string> {
  const fragmentDir = path.join(pagefindDir, 'fragment');
  const byName = new Map([...reserved].map(([url, name]) => [name, url]));
  const known = pages && new Set(pages);
  const result = new Map<string, string>();
  for (const file of readdirSync(fragmentDir)) {
    const fragmentFile = path.join(fragmentDir, file);
    if (!file.endsWith('.pf_fragment')) throw new PagefindFormatError(fragmentFile, '文件名 <页面>.pf_fragment');
    const name = path.basename(file, '.pf_fragment');
    if (known && !known.has(name)) continue;
    const reservedUrl = byName.get(name);
    if (reservedUrl !== undefined && readFileSync(fragmentFile).length === 0) {
      result.set(reservedUrl, name);
      continue;
    }
    let fragment: unknown;
    try {
      fragment = JSON.parse(readPagefindFile(fragmentFile).toString('utf8'));
    } catch (error) {
      if (error instanceof PagefindFormatError) throw error;
      throw new PagefindFormatError(fragmentFile, 'JSON');
    }
    const url = (fragment as { url?: unknown } | null)?.url;
    if (!isString(url)) throw new PagefindFormatError(fragmentFile, 'JSON，含 url');
    result.set(url, name);
  }
  return result;
}
