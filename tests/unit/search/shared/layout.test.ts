import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_SIZE,
  byDate,
  decodeBlocks,
  encodeBlocks,
  locate,
  presenceToken,
  readBundles,
  regionAt,
  regionOf,
  REGIONS,
  type BundlesFile,
} from '../../../../src/lib/search/shared/layout.ts';
import { INDEX_MARKS, type SegmentKind } from '../../../../src/lib/search/shared/text.ts';

describe('bundles file', () => {
  it('encodes block lengths one character each, and back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: BUNDLE_SIZE }), (units) => {
        expect(decodeBlocks(encodeBlocks(units))).toEqual(units);
      }),
    );
  });

  it("locates a position in its article, and where its block's captions begin", () => {
    const layout = { headline: 4, headlinePresence: 4, credits: 2 };
    const file = (bundles: BundlesFile['bundles']): BundlesFile => ({
      bundleSize: 2,
      unit: 10,
      ...layout,
      bundles,
      chunkStartChars: '',
    });
    const place = readBundles(
      file([
        ['a', encodeBlocks([1, 3]), ''],
        ['b', encodeBlocks([2]), encodeBlocks([1])],
      ]),
    ).get('b')!;
    expect(place).toEqual({ first: 2, starts: [0, 20], captions: [10] });
    const first = readBundles(file([['a', encodeBlocks([1, 3]), encodeBlocks([0, 2])]])).get('a')!;
    expect(first.captions).toEqual([10, 10]);
    expect(locate(first, 0)).toEqual({ article: 0, offset: 0, captions: 10 });
    expect(locate(first, 9)).toEqual({ article: 0, offset: 9, captions: 10 });
    expect(locate(first, 10)).toEqual({ article: 1, offset: 0, captions: 10 });
    expect(locate(first, 39)).toEqual({ article: 1, offset: 29, captions: 10 });
    expect(locate(first, 40)).toBeUndefined();
  });

  it('tells the region of an offset: headline, credits, body, captions', () => {
    const layout = { headline: 4, headlinePresence: 4, credits: 2 };
    expect([0, 3, 4, 7, 8, 9, 10, 19, 20, 29].map((offset) => regionAt(layout, offset, 20))).toEqual([
      'headline',
      'headline',
      'headline',
      'headline',
      'credit',
      'credit',
      'body',
      'body',
      'caption',
      'caption',
    ]);
  });
});

describe('regions and presence tokens', () => {
  it('ranks headline, body, captions, credits', () => {
    expect(REGIONS).toEqual(['headline', 'body', 'caption', 'credit']);
    expect(
      ['kicker', 'title', 'subtitle', 'h2', 'h3', 'p', 'caption', 'credit'].map((kind) =>
        regionOf({ kind: kind as SegmentKind }),
      ),
    ).toEqual(['headline', 'headline', 'headline', 'body', 'body', 'body', 'caption', 'credit']);
  });

  it('marks a character and a pair differently', () => {
    expect(presenceToken('党')).toBe(`${INDEX_MARKS.single}党`);
    expect(presenceToken('𠮷')).toBe(`${INDEX_MARKS.single}𠮷`);
    expect(presenceToken('党建')).toBe(`${INDEX_MARKS.presence}党建`);
  });
});

describe('byDate', () => {
  it('sorts by date key, keeping the order of equal dates', () => {
    const records = [
      { id: 'b', sort: { date: '2020-01-02' } },
      { id: 'a', sort: { date: '2019-05-01' } },
      { id: 'c', sort: { date: '2020-01-02' } },
    ];
    expect(byDate(records).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
