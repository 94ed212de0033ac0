/**
 * A model of what Pagefind does with the index's pages, for unit tests of the layout: every
 * whitespace-separated word takes a position; it is indexed as its alphanumeric characters,
 * lower-cased (nothing, if it has none); a search term finds the words that start with it, or,
 * when none does, the longest word the term starts with (Pagefind's fallback).
 */
import { isIndexedChar, type CharMap, type Segment } from '../../src/lib/search-text.ts';
import { articleTokens, blockLayout, bundlesFile, bundlesOf, isHeadline, readBundles, type TermAnswer } from '../../src/lib/search-layout.ts';

export function modelPagefind(pages: ReadonlyMap<string, string>): (term: string) => TermAnswer {
  const index = new Map<string, Map<string, number[]>>();
  for (const [page, content] of pages) {
    content
      .split(/\s+/u)
      .filter(Boolean)
      .forEach((raw, position) => {
        const word = [...raw].filter(isIndexedChar).join('').toLowerCase();
        if (!word) return;
        let byPage = index.get(word);
        if (!byPage) index.set(word, (byPage = new Map()));
        byPage.set(page, [...(byPage.get(page) ?? []), position]);
      });
  }
  return (term) => {
    let words = [...index.keys()].filter((word) => word.startsWith(term));
    if (words.length === 0) {
      const prefix = [...index.keys()].filter((word) => term.startsWith(word)).sort((a, b) => b.length - a.length)[0];
      words = prefix ? [prefix] : [];
    }
    const answer = new Map<string, number[]>();
    for (const word of words) for (const [page, positions] of index.get(word)!) answer.set(page, [...(answer.get(page) ?? []), ...positions]);
    for (const positions of answer.values()) positions.sort((a, b) => a - b);
    return answer;
  };
}

/** An archive of articles (each its segments, in date order) indexed as the build does, and searched through the model. */
export function modelArchive(articles: readonly (readonly Segment[])[], t2s: CharMap) {
  const layout = blockLayout(articles.map((segments) => articleTokens(segments.filter(isHeadline), t2s)));
  const bundles = [
    ...bundlesOf(
      articles.map((segments) => articleTokens(segments, t2s)),
      layout,
    ),
  ];
  const pageIds = bundles.map((_, i) => `page${i}`);
  const file = bundlesFile(
    layout,
    bundles.map((b) => b.blocks),
    pageIds,
  );
  return {
    layout,
    file,
    places: readBundles(file),
    find: modelPagefind(new Map(bundles.map((b, i) => [pageIds[i]!, b.content]))),
  };
}
