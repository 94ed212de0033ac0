/**
 * Query sets for the search benchmark, drawn from the built articles' own text with a fixed
 * seed, and their ground truth computed by exact substring over that text (in the search's
 * normalised form: a query "不忘初心牢记使命" is meant to find "不忘初心、牢记使命").
 */
import * as OpenCC from 'opencc-js/cn2t';
import { normalizedRuns, parseQuery, type CharMap } from '../../src/lib/search/shared/text.ts';
import type { BenchArticle } from './archive-text.ts';
import { integer, pick, sample, type Random } from './random.ts';

export interface BenchQuery {
  set: string;
  query: string;
  /** Urls of the articles the query must find, and only those. */
  expected: Set<string>;
  /** For plain substring queries: articles whose raw text contains the query as typed. */
  rawExpected?: Set<string>;
}

export interface Corpus {
  articles: BenchArticle[];
  /** Normalised runs of each article, joined by a line break (no query can span one). */
  normalized: string[];
  raw: string[];
  /** Bigram → article indexes, to find candidates quickly. */
  bigrams: Map<string, number[]>;
  t2s: CharMap;
  aliases: { filter: 'zone' | 'campaign'; value: string; names: string[] }[];
}

export function buildCorpus(articles: BenchArticle[], t2s: CharMap, aliases: Corpus['aliases']): Corpus {
  const normalized = articles.map((a) => a.segments.flatMap((s) => normalizedRuns(s.text, t2s)).join('\n'));
  const bigrams = new Map<string, number[]>();
  normalized.forEach((text, index) => {
    const seen = new Set<string>();
    const chars = [...text];
    for (let i = 0; i + 1 < chars.length; i++) {
      const gram = chars[i]! + chars[i + 1]!;
      if (gram.includes('\n') || seen.has(gram)) continue;
      seen.add(gram);
      const list = bigrams.get(gram);
      if (list) list.push(index);
      else bigrams.set(gram, [index]);
    }
  });
  return {
    articles,
    normalized,
    raw: articles.map((a) => a.segments.map((s) => s.text).join('\n')),
    bigrams,
    t2s,
    aliases,
  };
}

/** Articles whose normalised text contains the normalised word. */
function containing(corpus: Corpus, word: string): Set<number> {
  const chars = [...word];
  let candidates: number[];
  if (chars.length < 2) candidates = corpus.normalized.map((_, i) => i);
  else {
    const lists = chars.slice(0, -1).map((c, i) => corpus.bigrams.get(c + chars[i + 1]) ?? []);
    lists.sort((a, b) => a.length - b.length);
    const rest = lists.slice(1).map((l) => new Set(l));
    candidates = lists[0]!.filter((i) => rest.every((s) => s.has(i)));
  }
  return new Set(candidates.filter((i) => corpus.normalized[i]!.includes(word)));
}

/** Ground truth of a query as the search defines it: every word found, a word naming a zone or campaign also finds its articles. */
export function groundTruth(corpus: Corpus, query: string): Set<string> {
  const words = parseQuery(query, corpus.t2s);
  if (words.length === 0) return new Set();
  const normalize = (s: string) => parseQuery(`"${s}"`, corpus.t2s)[0]?.normalized ?? '';
  const foundBy = (word: string) => {
    const found = containing(corpus, word);
    for (const alias of corpus.aliases) {
      if (!alias.names.some((name) => normalize(name) === word)) continue;
      corpus.articles.forEach((a, i) => {
        if ((alias.filter === 'zone' ? a.zones : a.campaigns).includes(alias.value)) found.add(i);
      });
    }
    return found;
  };
  // The articles every word finds (every article for minus words alone); a word after a minus
  // sign takes its articles away.
  const wanted = words.filter((word) => word.excluded === undefined);
  let result: Set<number> = wanted.length ? foundBy(wanted[0]!.normalized) : new Set(corpus.articles.map((_, i) => i));
  for (const word of wanted.slice(1)) {
    const found = foundBy(word.normalized);
    result = new Set([...result].filter((i) => found.has(i)));
  }
  // A minus word's pieces (cut by a sentence end) take away the articles that hold them all.
  const minus = Map.groupBy(
    words.filter((word) => word.excluded !== undefined),
    (word) => word.excluded,
  );
  for (const pieces of minus.values()) {
    const found = pieces.map((piece) => foundBy(piece.normalized));
    result = new Set([...result].filter((i) => !found.every((set) => set.has(i))));
  }
  return new Set([...result].map((i) => corpus.articles[i]!.url));
}

