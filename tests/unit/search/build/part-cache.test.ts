import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indexerDigest,
  indexerInputs,
  indexParts,
  newestPart,
  partArticlesSetting,
  partName,
  positiveIntegerSetting,
} from '../../../../src/lib/search/build/part-cache.ts';
import { PART_ARTICLES } from '../../../../src/lib/search/shared/parts.ts';
import type { IndexRecord } from '../../../../src/lib/search/build/records.ts';

const slice = { label: '2019-2021', first: 0, count: 2 };
/** A record whose body file has the digest given. */
const record = (digest: string, url = '/articles/a/', file = 'content/articles/2019/a.md'): IndexRecord => ({
  url,
  text: { parts: { title: '标题' }, body: { file, digest } },
  filters: { zone: ['珠海高新区'], campaign: [], year: ['2019'], newspaper: ['珠海特区报'] },
  meta: { date: '2019年7月1日', zone: '珠海高新区' },
  sort: { date: '2019-07-01' },
});
const indexer = indexerDigest([{ name: 'scripts/build-search-part.ts', content: 'code' }]);

describe('what an incremental build may keep of the search index', () => {
  it('names a part by its years and a digest: the same articles and indexer give the same name', () => {
    const name = partName(slice, indexer, [record('甲'), record('乙')]);
    expect(name).toMatch(/^2019-2021-[0-9a-f]{16}$/);
    expect(partName(slice, indexer, [record('甲'), record('乙')])).toBe(name);
  });

  it('renames a part when any of its text, the order or the number of its articles changes', () => {
    const name = partName(slice, indexer, [record('甲'), record('乙')]);
    const withParts = (parts: Partial<IndexRecord['text']['parts']>) => {
      const changed = record('甲');
      return { ...changed, text: { ...changed.text, parts: { ...changed.text.parts, ...parts } } };
    };
    const others: IndexRecord[][] = [
      // A body file changed, by a character or by its layout alone: its digest.
      [record('甲'), record('乙。')],
      [record('乙'), record('甲')],
      [record('甲'), record('乙'), record('丙')],
      [record('甲')],
      [withParts({ title: '标题二' }), record('乙')],
      [withParts({ kicker: '引题' }), record('乙')],
      [withParts({ captions: [{ text: '甲' }] }), record('乙')],
      [withParts({ credits: [{ role: 'writer', name: '甲' }] }), record('乙')],
    ];
    for (const records of others) expect(partName(slice, indexer, records)).not.toBe(name);
  });

  it('keeps the name when only what the index does not hold changes: filters, display, URL, where the file is', () => {
    const name = partName(slice, indexer, [record('甲'), record('乙')]);
    const moved = {
      ...record('甲', '/articles/b/', 'content/articles/2020/b.md'),
      filters: { zone: [], campaign: [], year: [], newspaper: [] },
      meta: { date: '2019年7月2日', zone: '珠海' },
    };
    expect(partName(slice, indexer, [moved, record('乙')])).toBe(name);
  });

  it('renames every part when the indexer changes: its code, a dependency, a setting', () => {
    const inputs = [
      { name: 'scripts/build-search-part.ts', content: 'code' },
      { name: 'package-lock.json', content: '{"pagefind":"1.6.0"}' },
      { name: 'env:PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE', content: '10000' },
    ];
    const digest = indexerDigest(inputs);
    expect(indexerDigest([...inputs].reverse())).toBe(digest);
    expect(indexerDigest([{ ...inputs[0]!, content: 'code2' }, ...inputs.slice(1)])).not.toBe(digest);
    expect(indexerDigest([inputs[0]!, { ...inputs[1]!, content: '{"pagefind":"1.6.1"}' }, inputs[2]!])).not.toBe(
      digest,
    );
    expect(indexerDigest(inputs.slice(0, 2))).not.toBe(digest);
    // Bytes moved from one input to the next are a different indexer.
    expect(
      indexerDigest([
        { name: 'a', content: 'xy' },
        { name: 'b', content: 'z' },
      ]),
    ).not.toBe(
      indexerDigest([
        { name: 'a', content: 'x' },
        { name: 'b', content: 'yz' },
      ]),
    );
    const name = partName(slice, digest, [record('甲')]);
    expect(partName(slice, indexerDigest(inputs.slice(1)), [record('甲')])).not.toBe(name);
  });

  it('names the newest part alone as it names every part, for any archive', () => {
    const dated = fc.record({
      year: fc.integer({ min: 2015, max: 2025 }),
      month: fc.integer({ min: 1, max: 12 }),
      digest: fc.constantFrom('甲', '乙', '丙'),
    });
    fc.assert(
      fc.property(fc.array(dated, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (articles, partArticles) => {
        const records = articles
          .map(({ year, month, digest }) => {
            const date = `${year}-${String(month).padStart(2, '0')}-01`;
            return { ...record(digest), sort: { date } };
          })
          .sort((a, b) => (a.sort.date < b.sort.date ? -1 : a.sort.date > b.sort.date ? 1 : 0));
        const parts = indexParts(records, indexer, partArticles);
        expect(newestPart(records, indexer, partArticles)).toEqual(parts.at(-1));
        expect(parts.reduce((sum, part) => sum + part.count, 0)).toBe(records.length);
      }),
    );
  });

  it("digests the part's process and its modules, the lockfile, the map, the chunk size and the Node", () => {
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const inputs = indexerInputs(root, '{"著":"着"}', {});
    const names = inputs.map((input) => input.name);
    expect(names).toContain('scripts/build-search-part.ts');
    expect(names).toContain('src/lib/search/build/tokens.ts');
    expect(names).toContain('package-lock.json');
    expect(names).toContain('node');
    const digest = indexerDigest(inputs);
    expect(indexerDigest(indexerInputs(root, '{"著":"着"}', {}))).toBe(digest);
    expect(indexerDigest(indexerInputs(root, '{}', {}))).not.toBe(digest);
    expect(indexerDigest(indexerInputs(root, '{"著":"着"}', { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '2500' }))).not.toBe(
      digest,
    );
  });

  it('reads the articles per part from the environment, and refuses what is not a positive integer', () => {
    expect(partArticlesSetting({})).toBe(PART_ARTICLES);
    expect(partArticlesSetting({ SEARCH_PART_ARTICLES: '5' })).toBe(5);
    for (const bad of ['0', '-1', '2.5', 'many', ''])
      expect(() => positiveIntegerSetting('SEARCH_INDEX_JOBS', 1, { SEARCH_INDEX_JOBS: bad })).toThrow(
        /SEARCH_INDEX_JOBS=.*正整数/,
      );
  });
});
