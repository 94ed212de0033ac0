import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partSlices, sortKeyYear, type PartSlice } from '../../../../src/lib/search/shared/parts.ts';

const years = (counts: Record<number, number>) =>
  Object.entries(counts).flatMap(([year, count]) => new Array<number>(count).fill(Number(year)));

/** Non-decreasing years, as articles in date order have them. */
const yearsArb = fc
  .array(fc.tuple(fc.integer({ min: 2010, max: 2026 }), fc.integer({ min: 1, max: 30 })), { maxLength: 12 })
  .map((runs) => years(Object.fromEntries(runs)));

describe('the parts of the index', () => {
  it('groups whole years, oldest first, while they fit, and cuts a year that does not fit alone into equal slices', () => {
    expect(partSlices(years({ 2015: 3, 2016: 4, 2017: 2, 2018: 12, 2019: 1 }), 10)).toEqual([
      { label: '2015-2017', first: 0, count: 9 },
      { label: '2018.1', first: 9, count: 6 },
      { label: '2018.2', first: 15, count: 6 },
      { label: '2019', first: 21, count: 1 },
    ]);
    expect(partSlices(years({ 2020: 11 }), 5).map((slice) => slice.count)).toEqual([4, 4, 3]);
    expect(partSlices([], 5)).toEqual([]);
  });

  it('refuses articles out of date order, and a part size below one', () => {
    expect(() => partSlices([2020, 2019], 5)).toThrow(/早于/);
    expect(() => partSlices([2020], 0)).toThrow(RangeError);
  });

  it('property: the parts cover every article once, in order, none larger than allowed, and a year is cut only if it does not fit alone', () => {
    fc.assert(
      fc.property(yearsArb, fc.integer({ min: 1, max: 40 }), (articleYears, max) => {
        const slices = partSlices(articleYears, max);
        let next = 0;
        for (const slice of slices) {
          expect(slice.first).toBe(next);
          expect(slice.count).toBeGreaterThan(0);
          expect(slice.count).toBeLessThanOrEqual(max);
          next += slice.count;
        }
        expect(next).toBe(articleYears.length);
        expect(new Set(slices.map((slice) => slice.label)).size).toBe(slices.length);
        for (const [a, b] of slices.slice(1).map((slice, i) => [slices[i]!, slice] as const)) {
          const year = articleYears[b.first]!;
          if (articleYears[a.first + a.count - 1] === year)
            expect(articleYears.filter((y) => y === year).length).toBeGreaterThan(max);
        }
      }),
    );
  });

  it('property: an article added to a year leaves every part before the first that holds that year as it was', () => {
    fc.assert(
      fc.property(
        yearsArb,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 2010, max: 2026 }),
        (articleYears, max, added) => {
          const grown = [...articleYears, added].sort((a, b) => a - b);
          const after = partSlices(grown, max);
          const holding = after.find((slice) => grown.slice(slice.first, slice.first + slice.count).includes(added))!;
          const before = (slices: PartSlice[]) => slices.filter((slice) => slice.first + slice.count <= holding.first);
          expect(before(after)).toEqual(before(partSlices(articleYears, max)));
        },
      ),
    );
  });

  it('reads the year of a date sort key', () => {
    expect(sortKeyYear('2019-00-00')).toBe(2019);
    expect(() => sortKeyYear('undated')).toThrow(/YYYY-MM-DD/);
  });
});
