/**
 * The search page's engine, run in Node against the model of Pagefind (tests/helpers/pagefind-model.ts):
 * words, names, filters and orders combined, over an archive in date order.
 */
import { describe, expect, it } from 'vitest';
import { encodeFacets, type ArticleFilters } from '../../../../src/lib/search/shared/facets.ts';
import { parseSearchState } from '../../../../src/lib/search/shared/state.ts';
import type { Segment } from '../../../../src/lib/search/shared/text.ts';
import type { SearchEngine, SearchScope } from '../../../../src/lib/search/browser/pagefind.ts';
import { locate } from '../../../../src/lib/search/shared/layout.ts';
import {
  COUNTED_LIMIT,
  EARLY_CHUNKS,
  prepareQuery,
  runSearch,
  warmUp,
} from '../../../../src/lib/search/browser/engine.ts';
import { planTerms, planWord } from '../../../../src/lib/search/browser/plan.ts';
import { modelArchive } from '../../../helpers/pagefind-model.ts';

const T2S = { 黨: '党' };

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

interface Article {
  title: string;
  body: string;
  zone: string;
  year: string;
  caption?: string;
  credit?: string;
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
    ...(a.caption ? [{ kind: 'caption' as const, text: a.caption }] : []),
    ...(a.credit ? [{ kind: 'credit' as const, text: a.credit }] : []),
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
    chunksFor: () => 1,
    isCommon: (word) => archive.isCommon(word),
    places: archive.places,
    complete: true,
    parts: 1,
    newestFirst: 0,
    commonest: archive.files.at(-1)!.commonest,
    widen: async () => undefined,
    supportFor: async () => ({
      t2s: T2S,
      aliases: [{ filter: 'zone', value: '仲恺高新区', names: ['仲恺高新区', '仲恺'] }],
    }),
    facets: async () => facets,
    // What a result shows is not the engine's concern: only which articles are asked for.
    article: async (n) => ({ url: `/articles/${n}/`, meta: { date: '', zone: '', newspaper: '' }, segments: [] }),
  };
}

/**
 * The engine's answer to a term in the scope, its index in two parts, the newest from article
 * `newestFirst` on: the newest part holds only the positions of its own articles.
 */
