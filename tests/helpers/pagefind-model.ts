/**
 * A model of what Pagefind does with the index's pages, for unit tests of the layout:
 *   - every whitespace-separated word takes a position; it is indexed as its alphanumeric
 *     characters, lower-cased (nothing, if it has none);
 *   - the vocabulary, in byte order, is cut into chunks of about `chunkSize` locations;
 *   - a search sees only the words of loaded chunks: loading a term loads the chunks whose
 *     range holds it, or, if none does, those whose range holds it cut to their bounds' length;
 *   - a term finds the loaded words that start with it, or, when none does, the longest loaded
 *     word the term starts with (Pagefind's fallback).
 * A small chunk size makes prefixes run across chunks, as they do in a large archive.
 */
import { isIndexedChar, type CharMap, type Segment } from '../../src/lib/search/shared/text.ts';
import { articleTokens, CharacterTally, commonSample, commonWords } from '../../src/lib/search/build/tokens.ts';
import { bundlesFile, bundlesOf } from '../../src/lib/search/build/bundles.ts';
import { chunkProbes, type TermAnswer } from '../../src/lib/search/browser/plan.ts';
import { readBundles } from '../../src/lib/search/shared/layout.ts';

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

export function modelPagefind(pages: ReadonlyMap<string, string>, chunkSize: number) {
  const index = new Map<string, Map<string, number[]>>();
  const chunks: string[][] = [];
  {
    const words = new Set<string>();
    for (const [page, content] of pages) {
      content
        .split(/\s+/u)
        .filter(Boolean)
        .forEach((raw, position) => {
          const word = [...raw].filter(isIndexedChar).join('').toLowerCase();
          if (!word) return;
          words.add(word);
          let byPage = index.get(word);
          if (!byPage) index.set(word, (byPage = new Map()));
          byPage.set(page, [...(byPage.get(page) ?? []), position]);
        });
    }
    const own: string[][] = [[]];
    let size = 0;
    for (const word of [...words].sort(byteOrder)) {
      own.at(-1)!.push(word);
      size += [...index.get(word)!.values()].reduce((sum, positions) => sum + positions.length + 1, 0);
      if (size >= chunkSize) {
        own.push([]);
        size = 0;
      }
    }
    if (own.at(-1)!.length === 0) own.pop();
    chunks.push(...own);
  }
  const cut = (text: string, chars: number) => [...text].slice(0, chars).join('');
  /** The chunks whose range holds the term; failing that, those whose range holds it when cut to the length of their bounds. */
  const holding = (term: string) => {
    const strict = chunks.filter((chunk) => byteOrder(chunk[0]!, term) <= 0 && byteOrder(term, chunk.at(-1)!) <= 0);
    if (strict.length > 0) return strict;
    const length = [...term].length;
    return chunks.filter((chunk) => {
      const [from, to] = [chunk[0]!, chunk.at(-1)!];
      const fromChars = Math.min(length, [...from].length);
      const toChars = Math.min(length, [...to].length);
      return (
        byteOrder(cut(term, fromChars), cut(from, fromChars)) >= 0 &&
        byteOrder(cut(term, toChars), cut(to, toChars)) <= 0
      );
    });
  };

  /** A search after loading the chunks of the given words, as one fresh page would. */
  function search(term: string, load: readonly string[]): TermAnswer {
    const loaded = new Set(load.flatMap(holding).flat());
    let words = [...loaded].filter((word) => word.startsWith(term));
    if (words.length === 0) {
      const prefix = [...loaded].filter((word) => term.startsWith(word)).sort((a, b) => b.length - a.length)[0];
      words = prefix ? [prefix] : [];
    }
    const answer = new Map<string, number[]>();
    for (const word of words)
      for (const [page, positions] of index.get(word)!) answer.set(page, [...(answer.get(page) ?? []), ...positions]);
    for (const positions of answer.values()) positions.sort((a, b) => a - b);
    return answer;
  }
  return { search, starts: chunks.slice(1).map((chunk) => chunk[0]!) };
}

/**
 * An archive of articles (each its segments, in date order) indexed as the build does (in small
 * bundles, so that a few articles span several; in parts of `partSize` articles, each its own
 * Pagefind index), and searched as the browser does once every part is in: the chunks a term
 * needs, by the chunk starts of every part, are loaded first (chunkProbes), and the parts'
 * answers join.
 */
export function modelArchive(
  articles: readonly (readonly Segment[])[],
  t2s: CharMap,
  { chunkSize = 16, bundleSize = 4, partSize = Infinity } = {},
) {
  const places = new Map<string, ReturnType<typeof readBundles> extends Map<string, infer P> ? P : never>();
  const indexes: ReturnType<typeof modelPagefind>[] = [];
  const files: ReturnType<typeof bundlesFile>[] = [];
  for (let first = 0, part = 0; first < articles.length; first += partSize, part++) {
    const characters = new CharacterTally();
    const own = articles.slice(first, first + partSize);
    const common = commonWords(
      commonSample(own.length).map((i) => own[i]!),
      t2s,
    );
    const commonSet = new Set(common);
    const tokens = own.map((segments) => articleTokens(segments, t2s, commonSet));
    for (const article of tokens) characters.add(article);
    const bundles = [...bundlesOf(tokens, bundleSize)];
    const pageIds = bundles.map((_, i) => `part${part}-page${i}`);
    const file = bundlesFile(
      bundles.map((b) => b.lengths),
      pageIds,
      { bundleSize, common, commonest: characters.commonest() },
    );
    files.push(file);
    readBundles(file, first, places);
    indexes.push(modelPagefind(new Map(bundles.map((b, i) => [pageIds[i]!, b.content])), chunkSize));
  }
  const starts = [...new Set(indexes.flatMap((index) => index.starts))].sort();
  return {
    files,
    places,
    starts,
    /** Whether every part gives the word presence tokens (the browser's isCommon, every part searched). */
    isCommon: (word: string) => files.every((file) => file.common.includes(word)),
    find: (term: string): TermAnswer => {
      const load = chunkProbes(term, starts);
      return new Map(indexes.flatMap((index) => [...index.search(term, load)]));
    },
  };
}
