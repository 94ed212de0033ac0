import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articlesInCampaign,
  articlesInMonth,
  articlesInPaper,
  articlesInYear,
  articlesInZone,
  articlesWithTopic,
  chronologicalNeighbours,
  compareArticles,
  countBy,
  dateSpan,
  fullHeadline,
  newspaperLabel,
  groupBy,
  newestFirst,
  paperKey,
  paperSummaries,
  printedPageLabel,
  printedPages,
  sortChronologically,
  writers,
  yearSummaries,
  zonesOf,
  type ArticleRecord,
} from '../../src/lib/archive.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';
import { articleRecord } from '../helpers/records.ts';
import { UNPRINTED_PAPER_ID } from '../../src/lib/urls.ts';

const article = (id: string, date: string, overrides: Partial<ArticleRecord> = {}) =>
  articleRecord(id, date, {
    source: `src-${date}`,
    newspaper: 'daobao',
    newspaperPrinted: true,
    page: '9',
    ...overrides,
  });

const ids = (list: readonly ArticleRecord[]) => list.map((a) => a.id);

describe('ordering', () => {
  it('sorts chronologically, estimates at the start of their period', () => {
    const list = [
      article('c', '2021-06-15'),
      article('a', '2019-10-28'),
      article('b', '2021'),
      article('d', '2021-06'),
    ];
    expect(ids(sortChronologically(list))).toEqual(['a', 'b', 'd', 'c']);
    expect(ids(newestFirst(list))).toEqual(['c', 'd', 'b', 'a']);
  });

  it('breaks date ties by source, then by order on the page', () => {
    const list = [
      article('p2-2', '2019-10-28', { source: 'page-b', order: 2 }),
      article('p2-1', '2019-10-28', { source: 'page-b', order: 1 }),
      article('p1-3', '2019-10-28', { source: 'page-a', order: 3 }),
      article('p1-1', '2019-10-28', { source: 'page-a', order: 1 }),
    ];
    expect(ids(sortChronologically(list))).toEqual(['p1-1', 'p1-3', 'p2-1', 'p2-2']);
  });

  it('does not modify its input', () => {
    const list = [article('b', '2021'), article('a', '2019')];
    sortChronologically(list);
    newestFirst(list);
    expect(ids(list)).toEqual(['b', 'a']);
  });

  it('property: the comparison is a consistent total order', () => {
    const arb = fc.record({
      date: fc.constantFrom('2019', '2019-10', '2019-10-28', '2021-06', '2021-06-01'),
      source: fc.constantFrom('a', 'b'),
      order: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(arb, arb, arb, (x, y, z) => {
        const [a, b, c] = [x, y, z].map((v, i) => article(String(i), v.date, { source: v.source, order: v.order })) as [
          ArticleRecord,
          ArticleRecord,
          ArticleRecord,
        ];
        expect(Math.sign(compareArticles(a, b)) + Math.sign(compareArticles(b, a))).toBe(0);
        if (compareArticles(a, b) <= 0 && compareArticles(b, c) <= 0)
          expect(compareArticles(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('membership', () => {
  const list = [
    article('primary', '2019', { zone: 'zhuhai', relatedZones: [], campaigns: ['dangshi'], topics: ['jiceng'] }),
    article('related', '2019', {
      zone: 'jining',
      relatedZones: ['zhuhai', 'wuhan'],
      campaigns: [],
      topics: ['jiceng', 'rencai'],
    }),
    article('other', '2019', { zone: 'jining', relatedZones: [], newspaper: undefined, newspaperPrinted: false }),
  ];

  it('puts an article in its primary zone and its related zones', () => {
    expect(zonesOf(list[1]!)).toEqual(['jining', 'zhuhai', 'wuhan']);
    expect(ids(articlesInZone(list, 'zhuhai'))).toEqual(['primary', 'related']);
    expect(ids(articlesInZone(list, 'wuhan'))).toEqual(['related']);
    expect(ids(articlesInZone(list, 'jining'))).toEqual(['related', 'other']);
    expect(articlesInZone(list, 'nowhere')).toEqual([]);
  });

  it('filters by campaign and topic', () => {
    expect(ids(articlesInCampaign(list, 'dangshi'))).toEqual(['primary']);
    expect(ids(articlesWithTopic(list, 'jiceng'))).toEqual(['primary', 'related']);
    expect(ids(articlesWithTopic(list, 'rencai'))).toEqual(['related']);
  });

  it('files an article without a newspaper under the unprinted paper', () => {
    expect(paperKey(list[2]!)).toBe(UNPRINTED_PAPER_ID);
    expect(paperKey(list[0]!)).toBe('daobao');
    expect(ids(articlesInPaper(list, UNPRINTED_PAPER_ID))).toEqual(['other']);
    expect(ids(articlesInPaper(list, 'daobao'))).toEqual(['primary', 'related']);
  });

  it('selects a year and a month, in chronological order', () => {
    const dated = [
      article('b', '2021-06-20'),
      article('y', '2021'),
      article('a', '2021-06'),
      article('x', '2019-06-01'),
      article('j', '2021-07-01'),
    ];
    expect(ids(articlesInYear(dated, 2021))).toEqual(['y', 'a', 'b', 'j']);
    expect(ids(articlesInMonth(dated, 2021, 6))).toEqual(['a', 'b']);
    expect(articlesInMonth(dated, 2020, 6)).toEqual([]);
  });
});

describe('grouping and counting', () => {
  it('groups in first-seen order', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]);
    expect([...groups.keys()]).toEqual(['b', 'a', 'c']);
    expect(groups.get('a')).toEqual(['a1', 'a2']);
  });

  it('counts an article once per key, largest first, ties in key order', () => {
    const list = [
      article('1', '2019', { topics: ['b', 'a', 'a'] }),
      article('2', '2019', { topics: ['b'] }),
      article('3', '2019', { topics: ['c'] }),
      article('4', '2019', { topics: [] }),
    ];
    expect(countBy(list, (a) => a.topics)).toEqual([
      { key: 'b', count: 2 },
      { key: 'a', count: 1 },
      { key: 'c', count: 1 },
    ]);
  });

  it('counts numeric keys', () => {
    const list = [article('1', '2019'), article('2', '2021'), article('3', '2021-06')];
    expect(countBy(list, (a) => [a.date.year])).toEqual([
      { key: 2021, count: 2 },
      { key: 2019, count: 1 },
    ]);
  });

  it('summarises years, newest first, with months and year-only estimates', () => {
    const list = [
      article('a', '2021-06-28'),
      article('b', '2021-06'),
      article('c', '2021-01-05'),
      article('d', '2021'),
      article('e', '2019-10-28'),
    ];
    expect(yearSummaries(list)).toEqual([
      {
        year: 2021,
        count: 4,
        months: [
          { month: 1, count: 1 },
          { month: 6, count: 2 },
        ],
        yearOnly: 1,
      },
      { year: 2019, count: 1, months: [{ month: 10, count: 1 }], yearOnly: 0 },
    ]);
    expect(yearSummaries([])).toEqual([]);
  });

  it('property: year summaries account for every article', () => {
    const dates = fc.constantFrom('2019', '2019-10', '2019-10-28', '2021', '2021-06', '2021-06-01', '2021-12-31');
    fc.assert(
      fc.property(fc.array(dates, { maxLength: 20 }), (ds) => {
        const summaries = yearSummaries(ds.map((d, i) => article(String(i), d)));
        expect(summaries.reduce((n, s) => n + s.count, 0)).toBe(ds.length);
        for (const s of summaries) expect(s.months.reduce((n, m) => n + m.count, 0) + s.yearOnly).toBe(s.count);
      }),
    );
  });
});

describe('printed pages', () => {
  it('groups by source and sorts each page by order', () => {
    const list = [
      article('b2', '2021-06-28', { source: 'page-b', order: 2, pageName: '要闻' }),
      article('a1', '2019-10-28', { source: 'page-a', order: 1, column: '党建' }),
      article('b1', '2021-06-28', { source: 'page-b', order: 1, pageName: '要闻' }),
      article('b3', '2021-06-28', { source: 'page-b', order: 3, pageName: '要闻' }),
    ];
    const pages = printedPages(list);
    expect(pages.map((p) => p.source)).toEqual(['page-a', 'page-b']);
    expect(ids(pages[1]!.articles)).toEqual(['b1', 'b2', 'b3']);
    expect(pages[1]).toMatchObject({ paper: 'daobao', page: '9', pageName: '要闻' });
    expect(pages[1]!.date).toEqual(parseArchiveDate('2021-06-28'));
    expect(pages[0]).toMatchObject({ source: 'page-a', column: '党建' });
  });

  it('names a page by its date and, where printed, its page number', () => {
    expect(printedPageLabel({ date: parseArchiveDate('2019-10-28'), page: '9' })).toBe('2019年10月28日 第9版');
    expect(printedPageLabel({ date: parseArchiveDate('2021-06'), page: undefined })).toBe('约2021年6月');
    expect(printedPageLabel({ date: parseArchiveDate('2021-06'), page: undefined }, '（版次未印）')).toBe(
      '约2021年6月（版次未印）',
    );
  });
});

describe('neighbours and spans', () => {
  const list = [article('mid', '2020-05-01'), article('last', '2021-06-28'), article('first', '2019-10-28')];

  it('gives the previous and next article in time', () => {
    expect(chronologicalNeighbours(list, 'mid')).toEqual({ previous: list[2], next: list[1] });
  });

  it('gives the first no previous and the last no next', () => {
    const first = chronologicalNeighbours(list, 'first');
    expect(first.previous).toBeUndefined();
    expect(first.next?.id).toBe('mid');
    const last = chronologicalNeighbours(list, 'last');
    expect(last.previous?.id).toBe('mid');
    expect(last.next).toBeUndefined();
  });

  it('gives nothing for an unknown id', () => {
    expect(chronologicalNeighbours(list, 'nope')).toEqual({});
  });

  it('spans the earliest and latest dates', () => {
    expect(dateSpan(list)).toEqual({ first: parseArchiveDate('2019-10-28'), last: parseArchiveDate('2021-06-28') });
    expect(dateSpan([article('only', '2021')])).toEqual({
      first: parseArchiveDate('2021'),
      last: parseArchiveDate('2021'),
    });
    expect(dateSpan([])).toBeUndefined();
  });
});

describe('credits and headlines', () => {
  it('lists writers only, in order', () => {
    const a = article('a', '2021', {
      credits: [
        { role: 'photographer', name: '吴长赋' },
        { role: 'writer', name: '宋一诺', label: '撰写' },
        { role: 'editor', name: '叶伟' },
        { role: 'writer', name: '宋显晖' },
      ],
    });
    expect(writers(a)).toEqual(['宋一诺', '宋显晖']);
    expect(writers(article('b', '2021'))).toEqual([]);
  });

  it('joins title and subtitle with a dash', () => {
    expect(fullHeadline({ title: '学思践悟守初心', subtitle: '凝心聚力开新局' })).toBe(
      '学思践悟守初心——凝心聚力开新局',
    );
    expect(fullHeadline({ title: '学思践悟守初心' })).toBe('学思践悟守初心');
    expect(fullHeadline({ title: '学思践悟守初心', subtitle: '' })).toBe('学思践悟守初心');
  });

  it('marks a newspaper the page does not print as inferred, and no other', () => {
    expect(newspaperLabel('中国高新技术产业导报', { newspaper: 'daobao', newspaperPrinted: false })).toBe(
      '中国高新技术产业导报（推定）',
    );
    expect(newspaperLabel('中国高新技术产业导报', { newspaper: 'daobao', newspaperPrinted: true })).toBe(
      '中国高新技术产业导报',
    );
    expect(newspaperLabel('报名不详', { newspaper: undefined, newspaperPrinted: false })).toBe('报名不详');
  });
});

describe('paperSummaries', () => {
  it('counts articles and printed pages per paper, in the order given, leaving out empty papers', () => {
    const list = [
      article('a', '2019-10-28', { source: 'p1' }),
      article('b', '2019-10-28', { source: 'p1', order: 2 }),
      article('c', '2021-06-28', { source: 'p2' }),
      article('d', '2021', { source: 'p3', newspaper: undefined }),
    ];
    const papers = [{ id: 'empty' }, { id: UNPRINTED_PAPER_ID }, { id: 'daobao' }];
    expect(paperSummaries(list, papers)).toEqual([
      { paper: { id: UNPRINTED_PAPER_ID }, articles: 1, pages: 1 },
      { paper: { id: 'daobao' }, articles: 3, pages: 2 },
    ]);
  });
});