async function findInParts(base: SearchEngine, term: string, scope: SearchScope, newestFirst: number) {
  const answer = await base.find(term);
  if (scope === 'all') return answer;
  const newest = new Map<string, number[]>();
  for (const [page, positions] of answer) {
    const place = base.places.get(page)!;
    const own = positions.filter((position) => (locate(place, position)?.article ?? -1) >= newestFirst);
    if (own.length > 0) newest.set(page, own);
  }
  return newest;
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

  it('leaves out the articles a word after a minus sign finds, a zone it names included', async () => {
    const outcome = await run(engine, `q=${encodeURIComponent('党建 -治理')}`);
    expect(outcome.articles).toEqual([0, 1]);
    expect(outcome.words.map((w) => w.normalized)).toEqual(['党建']);
    expect(outcome.excluded.map((w) => w.normalized)).toEqual(['治理']);
    expect(outcome.matching?.sort()).toEqual([0, 1]);
    // 仲恺 names a zone: its articles go, whether or not they print the name.
    expect((await run(engine, `q=${encodeURIComponent('党建 －仲恺')}`)).articles).toEqual([0, 2]);
    // Minus words alone: every other article, newest first, filters applying.
    expect((await run(engine, `q=${encodeURIComponent('-党建')}`)).articles).toEqual([3]);
    expect(
      (await run(engine, `q=${encodeURIComponent('-学习')}&zone=${encodeURIComponent('珠海高新区')}`)).articles,
    ).toEqual([2, 0]);
    expect((await run(engine, `q=${encodeURIComponent('党建 -党建')}`)).articles).toEqual([]);
    // A minus word cut by a sentence end leaves out the articles that hold both its pieces.
    expect((await run(engine, `q=${encodeURIComponent('-党建。治理')}`)).articles).toEqual([3, 1, 0]);
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

  it("finds a part's common three-character word by its presence, ranked as a short word past the counted limit", async () => {
    const many: Article[] = Array.from({ length: COUNTED_LIMIT + 2 }, (_, n) => ({
      title: n === 5 ? '高新区' : `第${n}篇`,
      body: n === 7 ? '甲高新区，高新区，高新区。' : n === 9 ? '高新区。' : n === 11 ? '高新。区' : '甲高新区。',
      zone: '珠海高新区',
      year: '2020',
    }));
    const engine = engineFor(many);
    expect(engine.isCommon('高新区', 'all')).toBe(true);
    const terms: string[] = [];
    const spied: SearchEngine = { ...engine, find: (term, scope) => (terms.push(term), engine.find(term, scope)) };
    const ranked = (await run(spied, `q=${encodeURIComponent('高新区')}`)).articles;
    expect(terms).toEqual([planTerms(planWord('高新区', 'membership', true))[0]]);
    // Every article but 11, where a sentence end parts the word.
    expect(ranked).toHaveLength(COUNTED_LIMIT + 1);
    expect(ranked).not.toContain(11);
    // The headline, then the earliest first occurrence; then, newest first (article 7's three not counted).
    expect(ranked.slice(0, 4)).toEqual([5, 9, COUNTED_LIMIT + 1, COUNTED_LIMIT]);
    // Without presence tokens, the same articles, by their occurrences.
    const byPrefix = (await run({ ...engine, isCommon: () => false }, `q=${encodeURIComponent('高新区')}`)).articles;
    expect([...byPrefix].sort((a, b) => a - b)).toEqual([...ranked].sort((a, b) => a - b));
  });

  it("counts a common three-character word's occurrences when it is in few articles", async () => {
    const few: Article[] = [
      { title: '甲', body: '高新区，高新区，高新区。', zone: '珠海高新区', year: '2019' },
      { title: '乙', body: '高新区。', zone: '珠海高新区', year: '2019' },
      { title: '丙', body: '高新。', zone: '珠海高新区', year: '2019' },
    ];
    const engine = engineFor(few);
    expect(engine.isCommon('高新区', 'all')).toBe(true);
    // Counted, the older article's three occurrences come first (by presence alone, the newer would).
    expect((await run(engine, `q=${encodeURIComponent('高新区')}`)).articles).toEqual([0, 1]);
  });

  it('finds captions and credits, ranked after headlines and bodies', async () => {
    const articles: Article[] = [
      { title: '甲', body: '正文。', zone: '珠海高新区', year: '2019', credit: '宋显晖' },
      { title: '乙', body: '正文。', zone: '珠海高新区', year: '2019', caption: '记者宋显晖摄' },
      { title: '丙', body: '本报记者宋显晖报道。', zone: '珠海高新区', year: '2019', credit: '叶伟' },
      { title: '宋显晖文集', body: '正文。', zone: '珠海高新区', year: '2019' },
      { title: '丁', body: '正文。', zone: '珠海高新区', year: '2019', caption: '宋显晖宋显晖宋显晖' },
    ];
    const engine = engineFor(articles);
    expect((await run(engine, `q=${encodeURIComponent('宋显晖')}`)).articles).toEqual([3, 2, 4, 1, 0]);
    expect((await run(engine, `q=${encodeURIComponent('叶伟')}`)).articles).toEqual([2]);
    expect((await run(engine, `q=${encodeURIComponent('晖')}`)).articles).toEqual([3, 2, 4, 1, 0]);
    expect((await run(engine, `q=${encodeURIComponent('伟')}`)).articles).toEqual([2]);
  });

  it('answers a one-character word, ranked by region, occurrences, first occurrence', async () => {
    expect((await run(engine, 'q=党')).articles).toEqual([0, 3, 1, 2]);
    expect((await run(engine, 'q=治')).articles).toEqual([2]);
    expect((await run(engine, `q=${encodeURIComponent('黨')}`)).articles).toEqual([0, 3, 1, 2]);
  });

  it('past the counted limit, ranks a one-character word by region and first occurrence only', async () => {
    const many: Article[] = Array.from({ length: COUNTED_LIMIT + 1 }, (_, n) => ({
      title: `第${n}篇`,
      body: n === 7 ? '甲党党党。' : n === 9 ? '党。' : '甲党。',
      zone: '珠海高新区',
      year: '2020',
      ...(n === 11 && { caption: '党' }),
    }));
    many[5]!.title = '党';
    many[11]!.body = '甲。';
    const ranked = (await run(engineFor(many), 'q=党')).articles;
    expect(ranked).toHaveLength(COUNTED_LIMIT + 1);
    // The headline, then the earliest first occurrence; then, newest first, those equal by it (the
    // three occurrences of article 7 are not counted); the caption last.
    expect(ranked.slice(0, 4)).toEqual([5, 9, COUNTED_LIMIT, COUNTED_LIMIT - 1]);
    expect(ranked.at(-1)).toBe(11);
  });
});

describe("loading a short word's occurrences", () => {
  /** The engine, with the chunks a term needs as given, recording what is loaded and searched, in order. */
  function watched(chunks: number) {
    const calls: string[] = [];
    const base = engineFor(ARTICLES);
    const engine: SearchEngine = {
      ...base,
      chunksFor: () => chunks,
      preload: async (term) => void calls.push(`preload ${term}`),
      find: async (term) => {
        calls.push(`find ${term}`);
        return base.find(term);
      },
    };
    return { engine, calls };
  }
  const presence = planTerms(planWord('党建'))[0]!;
  const counted = planTerms(planWord('党建', 'occurrences'))[0]!;

  it('starts with the presence search when they lie in few chunks, without waiting for its answer', async () => {
    const { engine, calls } = watched(EARLY_CHUNKS);
    expect((await run(engine, 'q=党建')).articles).toEqual([0, 1, 2]);
    expect(calls.indexOf(`preload ${counted}`)).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf(`preload ${counted}`)).toBeLessThan(calls.indexOf(`find ${presence}`));
    expect(calls.at(-1)).toBe(`find ${counted}`);
  });

  it('waits for the presence search when they run over many chunks', async () => {
    const { engine, calls } = watched(EARLY_CHUNKS + 1);
    expect((await run(engine, 'q=党建')).articles).toEqual([0, 1, 2]);
    expect(calls).toEqual([`find ${presence}`, `find ${counted}`]);
  });

  it('is part of a query prepared while it is typed, when they lie in few chunks', async () => {
    for (const [chunks, expected] of [
      [EARLY_CHUNKS, [`preload ${counted}`, `find ${presence}`, `find ${counted}`]],
      [EARLY_CHUNKS + 1, [`find ${presence}`, `find ${counted}`]],
    ] as const) {
      const { engine, calls } = watched(chunks);
      await prepareQuery(engine, parseSearchState('q=党建'));
      expect(calls).toEqual(expected);
    }
  });
});

