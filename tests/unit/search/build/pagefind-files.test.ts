import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encode } from 'cbor2';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isPrecompressedPagefindFile,
  PagefindFormatError,
  readFragmentPages,
  pagefindMetaFileName,
  readPagefindMeta,
  type PagefindMeta,
} from '../../../../src/lib/search/build/pagefind-files.ts';
import { SEARCH_LANGUAGE } from '../../../../src/lib/search/shared/data.ts';

/**
 * A real index, written by the Pagefind this project installs: if an upgrade changes the files
 * the search build reads back, these tests fail and say which file.
 */
const PAGES = new Map([
  ['/a/', 'alpha beta gamma delta'],
  ['/b/', 'beta epsilon zeta eta theta'],
  ['/c/', '苏兆征 党建 党史'],
]);
const words = [...new Set([...PAGES.values()].flatMap((content) => content.split(' ')))];
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const cut = (word: string, chars: number) => [...word].slice(0, chars).join('');

const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-files-'));
const out = path.join(dir, 'pagefind');
let meta: PagefindMeta;

beforeAll(async () => {
  // Small chunks, so the table has several (the variable is read when Pagefind's service starts).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '4';
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  for (const [url, content] of PAGES) {
    // One page with a filter, so that the index has every kind of file Pagefind writes.
    const filters = url === '/a/' ? { kind: ['x'] } : {};
    const added = await index.addCustomRecord({ url, content, language: SEARCH_LANGUAGE, filters });
    expect(added.errors).toEqual([]);
  }
  expect((await index.writeFiles({ outputPath: out })).errors).toEqual([]);
  await pagefind.close();
  meta = readPagefindMeta(out, SEARCH_LANGUAGE);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a real Pagefind index', () => {
  it('names each page by its URL, as the metadata lists the pages', () => {
    const pages = readFragmentPages(out);
    expect([...pages.keys()].sort()).toEqual([...PAGES.keys()].sort());
    expect(new Set(pages.values()).size).toBe(PAGES.size);
    expect([...pages.values()].sort()).toEqual([...meta.pages].sort());
  });

  it('names the metadata file Pagefind wrote, one of the files in its folder (what parts.json lists)', () => {
    const name = pagefindMetaFileName(out, SEARCH_LANGUAGE);
    expect(name).toMatch(/^pagefind\..+\.pf_meta$/);
    expect(readdirSync(out).filter((file) => file.endsWith('.pf_meta'))).toEqual([name]);
  });

  it('reads the table of index chunks: in byte order, each in its file, every word in one', () => {
    expect(meta.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(meta.chunks.length).toBeGreaterThan(2);
    for (const chunk of meta.chunks) {
      expect(byteOrder(chunk.from, chunk.to), `${chunk.from}…${chunk.to}`).toBeLessThanOrEqual(0);
      expect(existsSync(path.join(out, 'index', `${chunk.file}.pf_index`)), chunk.file).toBe(true);
    }
    meta.chunks.slice(1).forEach((chunk, i) => expect(byteOrder(meta.chunks[i]!.to, chunk.from)).toBeLessThan(0));
    const sorted = [...words].sort(byteOrder);
    expect(meta.chunks[0]!.from).toBe(sorted[0]);
    expect(meta.chunks.at(-1)!.to).toBe(sorted.at(-1));
    // A chunk's bounds are cut short; a word lies in the chunk it is between, cut to the bounds' length.
    for (const word of words) {
      const holding = meta.chunks.filter(
        ({ from, to }) =>
          byteOrder(cut(word, [...from].length), from) >= 0 && byteOrder(cut(word, [...to].length), to) <= 0,
      );
      expect(holding.length, word).toBe(1);
    }
  });
});

describe("the files a server may send as gzip-encoded (Pagefind's own compressed files)", () => {
  const written = () =>
    readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)));
  const isGzip = (file: string) =>
    readFileSync(path.join(out, file))
      .subarray(0, 2)
      .equals(Buffer.from([0x1f, 0x8b]));

  it("are exactly the gzipped ones, each un-gzipping to Pagefind's signature", () => {
    const files = written();
    const kinds = new Set(files.map((file) => path.extname(file)));
    for (const kind of ['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter', '.pagefind', '.js', '.json'])
      expect(kinds, kind).toContain(kind);
    for (const file of files) {
      expect(isPrecompressedPagefindFile(file), file).toBe(isGzip(file));
      if (isGzip(file))
        expect(
          gunzipSync(readFileSync(path.join(out, file)))
            .subarray(0, 12)
            .toString('latin1'),
          file,
        ).toBe('pagefind_dcd');
    }
  });
});

describe('a Pagefind index in another format', () => {
  /** An index directory whose metadata file holds these bytes. */
  function indexWithMeta(name: string, bytes: Buffer): string {
    const target = path.join(dir, name);
    mkdirSync(target);
    const hash = `${SEARCH_LANGUAGE}_x`;
    writeFileSync(
      path.join(target, 'pagefind-entry.json'),
      JSON.stringify({ version: '9.0.0', languages: { [SEARCH_LANGUAGE]: { hash } } }),
    );
    writeFileSync(path.join(target, `pagefind.${hash}.pf_meta`), bytes);
    return target;
  }
  const signed = (value: unknown) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode(value)]));

  it.each([
    ['not-gzipped', Buffer.from('pagefind_dcd')],
    ['no-signature', gzipSync(encode(['1.6.0', [], []]))],
    ['no-version', signed([[], []])],
    ['chunks-as-maps', signed(['9.0.0', [['p', 1, '']], [{ from: 'a', to: 'b', file: 'c' }]])],
  ])('%s: fails with a message naming the file and this module', (name, bytes) => {
    const target = indexWithMeta(name, bytes);
    expect(() => readPagefindMeta(target, SEARCH_LANGUAGE)).toThrow(PagefindFormatError);
    expect(() => readPagefindMeta(target, SEARCH_LANGUAGE)).toThrow(
      /\.pf_meta: Pagefind 文件格式变了.*src\/lib\/search\/build\/pagefind-files\.ts/,
    );
  });

  it('a fragment without its URL fails the same way', () => {
    const target = path.join(dir, 'fragment-without-url');
    mkdirSync(path.join(target, 'fragment'), { recursive: true });
    writeFileSync(path.join(target, 'fragment', 'p.pf_fragment'), gzipSync('pagefind_dcd{"address":"/a/"}'));
    expect(() => readFragmentPages(target)).toThrow(/p\.pf_fragment: Pagefind 文件格式变了/);
  });
});
