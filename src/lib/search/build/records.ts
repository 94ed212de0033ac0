/** An article as the indexer receives it: its searchable segments, filters, sort key and what a result shows. */
import { zonesOf, type ArticleRecord } from '../../archive.ts';
import { dateSortKey, formatArchiveDate } from '../../dates.ts';
import { urls } from '../../urls.ts';
import type { SearchRecord } from '../shared/data.ts';
import type { BodySegment } from '../shared/text.ts';

export interface Names {
  zone(id: string): string;
  campaign(id: string): string;
  newspaper(id: string | undefined): string;
}

export function searchRecord(article: ArticleRecord, segments: BodySegment[], names: Names): SearchRecord {
  return {
    url: urls.article(article.id),
    segments,
    filters: {
      zone: zonesOf(article).map(names.zone),
      campaign: article.campaigns.map(names.campaign),
      year: [String(article.date.year)],
      newspaper: [names.newspaper(article.newspaper)],
    },
    meta: { date: formatArchiveDate(article.date), zone: names.zone(article.zone) },
    sort: { date: dateSortKey(article.date) },
  };
}
