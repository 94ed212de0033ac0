import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  archiveDateProblem,
  citationDate,
  compareArchiveDates,
  dateSortKey,
  formatArchiveDate,
  isApproximate,
  isoArchiveDate,
  MAX_YEAR,
  MIN_YEAR,
  parseArchiveDate,
  parseFormattedArchiveDate,
  periodStart,
  type ArchiveDate,
} from '../../src/lib/dates.ts';

describe('parseArchiveDate', () => {
  it('parses the three precisions', () => {
    expect(parseArchiveDate('2019-10-28')).toEqual({ year: 2019, month: 10, day: 28, precision: 'day' });
    expect(parseArchiveDate('2021-06')).toEqual({ year: 2021, month: 6, precision: 'month' });
    expect(parseArchiveDate('2021')).toEqual({ year: 2021, precision: 'year' });
  });

  it.each([
    ['2019-02-30', 'impossible date'],
    ['2019-02-29', 'impossible date'],
    ['2021-04-31', 'impossible date'],
    ['2021-13', 'impossible month'],
    ['2021-00', 'impossible month'],
    ['2021-06-00', 'impossible date'],
    ['2021-06-32', 'impossible date'],
    ['2101', 'year out of range'],
    ['2200-01-01', 'year out of range'],
    ['1948', 'year out of range'],
  ])('rejects %s (%s)', (value, reason) => {
    expect(() => parseArchiveDate(value)).toThrow(reason);
    expect(archiveDateProblem(value)).toContain(reason);
  });

  it.each(['2019-6-1', '19-06-01', '2019/06/01', '2019-06-01T00:00', ' 2019', '2019-06-', '', '二〇一九', '２０１９'])(
    'rejects the malformed %j',
    (value) => {
      expect(() => parseArchiveDate(value)).toThrow('expected YYYY-MM-DD, YYYY-MM or YYYY');
    },
  );

  it('accepts leap days only in leap years', () => {
    expect(archiveDateProblem('2020-02-29')).toBeUndefined();
    expect(archiveDateProblem('2000-02-29')).toBeUndefined();
    expect(archiveDateProblem('2019-02-29')).toBeDefined();
    expect(archiveDateProblem('2100-02-29')).toBeDefined();
  });

  it('accepts the bounds themselves', () => {
    expect(archiveDateProblem(String(MIN_YEAR))).toBeUndefined();
    expect(archiveDateProblem(`${MAX_YEAR}-12-31`)).toBeUndefined();
    expect(archiveDateProblem(String(MAX_YEAR + 1))).toBeDefined();
    expect(archiveDateProblem(String(MIN_YEAR - 1))).toBeDefined();
  });

  it('quotes the bad value in the message', () => {
    expect(archiveDateProblem('2019-02-30')).toContain('2019-02-30');
    expect(archiveDateProblem('2019/02/30')).toContain('"2019/02/30"');
  });

  it('property: every real calendar day in range parses back to itself', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(MIN_YEAR, 0, 1)),
          max: new Date(Date.UTC(MAX_YEAR, 11, 31)),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const parsed = parseArchiveDate(iso);
          expect(parsed.precision).toBe('day');
          expect(isoArchiveDate(parsed)).toBe(iso);
        },
      ),
    );
  });
});

