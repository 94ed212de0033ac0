import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/lib/archive.ts';
import { archiveChart, campaignChart, chartSelections, zoneChart } from '../../src/lib/charts.ts';
import { archiveIndex, countArticles, selectionKey } from '../../src/lib/counts.ts';
import { publishedSelections } from '../../src/lib/intersections.ts';
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

describe('publishedSelections', () => {
  it('every list a chart or a chip links to is published, and nothing published is empty', () => {
    fc.assert(
      fc.property(articlesArb, (articles) => {
        const published = publishedSelections(articles, ZONES, CAMPAIGNS);
        const keys = new Set(
          [
            ...published.zoneCampaign,
            ...published.zonePeriod,
            ...published.zoneCampaignPeriod,
            ...published.monthUnknown,
          ].map(selectionKey),
        );
        for (const chart of allCharts(articles))
          for (const selection of chartSelections(chart))
            if (selection.zone) expect(keys.has(selectionKey(selection)), selectionKey(selection)).toBe(true);
        for (const zone of ZONES)
          for (const campaign of CAMPAIGNS) {
            const selection = { zone: zone.id, campaign: campaign.id };
            expect(keys.has(selectionKey(selection))).toBe(countArticles(articles, selection) > 0);
          }
        for (const key of keys) expect(key).not.toBe('');
        for (const list of Object.values(published))
          for (const selection of list) expect(countArticles(articles, selection)).toBeGreaterThan(0);
      }),
    );
  });

  it('publishes each year’s month-unknown list only where the year has articles without a month', () => {
    const articles = [article('a', '2019'), article('b', '2021-06')];
    expect(publishedSelections(articles, ZONES, CAMPAIGNS).monthUnknown).toEqual([
      { period: { year: 2019, month: 'unknown' } },
    ]);
  });
});
