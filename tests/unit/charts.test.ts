import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/lib/archive.ts';
import {
  archiveChart,
  campaignChart,
  campaignTone,
  cellOpacity,
  chartColumns,
  chartResolution,
  GEOMETRY,
  layoutChart,
  zoneChart,
} from '../../src/lib/charts.ts';
import { archiveIndex, countArticles, periodKey, selectionUrl } from '../../src/lib/counts.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';

const ZONES = [
  { id: 'zhuhai', name: '珠海高新区' },
  { id: 'zhuhai-city', name: '珠海市' },
  { id: 'jining', name: '济宁高新区' },
];
const CAMPAIGNS = [
  { id: 'buwang-chuxin', name: '“不忘初心、牢记使命”主题教育' },
  { id: 'dangshi-xuexi-jiaoyu', name: '党史学习教育' },
  { id: 'jiandang-100', name: '庆祝建党100周年' },
];

function article(id: string, date: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    title: id,
    date: parseArchiveDate(date),
    source: `src-${id}`,
    order: 1,
    newspaperPrinted: false,
    zone: 'zhuhai',
    relatedZones: [],
    campaigns: [],
    topics: [],
    credits: [],
    ...overrides,
  };
}

const articlesArb = fc
  .array(
    fc.record({
      year: fc.integer({ min: 2015, max: 2024 }),
      month: fc.option(fc.integer({ min: 1, max: 12 })),
      zone: fc.constantFrom(...ZONES.map((z) => z.id)),
      related: fc.subarray(ZONES.map((z) => z.id)),
      campaigns: fc.subarray(CAMPAIGNS.map((c) => c.id)),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((records) =>
    records.map((r, i) =>
      article(`a${i}`, r.month === null ? String(r.year) : `${r.year}-${String(r.month).padStart(2, '0')}`, {
        zone: r.zone,
        relatedZones: r.related.filter((z) => z !== r.zone),
        campaigns: r.campaigns,
      }),
    ),
  );

const allCharts = (articles: ArticleRecord[]) => {
  const index = archiveIndex(articles);
  return [
    archiveChart(articles, ZONES),
    ...ZONES.filter((z) => index.list({ zone: z.id }).length).map((z) =>
      zoneChart(articles, z, index.list({ zone: z.id }), CAMPAIGNS),
    ),
    ...CAMPAIGNS.filter((c) => index.list({ campaign: c.id }).length).map((c) =>
      campaignChart(
        articles,
        c,
        index.list({ campaign: c.id }),
        ZONES,
        CAMPAIGNS.map((x) => x.id),
      ),
    ),
  ];
};

describe('resolution and columns', () => {
  it('draws months when the articles fit in two calendar years and some have a month, years otherwise', () => {
    expect(chartResolution([article('a', '2021'), article('b', '2021-06')])).toBe('month');
    expect(chartResolution([article('a', '2020-12'), article('b', '2021-01')])).toBe('month');
    expect(chartResolution([article('a', '2019'), article('b', '2021-06')])).toBe('year');
    expect(chartResolution([article('a', '2019'), article('b', '2019')])).toBe('year');
  });

  it('keeps empty years, so a gap in the reporting shows', () => {
    expect(chartColumns([article('a', '2019'), article('b', '2021-06')], 'year').map(periodKey)).toEqual([
      '2019',
      '2020',
      '2021',
    ]);
  });

  it("puts each year's month-unknown column first in that year, then every month from first to last", () => {
    const articles = [article('a', '2020-11-02'), article('b', '2021'), article('c', '2021-02')];
    expect(chartColumns(articles, 'month').map(periodKey)).toEqual([
      '2020-11',
      '2020-12',
      '2021-month-unknown',
      '2021-01',
      '2021-02',
    ]);
  });
});

describe('charts', () => {
  it('every mark counts exactly the list it links to, and the cells of a row add up to its total', () => {
    fc.assert(
      fc.property(articlesArb, (articles) => {
        for (const chart of allCharts(articles)) {
          for (const row of chart.rows) {
            expect(row.total).toBe(countArticles(articles, row.selection));
            expect(row.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(row.total);
            for (const cell of row.cells) {
              const selection = { ...row.selection, period: cell.period };
              expect(cell.count).toBe(countArticles(articles, selection));
              expect(cell.href).toBe(cell.count > 0 ? selectionUrl(selection) : undefined);
            }
          }
        }
      }),
    );
  });

  it('a zone chart: the total first, then each campaign the zone reported on, largest first', () => {
    const articles = [
      article('a', '2019', { campaigns: ['buwang-chuxin', 'jiandang-100'] }),
      article('b', '2019-10-28', { campaigns: ['buwang-chuxin'] }),
      article('c', '2021-06', { zone: 'jining' }),
    ];
    const chart = zoneChart(articles, ZONES[0]!, archiveIndex(articles).list({ zone: 'zhuhai' }), CAMPAIGNS);
    expect(chart.rows.map((r) => [r.label, r.total, r.tone])).toEqual([
      ['全部报道', 2, 'total'],
      ['“不忘初心、牢记使命”主题教育', 2, 'c0'],
      ['庆祝建党100周年', 1, 'c2'],
    ]);
    expect(chart.resolution).toBe('month');
    expect(chart.columns.map(periodKey)).toEqual(['2019-month-unknown', '2019-10']);
  });

  it('a campaign keeps its colour on every page', () => {
    const ids = CAMPAIGNS.map((c) => c.id);
    expect(campaignTone(ids, 'jiandang-100')).toBe('c2');
    expect(campaignTone([...ids, ...'abcdefgh'.split('')], 'h')).toBe('c2');
  });
});

describe('layout', () => {
  it('draws cells between faint and 0.4, darker for more articles', () => {
    expect(cellOpacity(0)).toBe(0.08);
    expect(cellOpacity(1)).toBe(0.4);
    expect(cellOpacity(2)).toBe(0.4);
    expect(cellOpacity(0.5)).toBeGreaterThan(cellOpacity(0.25));
  });

  it('keeps every mark inside the picture and every bar inside its band', () => {
    fc.assert(
      fc.property(articlesArb, (articles) => {
        for (const chart of allCharts(articles)) {
          const layout = layoutChart(chart);
          for (const row of layout.rows)
            for (const { rect, text } of row.cells) {
              expect(rect.x + rect.width).toBeLessThanOrEqual(layout.width);
              expect(rect.y).toBeGreaterThanOrEqual(row.y);
              expect(rect.y + rect.height).toBeLessThanOrEqual(row.y + row.height);
              expect(text.y).toBeGreaterThan(row.y);
              expect(text.y).toBeLessThanOrEqual(layout.height);
            }
          for (const label of layout.axis) expect(label.y).toBeLessThanOrEqual(layout.height);
        }
      }),
    );
  });

  it('shortens a long row label in the picture only', () => {
    const articles = [article('a', '2019', { campaigns: ['buwang-chuxin'] })];
    const chart = zoneChart(articles, ZONES[0]!, articles, CAMPAIGNS);
    const row = layoutChart(chart).rows[1]!;
    expect(row.label).toBe('“不忘初心、牢记使命”主题教育');
    expect([...row.shownLabel].length).toBeLessThanOrEqual(GEOMETRY.labelChars);
    expect(row.shownLabel.endsWith('…')).toBe(true);
  });
});
