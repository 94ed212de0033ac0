/**
 * A search result links to its article with the words that matched, in the search's normalised
 * form (shared/text.ts), in one URL parameter: /articles/<id>/?hl=党史学习教育+苏兆征#<section>.
 * On arrival the article marks every occurrence of them in its own text (highlight.ts).
 * The parameter never reaches the canonical link or the permalink, which stay clean.
 */
import type { AliasEntry } from '../shared/data.ts';
import type { CharMap } from '../shared/text.ts';
import { aliasIndex } from './merge.ts';

/** The parameter's name; shortcut.ts, loaded on every page, spells it out to stay small. */
export const HIGHLIGHT_PARAM = 'hl';
/**
 * The most characters a URL's words hold, with a space between each two. A word is never cut, or
 * the article would mark and name only its start: a word past this is left out whole. A character
 * takes at most 12 bytes in a URL (4 in UTF-8, each written %XX), so the request line stays under
 * the 8 KB a server such as nginx accepts by default (large_client_header_buffers), and this holds
 * the longest query the search page takes (MAX_QUERY_LENGTH, shared/state.ts) with room for the
 * names its words add (matchedForms).
 */
export const MAX_HIGHLIGHT_CHARS = 600;

/** The words to mark, de-duplicated, whole, in order while they fit; normalised words hold no spaces. */
function capped(words: readonly string[]): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const word of new Set(words.filter(Boolean))) {
    const size = [...word].length + (kept.length > 0 ? 1 : 0);
    if (length + size > MAX_HIGHLIGHT_CHARS) continue;
    kept.push(word);
    length += size;
  }
  return kept;
}

/** The article URL (with or without a #section) carrying the words to mark. */
export function highlightHref(url: string, words: readonly string[]): string {
  const kept = capped(words);
  if (kept.length === 0) return url;
  const hashAt = url.indexOf('#');
  const path = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const params = new URLSearchParams({ [HIGHLIGHT_PARAM]: kept.join(' ') });
  return `${path}${path.includes('?') ? '&' : '?'}${params}${hash}`;
}

/** The words a URL's query string asks to mark, as given (they are normalised again before matching). */
export function highlightWords(search: string): string[] {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
  return capped(value.split(/\s+/u));
}

/**
 * What a result's words matched: each word itself, and, when a word names a zone or a campaign,
 * that zone's or campaign's names (the article may be filed under it and print another of them).
 * All in normalised form.
 */
export function matchedForms(words: readonly string[], aliases: readonly AliasEntry[], t2s: CharMap): string[] {
  const index = aliasIndex(aliases, t2s);
  const named = words.flatMap((word) =>
    (index.byName.get(word) ?? []).flatMap((entry) => index.names.get(entry) ?? []),
  );
  // The words first: a URL that holds no more (highlightHref) leaves out names, never a word.
  return [...new Set([...words, ...named].filter(Boolean))];
}
