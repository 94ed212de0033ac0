/**
 * The search page's engine, run in Node against the model of Pagefind (tests/helpers/pagefind-model.ts):
 * words, names, filters and orders combined, over an archive in date order.
 */
import { describe, expect, it } from 'vitest';
import { encodeFacets, type ArticleFilters } from '../../../../src/lib/search/shared/facets.ts';
import { parseSearchState } from '../../../../src/lib/search/shared/state.ts';
import type { Segment } from '../../../../src/lib/search/shared/text.ts';
import type { SearchEngine } from '../../../../src/lib/search/browser/pagefind.ts';
import { COUNTED_LIMIT, runSearch } from '../../../../src/lib/search/browser/engine.ts';
import { modelArchive } from '../../../helpers/pagefind-model.ts';

const T2S = { 黨: '党' };

interface Article {
  title: string;
  body: string;
  zone: string;
  year: string;
}

/** Articles in date order: index n is article n. */
const ARTICLES: Article[] = [
  { title: '党建引领发展', body: '园区党建工作。', zone: '珠海高新区', year: '2019' },
  { title: '学习教育', body: '党建，党建，党建。', zone: '仲恺高新区', year: '2020' },
  { title: '基层治理', body: '社区党建与治理。', zone: '珠海高新区', year: '2021' },
  { title: '党史学习', body: '不忘初心、牢记使命。', zone: '仲恺高新区', year: '2021' },
];

function engineFor(articles: readonly Article[]): SearchEngine {
  const segments: Segment[][] = articles.map((a) => [
    { kind: 'title', text: a.title },
    { kind: 'p', text: a.body },
  ]);
  const archive = modelArchive(segments, T2S);
  const filters: ArticleFilters[] = articles.map((a) => ({
    zone: [a.zone],
    campaign: [],
    year: [a.year],
    newspaper: ['南方日报'],
  }));
  const facets = encodeFacets(filters);
  return {
    find: async (term) => archive.find(term),
    preload: async () => undefined,
    layout: archive.layout,
    places: archive.places,
    supportFor: async () => ({
      t2s: T2S,
      aliases: [{ filter: 'zone', value: '仲恺高新区', names: ['仲恺高新区', '仲恺'] }],
    }),
    facets: async () => facets,
    article: async () => {
      throw new Error('not needed');
    },
  };
}

const run = (engine: SearchEngine, query: string) => runSearch(engine, parseSearchState(query));

describe('runSearch', () => {
  const engine = engineFor(ARTICLES);

  it('ranks a headline match first, then more occurrences before fewer', async () => {
    expect((await run(engine, 'q=党建')).articles).toEqual([0, 1, 2]);
  });

  it('needs every word, typed in any script', async () => {
    expect((await run(engine, `q=${encodeURIComponent('黨建 治理')}`)).articles).toEqual([2]);
    expect((await run(engine, `q=${encodeURIComponent('党建 量子')}`)).articles).toEqual([]);
  });

  it('finds a phrase across punctuation, not across a sentence end', async () => {
    expect((await run(engine, `q=${encodeURIComponent('初心牢记')}`)).articles).toEqual([3]);
    expect((await run(engine, `q=${encodeURIComponent('工作园区')}`)).articles).toEqual([]);
  });

  it("expands a zone's alias to the zone's articles", async () => {
    expect((await run(engine, `q=${encodeURIComponent('仲恺')}`)).articles.sort()).toEqual([1, 3]);
  });

  it('applies filters, with or without words', async () => {
    expect(
      (await run(engine, `q=${encodeURIComponent('党建')}&zone=${encodeURIComponent('珠海高新区')}`)).articles,
    ).toEqual([0, 2]);
    expect((await run(engine, 'year=2021')).articles).toEqual([3, 2]);
    expect((await run(engine, 'year=2021&sort=date-asc')).articles).toEqual([2, 3]);
    expect((await run(engine, 'year=1999')).articles).toEqual([]);
  });

  it('also gives the articles the words match before the filters, for the filter counts', async () => {
    const outcome = await run(engine, `q=${encodeURIComponent('党建')}&zone=${encodeURIComponent('珠海高新区')}`);
    expect(outcome.articles).toEqual([0, 2]);
    expect(outcome.matching?.sort()).toEqual([0, 1, 2]);
    expect((await run(engine, 'year=2021')).matching).toBeUndefined();
  });

  it('orders by date on request', async () => {
    expect((await run(engine, 'q=党建&sort=date-desc')).articles).toEqual([2, 1, 0]);
    expect((await run(engine, 'q=党建&sort=date-asc')).articles).toEqual([0, 1, 2]);
  });

  it('past the counted limit, ranks a two-character word by headline and first occurrence only', async () => {
    const many: Article[] = Array.from({ length: COUNTED_LIMIT + 1 }, (_, n) => ({
      title: `第${n}篇`,
      body: n === 7 ? '党建党建党建。' : '党建。',
      zone: '珠海高新区',
      year: '2020',
    }));
    const ranked = (await run(engineFor(many), 'q=党建')).articles;
    expect(ranked).toHaveLength(COUNTED_LIMIT + 1);
    // Equal by headline and first occurrence, so newest first: the article with three occurrences is not lifted.
    expect(ranked.slice(0, 3)).toEqual([COUNTED_LIMIT, COUNTED_LIMIT - 1, COUNTED_LIMIT - 2]);
  });
});