describe('formatting', () => {
  it('formats days exactly and estimates with 约', () => {
    expect(formatArchiveDate(parseArchiveDate('2019-10-28'))).toBe('2019年10月28日');
    expect(formatArchiveDate(parseArchiveDate('2019-06-01'))).toBe('2019年6月1日');
    expect(formatArchiveDate(parseArchiveDate('2021-06'))).toBe('约2021年6月');
    expect(formatArchiveDate(parseArchiveDate('2021'))).toBe('约2021年');
  });

  it('reads its own formatted dates back (search results carry only the text), and nothing else', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(MIN_YEAR, 0, 1)),
          max: new Date(Date.UTC(MAX_YEAR, 11, 31)),
          noInvalidDate: true,
        }),
        fc.constantFrom(10, 7, 4),
        (d, length) => {
          const date = parseArchiveDate(d.toISOString().slice(0, length));
          expect(parseFormattedArchiveDate(formatArchiveDate(date))).toEqual(date);
        },
      ),
    );
    for (const text of ['2019年10月28', '约2019年10月28日', '2021年6月', '2021年', '2019年2月30日', '日期不详', ''])
      expect(parseFormattedArchiveDate(text), text).toBeUndefined();
  });

  it('gives zero-padded ISO values for <time datetime>', () => {
    expect(isoArchiveDate(parseArchiveDate('2019-06-01'))).toBe('2019-06-01');
    expect(isoArchiveDate(parseArchiveDate('2021-06'))).toBe('2021-06');
    expect(isoArchiveDate(parseArchiveDate('2021'))).toBe('2021');
  });

  it('knows estimates', () => {
    expect(isApproximate(parseArchiveDate('2019-10-28'))).toBe(false);
    expect(isApproximate(parseArchiveDate('2021-06'))).toBe(true);
    expect(isApproximate(parseArchiveDate('2021'))).toBe(true);
  });

  it('brackets estimated dates for citations', () => {
    expect(citationDate(parseArchiveDate('2019-10-28'))).toBe('2019-10-28');
    expect(citationDate(parseArchiveDate('2021-06'))).toBe('[2021-06]');
    expect(citationDate(parseArchiveDate('2021'))).toBe('[2021]');
  });

  it('starts a period at its first instant, in UTC', () => {
    expect(periodStart(parseArchiveDate('2019-10-28')).toISOString()).toBe('2019-10-28T00:00:00.000Z');
    expect(periodStart(parseArchiveDate('2021-06')).toISOString()).toBe('2021-06-01T00:00:00.000Z');
    expect(periodStart(parseArchiveDate('2021')).toISOString()).toBe('2021-01-01T00:00:00.000Z');
  });
});

describe('ordering', () => {
  const d = parseArchiveDate;

  it('sorts an estimate at the start of its period', () => {
    const sorted = ['2021-06-01', '2022', '2021-06', '2020-12-31', '2021', '2021-05-31', '2021-07']
      .map(d)
      .sort(compareArchiveDates)
      .map(isoArchiveDate);
    expect(sorted).toEqual(['2020-12-31', '2021', '2021-05-31', '2021-06', '2021-06-01', '2021-07', '2022']);
  });

  it('gives sort keys that compare as strings', () => {
    expect(dateSortKey(d('2021'))).toBe('2021-00-00');
    expect(dateSortKey(d('2021-06'))).toBe('2021-06-00');
    expect(dateSortKey(d('2021-06-01'))).toBe('2021-06-01');
  });

  it('compares equal dates as 0 and is antisymmetric', () => {
    expect(compareArchiveDates(d('2021-06'), d('2021-06'))).toBe(0);
    expect(compareArchiveDates(d('2021'), d('2021-01'))).toBeLessThan(0);
    expect(compareArchiveDates(d('2021-01'), d('2021'))).toBeGreaterThan(0);
    expect(compareArchiveDates(d('2019-10-28'), d('2019-10-29'))).toBeLessThan(0);
  });

  const archiveDate: fc.Arbitrary<ArchiveDate> = fc
    .tuple(
      fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
      fc.integer({ min: 0, max: 12 }),
      fc.integer({ min: 0, max: 28 }),
    )
    .map(([year, month, day]): ArchiveDate => {
      if (month === 0) return { year, precision: 'year' };
      if (day === 0) return { year, month, precision: 'month' };
      return { year, month, day, precision: 'day' };
    });

  it('property: the order agrees with the period start, estimates first on a tie', () => {
    fc.assert(
      fc.property(archiveDate, archiveDate, (a, b) => {
        const c = compareArchiveDates(a, b);
        expect(Math.sign(compareArchiveDates(b, a)) + Math.sign(c)).toBe(0);
        const ta = periodStart(a).getTime();
        const tb = periodStart(b).getTime();
        if (ta !== tb) expect(Math.sign(c)).toBe(Math.sign(ta - tb));
        else if (a.precision !== b.precision) {
          const rank = { year: 0, month: 1, day: 2 };
          expect(Math.sign(c)).toBe(Math.sign(rank[a.precision] - rank[b.precision]));
        } else expect(c).toBe(0);
      }),
    );
  });
});
