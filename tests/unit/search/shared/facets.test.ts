import { describe, expect, it } from 'vitest';
import {
  articlesMatching,
  articlesWith,
  encodeFacets,
  valuesOf,
  type ArticleFilters,
} from '../../../../src/lib/search/shared/facets.ts';

const ARTICLES: ArticleFilters[] = [
  { zone: ['珠海高新区'], campaign: ['党史学习教育'], year: ['2021'], newspaper: ['珠海特区报'] },
  { zone: ['仲恺高新区', '珠海高新区'], campaign: [], year: ['2020'], newspaper: ['惠州日报'] },
  { zone: ['仲恺高新区'], campaign: ['党史学习教育', '不忘初心、牢记使命'], year: ['2021'], newspaper: ['报名未印'] },
];
const facets = encodeFacets(ARTICLES);

describe('encodeFacets', () => {
  it('lists each filter value once, and each article by indices into the lists', () => {
    expect(facets.values.zone).toEqual(['仲恺高新区', '珠海高新区']);
    expect(facets.values.year).toEqual(['2020', '2021']);
    expect(facets.articles).toHaveLength(3);
    const decoded = facets.articles.map((article) => ({
      zone: article[0]!.map((i) => facets.values.zone[i]),
      campaign: article[1]!.map((i) => facets.values.campaign[i]),
    }));
    expect(decoded[1]).toEqual({ zone: ['仲恺高新区', '珠海高新区'], campaign: [] });
    expect(decoded[2]!.campaign).toEqual(['党史学习教育', '不忘初心、牢记使命']);
  });
});

describe('articlesWith / articlesMatching', () => {
  it('finds the articles that carry a value, in date order', () => {
    expect(articlesWith(facets, 'zone', '珠海高新区')).toEqual([0, 1]);
    expect(articlesWith(facets, 'campaign', '党史学习教育')).toEqual([0, 2]);
    expect(articlesWith(facets, 'zone', '不存在')).toEqual([]);
  });

  it('needs every chosen filter, and ignores empty ones', () => {
    expect(articlesMatching(facets, { zone: '仲恺高新区', year: '2021' })).toEqual([2]);
    expect(articlesMatching(facets, { zone: '珠海高新区', campaign: '' })).toEqual([0, 1]);
    expect(articlesMatching(facets, {})).toEqual([0, 1, 2]);
    expect(articlesMatching(facets, { newspaper: '南方日报' })).toEqual([]);
  });
});

describe('valuesOf', () => {
  it("gives an article's own values of one filter, in its own order", () => {
    for (const [n, article] of ARTICLES.entries())
      for (const key of ['zone', 'campaign', 'year', 'newspaper'] as const)
        expect(valuesOf(facets, n, key)).toEqual(article[key]);
    expect(valuesOf(facets, 99, 'zone')).toEqual([]);
  });
});
