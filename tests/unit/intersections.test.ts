import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartSelections } from '../../src/lib/charts.ts';
import { countArticles, selectionKey } from '../../src/lib/counts.ts';
import { publishedSelections } from '../../src/lib/intersections.ts';
import { allCharts, article, articlesArb, CAMPAIGNS, ZONES } from '../helpers/chart-archives.ts';

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
