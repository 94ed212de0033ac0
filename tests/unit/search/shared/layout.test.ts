import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_SIZE,
  byDate,
  decodeBlocks,
  encodeBlocks,
  locate,
  readBundles,
} from '../../../../src/lib/search/shared/layout.ts';

describe('bundles file', () => {
  it('encodes block lengths one character each, and back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: BUNDLE_SIZE }), (units) => {
        expect(decodeBlocks(encodeBlocks(units))).toEqual(units);
      }),
    );
  });

  it('locates a position in its article', () => {
    const place = readBundles({
      bundleSize: 2,
      unit: 10,
      headline: 4,
      headlinePresence: 4,
      bundles: [
        ['a', encodeBlocks([1, 3])],
        ['b', encodeBlocks([2])],
      ],
      chunkStartChars: '',
    }).get('b')!;
    expect(place).toEqual({ first: 2, starts: [0, 20] });
    const first = readBundles({
      bundleSize: 2,
      unit: 10,
      headline: 4,
      headlinePresence: 4,
      bundles: [['a', encodeBlocks([1, 3])]],
      chunkStartChars: '',
    }).get('a')!;
    expect(locate(first, 0)).toEqual({ article: 0, offset: 0 });
    expect(locate(first, 9)).toEqual({ article: 0, offset: 9 });
    expect(locate(first, 10)).toEqual({ article: 1, offset: 0 });
    expect(locate(first, 39)).toEqual({ article: 1, offset: 29 });
    expect(locate(first, 40)).toBeUndefined();
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
