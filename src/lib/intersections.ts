/**
 * Which intersection lists the site publishes: exactly those some page links to, and none
 * empty. Zone × campaign for the chips of zone and campaign pages; zone × period and
 * zone × campaign × period for the cells of the charts; each year's "month unknown" for the
 * date archive. At 100,000 articles and 180 zones that is a few thousand lists, not the
 * hundreds of thousands every combination would make.
 */
import type { ArticleRecord } from './archive.ts';
import { archiveChart, campaignChart, chartSelections, zoneChart } from './charts.ts';
import { archiveIndex, selectionKey, type Selection } from './counts.ts';

export interface Named {
  id: string;
  name: string;
}

export interface PublishedSelections {
  zoneCampaign: Selection[];
  zonePeriod: Selection[];
  zoneCampaignPeriod: Selection[];
  /** Periods of the date archive beyond its years and months: the years' "month unknown". */
  monthUnknown: Selection[];
}

export function publishedSelections(
  articles: readonly ArticleRecord[],
  zones: readonly Named[],
  campaigns: readonly Named[],
): PublishedSelections {
  const index = archiveIndex(articles);
  const found = new Map<string, Selection>();
  const add = (selection: Selection) => {
    if (index.list(selection).length > 0) found.set(selectionKey(selection), selection);
  };
  const campaignIds = campaigns.map((c) => c.id);
  for (const zone of zones) {
    const zoneArticles = index.list({ zone: zone.id });
    if (zoneArticles.length === 0) continue;
    for (const campaign of campaigns) add({ zone: zone.id, campaign: campaign.id });
    chartSelections(zoneChart(articles, zone, zoneArticles, campaigns)).forEach(add);
  }
  for (const campaign of campaigns) {
    const campaignArticles = index.list({ campaign: campaign.id });
    if (campaignArticles.length === 0) continue;
    chartSelections(campaignChart(articles, campaign, campaignArticles, zones, campaignIds)).forEach(add);
  }
  chartSelections(archiveChart(articles, zones)).forEach(add);
  for (const year of new Set(articles.map((a) => a.date.year))) add({ period: { year, month: 'unknown' } });
  const all = [...found.values()];
  const has = (s: Selection) => ({ zone: !!s.zone, campaign: !!s.campaign, period: !!s.period });
  return {
    zoneCampaign: all.filter((s) => has(s).zone && has(s).campaign && !has(s).period),
    zonePeriod: all.filter((s) => has(s).zone && !has(s).campaign && has(s).period),
    zoneCampaignPeriod: all.filter((s) => has(s).zone && has(s).campaign && has(s).period),
    monthUnknown: all.filter((s) => !has(s).zone && !has(s).campaign && s.period?.month === 'unknown'),
  };
}

const published = new WeakMap<readonly ArticleRecord[], PublishedSelections>();

/** Computed once per build, however many routes ask. */
export function publishedSelectionsOnce(
  articles: readonly ArticleRecord[],
  zones: readonly Named[],
  campaigns: readonly Named[],
): PublishedSelections {
  let result = published.get(articles);
  if (!result) published.set(articles, (result = publishedSelections(articles, zones, campaigns)));
  return result;
}
