/**
 * What the build hands to the search indexer and to the browser: one record per article
 * (segments, filters, sort key, display meta), what a result shows of an article, and the
 * data that normalises queries (Traditional → Simplified map, zone and campaign aliases).
 */
import type { BodySegment, CharMap } from './text.ts';

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

/** /search/articles/<n>.json: what a search result shows of article n (date order, layout.ts). */
export interface SearchArticle {
  url: string;
  meta: SearchRecord['meta'];
  segments: BodySegment[];
}

export function searchArticle(record: Pick<SearchRecord, 'url' | 'meta' | 'segments'>): SearchArticle {
  return { url: record.url, meta: record.meta, segments: record.segments };
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

/**
 * /search/support.json, loaded with every first search: the aliases, and a bitmap of the
 * characters the Traditional → Simplified map changes. Only a query holding one of them
 * fetches the map itself (/search/t2s.json), which is several times larger.
 */
export interface SearchSupportFile {
  aliases: AliasEntry[];
  /** Base64 bitmap over MAPPED_RANGES, one bit per code point. */
  mapped: string;
}

/** /search/t2s.json: the map as a string of character pairs ("黨党學学…"). */
export interface SearchT2SFile {
  pairs: string;
}

const MAPPED_RANGES: [number, number][] = [
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2a6df],
];

function bitIndex(code: number): number | undefined {
  let offset = 0;
  for (const [first, last] of MAPPED_RANGES) {
    if (code >= first && code <= last) return offset + code - first;
    offset += last - first + 1;
  }
  return undefined;
}

const BITMAP_BYTES = Math.ceil(MAPPED_RANGES.reduce((n, [a, b]) => n + b - a + 1, 0) / 8);

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Byte i of the bytes a base64 text encodes, read from its four characters alone. */
function base64Byte(text: string, i: number): number {
  const group = Math.floor(i / 3) * 4;
  let bits = 0;
  for (let k = 0; k < 4; k++) bits = (bits << 6) | Math.max(0, BASE64.indexOf(text[group + k] ?? '='));
  return (bits >> (16 - 8 * (i % 3))) & 0xff;
}

export function encodeSupport(data: SearchSupportData): { support: SearchSupportFile; t2s: SearchT2SFile } {
  const bitmap = new Uint8Array(BITMAP_BYTES);
  for (const char of Object.keys(data.t2s)) {
    const bit = bitIndex(char.codePointAt(0)!);
    if (bit === undefined) throw new Error(`character ${char} outside the mapped ranges`);
    bitmap[bit >> 3]! |= 1 << (bit & 7);
  }
  return {
    support: { aliases: data.aliases, mapped: toBase64(bitmap) },
    t2s: {
      pairs: Object.entries(data.t2s)
        .map(([from, to]) => from + to)
        .join(''),
    },
  };
}

/**
 * Does the query hold a character the map would change? Each character's bit is read where it
 * stands in the base64 text: a page's first search decoded the whole bitmap (8.9 KB) each time.
 */
export function needsT2S(file: SearchSupportFile, query: string): boolean {
  for (const char of query) {
    const bit = bitIndex(char.codePointAt(0)!);
    if (bit !== undefined && (base64Byte(file.mapped, bit >> 3) & (1 << (bit & 7))) !== 0) return true;
  }
  return false;
}

export function decodeT2S(pairs: string): CharMap {
  const chars = [...pairs];
  const t2s: Record<string, string> = {};
  for (let i = 0; i + 1 < chars.length; i += 2) t2s[chars[i]!] = chars[i + 1]!;
  return t2s;
}

/**
 * The map a query without Traditional characters is read with. One object for every such query:
 * what text.ts folds is kept per map, and a result's excerpt folds every character it shows.
 */
export const NO_T2S: CharMap = Object.freeze({});

export function decodeSupport(file: SearchSupportFile, t2s: CharMap): SearchSupportData {
  return { t2s, aliases: file.aliases };
}
