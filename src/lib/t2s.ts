/**
 * Traditional → Simplified, one character at a time, for search only: a reader who types
 * 黨史學習 must find 党史学习. Built from OpenCC's dictionaries at build time; character
 * level is enough because both the text and the query go through the same map.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { CharMap } from './search/shared/text.ts';

const CJK_RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2a6df],
];

export function buildT2SMap(): CharMap {
  const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const map: Record<string, string> = {};
  for (const [first, last] of CJK_RANGES) {
    for (let code = first; code <= last; code++) {
      const char = String.fromCodePoint(code);
      for (const convert of converters) {
        const simplified = convert(char);
        if (simplified !== char && [...simplified].length === 1) {
          map[char] = simplified;
          break;
        }
      }
    }
  }
  return map;
}
