/** Small archives of article records for the charts' and the published lists' tests: fixed zones and campaigns, random articles. */
import fc from 'fast-check';
import type { ArticleRecord } from '../../src/lib/archive.ts';
import { archiveChart, campaignChart, zoneChart } from '../../src/lib/charts.ts';
import { archiveIndex } from '../../src/lib/counts.ts';
import { articleRecord } from './records.ts';

export const ZONES = [
  { id: 'zhuhai', name: '珠海高新区' },
  { id: 'zhuhai-city', name: '珠海市' },
  { id: 'jining', name: '济宁高新区' },
];
export const CAMPAIGNS = [
  { id: 'buwang-chuxin', name: '“不忘初心、牢记使命”主题教育' },
  { id: 'dangshi-xuexi-jiaoyu', name: '党史学习教育' },
  { id: 'jiandang-100', name: '庆祝建党100周年' },
];

export const article = (id: string, date: string, overrides: Partial<ArticleRecord> = {}) =>
  articleRecord(id, date, { title: id, ...overrides });

export const articlesArb = fc
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

export const allCharts = (articles: ArticleRecord[]) => {
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
