import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encode } from 'cbor2';
import fc from 'fast-check';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customRecordPageName,
  isPrecompressedPagefindFile,
  PagefindFormatError,
  readFragmentPages,
  pagefindMetaFileName,
  readPagefindFile,
  readPagefindMeta,
  reserveFragments,
  storedContent,
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

describe('foreseeing the names Pagefind gives custom records, checked against Pagefind itself', () => {
  /** Words and separators that Pagefind stores otherwise than given, or that JSON escapes. */
  const pieces = [
    ...['党建', '苏兆征', 'alpha', '😀', '"q"', 'back\\slash', '\u0001ctl', '\ufeffbom', 'x\u200by', '\u200b'],
    ...['___PAGEFIND_WEIGHT___2', '___PAGEFIND_ANCHOR___p:a', '___END_PAGEFIND_WEIGHT___', '___x', '_y', 'ǀǀ'],
    ...[' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u3000', '\u00a0', '\u0085', '\u2028', '\u200a'],
  ];
  const records = fc.sample(
    fc.record({
      content: fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }).map((parts) => parts.join('')),
      meta: fc.option(fc.dictionary(fc.constantFrom('title', 'b', 'a2', '标题'), fc.constantFrom('T', '党')), {
        nil: undefined,
      }),
    }),
    { numRuns: 60, seed: 7714 },
  );
  const out2 = path.join(dir, 'foreseen');
  /** Each page's name as foreseen; a page with an anchor marker is not foreseen, but named by Pagefind. */
  const foreseen = new Map<string, string | undefined>();
  let reserved: Map<string, string>;
  let pages: string[];
  let fragments: Map<string, string>;

  const plain = path.join(dir, 'not-reserved');
  /** Indexes the records; with `reserve`, every other page's fragment reserved before writing. */
  async function write(out: string, reserve: boolean) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    for (const [i, record] of records.entries()) {
      const url = `/bundles.json#${i}`;
      const { content, meta: given } = record;
      const added = await index.addCustomRecord({
        url,
        language: SEARCH_LANGUAGE,
        content,
        ...(given && { meta: given }),
      });
      expect(added.errors).toEqual([]);
      const { uniqueWords: wordCount, meta } = added.file;
      if (storedContent(record.content))
        foreseen.set(url, customRecordPageName({ url, content: record.content, wordCount, meta }, SEARCH_LANGUAGE));
    }
    if (reserve) reserved = reserveFragments(out, new Map([...foreseen].filter((_, i) => i % 2 === 0)));
    expect((await index.writeFiles({ outputPath: out })).errors).toEqual([]);
    await pagefind.close();
  }

  beforeAll(async () => {
    await write(plain, false);
    await write(out2, true);
    pages = readPagefindMeta(out2, SEARCH_LANGUAGE).pages;
    fragments = readFragmentPages(out2, reserved, pages);
  }, 60_000);

  it('names every page as Pagefind does, but one with an anchor marker, which it leaves to Pagefind', () => {
    const named = readFragmentPages(plain);
    expect([...named.values()].sort()).toEqual([...pages].sort());
    expect([...named.keys()].sort()).toEqual([...foreseen.keys()].sort());
    const unforeseen = [...foreseen].filter(([, name]) => name === undefined);
    expect(unforeseen.length).toBeGreaterThan(0);
    expect(foreseen.size - unforeseen.length).toBeGreaterThan(30);
    for (const [url, name] of foreseen) if (name !== undefined) expect(name, url).toBe(named.get(url));
    // Read back from the index with reserved fragments: the same names, reserved or written.
    expect(reserved.size).toBeGreaterThan(15);
    expect(fragments).toEqual(named);
  });

  it('stores the content as Pagefind does', () => {
    for (const [url, name] of readFragmentPages(plain)) {
      const fragment = JSON.parse(readPagefindFile(path.join(plain, 'fragment', `${name}.pf_fragment`)).toString());
      const record = records[Number(url.split('#')[1])]!;
      expect(storedContent(record.content), url).toBe(fragment.content);
    }
  });

  it('leaves a reserved fragment unwritten, and every other file as Pagefind writes it unreserved', () => {
    for (const name of reserved.values())
      expect(readFileSync(path.join(out2, 'fragment', `${name}.pf_fragment`)).length, name).toBe(0);
    const files = (out: string) =>
      readdirSync(out, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)))
        .filter((file) => !file.startsWith('fragment'))
        .sort();
    expect(files(out2)).toEqual(files(plain));
    expect(files(out2).filter((file) => file.startsWith('index')).length).toBeGreaterThan(1);
    for (const file of files(plain))
      expect(readFileSync(path.join(out2, file)).equals(readFileSync(path.join(plain, file))), file).toBe(true);
  });
});

describe('reserving fragments', () => {
  it('leaves out a name two pages would share, and reads only names the metadata lists', () => {
    const target = path.join(dir, 'reserved');
    const reserved = reserveFragments(
      target,
      new Map([
        ['/a', 'und_1'],
        ['/b', 'und_2'],
        ['/c', 'und_2'],
        ['/d', 'und_3'],
      ]),
    );
    expect(reserved).toEqual(
      new Map([
        ['/a', 'und_1'],
        ['/d', 'und_3'],
      ]),
    );
    expect(readdirSync(path.join(target, 'fragment')).sort()).toEqual(['und_1.pf_fragment', 'und_3.pf_fragment']);
    // A foreseen name Pagefind did not give (und_3) is not a page; the page it gave was written.
    writeFileSync(path.join(target, 'fragment', 'und_4.pf_fragment'), gzipSync('pagefind_dcd{"url":"/d"}'));
    expect(readFragmentPages(target, reserved, ['und_1', 'und_4'])).toEqual(
      new Map([
        ['/a', 'und_1'],
        ['/d', 'und_4'],
      ]),
    );
  });
});
