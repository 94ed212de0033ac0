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
/** A URL names at most this many words, each of at most this many characters. */
export const MAX_HIGHLIGHT_WORDS = 12;
export const MAX_HIGHLIGHT_CHARS = 50;

/** The words to mark, de-duplicated and capped; normalised words hold no spaces. */
function capped(words: readonly string[]): string[] {
  const kept = words.map((word) => [...word].slice(0, MAX_HIGHLIGHT_CHARS).join('')).filter(Boolean);
  return [...new Set(kept)].slice(0, MAX_HIGHLIGHT_WORDS);
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
  const forms = words.flatMap((word) => [
    word,
    ...(index.byName.get(word) ?? []).flatMap((entry) => index.names.get(entry) ?? []),
  ]);
  return [...new Set(forms.filter(Boolean))];
}
