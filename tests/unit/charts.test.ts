import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  campaignTone,
  cellOpacity,
  chartColumns,
  chartResolution,
  GEOMETRY,
  layoutChart,
  zoneChart,
} from '../../src/lib/charts.ts';
import { archiveIndex, countArticles, periodKey, selectionUrl } from '../../src/lib/counts.ts';
import { allCharts, article, articlesArb, CAMPAIGNS, ZONES } from '../helpers/chart-archives.ts';

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
