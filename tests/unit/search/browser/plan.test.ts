import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkProbes, planTerms, planWord, type WordPlan } from '../../../../src/lib/search/browser/plan.ts';
import { GRAM } from '../../../../src/lib/search/shared/layout.ts';
import { INDEX_MARKS } from '../../../../src/lib/search/shared/text.ts';

const { presence: P, single: S } = INDEX_MARKS;

describe('planWord', () => {
  it('asks for characters and pairs by presence, and for up to GRAM characters by prefix', () => {
    expect(planWord('党')).toEqual({ kind: 'presence', term: `${S}党` });
    expect(planWord('𠮷')).toEqual({ kind: 'presence', term: `${S}𠮷` });
    expect(planWord('党', 'occurrences')).toEqual({ kind: 'occurrences', term: '党' });
    expect(planWord('党建')).toEqual({ kind: 'presence', term: `${P}党建` });
    expect(planWord('党建', 'occurrences')).toEqual({
      kind: 'occurrences',
      term: '党建',
    });
    expect(planWord('苏兆征')).toEqual({ kind: 'occurrences', term: '苏兆征' });
    expect(planWord('不忘初心')).toEqual({
      kind: 'occurrences',
      term: '不忘初心',
    });
  });

  it('asks for a three-character word by presence where every part searched lists it as common, and counts it by prefix', () => {
    expect(planWord('高新区', 'membership', true)).toEqual({ kind: 'presence', term: `${S}${P}高新区` });
    expect(planWord('高新区', 'occurrences', true)).toEqual({ kind: 'occurrences', term: '高新区' });
    expect(planWord('高新区', 'membership', false)).toEqual({ kind: 'occurrences', term: '高新区' });
    // Only words of three characters have such tokens.
    expect(planWord('不忘初心', 'membership', true)).toEqual({ kind: 'occurrences', term: '不忘初心' });
    expect(planWord('党建', 'membership', true)).toEqual({ kind: 'presence', term: `${P}党建` });
  });

  it('chains whole tokens for longer words', () => {
    expect(planWord('十万党员进')).toEqual({
      kind: 'chain',
      links: [
        { offset: 0, term: '十万党员' },
        { offset: 1, term: '万党员进' },
      ],
    });
    expect(planTerms(planWord('十万党员进党校'))).toEqual(['十万党员', '员进党校']);
    expect(planWord('𠮷野家的牛肉饭').kind).toBe('chain');
  });

  it('property: a chain covers every character with tokens of GRAM characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('甲', '乙', '𠮷', 'a', '1'), {
          minLength: GRAM + 1,
          maxLength: 30,
        }),
        (chars) => {
          const plan = planWord(chars.join('')) as Extract<WordPlan, { kind: 'chain' }>;
          const covered = new Set<number>();
          for (const { offset, term } of plan.links) {
            expect(term).toBe(chars.slice(offset, offset + GRAM).join(''));
            for (let i = offset; i < offset + GRAM; i++) covered.add(i);
          }
          expect(covered.size).toBe(chars.length);
        },
      ),
    );
  });
});

describe('chunk probes', () => {
  it('probes the chunks that begin inside a prefix, and none for a whole token or a presence token', () => {
    const starts = ['党建工作', '党建引领', '党员大会', '学习'];
    expect(chunkProbes('党建', starts)).toEqual(['党建', '党建工作', '党建引领']);
    expect(chunkProbes('党', starts)).toEqual(['党', '党建工作', '党建引领', '党员大会']);
    expect(chunkProbes('党建工作', starts)).toEqual(['党建工作']);
    expect(chunkProbes(`${P}党建`, starts)).toEqual([`${P}党建`]);
    expect(chunkProbes(`${S}党`, [...starts, `${S}党`, `${S}党员`])).toEqual([`${S}党`]);
  });
});
