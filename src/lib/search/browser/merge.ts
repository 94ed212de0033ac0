/**
 * Combining what each query word found into one result list. Articles are numbered in date
 * order (../shared/layout.ts). Each word yields the articles it occurs in (plus, when it
 * names a zone or campaign, that zone's or campaign's articles); the result is their
 * intersection, ordered by relevance or by date.
 */
import type { WordHit } from './plan.ts';
import { REGIONS } from '../shared/layout.ts';
import { parseQuery, type CharMap } from '../shared/text.ts';

export interface WordAnswer {
  /** Where the word occurs, and how often. */
  hits: ReadonlyMap<number, WordHit>;
  /** Articles that carry the zone or campaign the word names, whether or not they contain it. */
  named: ReadonlySet<number>;
}

export function intersect(answers: readonly WordAnswer[]): number[] {
  if (answers.length === 0) return [];
  const [first, ...rest] = answers;
  // A common word answers for most of the archive: no set or array of them is made twice.
  const inAll = (id: number) => rest.every((answer) => answer.hits.has(id) || answer.named.has(id));
  const kept: number[] = [];
  for (const id of first!.hits.keys()) if (inAll(id)) kept.push(id);
  for (const id of first!.named) if (!first!.hits.has(id) && inAll(id)) kept.push(id);
  return kept;
}

/** Above these, counts and offsets rank as equal (no article holds a word a million times). */
const MAX_RANKED_COUNT = 2 ** 20 - 1;
const MAX_RANKED_REGION = 2 ** 12 - 1;
const MAX_RANKED_OFFSET = 2 ** 31 - 1;
/** Article numbers are below this (two million articles). */
const ARTICLE_LIMIT = 2 ** 21;

/**
 * Most relevant first: the better region each word occurs in (headline, body, captions,
 * credits; summed over the words), then more occurrences in headlines, then more occurrences
 * in all, then the earlier first occurrence, then the newer article. An article found only
 * because a word names its zone or campaign comes after those that contain the word.
 */
export function orderByRelevance(ids: readonly number[], answers: readonly WordAnswer[]): number[] {
  // A one-character query ranks nearly every article. Comparing them two by two took 105–177 ms
  // at 100,000; instead the first three keys make one number, few distinct, and the articles
  // that share it are sorted as numbers made of the last two (offset, then the article reversed).
  const groups = new Map<number, number[]>();
  for (const id of ids) {
    let region = 0;
    let headline = 0;
    let occurrences = 0;
    let offset = 0;
    for (const answer of answers) {
      const hit = answer.hits.get(id);
      if (!hit) {
        region += REGIONS.length;
        continue;
      }
      region += hit.region;
      headline += hit.headline;
      occurrences += hit.occurrences;
      offset += hit.first;
    }
    const rank =
      Math.min(region, MAX_RANKED_REGION) * 2 ** 40 +
      (MAX_RANKED_COUNT - Math.min(headline, MAX_RANKED_COUNT)) * 2 ** 20 +
      (MAX_RANKED_COUNT - Math.min(occurrences, MAX_RANKED_COUNT));
    const tie = Math.min(offset, MAX_RANKED_OFFSET) * ARTICLE_LIMIT + (ARTICLE_LIMIT - 1 - id);
    const group = groups.get(rank);
    if (group) group.push(tie);
    else groups.set(rank, [tie]);
  }
  const ordered: number[] = [];
  for (const rank of Float64Array.from(groups.keys()).sort())
    for (const tie of Float64Array.from(groups.get(rank)!).sort())
      ordered.push(ARTICLE_LIMIT - 1 - (tie % ARTICLE_LIMIT));
  return ordered;
}

/** By date: the archive's own order, or its reverse. */
export function orderByDate(ids: readonly number[], direction: 'asc' | 'desc'): number[] {
  const sorted = [...ids].sort((a, b) => a - b);
  return direction === 'asc' ? sorted : sorted.reverse();
}

/** A name as the search reads it: one quoted word, normalised. */
export function normalizedName(name: string, t2s: CharMap): string {
  return parseQuery(`"${name}"`, t2s)[0]?.normalized ?? '';
}

/** Entries by each of their names, and each entry's names, all in normalised form. */
export interface AliasIndex<T> {
  byName: ReadonlyMap<string, readonly T[]>;
  names: ReadonlyMap<T, readonly string[]>;
}

// Every word of every search is compared with every name: the names are normalised once per
// list and map, not at each comparison (a page's first search spent some 13 ms on 55 names).
const aliasIndexes = new WeakMap<readonly object[], WeakMap<CharMap, AliasIndex<object>>>();

export function aliasIndex<T extends { names: string[] }>(entries: readonly T[], t2s: CharMap): AliasIndex<T> {
  let byMap = aliasIndexes.get(entries);
  if (!byMap) aliasIndexes.set(entries, (byMap = new WeakMap()));
  let index = byMap.get(t2s) as AliasIndex<T> | undefined;
  if (!index) {
    const byName = new Map<string, T[]>();
    const names = new Map<T, string[]>();
    for (const entry of entries) {
      const normalized = entry.names.map((name) => normalizedName(name, t2s));
      names.set(entry, normalized);
      for (const name of new Set(normalized)) {
        const named = byName.get(name);
        if (named) named.push(entry);
        else byName.set(name, [entry]);
      }
    }
    index = { byName, names };
    byMap.set(t2s, index as AliasIndex<object>);
  }
  return index;
}

/** Names and aliases equal to the word, compared in normalised form. */
export function aliasMatches<T extends { names: string[] }>(
  word: string,
  entries: readonly T[],
  t2s: CharMap,
): readonly T[] {
  return aliasIndex(entries, t2s).byName.get(word) ?? [];
}
