/** How a query word is put to Pagefind, and how its answers become articles (the layout: ../shared/layout.ts). */
import { INDEX_MARKS } from '../shared/text.ts';
import { GRAM, locate, presenceToken, REGIONS, type BundlePlace } from '../shared/layout.ts';

/**
 * How one normalised query word is searched:
 *   - presence: one or two characters, or a common three-character word of every part searched
 *     (BundlesFile.common), one location per article holding them;
 *   - occurrences: up to GRAM characters, a prefix of the positional tokens where they occur;
 *   - chain: longer, whole tokens at the given offsets, every character covered.
 */
export type WordPlan =
  | { kind: 'presence'; term: string }
  | { kind: 'occurrences'; term: string }
  | { kind: 'chain'; links: { offset: number; term: string }[] };

export function planWord(word: string, wanted: 'membership' | 'occurrences' = 'membership', common = false): WordPlan {
  const chars = [...word];
  if (wanted === 'membership' && (chars.length <= 2 || (common && chars.length === 3)))
    return { kind: 'presence', term: presenceToken(word) };
  if (chars.length <= GRAM) return { kind: 'occurrences', term: word };
  const offsets: number[] = [];
  for (let offset = 0; offset + GRAM < chars.length; offset += GRAM) offsets.push(offset);
  offsets.push(chars.length - GRAM);
  return {
    kind: 'chain',
    links: offsets.map((offset) => ({
      offset,
      term: chars.slice(offset, offset + GRAM).join(''),
    })),
  };
}

/**
 * A positional term shorter than a token is found as a prefix of the tokens. Pagefind loads,
 * for a term, only the index chunk whose range holds the term, so the words of a prefix that
 * run on into later chunks need those chunks loaded too (see chunkStartsWithin).
 */
export function isPrefixTerm(term: string): boolean {
  return !term.startsWith(INDEX_MARKS.presence) && !term.startsWith(INDEX_MARKS.single) && [...term].length < GRAM;
}

/** The first words of the index chunks that begin inside the term's prefix range: searching for each loads its chunk. */
export function chunkStartsWithin(term: string, starts: readonly string[]): string[] {
  return starts.filter((start) => start !== term && start.startsWith(term));
}

/** The words to load index chunks for before searching the term: the term, and for a prefix the chunks that begin inside its range. */
export function chunkProbes(term: string, starts: readonly string[]): string[] {
  return isPrefixTerm(term) ? [term, ...chunkStartsWithin(term, starts)] : [term];
}

/** The Pagefind search terms of a plan, in order. */
export function planTerms(plan: WordPlan): string[] {
  return plan.kind === 'chain' ? plan.links.map((link) => link.term) : [plan.term];
}

/** What one word found in one article. */
export interface WordHit {
  /** The best region it occurs in, as an index into REGIONS (0, the headline, is best). */
  region: number;
  /** Occurrences in the headline, and in all (a presence search counts one at most). */
  headline: number;
  occurrences: number;
  /** Offset in the block of the first occurrence in the best region: smaller is earlier. */
  first: number;
}

/** Per Pagefind page id, the positions a term was found at (Pagefind's result `words`). */
export type TermAnswer = ReadonlyMap<string, readonly number[]>;

/** The articles a word occurs in, from the answers to its plan's terms (in planTerms order). */
export function collectHits(
  plan: WordPlan,
  answers: readonly TermAnswer[],
  places: ReadonlyMap<string, BundlePlace>,
): Map<number, WordHit> {
  const hits = new Map<number, WordHit>();
  const record = (place: BundlePlace, position: number) => {
    const found = locate(place, position);
    if (!found) return;
    const region = REGIONS.indexOf(found.region);
    let hit = hits.get(found.article);
    if (!hit) hits.set(found.article, (hit = { region, headline: 0, occurrences: 0, first: found.offset }));
    if (region === 0) hit.headline++;
    hit.occurrences++;
    if (region < hit.region) {
      hit.region = region;
      hit.first = found.offset;
    } else if (region === hit.region) hit.first = Math.min(hit.first, found.offset);
  };
  const [first, ...rest] = answers;
  if (!first) return hits;
  const offsets = plan.kind === 'chain' ? plan.links.map((link) => link.offset) : [0];
  for (const [page, positions] of first) {
    const place = places.get(page);
    if (!place) continue;
    const others = rest.map((answer) => answer.get(page));
    if (others.some((list) => !list)) continue;
    const sets = others.map((list) => new Set(list));
    for (const position of positions) {
      if (sets.every((set, i) => set.has(position + offsets[i + 1]!))) record(place, position);
    }
  }
  return hits;
}
