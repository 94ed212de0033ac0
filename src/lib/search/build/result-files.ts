/**
 * search/articles/<n>.json, what a search result shows of article n (../shared/data.ts). The
 * process that builds an article's part writes it (scripts/build-search-part.ts); for a part
 * kept from the published site (part-cache.ts), it is made from the published file, whose text
 * is the article's text now, without segmenting that text again.
 */
import { safeJson } from '../../json.ts';
import { searchArticle, type SearchArticle, type SearchRecord } from '../shared/data.ts';

export function resultFile(record: Pick<SearchRecord, 'url' | 'meta' | 'segments'>): string {
  return safeJson(searchArticle(record));
}

/**
 * The result file of an article of a kept part, from its published file: the same segments (the
 * part's name vouches for its text), its URL and what a result shows besides as they are now.
 */
export function keptResultFile(published: string, record: Pick<SearchRecord, 'url' | 'meta'>): string {
  // The file is its URL and display, then its segments: when the first two are as published,
  // so is the whole, and the text need not be parsed.
  const head = safeJson({ url: record.url, meta: record.meta }).slice(0, -1) + ',"segments":';
  if (published.startsWith(head)) return published;
  const { segments } = JSON.parse(published) as SearchArticle;
  return resultFile({ url: record.url, meta: record.meta, segments });
}
