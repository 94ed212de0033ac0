import { describe, expect, it } from 'vitest';
import { aliasMatches, intersect, orderBy, orderByRelevance, type WordAnswer } from '../../src/lib/search-merge.ts';

function answer(scores: Record<string, number>, extraMembers: string[] = []): WordAnswer {
  return { members: new Set([...Object.keys(scores), ...extraMembers]), scores: new Map(Object.entries(scores)) };
}

describe('intersect', () => {
  it('is empty without answers', () => {
    expect(intersect([])).toEqual(new Set());
  });

  it('keeps the members of a single answer', () => {
    expect(intersect([answer({ a: 1, b: 2 })])).toEqual(new Set(['a', 'b']));
  });

  it('keeps only the articles every word matches', () => {
    expect(intersect([answer({ a: 1, b: 1, c: 1 }), answer({ b: 1, c: 1, d: 1 }), answer({ c: 1, b: 1, e: 1 })])).toEqual(new Set(['b', 'c']));
    expect(intersect([answer({ a: 1 }), answer({ b: 1 })])).toEqual(new Set());
  });

  it('counts members without a score', () => {
    expect(intersect([answer({ a: 1 }, ['z']), answer({}, ['z', 'a'])])).toEqual(new Set(['a', 'z']));
  });
});

describe('orderByRelevance', () => {
  it('orders by summed score, highest first', () => {
    const answers = [answer({ a: 1, b: 5, c: 2 }), answer({ a: 10, b: 1, c: 2 })];
    expect(orderByRelevance(new Set(['a', 'b', 'c']), answers)).toEqual(['a', 'b', 'c']);
  });

  it('counts a missing score as 0', () => {
    const answers = [answer({ a: 3 }, ['b']), answer({ b: 2 }, ['a'])];
    expect(orderByRelevance(new Set(['a', 'b']), answers)).toEqual(['a', 'b']);
  });

  it('breaks ties by the given order, then by id', () => {
    const answers = [answer({ a: 1, b: 1, c: 1, d: 1 })];
    expect(orderByRelevance(new Set(['a', 'b', 'c', 'd']), answers, ['c', 'a'])).toEqual(['c', 'a', 'b', 'd']);
    expect(orderByRelevance(new Set(['d', 'b', 'a']), answers)).toEqual(['a', 'b', 'd']);
  });

  it('only returns the given ids', () => {
    expect(orderByRelevance(new Set(['b']), [answer({ a: 9, b: 1 })], ['a', 'b'])).toEqual(['b']);
  });
});

describe('orderBy', () => {
  it('follows the sorted list', () => {
    expect(orderBy(new Set(['c', 'a']), ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(orderBy(new Set(['c', 'a']), ['c', 'b', 'a'])).toEqual(['c', 'a']);
  });

  it('puts ids missing from the list last, sorted', () => {
    expect(orderBy(new Set(['z', 'b', 'y']), ['a', 'b'])).toEqual(['b', 'y', 'z']);
  });
});

describe('aliasMatches', () => {
  const entries = [
    { id: 'zhuhai', names: ['珠海高新区', '珠海国家高新区'] },
    { id: 'jining', names: ['济宁高新区', 'Jining'] },
  ];
  const normalize = (s: string) => s.toLowerCase().replace(/\s/g, '');

  it('matches a name or an alias, in normalised form', () => {
    expect(aliasMatches('珠海国家高新区', entries, normalize).map((e) => e.id)).toEqual(['zhuhai']);
    expect(aliasMatches('jining', entries, normalize).map((e) => e.id)).toEqual(['jining']);
  });

  it('needs the whole name, not a part of it', () => {
    expect(aliasMatches('珠海', entries, normalize)).toEqual([]);
    expect(aliasMatches('高新区', entries, normalize)).toEqual([]);
  });
});
