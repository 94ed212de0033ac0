import { beforeAll, describe, expect, it } from 'vitest';
import { foldChar, type CharMap } from '../../src/lib/search/shared/text.ts';
import { buildT2SMap } from '../../src/lib/t2s.ts';

describe('buildT2SMap', () => {
  // Built once: it walks every CJK code point through three converters.
  let map: CharMap;
  beforeAll(() => {
    map = buildT2SMap();
  }, 60_000);

  it.each([
    ['黨', '党'],
    ['學', '学'],
    ['習', '习'],
    ['後', '后'],
    ['蘇', '苏'],
    ['徵', '征'],
    ['國', '国'],
    ['區', '区'],
  ])('maps %s to %s', (traditional, simplified) => {
    expect(map[traditional]).toBe(simplified);
  });

  it('has no entry for common Simplified characters', () => {
    for (const c of ['党', '学', '习', '后', '苏', '征', '国', '区', '高', '新'])
      expect(Object.hasOwn(map, c), c).toBe(false);
  });

  it('maps one character to one character, never to itself', () => {
    const entries = Object.entries(map);
    expect(entries.length).toBeGreaterThan(1000);
    for (const [from, to] of entries) {
      expect([...from]).toHaveLength(1);
      expect([...to]).toHaveLength(1);
      expect(to).not.toBe(from);
    }
  });

  it('makes the search fold Traditional text to Simplified', () => {
    expect([...'黨史學習教育'].map((c) => foldChar(c, map)).join('')).toBe('党史学习教育');
  });
});