describe('a query prepared while it is typed', () => {
  /**
   * The engine over ARTICLES in two parts, the newest from article 2 on, the older part searched
   * once widened; recording each term searched, with its scope.
   */
  function widening(articles: readonly Article[] = ARTICLES) {
    const base = engineFor(articles);
    const searched: string[] = [];
    const fetched: number[] = [];
    let complete = false;
    const engine: SearchEngine = {
      ...base,
      article: async (n) => {
        fetched.push(n);
        return base.article(n);
      },
      parts: 2,
      newestFirst: 2,
      get complete() {
        return complete;
      },
      widen: async () => void (complete = true),
      find: async (term, scope = 'all') => {
        searched.push(`${scope} ${term}`);
        return findInParts(base, term, scope, 2);
      },
    };
    return { engine, searched, fetched };
  }
  const QUERY = 'q=党建 治理';
  /** As the search page runs a query after Enter: the newest part first, then every part once widened. */
  const afterEnter = async (engine: SearchEngine) => {
    const newest = await runSearch(engine, parseSearchState(QUERY), 'newest');
    await engine.widen();
    return { newest, all: await runSearch(engine, parseSearchState(QUERY)) };
  };

  it('is searched in the newest part, then in every part, so that the search after Enter searches nothing', async () => {
    const expected = await afterEnter(widening().engine);
    expect(expected.all.articles).toEqual([2]);
    const { engine, searched } = widening();
    await prepareQuery(engine, parseSearchState(QUERY));
    expect(searched.some((call) => call.startsWith('newest '))).toBe(true);
    expect(searched.some((call) => call.startsWith('all '))).toBe(true);
    expect(engine.complete).toBe(true);
    const before = searched.length;
    const answered = await afterEnter(engine);
    expect(searched.length, 'searches after Enter').toBe(before);
    expect(answered.newest.articles).toEqual(expected.newest.articles);
    expect(answered.all.articles).toEqual(expected.all.articles);
  });

  it("fetches the texts of the results the first page shows: the newest part's, then every part's", async () => {
    // 党建 in 25 articles, the newest part from article 2 on; in the title of articles 0 and 1 only.
    const articles: Article[] = Array.from({ length: 25 }, (_, n) => ({
      title: n < 2 ? '党建' : `第${n}篇`,
      body: '党建。',
      zone: '珠海高新区',
      year: '2020',
    }));
    for (const [query, expected] of [
      // The best first, equals newer first: the newest part's ten best (15–24), then every part's, led by 0 and 1.
      ['q=党建', [0, 1, ...range(15, 25)]],
      ['q=党建&sort=date-desc', range(15, 25)],
      ['q=党建&sort=date-asc', range(0, 10)],
      // A later page shows every part's results only: 0, 1, then 24 down to 2.
      ['q=党建&page=3', range(2, 7)],
    ] as const) {
      const { engine, fetched } = widening(articles);
      await prepareQuery(engine, parseSearchState(query));
      expect(
        [...fetched].sort((a, b) => a - b),
        query,
      ).toEqual([...expected].sort((a, b) => a - b));
    }
  });

  it('is waited for, not searched twice, by a search that begins while it is under way', async () => {
    const alone = widening();
    await afterEnter(alone.engine);
    const { engine, searched } = widening();
    const preparing = prepareQuery(engine, parseSearchState(QUERY));
    const answered = await afterEnter(engine);
    await preparing;
    expect(answered.all.articles).toEqual([2]);
    expect([...searched].sort()).toEqual([...alone.searched].sort());
  });

  describe('the first search, run before the reader types (warmUp)', () => {
    it('searches the character the most articles hold, in the newest part alone, and keeps its answer', async () => {
      const { engine, searched } = widening();
      // 党 is in all four articles, 建 in three.
      expect(engine.commonest).toBe('党');
      await warmUp(engine);
      expect(searched).toContain(`newest ${planTerms(planWord('党'))[0]}`);
      expect(searched.every((call) => call.startsWith('newest '))).toBe(true);
      expect(engine.complete, 'the other parts are not loaded for it').toBe(false);
      const before = searched.length;
      const found = await runSearch(engine, parseSearchState('q=党'), 'newest');
      expect(searched.length, 'the same search again').toBe(before);
      expect(found.articles).toEqual((await runSearch(widening().engine, parseSearchState('q=党'), 'newest')).articles);
    });

    it('searches nothing in an index that holds no character', async () => {
      const { engine, searched } = widening();
      await warmUp({ ...engine, commonest: '' });
      expect(searched).toEqual([]);
    });
  });
});

