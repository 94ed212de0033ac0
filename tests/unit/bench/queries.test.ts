import { describe, expect, it } from 'vitest';
import {
  buildCorpus,
  distinctHanCharacters,
  groundTruth,
  mixedSubstrings,
  passageQueries,
} from '../../../scripts/bench/queries.ts';
import { seededRandom } from '../../../scripts/bench/random.ts';
import { parseQuery } from '../../../src/lib/search/shared/text.ts';

describe('the benchmark’s distinct characters', () => {
  it('are the Han characters of the texts, each once, in the order they first occur', () => {
    expect(distinctHanCharacters(['党建 引领，党建', '\n引领2021发展𠀀'])).toEqual([
      '党',
      '建',
      '引',
      '领',
      '发',
      '展',
      '𠀀',
    ]);
  });
});

/** An article of the benchmark's archive: paragraphs only. */
const article = (url: string, ...texts: string[]) => ({
  url,
  segments: texts.map((text) => ({ kind: 'p' as const, text })),
  zones: [],
  campaigns: [],
  people: [],
  captions: [],
  credits: [],
});

describe('the benchmark’s passages', () => {
  const corpus = buildCorpus(
    [
      article('/a/', '高新区组织党员集中培训。目前已有三百名党员参加！下一步将继续推进。', '学习教育走深走实'),
      article('/b/', '党员集中培训在本月举行；目前报名踊跃。'),
      article('/c/', '没有句号的一段文字只有逗号，不会被选中'),
    ],
    {},
    [],
  );
  const passages = passageQueries(corpus, seededRandom(3), 30);

  it('are copied from one text as printed, across a sentence end, and find that text’s article', () => {
    expect(passages.length).toBe(30);
    for (const { query, expected, set } of passages) {
      expect(set).toBe('passages');
      const source = corpus.articles.find((a) => a.segments.some((s) => s.text.includes(query)));
      expect(source, query).toBeDefined();
      expect(/[。！？；]/u.test(query.slice(1, -1)), query).toBe(true);
      expect([...expected], query).toContain(source!.url);
    }
  });

  it('expect every article holding each of their sentences’ pieces, and no other', () => {
    const query = passages.find((q) => q.query.includes('培训。目前'));
    expect(query).toBeDefined();
    const words = parseQuery(query!.query, {}).map((w) => w.normalized);
    const holding = corpus.articles
      .filter((_, i) => words.every((w) => corpus.normalized[i]!.includes(w)))
      .map((a) => a.url);
    expect([...query!.expected].sort()).toEqual(holding.sort());
  });

  it('take away, in the ground truth, the articles a word after a minus sign finds', () => {
    expect([...groundTruth(corpus, '党员集中培训')].sort()).toEqual(['/a/', '/b/']);
    expect([...groundTruth(corpus, '党员集中培训 -踊跃')]).toEqual(['/a/']);
    expect([...groundTruth(corpus, '-踊跃')].sort()).toEqual(['/a/', '/c/']);
    expect([...groundTruth(corpus, '-集中培训。目前')]).toEqual(['/c/']);
    expect([...groundTruth(corpus, '-集中培训。下一步')].sort()).toEqual(['/b/', '/c/']);
  });
});

describe('the benchmark’s words with figures, letters or punctuation', () => {
  const corpus = buildCorpus(
    [
      article('/a/', '建成5G基站120个，2021年6月起覆盖“两新”组织。'),
      article('/b/', '全区5G基站已有300个。'),
      article('/c/', '只有汉字的一段文字不会被选中'),
    ],
    {},
    [],
  );
  const queries = mixedSubstrings(corpus, seededRandom(5), 40);

  it('are printed within one sentence, hold a character that is neither Han nor a space, and find their article', () => {
    expect(queries.length).toBe(40);
    for (const { query, expected, set } of queries) {
      expect(set).toBe('mixed 2–10');
      expect([...query].length, query).toBeGreaterThanOrEqual(2);
      expect(/[。！？；]/u.test(query), query).toBe(false);
      expect(/[^\p{Script=Han}\s]/u.test(query), query).toBe(true);
      expect(/^\s|\s$/u.test(query), query).toBe(false);
      const source = corpus.articles.find((a) => a.segments.some((s) => s.text.includes(query)));
      expect(source, query).toBeDefined();
      expect([...expected], query).toContain(source!.url);
    }
    expect(queries.some((q) => [...groundTruth(corpus, q.query)].length === 2)).toBe(true);
  });
});
