import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSupport, decodeT2S, encodeSupport, needsT2S } from '../../../../src/lib/search/shared/data.ts';

describe('support files: aliases, the bitmap of mapped characters, the map itself', () => {
  const t2s = { 黨: '党', 學: '学', 習: '习', '𠮷': '吉' };
  const aliases = [{ filter: 'zone' as const, value: '惠州仲恺高新区', names: ['仲恺高新区', '仲恺'] }];
  const { support, t2s: t2sFile } = encodeSupport({ t2s, aliases });

  it('marks exactly the characters the map changes', () => {
    expect(needsT2S(support, '黨史')).toBe(true);
    expect(needsT2S(support, '学习')).toBe(false);
    expect(needsT2S(support, 'ABC 123')).toBe(false);
    expect(needsT2S(support, '𠮷')).toBe(true);
    expect(needsT2S(support, '吉')).toBe(false);
  });

  it('property: a query needs the map exactly when it holds a character the map changes', () => {
    const inRanges = fc.oneof(
      fc.integer({ min: 0x3400, max: 0x9fff }),
      fc.integer({ min: 0xf900, max: 0xfaff }),
      fc.integer({ min: 0x20000, max: 0x2a6df }),
    );
    const char = fc.oneof(inRanges, fc.integer({ min: 0x20, max: 0x33ff })).map((code) => String.fromCodePoint(code));
    fc.assert(
      fc.property(fc.uniqueArray(inRanges, { maxLength: 40 }), fc.array(char, { maxLength: 6 }), (mapped, query) => {
        const map = Object.fromEntries(mapped.map((code) => [String.fromCodePoint(code), '党']));
        const { support } = encodeSupport({ t2s: map, aliases: [] });
        // Also a character of the map itself, so that most queries hold one.
        const asked = [...query, ...mapped.slice(0, 1).map((code) => String.fromCodePoint(code))];
        for (const text of [query.join(''), asked.join('')])
          expect(needsT2S(support, text)).toBe([...text].some((c) => c in map));
      }),
    );
  });

  it('round-trips the map through its pairs string, and keeps the aliases', () => {
    expect(decodeT2S(t2sFile.pairs)).toEqual(t2s);
    expect(decodeSupport(support, decodeT2S(t2sFile.pairs))).toEqual({ t2s, aliases });
  });

  it('refuses a character outside the ranges the bitmap covers', () => {
    expect(() => encodeSupport({ t2s: { A: 'a' }, aliases: [] })).toThrow(/outside/);
  });

  it('keeps the bitmap small: about one bit per code point of the covered ranges', () => {
    expect(atob(support.mapped).length).toBeLessThan(12_000);
  });
});
