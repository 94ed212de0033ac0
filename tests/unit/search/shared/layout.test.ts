import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_SIZE,
  byDate,
  decodeLengths,
  encodeLengths,
  locate,
  MAX_ENCODED_LENGTH,
  presenceToken,
  readBundles,
  regionOf,
  REGIONS,
  type BundlesFile,
} from '../../../../src/lib/search/shared/layout.ts';
import { INDEX_MARKS, type SegmentKind } from '../../../../src/lib/search/shared/text.ts';

describe('bundles file', () => {
  it('encodes lengths one character each, and back; all zero as ""', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: MAX_ENCODED_LENGTH }), { maxLength: BUNDLE_SIZE }), (lengths) => {
        const encoded = encodeLengths(lengths);
        expect(encoded.length).toBe(lengths.some((n) => n > 0) ? lengths.length : 0);
        expect(decodeLengths(encoded, lengths.length)).toEqual(lengths);
      }),
    );
  });

  it('refuses a length no character can hold, rather than write a wrong one', () => {
    expect(() => encodeLengths([1, MAX_ENCODED_LENGTH + 1])).toThrow(RangeError);
    expect(() => encodeLengths([-1])).toThrow(RangeError);
    expect(() => encodeLengths([1.5])).toThrow(RangeError);
  });

  const file = (bundles: BundlesFile['bundles']): BundlesFile => ({
    bundleSize: 2,
    unit: 10,
    fixedUnit: 2,
    bundles,
    chunkStarts: [],
    common: [],
    commonest: '',
  });

  it("locates a position in its article, and in the article's region", () => {
    // Article 0: headline 4, no credits, body to 10. Article 1: headline 2, credits 4, body to 10, captions to 30.
    const place = readBundles(
      file([['a', encodeLengths([1, 3]), encodeLengths([0, 2]), encodeLengths([2, 1]), encodeLengths([0, 2])]]),
    ).get('a')!;
    expect(place).toEqual({
      first: 0,
      starts: [0, 10, 40],
      ends: [
        [4, 4, 10],
        [2, 6, 10],
      ],
    });
    const at = (position: number) => {
      const found = locate(place, position)!;
      return `${found.article}:${found.offset}:${found.region}`;
    };
    expect([0, 3, 4, 9, 10, 11, 12, 15, 16, 19, 20, 39].map(at)).toEqual([
      '0:0:headline',
      '0:3:headline',
      '0:4:body',
      '0:9:body',
      '1:0:headline',
      '1:1:headline',
      '1:2:credit',
      '1:5:credit',
      '1:6:body',
      '1:9:body',
      '1:10:caption',
      '1:29:caption',
    ]);
    expect(locate(place, 40)).toBeUndefined();
    expect(locate(place, -1)).toBeUndefined();
  });

  it('numbers the articles of later bundles on from the earlier ones', () => {
    const places = readBundles(
      file([
        ['a', encodeLengths([1, 1]), '', encodeLengths([1, 1]), ''],
        ['b', encodeLengths([2]), encodeLengths([1]), encodeLengths([1]), ''],
      ]),
    );
    expect(places.get('b')).toEqual({ first: 2, starts: [0, 20], ends: [[2, 2, 10]] });
    expect(locate(places.get('b')!, 15)).toEqual({ article: 2, offset: 15, region: 'caption' });
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