describe("a common short word's occurrences, in a search of every part", () => {
  /**
   * The word 党建 in every article, in two parts, the newest from article `newestFirst` on;
   * recording what is loaded early, in which scope.
   */
  function twoParts(newestFirst: number) {
    const articles: Article[] = Array.from({ length: COUNTED_LIMIT + 11 }, (_, n) => ({
      title: `第${n}篇`,
      body: '党建。',
      zone: '珠海高新区',
      year: '2020',
    }));
    const base = engineFor(articles);
    const preloads: string[] = [];
    const engine: SearchEngine = {
      ...base,
      parts: 2,
      newestFirst,
      chunksFor: () => EARLY_CHUNKS,
      preload: async (term, scope = 'all') => void preloads.push(`${scope} ${term}`),
      find: async (term, scope = 'all') => {
        return findInParts(base, term, scope, newestFirst);
      },
    };
    return { engine, preloads };
  }
  const counted = planTerms(planWord('党建', 'occurrences'))[0]!;
  /** As the search page runs a query: the newest part first, then every part. */
  const newestThenAll = async (engine: SearchEngine) => {
    await runSearch(engine, parseSearchState('q=党建'), 'newest');
    return runSearch(engine, parseSearchState('q=党建'), 'all');
  };

  it('are not loaded in every part when the newest part alone holds it in more articles than are counted', async () => {
    const { engine, preloads } = twoParts(10);
    expect((await newestThenAll(engine)).articles).toHaveLength(COUNTED_LIMIT + 11);
    expect(preloads).toEqual([`newest ${counted}`]);
  });

  it('are loaded early in every part while the newest part holds it in few enough articles', async () => {
    const { engine, preloads } = twoParts(11);
    expect((await newestThenAll(engine)).articles).toHaveLength(COUNTED_LIMIT + 11);
    expect(preloads).toEqual([`newest ${counted}`, `all ${counted}`]);
  });
});

