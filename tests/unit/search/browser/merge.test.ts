import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WordHit } from '../../../../src/lib/search/browser/plan.ts';
import {
  aliasIndex,
  aliasMatches,
  intersect,
  orderByDate,
  orderByRelevance,
  type WordAnswer,
} from '../../../../src/lib/search/browser/merge.ts';

function answer(hits: Record<number, Partial<WordHit>>, named: number[] = []): WordAnswer {
  return {
    hits: new Map(
      Object.entries(hits).map(([id, hit]) => [
        Number(id),
        { region: 1, headline: 0, occurrences: 1, first: 100, ...hit },
      ]),
    ),
    named: new Set(named),
  };
}

describe('intersect', () => {
  it('is empty without answers', () => {
    expect(intersect([])).toEqual([]);
  });

  it('keeps the articles of a single answer, named ones included', () => {
    expect(intersect([answer({ 1: {}, 2: {} }, [7])]).sort()).toEqual([1, 2, 7]);
  });

  it('keeps only the articles every word matches, by text or by name', () => {
    expect(
      intersect([answer({ 1: {}, 2: {}, 3: {} }), answer({ 2: {}, 3: {}, 4: {} }), answer({ 3: {} }, [2])]).sort(),
    ).toEqual([2, 3]);
    expect(intersect([answer({ 1: {} }), answer({ 2: {} })])).toEqual([]);
  });
});

describe('orderByRelevance', () => {
  const HEADLINE = { region: 0, headline: 1, occurrences: 1 };
  it('puts headline matches first, whatever the body holds', () => {
    const ranked = orderByRelevance([1, 2], [answer({ 1: { occurrences: 9 }, 2: HEADLINE })]);
    expect(ranked).toEqual([2, 1]);
  });

  it('then body matches, then captions, then credits, whatever their counts', () => {
    const answers = [
      answer({
        1: { region: 3, occurrences: 5, first: 1 },
        2: { region: 2, occurrences: 3, first: 1 },
        3: { region: 1, occurrences: 1 },
        4: HEADLINE,
      }),
    ];
    expect(orderByRelevance([1, 2, 3, 4], answers)).toEqual([4, 3, 2, 1]);
  });

  it('sums the regions over the words', () => {
    const answers = [
      answer({ 1: { region: 0 }, 2: { region: 1 }, 3: { region: 1 } }),
      answer({ 1: { region: 3 }, 2: { region: 1 }, 3: { region: 3 } }),
    ];
    expect(orderByRelevance([1, 2, 3], answers)).toEqual([2, 1, 3]);
  });

  it('then more occurrences before fewer, summed over the words', () => {
    const answers = [
      answer({ 1: { occurrences: 1 }, 2: { occurrences: 2 }, 3: { occurrences: 1 } }),
      answer({ 1: { occurrences: 3 }, 2: { occurrences: 1 }, 3: { occurrences: 1 } }),
    ];
    expect(orderByRelevance([1, 2, 3], answers)).toEqual([1, 2, 3]);
  });

  it('then the earlier first occurrence, then the newer article', () => {
    const answers = [answer({ 1: { first: 50 }, 2: { first: 10 }, 3: { first: 50 } })];
    expect(orderByRelevance([1, 2, 3], answers)).toEqual([2, 3, 1]);
  });

  it('ranks an article found only by name after those that contain the word, even only in its credits', () => {
    const answers = [answer({ 4: { region: 3 } }, [9])];
    expect(orderByRelevance([9, 4], answers)).toEqual([4, 9]);
  });
});

/** The order as first written: one key object per article, compared two by two. */
function comparedOrder(ids: readonly number[], answers: readonly WordAnswer[]): number[] {
  const keyed = ids.map((id) => {
    const key = { id, region: 0, headline: 0, occurrences: 0, first: 0 };
    for (const answer of answers) {
      const hit = answer.hits.get(id);
      if (!hit) key.region += 4;
      else {
        key.region += hit.region;
        key.headline += hit.headline;
        key.occurrences += hit.occurrences;
        key.first += hit.first;
      }
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

describe('intersect and orderByRelevance on any answers', () => {
  const hit = fc.record({
    region: fc.integer({ min: 0, max: 3 }),
    headline: fc.integer({ min: 0, max: 3 }),
    occurrences: fc.integer({ min: 1, max: 2000 }),
    first: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 100_000 })),
  });
  const article = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2 ** 21 - 1 }));
  const wordAnswer = fc
    .tuple(fc.array(fc.tuple(article, hit), { maxLength: 40 }), fc.array(article, { maxLength: 5 }))
    .map(([hits, named]): WordAnswer => ({ hits: new Map(hits), named: new Set(named) }));

  it('property: intersect keeps exactly the articles every word matches, each once', () => {
    fc.assert(
      fc.property(fc.array(wordAnswer, { minLength: 1, maxLength: 4 }), (answers) => {
        const matches = (answer: WordAnswer, id: number) => answer.hits.has(id) || answer.named.has(id);
        const all = new Set(answers.flatMap((answer) => [...answer.hits.keys(), ...answer.named]));
        const expected = [...all].filter((id) => answers.every((answer) => matches(answer, id)));
        const kept = intersect(answers);
        expect(new Set(kept).size).toBe(kept.length);
        expect([...kept].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
      }),
    );
  });

  it('property: orderByRelevance gives the order of the keys compared two by two', () => {
    fc.assert(
      fc.property(fc.array(wordAnswer, { minLength: 1, maxLength: 4 }), (answers) => {
        const ids = intersect(answers);
        expect(orderByRelevance(ids, answers)).toEqual(comparedOrder(ids, answers));
      }),
      { numRuns: 500 },
    );
  });
});

describe('orderByDate', () => {
  it('follows the archive order, or its reverse', () => {
    expect(orderByDate([5, 1, 3], 'asc')).toEqual([1, 3, 5]);
    expect(orderByDate([5, 1, 3], 'desc')).toEqual([5, 3, 1]);
  });
});

describe('aliasMatches', () => {
  const entries = [
    { id: 'zhuhai', names: ['珠海高新区', '珠海国家高新区'] },
    { id: 'jining', names: ['济宁高新区', 'Jining'] },
    { id: 'both', names: ['珠海國家高新區'] },
  ];
  const t2s = { 國: '国', 區: '区' };

  it('matches a name or an alias, in normalised form', () => {
    expect(aliasMatches('珠海国家高新区', entries, t2s).map((e) => e.id)).toEqual(['zhuhai', 'both']);
    expect(aliasMatches('jining', entries, t2s).map((e) => e.id)).toEqual(['jining']);
    // Without the map, a Traditional name is only itself.
    expect(aliasMatches('珠海国家高新区', entries, {}).map((e) => e.id)).toEqual(['zhuhai']);
  });

  it('needs the whole name, not a part of it', () => {
    expect(aliasMatches('珠海', entries, t2s)).toEqual([]);
    expect(aliasMatches('高新区', entries, t2s)).toEqual([]);
  });

  it('normalises the names once per list and map', () => {
    const index = aliasIndex(entries, t2s);
    expect(aliasIndex(entries, t2s)).toBe(index);
    expect(aliasIndex(entries, {})).not.toBe(index);
    expect(index.names.get(entries[1]!)).toEqual(['济宁高新区', 'jining']);
  });
});
