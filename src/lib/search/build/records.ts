/** An article as the indexer receives it: its text, filters, sort key and what a result shows. */
import { zonesOf, type ArticleRecord } from '../../archive.ts';
import { dateSortKey, formatArchiveDate } from '../../dates.ts';
import { urls } from '../../urls.ts';
import type { SearchRecord } from '../shared/data.ts';
import { articleSegments, type ArticleParts } from './document.ts';

export interface Names {
  zone(id: string): string;
  campaign(id: string): string;
  newspaper(id: string | undefined): string;
}

/** The article's printed parts and its Markdown body, as the content files hold them. */
export interface ArticleText {
  parts: ArticleParts;
  markdown: string;
}

/**
 * A record as the page build hands it over: its text is cut into searchable segments
 * (withSegments) by the index's process, which runs beside the pages, not by the page build.
 */
export interface IndexRecord extends Omit<SearchRecord, 'segments'> {
  text: ArticleText;
}

export function indexRecord(article: ArticleRecord, text: ArticleText, names: Names): IndexRecord {
  return {
    url: urls.article(article.id),
    text,
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

export function withSegments({ text, ...record }: IndexRecord): SearchRecord {
  return { ...record, segments: articleSegments(text.parts, text.markdown) };
}