describe('words already searched', () => {
  /** The engine, counting Pagefind searches; `complete` as given, changeable. */
  function counted() {
    const base = engineFor(ARTICLES);
    const searched: string[] = [];
    const engine = {
      ...base,
      complete: false,
      parts: 2,
      find: async (term: string) => {
        searched.push(term);
        return base.find(term);
      },
    };
    return { engine, searched };
  }

  it('are not searched again for another order, page or filter, or the same words typed otherwise', async () => {
    const { engine, searched } = counted();
    const first = await run(engine, 'q=党建 治理');
    const terms = searched.length;
    expect(terms).toBeGreaterThan(0);
    expect((await run(engine, 'q=党建 治理&sort=date-asc')).articles).toEqual(
      [...first.articles].sort((a, b) => a - b),
    );
    await run(engine, 'q=党建 治理&page=2');
    await run(engine, `q=党建 治理&zone=${encodeURIComponent('珠海高新区')}`);
    await run(engine, `q=${encodeURIComponent('“黨建”　治理')}`);
    expect(searched.length).toBe(terms);
  });

  it('are searched again once every part of the index is in', async () => {
    const { engine, searched } = counted();
    await run(engine, 'q=党建');
    const terms = searched.length;
    engine.complete = true;
    await run(engine, 'q=党建');
    expect(searched.length).toBe(2 * terms);
    await run(engine, 'q=党建');
    expect(searched.length).toBe(2 * terms);
  });
});

describe('a search of the newest part alone', () => {
  /** The engine over ARTICLES in two parts, the newest from article 2 on, recording the scope of each term searched. */
  function inParts() {
    const base = engineFor(ARTICLES);
    const scopes: string[] = [];
    const engine = {
      ...base,
      parts: 2,
      newestFirst: 2,
      find: async (term: string, scope: SearchScope = 'all') => {
        scopes.push(scope);
        return findInParts(base, term, scope, 2);
      },
    };
    return { engine, scopes };
  }
  const runIn = (engine: SearchEngine, query: string, scope: SearchScope) =>
    runSearch(engine, parseSearchState(query), scope);

  it('finds the words in the newest part, and a name selects its articles only', async () => {
    const { engine, scopes } = inParts();
    expect((await runIn(engine, 'q=党建', 'newest')).articles).toEqual([2]);
    expect((await runIn(engine, `q=${encodeURIComponent('仲恺')}`, 'newest')).articles).toEqual([3]);
    expect(new Set(scopes)).toEqual(new Set(['newest']));
    expect((await runIn(engine, 'q=党建', 'all')).articles).toEqual([0, 1, 2]);
    expect((await runIn(engine, `q=${encodeURIComponent('仲恺')}`, 'all')).articles.sort()).toEqual([1, 3]);
    expect(scopes.at(-1)).toBe('all');
  });

  it('is the whole search until every part is in, and is kept apart from the search of all parts', async () => {
    const { engine, scopes } = inParts();
    engine.complete = false;
    expect((await runIn(engine, 'q=党建', 'all')).articles).toEqual([2]);
    expect(scopes.every((scope) => scope === 'newest')).toBe(true);
    const before = scopes.length;
    await runIn(engine, 'q=党建', 'newest');
    expect(scopes.length).toBe(before);
    engine.complete = true;
    expect((await runIn(engine, 'q=党建', 'all')).articles).toEqual([0, 1, 2]);
    expect(scopes.slice(before)).toEqual(scopes.slice(before).map(() => 'all'));
    expect(scopes.length).toBeGreaterThan(before);
  });

  it('gives no filter an article outside the newest part', async () => {
    const { engine } = inParts();
    const outcome = await runIn(engine, `q=党建&zone=${encodeURIComponent('珠海高新区')}`, 'newest');
    expect(outcome.articles).toEqual([2]);
    expect(outcome.matching).toEqual([2]);
  });
});
