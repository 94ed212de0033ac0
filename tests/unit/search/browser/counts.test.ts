import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropSuggestions, optionCounts } from '../../../../src/lib/search/browser/counts.ts';
import { articlesMatching, encodeFacets, type ArticleFilters } from '../../../../src/lib/search/shared/facets.ts';
import { FILTER_KEYS, type FilterKey } from '../../../../src/lib/search/shared/state.ts';

const ARTICLES: ArticleFilters[] = [
  { zone: ['珠海高新区'], campaign: ['党史学习教育'], year: ['2021'], newspaper: ['珠海特区报'] },
  { zone: ['仲恺高新区', '珠海高新区'], campaign: [], year: ['2020'], newspaper: ['惠州日报'] },
  { zone: ['仲恺高新区'], campaign: ['党史学习教育', '我为群众办实事'], year: ['2021'], newspaper: ['报名未印'] },
  { zone: ['淄博高新区'], campaign: [], year: ['2019'], newspaper: ['报名未印'] },
];
const facets = encodeFacets(ARTICLES);

describe('optionCounts', () => {
  it('with no query and no filter, counts the whole archive', () => {
    const counts = optionCounts(facets, undefined, {});
    expect(counts.unfiltered).toBe(4);
    expect(counts.filters.zone.all).toBe(4);
    expect(Object.fromEntries(counts.filters.zone.values)).toEqual({ 仲恺高新区: 2, 淄博高新区: 1, 珠海高新区: 2 });
    expect(counts.filters.campaign.values.get('党史学习教育')).toBe(2);
  });

  it('counts only the articles the query matches', () => {
    const counts = optionCounts(facets, [1, 3], {});
    expect(counts.unfiltered).toBe(2);
    expect(Object.fromEntries(counts.filters.year.values)).toEqual({ '2019': 1, '2020': 1, '2021': 0 });
  });

  it("counts a filter's options under the other filters, not its own", () => {
    const counts = optionCounts(facets, undefined, { zone: '珠海高新区', year: '2021' });
    // Zones: the 2021 articles. Years: the articles in 珠海高新区.
    expect(Object.fromEntries(counts.filters.zone.values)).toEqual({ 仲恺高新区: 1, 淄博高新区: 0, 珠海高新区: 1 });
    expect(counts.filters.zone.all).toBe(2);
    expect(Object.fromEntries(counts.filters.year.values)).toEqual({ '2019': 0, '2020': 1, '2021': 1 });
    expect(counts.filters.year.all).toBe(2);
    // Campaigns and papers: both filters apply.
    expect(counts.filters.campaign.all).toBe(1);
    expect(counts.filters.newspaper.values.get('珠海特区报')).toBe(1);
  });

  it('counts nothing for a chosen value no article has', () => {
    const counts = optionCounts(facets, undefined, { zone: '不存在' });
    expect(counts.filters.year.all).toBe(0);
    expect(counts.filters.zone.all).toBe(4);
  });

  it('property: choosing an option gives exactly its count of results', () => {
    const value = (key: FilterKey) => fc.option(fc.constantFrom(...facets.values[key]), { nil: undefined });
    fc.assert(
      fc.property(
        fc.option(fc.subarray([0, 1, 2, 3]), { nil: undefined }),
        fc.record({
          zone: value('zone'),
          campaign: value('campaign'),
          year: value('year'),
          newspaper: value('newspaper'),
        }),
        (matching, chosen) => {
          const filters = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v)) as Record<FilterKey, string>;
          const counts = optionCounts(facets, matching, filters);
          const results = (f: Partial<Record<FilterKey, string>>) =>
            articlesMatching(facets, f).filter((n) => !matching || matching.includes(n)).length;
          for (const key of FILTER_KEYS) {
            for (const [option, count] of counts.filters[key].values)
              expect(count, `${key}=${option}`).toBe(results({ ...filters, [key]: option }));
            const { [key]: _dropped, ...others } = filters;
            expect(counts.filters[key].all).toBe(results(others));
          }
          expect(counts.unfiltered).toBe(results({}));
        },
      ),
    );
  });
});

describe('dropSuggestions', () => {
  it('suggests the filters whose removal alone gives results, most results first', () => {
    // 淄博高新区 has only a 2019 article: without the year, 1 result; without the zone, the two of 2021.
    const filters = { zone: '淄博高新区', year: '2021' };
    expect(dropSuggestions(optionCounts(facets, undefined, filters), filters)).toEqual([
      { key: 'zone', value: '淄博高新区', total: 2 },
      { key: 'year', value: '2021', total: 1 },
    ]);
  });

  it('suggests clearing every filter when no single one is enough', () => {
    // The query matches only article 3 (2019, no campaign): it fails two of the filters.
    const filters = { year: '2021', campaign: '党史学习教育' };
    expect(dropSuggestions(optionCounts(facets, [3], filters), filters)).toEqual([{ total: 1 }]);
  });

  it('suggests nothing when the query alone finds nothing, or there is no filter', () => {
    expect(dropSuggestions(optionCounts(facets, [], { year: '2021' }), { year: '2021' })).toEqual([]);
    expect(dropSuggestions(optionCounts(facets, [0], {}), {})).toEqual([]);
  });
});