function rawContaining(corpus: Corpus, text: string): Set<string> {
  return new Set(corpus.articles.filter((_, i) => corpus.raw[i]!.includes(text)).map((a) => a.url));
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** Random Han substrings of the given lengths, from random places in random articles. */
export function randomSubstrings(corpus: Corpus, random: Random, count: number): BenchQuery[] {
  const queries: BenchQuery[] = [];
  let guard = 0;
  while (queries.length < count && guard++ < count * 100) {
    const article = pick(random, corpus.articles);
    const segment = pick(random, article.segments);
    const runs = segment.text.match(HAN_RUN) ?? [];
    if (runs.length === 0) continue;
    const run = [...pick(random, runs)];
    const length = integer(random, 2, 6);
    if (run.length < length) continue;
    const start = integer(random, 0, run.length - length);
    const query = run.slice(start, start + length).join('');
    queries.push({
      set: 'random 2–6',
      query,
      expected: groundTruth(corpus, query),
      rawExpected: rawContaining(corpus, query),
    });
  }
  return queries;
}

/** A random Han substring of 2–6 characters of the text, or undefined when it has none long enough. */
function substringOf(random: Random, text: string): string | undefined {
  const runs = text.match(HAN_RUN) ?? [];
  if (runs.length === 0) return undefined;
  const run = [...pick(random, runs)];
  const length = Math.min(run.length, integer(random, 2, 6));
  const start = integer(random, 0, run.length - length);
  return run.slice(start, start + length).join('');
}

/** Where a sentence ends in printed text: a match never runs across it. */
const SENTENCE_END = /[。！？；!?;…]/u;

/** Characters as printed, min to max of them, from a random place of a random text of a random article. */
function printedRun(corpus: Corpus, random: Random, min: number, max: number): string[] {
  const text = [...pick(random, pick(random, corpus.articles).segments).text];
  const length = Math.min(text.length, integer(random, min, max));
  const start = integer(random, 0, text.length - length);
  return text.slice(start, start + length);
}

/**
 * Passages as a reader copies them from an article: 8–40 characters of one paragraph, caption
 * or heading as printed, punctuation and all, across at least one sentence end.
 */
export function passageQueries(corpus: Corpus, random: Random, count: number): BenchQuery[] {
  const queries: BenchQuery[] = [];
  let guard = 0;
  while (queries.length < count && guard++ < count * 100) {
    const query = printedRun(corpus, random, 8, 40).join('');
    const inner = query.slice(1, -1);
    if (!SENTENCE_END.test(inner) || parseQuery(query, corpus.t2s).length < 2) continue;
    queries.push({ set: 'passages', query, expected: groundTruth(corpus, query) });
  }
  return queries;
}

/**
 * Words as printed with figures, Latin letters or punctuation inside one sentence (`5G基站`,
 * `2021年6月`, `“两新”组织`, `120个`): 2–10 characters of a paragraph, caption or heading, at least
 * one of them neither Han nor a space, none a sentence end.
 */
export function mixedSubstrings(corpus: Corpus, random: Random, count: number): BenchQuery[] {
  const queries: BenchQuery[] = [];
  let guard = 0;
  while (queries.length < count && guard++ < count * 200) {
    const chars = printedRun(corpus, random, 2, 10);
    const query = chars.join('');
    if (/^\s|\s$/u.test(query) || SENTENCE_END.test(query)) continue;
    if (!chars.some((c) => !/[\p{Script=Han}\s]/u.test(c))) continue;
    if (parseQuery(query, corpus.t2s).length === 0) continue;
    queries.push({ set: 'mixed 2–10', query, expected: groundTruth(corpus, query) });
  }
  return queries;
}

/**
 * What stands outside the body: random Han substrings of photo captions and their credit lines,
 * and the names in the credits (writers, photographers, editors, layout), half and half.
 */
export function captionCreditQueries(corpus: Corpus, random: Random, count: number): BenchQuery[] {
  const captioned = corpus.articles.filter((a) => a.captions.length > 0);
  const credited = corpus.articles.filter((a) => a.credits.length > 0);
  const queries: BenchQuery[] = [];
  let guard = 0;
  while (queries.length < count && guard++ < count * 100) {
    const fromCaption = queries.length % 2 === 0 ? captioned.length > 0 : credited.length === 0;
    const pool = fromCaption ? captioned : credited;
    if (pool.length === 0) break;
    const article = pick(random, pool);
    const query = fromCaption ? substringOf(random, pick(random, article.captions)) : pick(random, article.credits);
    if (!query || parseQuery(query, corpus.t2s).length === 0) continue;
    queries.push({ set: 'captions+credits', query, expected: groundTruth(corpus, query) });
  }
  return queries;
}

/**
 * The distinct Han characters of the texts, in the order they first occur. A loop, not a spread
 * of every character: at 100,000 articles those are more than an array can hold.
 */
export function distinctHanCharacters(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) for (const char of text) seen.add(char);
  return [...seen].filter((c) => /\p{Script=Han}/u.test(c));
}

