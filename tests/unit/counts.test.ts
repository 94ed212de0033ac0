import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newestFirst, type ArticleRecord } from '../../src/lib/archive.ts';
import {
  archiveIndex,
  articlesFor,
  comparePeriods,
  countArticles,
  inSelection,
  nonEmptyCounts,
  parsePeriodKey,
  periodKey,
  periodLabel,
  selectionUrl,
  countChips,
  type Period,
  type Selection,
} from '../../src/lib/counts.ts';
import { articleRecord } from '../helpers/records.ts';

const ZONES = ['zhuhai', 'zhuhai-city', 'hengqin', 'jining'];
const CAMPAIGNS = ['buwang-chuxin', 'dangshi-xuexi-jiaoyu', 'jiandang-100'];
const TOPICS = ['jiceng-dangjian', 'hongse'];

const article = articleRecord;

const dateArb = fc
  .tuple(fc.integer({ min: 2017, max: 2022 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.boolean())
  .map(([year, month, day]) =>
    month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}${day ? '-15' : ''}`,
  );
const articlesArb = fc
  .array(
    fc.record({
      date: dateArb,
      zone: fc.constantFrom(...ZONES),
      relatedZones: fc.subarray(ZONES),
      campaigns: fc.subarray(CAMPAIGNS),
      topics: fc.subarray(TOPICS),
    }),
    { maxLength: 40 },
  )
  .map((records) =>
    records.map((r, i) =>
      article(`a${i}`, r.date, {
        zone: r.zone,
        relatedZones: r.relatedZones.filter((z) => z !== r.zone),
        campaigns: r.campaigns,
        topics: r.topics,
      }),
    ),
  );
const periodArb: fc.Arbitrary<Period> = fc.record({
  year: fc.integer({ min: 2016, max: 2023 }),
  month: fc.option(fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant('unknown' as const)), { nil: undefined }),
});
const selectionArb: fc.Arbitrary<Selection> = fc.oneof(
  fc.record(
    {
      zone: fc.constantFrom(...ZONES, 'nowhere'),
      campaign: fc.constantFrom(...CAMPAIGNS),
      period: periodArb,
    },
    { requiredKeys: [] },
  ),
  fc.record({ topic: fc.constantFrom(...TOPICS) }),
);
const ids = (list: readonly ArticleRecord[]) => list.map((a) => a.id);

/** What a selection means, written out here independently of the module's own definition. */
function oracle(a: ArticleRecord, s: Selection): boolean {
  const p = s.period;
  return (
    (s.zone === undefined || a.zone === s.zone || a.relatedZones.includes(s.zone)) &&
    (s.campaign === undefined || a.campaigns.includes(s.campaign)) &&
    (s.topic === undefined || a.topics.includes(s.topic)) &&
    (p === undefined ||
      (a.date.year === p.year &&
        (p.month === undefined || (p.month === 'unknown' ? a.date.precision === 'year' : a.date.month === p.month))))
  );
}

describe('countArticles: the one count behind every link', () => {
  it('equals the length of the list the selection opens, and that list is exactly the matching articles, newest first', () => {
    fc.assert(
      fc.property(articlesArb, fc.array(selectionArb, { maxLength: 12 }), (articles, selections) => {
        for (const selection of selections) {
          const expected = newestFirst(articles.filter((a) => oracle(a, selection)));
          expect(articles.filter((a) => inSelection(a, selection))).toEqual(
            articles.filter((a) => oracle(a, selection)),
          );
          expect(ids(articlesFor(articles, selection))).toEqual(ids(expected));
          expect(countArticles(articles, selection)).toBe(expected.length);
        }
      }),
    );
  });

  it('holds only non-empty lists', () => {
    fc.assert(
      fc.property(articlesArb, (articles) => {
        for (const [, list] of archiveIndex(articles).entries()) expect(list.length).toBeGreaterThan(0);
      }),
    );
  });

  it('counts an article once per zone it carries (primary or related) and once per campaign', () => {
    const articles = [
      article('a', '2019', { campaigns: ['buwang-chuxin', 'jiandang-100'] }),
      article('b', '2019-10-28', { zone: 'jining', relatedZones: ['zhuhai'], campaigns: ['buwang-chuxin'] }),
      article('c', '2021-06', { campaigns: ['dangshi-xuexi-jiaoyu'] }),
    ];
    expect(countArticles(articles, { zone: 'zhuhai', campaign: 'buwang-chuxin' })).toBe(2);
    expect(ids(articlesFor(articles, { zone: 'zhuhai', campaign: 'buwang-chuxin' }))).toEqual(['b', 'a']);
    expect(countArticles(articles, { zone: 'jining', campaign: 'buwang-chuxin' })).toBe(1);
    expect(countArticles(articles, { zone: 'zhuhai', period: { year: 2019 } })).toBe(2);
    expect(countArticles(articles, { zone: 'zhuhai', period: { year: 2019, month: 'unknown' } })).toBe(1);
    expect(countArticles(articles, { zone: 'zhuhai', period: { year: 2019, month: 10 } })).toBe(1);
    expect(countArticles(articles, { campaign: 'buwang-chuxin', zone: 'zhuhai', period: { year: 2021 } })).toBe(0);
    expect(countArticles(articles, {})).toBe(3);
  });

  it('lists a topic only on its own', () => {
    const articles = [article('a', '2019', { topics: ['hongse'] })];
    expect(countArticles(articles, { topic: 'hongse' })).toBe(1);
    expect(() => countArticles(articles, { topic: 'hongse', zone: 'zhuhai' })).toThrow(/话题/);
  });

  it('gives the same answer for the same list however often it is asked (built once)', () => {
    const articles = [article('a', '2019')];
    expect(archiveIndex(articles)).toBe(archiveIndex(articles));
  });

  it('leaves out empty counts, largest first', () => {
    const articles = [
      article('a', '2019', { campaigns: ['jiandang-100'] }),
      article('b', '2019', { campaigns: ['jiandang-100', 'buwang-chuxin'] }),
    ];
    const counts = nonEmptyCounts(
      articles,
      CAMPAIGNS.map((campaign) => ({ zone: 'zhuhai', campaign })),
    );
    expect(counts.map((c) => [c.selection.campaign, c.count])).toEqual([
      ['jiandang-100', 2],
      ['buwang-chuxin', 1],
    ]);
  });
});

describe('periods', () => {
  it('round-trip through their URL key', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(parsePeriodKey(periodKey(period))).toEqual(period.month === undefined ? { year: period.year } : period);
      }),
    );
    expect(periodKey({ year: 2019, month: 6 })).toBe('2019-06');
    expect(periodKey({ year: 2019, month: 'unknown' })).toBe('2019-month-unknown');
    expect(parsePeriodKey('2019-13')).toBeUndefined();
    expect(parsePeriodKey('2019-6')).toBeUndefined();
  });

  it('are labelled for readers, month unknown said so', () => {
    expect(periodLabel({ year: 2019 })).toBe('2019年');
    expect(periodLabel({ year: 2019, month: 6 })).toBe('2019年6月');
    expect(periodLabel({ year: 2019, month: 'unknown' })).toBe('2019年（月份不详）');
  });

  it('sort a year first, then its unknown month, then its months', () => {
    const sorted = [
      { year: 2020 },
      { year: 2019, month: 3 },
      { year: 2019, month: 'unknown' as const },
      { year: 2019 },
    ];
    expect(sorted.sort(comparePeriods).map(periodKey)).toEqual(['2019', '2019-month-unknown', '2019-03', '2020']);
  });
});

describe('countChips', () => {
  it('links each counted selection to its list, named as asked, in the order given', () => {
    const counts = [
      { selection: { zone: 'zhuhai', campaign: 'jiandang-100' }, count: 3 },
      { selection: { zone: 'kunshan', campaign: 'jiandang-100' }, count: 1 },
    ];
    expect(countChips(counts, (selection) => selection.zone.toUpperCase())).toEqual([
      { href: selectionUrl(counts[0]!.selection), label: 'ZHUHAI', count: 3 },
      { href: selectionUrl(counts[1]!.selection), label: 'KUNSHAN', count: 1 },
    ]);
  });
});

describe('selectionUrl', () => {
  it('names one page per kind of list', () => {
    expect(selectionUrl({})).toBe('/articles/');
    expect(selectionUrl({ zone: 'zhuhai' })).toBe('/zones/zhuhai/');
    expect(selectionUrl({ campaign: 'buwang-chuxin' })).toBe('/campaigns/buwang-chuxin/');
    expect(selectionUrl({ topic: 'hongse' })).toBe('/topics/hongse/');
    expect(selectionUrl({ period: { year: 2019, month: 'unknown' } })).toBe('/archive/2019-month-unknown/');
    expect(selectionUrl({ zone: 'zhuhai', campaign: 'buwang-chuxin' })).toBe('/zones/zhuhai/campaigns/buwang-chuxin/');
    expect(selectionUrl({ zone: 'zhuhai', period: { year: 2021, month: 6 } })).toBe('/zones/zhuhai/archive/2021-06/');
    expect(selectionUrl({ zone: 'zhuhai', campaign: 'jiandang-100', period: { year: 2021 } })).toBe(
      '/zones/zhuhai/campaigns/jiandang-100/archive/2021/',
    );
  });

  it('refuses a list the site does not publish', () => {
    expect(() => selectionUrl({ campaign: 'jiandang-100', period: { year: 2021 } })).toThrow(/no list page/);
    expect(() => selectionUrl({ topic: 'hongse', zone: 'zhuhai' })).toThrow(/no list page/);
  });
});
