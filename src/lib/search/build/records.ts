/** An article as the indexer receives it: its text, filters, sort key and what a result shows. */
import { zonesOf, type ArticleRecord } from '../../archive.ts';
import { dateSortKey, formatArchiveDate } from '../../dates.ts';
import { urls } from '../../urls.ts';
import { readArticleBody } from '../../article-file.ts';
import type { SearchRecord } from '../shared/data.ts';
import type { FilterKey } from '../shared/state.ts';
import { articleSegments, type ArticleParts } from './document.ts';

export interface Names {
  zone(id: string): string;
  campaign(id: string): string;
  newspaper(id: string | undefined): string;
}

/**
 * Where an article's Markdown body is: its file (relative to the working directory, or
 * absolute) and the digest of the file's contents, which stands for the body in a part's name
 * (part-cache.ts). The page build hands over no body: only the processes of the parts that are
 * built read them, and the page build's memory never holds every body at once.
 */
export interface ArticleBodyFile {
  file: string;
  digest: string;
}

/**
 * A record as the page build hands it over: its text is cut into searchable segments
 * (withSegments) by the process of its index part, which runs beside the pages, not by the page build.
 */
export interface IndexRecord extends Omit<SearchRecord, 'segments'> {
  text: { parts: ArticleParts; body: ArticleBodyFile };
}

/** An article's filters by id: the zones it is filed under, its campaigns, its year, its newspaper ('' for none). */
export function articleFilterIds(article: ArticleRecord): Record<FilterKey, string[]> {
  return {
    zone: zonesOf(article),
    campaign: article.campaigns,
    year: [String(article.date.year)],
    newspaper: [article.newspaper ?? ''],
  };
}

/** What a filter's id is called where readers see it and the URL carries it: a name, or the year itself. */
export function filterValue(key: FilterKey, id: string, names: Names): string {
  if (key === 'zone') return names.zone(id);
  if (key === 'campaign') return names.campaign(id);
  if (key === 'newspaper') return names.newspaper(id || undefined);
  return id;
}

export function indexRecord(article: ArticleRecord, text: IndexRecord['text'], names: Names): IndexRecord {
  const ids = articleFilterIds(article);
  const values = (key: FilterKey) => ids[key].map((id) => filterValue(key, id, names));
  return {
    url: urls.article(article.id),
    text,
    filters: {
      zone: values('zone'),
      campaign: values('campaign'),
      year: values('year'),
      newspaper: values('newspaper'),
    },
    meta: { date: formatArchiveDate(article.date), zone: names.zone(article.zone) },
    sort: { date: dateSortKey(article.date) },
  };
}

/** The record with its text cut into segments, its body read from its file (`readBody`). */
export function withSegments(
  { text, ...record }: IndexRecord,
  readBody: (file: string) => string = readArticleBody,
): SearchRecord {
  return { ...record, segments: articleSegments(text.parts, readBody(text.body.file)) };
}
