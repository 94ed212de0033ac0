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
  const has = (answer: WordAnswer, id: number) => answer.hits.has(id) || answer.named.has(id);
  const [first, ...rest] = answers;
  const candidates = new Set([...first!.hits.keys(), ...first!.named]);
  return [...candidates].filter((id) => rest.every((answer) => has(answer, id)));
}

interface Relevance {
  id: number;
  region: number;
  headline: number;
  occurrences: number;
  first: number;
}

/**
 * Most relevant first: the better region each word occurs in (headline, body, captions,
 * credits; summed over the words), then more occurrences in headlines, then more occurrences
 * in all, then the earlier first occurrence, then the newer article. An article found only
 * because a word names its zone or campaign comes after those that contain the word.
 */
export function orderByRelevance(ids: readonly number[], answers: readonly WordAnswer[]): number[] {
  const keyed: Relevance[] = ids.map((id) => {
    const key: Relevance = { id, region: 0, headline: 0, occurrences: 0, first: 0 };
    for (const answer of answers) {
      const hit = answer.hits.get(id);
      if (!hit) {
        key.region += REGIONS.length;
        continue;
      }
      key.region += hit.region;
      key.headline += hit.headline;
      key.occurrences += hit.occurrences;
      key.first += hit.first;
    }
    return key;
  });
  keyed.sort(
    (a, b) =>
      a.region - b.region ||
      b.headline - a.headline ||
      b.occurrences - a.occurrences ||
      a.first - b.first ||
      b.id - a.id,
  );
  return keyed.map((key) => key.id);
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