/**
 * One-character queries: characters at random places of random articles (so common ones come
 * often), and as many drawn evenly from the archive's distinct characters (so rare ones too).
 */
export function oneCharacterQueries(corpus: Corpus, random: Random, count: number): BenchQuery[] {
  const distinct = distinctHanCharacters(corpus.normalized).sort();
  const chosen = new Set<string>();
  let guard = 0;
  while (chosen.size < Math.ceil(count / 2) && guard++ < count * 100) {
    const text = [...pick(random, corpus.normalized)].filter((c) => /\p{Script=Han}/u.test(c));
    if (text.length) chosen.add(pick(random, text));
  }
  for (const char of sample(random, distinct, count)) {
    if (chosen.size >= count) break;
    chosen.add(char);
  }
  return [...chosen].map((query) => ({ set: 'one character', query, expected: groundTruth(corpus, query) }));
}

/** Names, places and campaign names: zone and campaign names and aliases, bylines, and quoted names in the text. */
export function namedQueries(corpus: Corpus, random: Random, count: number, extraNames: string[]): BenchQuery[] {
  const names = new Set<string>(extraNames);
  for (const alias of corpus.aliases) for (const name of alias.names) names.add(name);
  for (const article of corpus.articles.slice(0, 2000)) {
    for (const segment of article.segments) {
      for (const match of segment.text.matchAll(/“([\p{Script=Han}]{2,10})”/gu)) names.add(match[1]!);
    }
  }
  const chosen = sample(
    random,
    [...names].filter((n) => parseQuery(n, corpus.t2s).length > 0),
    count,
  );
  return chosen.map((query) => ({ set: 'names', query, expected: groundTruth(corpus, query) }));
}

/** The same queries typed in Traditional characters. */
export function traditionalForms(queries: BenchQuery[]): BenchQuery[] {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  return queries
    .map((q) => ({ q, traditional: toTraditional(q.query) }))
    .filter(({ q, traditional }) => traditional !== q.query)
    .map(({ q, traditional }) => ({ set: 'traditional', query: traditional, expected: q.expected }));
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';

/** Punctuation, spacing, width and quoting variants of queries of four or more characters. */
export function variants(corpus: Corpus, random: Random, queries: BenchQuery[]): BenchQuery[] {
  const out: BenchQuery[] = [];
  for (const q of queries) {
    const chars = [...q.query];
    if (chars.length < 4) continue;
    // Readers split between words: each part keeps two characters at least (a single character is a ranked prefix search).
    const cut = integer(random, 2, chars.length - 2);
    const left = chars.slice(0, cut).join('');
    const right = chars.slice(cut).join('');
    out.push({ set: 'punctuation', query: `${left}、${right}`, expected: q.expected });
    out.push({ set: 'punctuation', query: `“${q.query}”`, expected: q.expected });
    out.push({ set: 'punctuation', query: `"${left} ${right}"`, expected: q.expected });
    out.push({ set: 'spacing', query: `${left} ${right}`, expected: groundTruth(corpus, `${left} ${right}`) });
    out.push({ set: 'spacing', query: `${left}\u3000${right}`, expected: groundTruth(corpus, `${left} ${right}`) });
    const wide = q.query.replace(/[0-9]/g, (d) => FULL_WIDTH_DIGITS[Number(d)]!);
    if (wide !== q.query) out.push({ set: 'punctuation', query: wide, expected: q.expected });
  }
  return out;
}
