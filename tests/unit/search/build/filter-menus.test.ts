import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articlesFor } from '../../../../src/lib/counts.ts';
import { filterMenus, selectionFilters } from '../../../../src/lib/search/build/filter-menus.ts';
import { articlesMatching, encodeFacets } from '../../../../src/lib/search/shared/facets.ts';
import { indexRecord, type Names } from '../../../../src/lib/search/build/records.ts';
import { FILTER_KEYS } from '../../../../src/lib/search/shared/state.ts';
import { articleRecord } from '../../../helpers/records.ts';

const ZONES = { zhuhai: '珠海高新区', jining: '济宁高新区', kunshan: '昆山高新区' } as Record<string, string>;
const CAMPAIGNS = { dangshi: '党史学习教育', buwang: '不忘初心、牢记使命' } as Record<string, string>;
const names: Names = {
  zone: (id) => ZONES[id]!,
  campaign: (id) => CAMPAIGNS[id]!,
  newspaper: (id) => (id === undefined ? '报名不详' : '中国高新技术产业导报'),
};
const text = { parts: { title: '标题' }, body: { file: 'unused.md', digest: 'd' } };

const zoneIds = Object.keys(ZONES);
const campaignIds = Object.keys(CAMPAIGNS);
/** Up to a dozen articles, of any zones, campaigns, dates (exact or not) and newspaper. */
const someRecords = fc
  .array(
    fc.record({
      zone: fc.constantFrom(...zoneIds),
      relatedZones: fc.subarray(zoneIds),
      campaigns: fc.subarray(campaignIds),
      date: fc.constantFrom('2015', '2019', '2019-10', '2019-10-28', '2021', '2021-06-30', '2025-01'),
      newspaper: fc.option(fc.constant('daobao'), { nil: undefined }),
    }),
    { maxLength: 12 },
  )
  .map((drawn) =>
    drawn.map((a, i) =>
      articleRecord(`a${i}`, a.date, {
        zone: a.zone,
        relatedZones: a.relatedZones.filter((id) => id !== a.zone),
        campaigns: a.campaigns,
        newspaper: a.newspaper,
      }),
    ),
  );

describe('filterMenus', () => {
  const articles = [
    articleRecord('a', '2019-10-28', { newspaper: 'daobao', campaigns: ['buwang'] }),
    articleRecord('b', '2021-06', { zone: 'jining', relatedZones: ['zhuhai'], campaigns: ['dangshi', 'buwang'] }),
    articleRecord('c', '2021', { zone: 'kunshan' }),
  ];

  it('gives one menu per filter, in the order of the search state, with its label', () => {
    expect(filterMenus(articles, names).map(({ key, label }) => [key, label])).toEqual([
      ['zone', '园区'],
      ['campaign', '活动'],
      ['year', '年份'],
      ['newspaper', '报纸'],
    ]);
  });

  it('counts each value once per article, a related zone included; years newest first, names in Chinese order', () => {
    const [zone, campaign, year, newspaper] = filterMenus(articles, names, { zone: (id) => `/zones/${id}/` });
    expect(zone!.options).toEqual([
      { value: '济宁高新区', id: 'jining', count: 1, href: '/zones/jining/' },
      { value: '昆山高新区', id: 'kunshan', count: 1, href: '/zones/kunshan/' },
      { value: '珠海高新区', id: 'zhuhai', count: 2, href: '/zones/zhuhai/' },
    ]);
    expect(campaign!.options.map(({ value, id, count, href }) => [value, id, count, href])).toEqual([
      ['不忘初心、牢记使命', 'buwang', 2, undefined],
      ['党史学习教育', 'dangshi', 1, undefined],
    ]);
    expect(year!.options.map(({ value, id, count }) => [value, id, count])).toEqual([
      ['2021', '2021', 2],
      ['2019', '2019', 1],
    ]);
    // The papers' ids as their pages' URLs spell them: /papers/unprinted/ for no printed name.
    expect(newspaper!.options.map(({ value, id, count }) => [value, id, count])).toEqual([
      ['报名不详', 'unprinted', 2],
      ['中国高新技术产业导报', 'daobao', 1],
    ]);
  });

  it('offers exactly the values the index files articles under, each counting the articles filed under it (property)', () => {
    fc.assert(
      fc.property(someRecords, (records) => {
        const filed = records.map((record) => indexRecord(record, text, names).filters);
        for (const menu of filterMenus(records, names)) {
          const expected = new Map<string, number>();
          for (const filters of filed)
            for (const value of new Set(filters[menu.key])) expected.set(value, (expected.get(value) ?? 0) + 1);
          expect(new Map(menu.options.map(({ value, count }) => [value, count]))).toEqual(expected);
          expect(menu.options).toHaveLength(expected.size);
        }
        expect(FILTER_KEYS).toHaveLength(4);
      }),
    );
  });
});

describe('selectionFilters', () => {
  it("gives the search filters of a zone's, a campaign's or a year's list, and of a zone's in one of these", () => {
    expect(selectionFilters({ zone: 'zhuhai' }, names)).toEqual({ zone: '珠海高新区' });
    expect(selectionFilters({ campaign: 'dangshi' }, names)).toEqual({ campaign: '党史学习教育' });
    expect(selectionFilters({ period: { year: 2021 } }, names)).toEqual({ year: '2021' });
    expect(selectionFilters({ newspaper: 'daobao' }, names)).toEqual({ newspaper: '中国高新技术产业导报' });
    expect(selectionFilters({ zone: 'jining', campaign: 'buwang', period: { year: 2019 } }, names)).toEqual({
      zone: '济宁高新区',
      campaign: '不忘初心、牢记使命',
      year: '2019',
    });
  });

  it("gives none for a list the filters cannot select: a month's, a topic's, the whole archive", () => {
    expect(selectionFilters({ period: { year: 2021, month: 6 } }, names)).toBeUndefined();
    expect(selectionFilters({ zone: 'zhuhai', period: { year: 2021, month: 'unknown' } }, names)).toBeUndefined();
    expect(selectionFilters({ topic: 'fupin' }, names)).toBeUndefined();
    expect(selectionFilters({}, names)).toBeUndefined();
  });

  it("selects, on the search page, exactly the list's articles (property)", () => {
    const aSelection = fc.record(
      {
        zone: fc.constantFrom(...zoneIds),
        campaign: fc.constantFrom(...campaignIds),
        period: fc.record({ year: fc.constantFrom(2019, 2021) }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(someRecords, aSelection, (records, selection) => {
        const filters = selectionFilters(selection, names);
        if (!filters) {
          expect(Object.keys(selection)).toEqual([]);
          return;
        }
        const facets = encodeFacets(records.map((record) => indexRecord(record, text, names).filters));
        const found = articlesMatching(facets, filters).map((n) => records[n]!.id);
        expect(found.sort()).toEqual(
          articlesFor(records, selection)
            .map((a) => a.id)
            .sort(),
        );
      }),
    );
  });
});
