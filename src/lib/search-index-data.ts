/**
 * What the build hands to the search indexer and to the browser: one record per article
 * (segments, filters, sort key, display meta) and the data that normalises queries
 * (Traditional → Simplified map, zone and campaign aliases).
 */
import { zonesOf, type ArticleRecord } from './archive.ts';
import { dateSortKey, formatArchiveDate } from './dates.ts';
import type { BodySegment } from './search-document.ts';
import type { CharMap } from './search-text.ts';
import { urls } from './urls.ts';

/**
 * Language of the search index. Not a real language: it keeps Pagefind from segmenting or
 * stemming our tokens, in the indexer and in the browser.
 */
export const SEARCH_LANGUAGE = 'und';

export interface SearchRecord {
  url: string;
  segments: BodySegment[];
  filters: { zone: string[]; campaign: string[]; year: string[]; newspaper: string[] };
  meta: { date: string; zone: string };
  sort: { date: string };
}

export interface AliasEntry {
  /** Pagefind filter the alias expands to. */
  filter: 'zone' | 'campaign';
  /** Filter value (the zone or campaign name as indexed). */
  value: string;
  /** Names and aliases that stand for it, as typed by readers. */
  names: string[];
}

export interface SearchSupportData {
  t2s: CharMap;
  aliases: AliasEntry[];
}

/** /search/normalize.json on the wire: the map as a string of character pairs ("黨党學学…"), a third of JSON object syntax. */
export interface SearchSupportFile {
  t2s: string;
  aliases: AliasEntry[];
}

export function encodeSupport(data: SearchSupportData): SearchSupportFile {
  return {
    t2s: Object.entries(data.t2s)
      .map(([from, to]) => from + to)
      .join(''),
    aliases: data.aliases,
  };
}

export function decodeSupport(file: SearchSupportFile): SearchSupportData {
  const chars = [...file.t2s];
  const t2s: Record<string, string> = {};
  for (let i = 0; i + 1 < chars.length; i += 2) t2s[chars[i]!] = chars[i + 1]!;
  return { t2s, aliases: file.aliases };
}

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
