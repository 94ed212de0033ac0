import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partSlices, sortKeyDate, type PartSlice } from '../../../../src/lib/search/shared/parts.ts';

/** Date sort keys (YYYY-MM-DD), so many articles in each month of each year: { 2018: { 3: 2 } } is two in March 2018. */
const keys = (counts: Record<number, Record<number, number>>) =>
  Object.entries(counts).flatMap(([year, months]) =>
    Object.entries(months).flatMap(([month, count]) =>
      new Array<string>(count).fill(`${year}-${month.padStart(2, '0')}-${month === '0' ? '00' : '15'}`),
    ),
  );

/** So many articles in January of each year. */
const years = (counts: Record<number, number>) =>
  keys(Object.fromEntries(Object.entries(counts).map(([year, count]) => [year, { 1: count }])));

/** Date sort keys in date order, as the archive's articles have them: a year or a month may be missing, or the day. */
const keysArb = fc
  .array(
    fc.record({
      year: fc.integer({ min: 2010, max: 2026 }),
      month: fc.integer({ min: 0, max: 12 }),
      day: fc.integer({ min: 0, max: 28 }),
      count: fc.integer({ min: 1, max: 12 }),
    }),
    { maxLength: 25 },
  )
  .map((runs) =>
    runs
      .flatMap(({ year, month, day, count }) => {
        const key = `${year}-${String(month).padStart(2, '0')}-${month === 0 ? '00' : String(day).padStart(2, '0')}`;
        return new Array<string>(count).fill(key);
      })
      .sort(),
  );

const articlesOf = (sortKeys: readonly string[], slice: PartSlice) =>
  sortKeys.slice(slice.first, slice.first + slice.count);

describe('the parts of the index', () => {
  it('groups whole years, oldest first, while they fit, and cuts a year that does not fit alone by the calendar', () => {
    expect(
      partSlices(
        [...years({ 2015: 3, 2016: 4, 2017: 2 }), ...keys({ 2018: { 2: 4, 5: 2, 8: 6 } }), ...years({ 2019: 1 })],
        10,
      ),
    ).toEqual([
      { label: '2015-2017', first: 0, count: 9 },
      { label: '2018.01-06', first: 9, count: 6 },
      { label: '2018.07-12', first: 15, count: 6 },
      { label: '2019', first: 21, count: 1 },
    ]);
    // Neither halves nor thirds fit, quarters do; the empty quarter is left out.
    expect(partSlices(keys({ 2020: { 1: 3, 4: 3, 12: 4 } }), 5)).toEqual([
      { label: '2020.01-03', first: 0, count: 3 },
      { label: '2020.04-06', first: 3, count: 3 },
      { label: '2020.10-12', first: 6, count: 4 },
    ]);
    // Articles dated by the year alone go with January.
    expect(partSlices(keys({ 2020: { 0: 2, 1: 1, 7: 3 } }), 4).map((slice) => slice.label)).toEqual([
      '2020.01-06',
      '2020.07-12',
    ]);
    // A month that does not fit alone is cut into equal slices.
    expect(partSlices(years({ 2020: 11 }), 5)).toEqual([
      { label: '2020.01.1', first: 0, count: 4 },
      { label: '2020.01.2', first: 4, count: 4 },
      { label: '2020.01.3', first: 8, count: 3 },
    ]);
    expect(partSlices([], 5)).toEqual([]);
  });

  it('refuses articles out of date order, and a part size below one', () => {
    expect(() => partSlices(['2020-01-01', '2019-12-31'], 5)).toThrow(/早于/);
    expect(() => partSlices(['2020-03-01', '2020-02-01'], 5)).toThrow(/早于/);
    expect(() => partSlices(['2020-01-01'], 0)).toThrow(RangeError);
  });

  it('property: the parts cover every article once, in order, none larger than allowed, and a year is cut only if it does not fit alone', () => {
    fc.assert(
      fc.property(keysArb, fc.integer({ min: 1, max: 40 }), (sortKeys, max) => {
        const slices = partSlices(sortKeys, max);
        const yearOf = (key: string) => sortKeyDate(key).year;
        let next = 0;
        for (const slice of slices) {
          expect(slice.first).toBe(next);
          expect(slice.count).toBeGreaterThan(0);
          expect(slice.count).toBeLessThanOrEqual(max);
          next += slice.count;
        }
        expect(next).toBe(sortKeys.length);
        expect(new Set(slices.map((slice) => slice.label)).size).toBe(slices.length);
        for (const [a, b] of slices.slice(1).map((slice, i) => [slices[i]!, slice] as const)) {
          const year = yearOf(sortKeys[b.first]!);
          if (yearOf(sortKeys[a.first + a.count - 1]!) === year)
            expect(sortKeys.filter((key) => yearOf(key) === year).length).toBeGreaterThan(max);
        }
      }),
    );
  });

  it('property: an added article leaves every part before the first that holds its year as it was', () => {
    fc.assert(
      fc.property(keysArb, fc.integer({ min: 1, max: 40 }), keysArb, (sortKeys, max, [added]) => {
        fc.pre(added !== undefined);
        const grown = [...sortKeys, added!].sort();
        const year = sortKeyDate(added!).year;
        const after = partSlices(grown, max);
        const holding = after.find((slice) => articlesOf(grown, slice).some((key) => sortKeyDate(key).year === year))!;
        const before = (slices: PartSlice[]) => slices.filter((slice) => slice.first + slice.count <= holding.first);
        expect(before(after)).toEqual(before(partSlices(sortKeys, max)));
      }),
    );
  });

  it('property: in a year cut by the calendar, an added article changes no slice of the year but its own, unless the year is cut anew', () => {
    fc.assert(
      fc.property(keysArb, fc.integer({ min: 1, max: 40 }), keysArb, (sortKeys, max, [added]) => {
        fc.pre(added !== undefined);
        const grown = [...sortKeys, added!].sort();
        const year = String(sortKeyDate(added!).year);
        const ofYear = (slices: PartSlice[], keysOf: readonly string[]) =>
          new Map(
            slices
              .filter((slice) => slice.label.startsWith(`${year}.`))
              .map((slice) => [slice.label, articlesOf(keysOf, slice)]),
          );
        const was = ofYear(partSlices(sortKeys, max), sortKeys);
        const now = ofYear(partSlices(grown, max), grown);
        // The same cut (the same slices of the year, or one more where the article opens a slice).
        fc.pre([...was.keys()].every((label) => now.has(label)) && now.size - was.size <= 1);
        const changed = [...now].filter(
          ([label, articles]) => JSON.stringify(was.get(label)) !== JSON.stringify(articles),
        );
        expect(changed.map(([, articles]) => articles.includes(added!))).toEqual(changed.length ? [true] : []);
      }),
    );
  });

  it('reads the year and month of a date sort key', () => {
    expect(sortKeyDate('2019-00-00')).toEqual({ year: 2019, month: 0 });
    expect(sortKeyDate('2019-07-15')).toEqual({ year: 2019, month: 7 });
    expect(() => sortKeyDate('undated')).toThrow(/YYYY-MM-DD/);
    expect(() => sortKeyDate('2019-13-01')).toThrow(/YYYY-MM-DD/);
  });
});
