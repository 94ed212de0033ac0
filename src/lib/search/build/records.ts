/** An article as the indexer receives it: its text, filters, sort key and what a result shows. */
import { zonesOf, type ArticleRecord } from '../../archive.ts';
import { dateSortKey, formatArchiveDate } from '../../dates.ts';
import { urls } from '../../urls.ts';
import { readArticleBody } from '../../article-file.ts';
import type { SearchRecord } from '../shared/data.ts';
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

export function indexRecord(article: ArticleRecord, text: IndexRecord['text'], names: Names): IndexRecord {
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

/** The record with its text cut into segments, its body read from its file (`readBody`). */
export function withSegments(
  { text, ...record }: IndexRecord,
  readBody: (file: string) => string = readArticleBody,
): SearchRecord {
  return { ...record, segments: articleSegments(text.parts, readBody(text.body.file)) };
}
