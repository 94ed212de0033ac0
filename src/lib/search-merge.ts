/**
 * Combining Pagefind's answers into one result list. Each query word yields a set of
 * matching articles (exact matches, plus articles of a zone or campaign the word names);
 * the result is their intersection, ordered by summed relevance or by date.
 */

export interface ScoredId {
  id: string;
  score: number;
}

export interface WordAnswer {
  /** Articles that contain the word (or carry the zone or campaign it names). */
  members: ReadonlySet<string>;
  /** Relevance of articles for this word; missing ids count as 0. */
  scores: ReadonlyMap<string, number>;
}

export function intersect(answers: readonly WordAnswer[]): Set<string> {
  if (answers.length === 0) return new Set();
  const [first, ...rest] = answers;
  return new Set([...first!.members].filter((id) => rest.every((answer) => answer.members.has(id))));
}

/** By summed score, highest first; ties keep the order of `tieOrder` (Pagefind's), then id. */
export function orderByRelevance(ids: ReadonlySet<string>, answers: readonly WordAnswer[], tieOrder: readonly string[] = []): string[] {
  const position = new Map(tieOrder.map((id, index) => [id, index]));
  // Each id's score and tie position once, not once per comparison: broad queries sort thousands.
  const keyed = [...ids].map((id) => ({
    id,
    score: answers.reduce((sum, answer) => sum + (answer.scores.get(id) ?? 0), 0),
    position: position.get(id) ?? Infinity,
  }));
  keyed.sort((a, b) => b.score - a.score || a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((entry) => entry.id);
}

/** In the order of a date-sorted list of all candidates. */
export function orderBy(ids: ReadonlySet<string>, sortedIds: readonly string[]): string[] {
  const ordered = sortedIds.filter((id) => ids.has(id));
  const sorted = new Set(sortedIds);
  const missing = [...ids].filter((id) => !sorted.has(id)).sort();
  return [...ordered, ...missing];
}

/** Names and aliases equal to the word, compared in normalised form. */
export function aliasMatches<T extends { names: string[] }>(word: string, entries: readonly T[], normalize: (s: string) => string): T[] {
  return entries.filter((entry) => entry.names.some((name) => normalize(name) === word));
}
