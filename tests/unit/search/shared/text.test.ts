import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsNormalized,
  findNormalizedMatches,
  foldChar,
  INDEX_MARKS,
  isIndexedChar,
  normalizedRuns,
  normalizeText,
  parseQuery,
  type CharMap,
} from '../../../../src/lib/search/shared/text.ts';

/** A small explicit Traditional → Simplified map: the real one is tested in t2s.test.ts. */
const T2S = { 黨: '党', 學: '学', 習: '习', 後: '后', 蘇: '苏', 徵: '征' } as const;

const HARD_BREAK_CHARS = ['。', '！', '？', '；', '…', '!', '?', ';', '\u2029'];

const units = (text: string) => normalizeText(text, T2S).map((u) => u.char);

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const CJK = [
  '党',
  '史',
  '学',
  '习',
  '苏',
  '兆',
  '征',
  '不',
  '忘',
  '初',
  '心',
  '牢',
  '记',
  '使',
  '命',
  '高',
  '新',
  '区',
];
const TRADITIONAL = ['黨', '學', '習', '蘇', '後', '徵'];
const LATIN = ['a', 'b', 'x', 'Z', 'Q', 'W', '0', '1', '9'];
const FULL_WIDTH = ['Ａ', 'ｂ', 'Ｗ', '１', '９'];
const SYMBOLS = ['℃', '㎡', 'ﬁ', '①', '²', '😀', '𠮷'];
const PUNCTUATION = ['，', '、', '“', '”', '"', '(', ')', '-', '.', ':', '·', '《', '》', '—', '%', '+'];
/** Everything but sentence ends and whitespace. */
const NO_BREAK = [...CJK, ...TRADITIONAL, ...LATIN, ...FULL_WIDTH, ...SYMBOLS, ...PUNCTUATION];

const textOf = (alphabet: string[], maxLength = 24) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((chars) => chars.join(''));

/** Arbitrary article text, including line breaks. */
const anyText = textOf([...NO_BREAK, ...NO_BREAK, ...NO_BREAK, ' ', ' ', '　', '\n', '\r', ...HARD_BREAK_CHARS], 30);
const show = (s: string) => JSON.stringify(s).replace(/[\uE000-\uF8FF]/gu, (c) => `<${c.charCodeAt(0).toString(16)}>`);

// ---------------------------------------------------------------------------------------------

describe('foldChar', () => {
  it("drops the index layout's marks, so no text or query holds them", () => {
    for (const mark of Object.values(INDEX_MARKS)) expect(foldChar(mark, T2S)).toBe('');
    expect(units(`${INDEX_MARKS.runEnd}党${INDEX_MARKS.presence}建`)).toEqual(['党', '建']);
  });

  it('folds full-width letters and digits to half-width, lower case', () => {
    expect(foldChar('Ａ', T2S)).toBe('a');
    expect(foldChar('ｚ', T2S)).toBe('z');
    expect(foldChar('１', T2S)).toBe('1');
    expect(foldChar('９', T2S)).toBe('9');
  });

  it('lower-cases ASCII letters', () => {
    expect(foldChar('A', T2S)).toBe('a');
    expect(foldChar('Z', T2S)).toBe('z');
    expect(foldChar('q', T2S)).toBe('q');
  });

  it('maps Traditional characters through the map, leaves others alone', () => {
    expect(foldChar('黨', T2S)).toBe('党');
    expect(foldChar('學', T2S)).toBe('学');
    expect(foldChar('習', T2S)).toBe('习');
    expect(foldChar('党', T2S)).toBe('党');
    // Without the map, a Traditional character is indexed as it is.
    expect(foldChar('黨', {})).toBe('黨');
  });

  it('drops punctuation and spaces', () => {
    for (const c of ['，', '。', '、', '“', '”', '"', '(', '-', '.', '…', ' ', '　', '《', '—', '\n']) {
      expect(foldChar(c, T2S), show(c)).toBe('');
    }
  });

  it('folds every character of the Basic Multilingual Plane from U+3000 on as its definition says', () => {
    // The ideographs are folded without normalising (they are their own fold); the definition
    // normalises, so a wrong shortcut (the compatibility ideographs of U+F900, say) fails here.
    const definition = (c: string) =>
      [...c.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')]
        .filter((x) => isIndexedChar(x) && !Object.values(INDEX_MARKS).includes(x as never))
        .join('');
    for (let code = 0x3000; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      expect(foldChar(c, {}), show(c)).toBe(definition(c));
    }
  });

  it('folds compatibility characters to their indexed letters', () => {
    expect(foldChar('℃', T2S)).toBe('c');
    expect(foldChar('㎡', T2S)).toBe('m2');
    expect(foldChar('ﬁ', T2S)).toBe('fi');
    expect(foldChar('①', T2S)).toBe('1');
  });

  it('strips diacritics', () => {
    expect(foldChar('é', T2S)).toBe('e');
    expect(foldChar('Ü', T2S)).toBe('u');
  });

  it('keeps characters outside the BMP', () => {
    expect(foldChar('𠮷', T2S)).toBe('𠮷');
    expect(foldChar('😀', T2S)).toBe('');
  });
});

describe('normalizeText', () => {
  it('gives one unit per indexed character, pointing back to the original', () => {
    const text = '“黨史”學習，ＡＢ 12';
    const result = normalizeText(text, T2S);
    expect(result.map((u) => u.char).join('')).toBe('党史学习ab12');
    for (const unit of result) {
      expect(foldChar(text.slice(unit.start, unit.end), T2S)).toContain(unit.char);
    }
    expect(result[0]).toMatchObject({ char: '党', start: 1, end: 2 });
    expect(result[4]).toMatchObject({ char: 'a', start: 7, end: 8 });
  });

  it('uses UTF-16 offsets for characters outside the BMP', () => {
    const text = '😀𠮷党';
    const result = normalizeText(text, T2S);
    expect(result).toEqual([
      { char: '𠮷', start: 2, end: 4, breakBefore: false },
      { char: '党', start: 4, end: 5, breakBefore: false },
    ]);
  });

  it('gives every unit of a multi-unit character the same source range', () => {
    const result = normalizeText('3㎡', T2S);
    expect(result.map((u) => [u.char, u.start, u.end])).toEqual([
      ['3', 0, 1],
      ['m', 1, 2],
      ['2', 1, 2],
    ]);
  });

  it.each(HARD_BREAK_CHARS)('marks a break after %j', (mark) => {
    const result = normalizeText(`甲乙${mark}丙丁`, T2S);
    expect(result.map((u) => u.breakBefore)).toEqual([false, false, true, false]);
  });

  it('does not break on commas, colons, spaces or quotes', () => {
    const result = normalizeText('甲，乙、丙：丁 戊“己”', T2S);
    expect(result.every((u) => !u.breakBefore)).toBe(true);
  });

  it("does not break on a line break inside a paragraph: a poem's lines read on", () => {
    const stanza = '你是清晨的第一缕光\n照亮了园区的每一条路\r\n温暖\u2028每一名党员';
    expect(normalizeText(stanza, T2S).every((u) => !u.breakBefore)).toBe(true);
    expect(normalizedRuns(stanza, T2S)).toEqual(['你是清晨的第一缕光照亮了园区的每一条路温暖每一名党员']);
    expect(findNormalizedMatches(stanza, ['一缕光照亮'], T2S)).toEqual([{ start: 6, end: 12 }]);
    expect(containsNormalized(stanza, '每一条路温暖', T2S)).toBe(true);
  });

  it('never marks a break before the first unit, and one break for several marks', () => {
    const result = normalizeText('。。甲……！乙', T2S);
    expect(result.map((u) => u.breakBefore)).toEqual([false, true]);
  });

  it('splits runs at sentence ends', () => {
    expect(normalizedRuns('不忘初心。牢记使命！', T2S)).toEqual(['不忘初心', '牢记使命']);
    expect(normalizedRuns('……', T2S)).toEqual([]);
  });
});

describe('parseQuery', () => {
  it('splits unquoted words on ASCII and ideographic spaces', () => {
    expect(parseQuery('党史 学习　教育', T2S)).toEqual([
      { normalized: '党史', quoted: false },
      { normalized: '学习', quoted: false },
      { normalized: '教育', quoted: false },
    ]);
  });

  it('keeps quoted phrases whole, spaces inside removed', () => {
    expect(parseQuery('"学党史 强信念"', T2S)).toEqual([{ normalized: '学党史强信念', quoted: true }]);
    expect(parseQuery('“学党史 强信念” 高新区', T2S)).toEqual([
      { normalized: '学党史强信念', quoted: true },
      { normalized: '高新区', quoted: false },
    ]);
    expect(parseQuery('「不忘 初心」', T2S)).toEqual([{ normalized: '不忘初心', quoted: true }]);
  });

  it('does not split a word at quotes inside it, as the text does not', () => {
    expect(parseQuery('金鼎“五大行动”', T2S)).toEqual([{ normalized: '金鼎五大行动', quoted: false }]);
    expect(parseQuery('“苏兆征”读书分享会 高新区', T2S)).toEqual([
      { normalized: '苏兆征读书分享会', quoted: false },
      { normalized: '高新区', quoted: false },
    ]);
    expect(parseQuery('实施「五大 行动」计划', T2S)).toEqual([{ normalized: '实施五大行动计划', quoted: false }]);
    // The word is what the text holds once its punctuation is dropped.
    const text = '实施“五大行动”引领高质量发展';
    expect(normalizedRuns(text, T2S).join('')).toContain(parseQuery('实施“五大行动”', T2S)[0]!.normalized);
  });

  it('splits a passage pasted across a sentence end into its pieces, quoted or not', () => {
    expect(parseQuery('加集中培训。目前 高新区', T2S)).toEqual([
      { normalized: '加集中培训', quoted: false },
      { normalized: '目前', quoted: false },
      { normalized: '高新区', quoted: false },
    ]);
    expect(parseQuery('“要求！根据……科技型”', T2S)).toEqual([
      { normalized: '要求', quoted: true },
      { normalized: '根据', quoted: true },
      { normalized: '科技型', quoted: true },
    ]);
    expect(parseQuery('培训。', T2S)).toEqual([{ normalized: '培训', quoted: false }]);
  });

  it('takes a word after a minus sign, ASCII or full-width, quoted or not, as one to leave out', () => {
    expect(parseQuery('党建 -珠海 －“党史 学习”', T2S)).toEqual([
      { normalized: '党建', quoted: false },
      { normalized: '珠海', quoted: false, excluded: 1 },
      { normalized: '党史学习', quoted: true, excluded: 2 },
    ]);
    // A minus word cut by a sentence end: its pieces, one typed word's.
    expect(parseQuery('-培训。目前 党建', T2S)).toEqual([
      { normalized: '培训', quoted: false, excluded: 0 },
      { normalized: '目前', quoted: false, excluded: 0 },
      { normalized: '党建', quoted: false },
    ]);
    // The same word wanted and unwanted is two words: no article can answer both.
    expect(parseQuery('党建 -党建', T2S)).toHaveLength(2);
  });

  it('keeps a minus sign inside a word, a run of dashes and a lone minus as punctuation', () => {
    expect(parseQuery('covid-19', T2S)).toEqual([{ normalized: 'covid19', quoted: false }]);
    expect(parseQuery('——记者手记', T2S)).toEqual([{ normalized: '记者手记', quoted: false }]);
    expect(parseQuery('--党建', T2S)).toEqual([{ normalized: '党建', quoted: false }]);
    expect(parseQuery('党建 -', T2S)).toEqual([{ normalized: '党建', quoted: false }]);
  });

  it('property: every word of a stretch copied from a text lies within one of its runs', () => {
    const chars = ['甲', '乙', '丙', '丁', '。', '，', '、', '！', '；', '…', ' ', '“', '”', 'A', '１'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (letters, a, b) => {
          const text = letters.join('');
          const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
          const runs = normalizedRuns(text, T2S);
          for (const word of parseQuery(text.slice(from, to), T2S))
            expect(
              runs.some((run) => run.includes(word.normalized)),
              word.normalized,
            ).toBe(true);
        },
      ),
    );
  });

  it('gives the same word for a quoted phrase with or without punctuation', () => {
    const expected = [{ normalized: '不忘初心牢记使命', quoted: true }];
    expect(parseQuery('“不忘初心、牢记使命”', T2S)).toEqual(expected);
    expect(parseQuery('“不忘初心牢记使命”', T2S)).toEqual(expected);
    expect(parseQuery('"不忘初心、牢记使命"', T2S)).toEqual(expected);
  });

  it('normalises words like the text: Traditional, full-width, case', () => {
    expect(parseQuery('黨史學習 ＡＰＰ', T2S)).toEqual([
      { normalized: '党史学习', quoted: false },
      { normalized: 'app', quoted: false },
    ]);
  });

  it('drops punctuation-only words and duplicates', () => {
    expect(parseQuery('，， 党史 …… 党史 黨史 "党史"', T2S)).toEqual([{ normalized: '党史', quoted: false }]);
    expect(parseQuery('   ', T2S)).toEqual([]);
    expect(parseQuery('""', T2S)).toEqual([]);
  });
});

describe('findNormalizedMatches', () => {
  it('maps a match back to the original text, punctuation inside included', () => {
    const text = '要“不忘初心、牢记使命”。';
    const ranges = findNormalizedMatches(text, ['不忘初心牢记使命'], T2S);
    expect(ranges).toEqual([{ start: 2, end: 11 }]);
    expect(text.slice(2, 11)).toBe('不忘初心、牢记使命');
  });

  it('maps a match with spaces, Traditional and full-width characters', () => {
    const text = '开展 黨史 學習，ＡＰＰ';
    const [range] = findNormalizedMatches(text, ['党史学习'], T2S);
    expect(text.slice(range!.start, range!.end)).toBe('黨史 學習');
    const [app] = findNormalizedMatches(text, ['app'], T2S);
    expect(text.slice(app!.start, app!.end)).toBe('ＡＰＰ');
  });

  it('covers a whole multi-unit character', () => {
    const text = '面积3000㎡左右';
    const [range] = findNormalizedMatches(text, ['m2左'], T2S);
    expect(text.slice(range!.start, range!.end)).toBe('㎡左');
  });

  it('finds every occurrence', () => {
    const text = '党建引领，党建先行';
    expect(findNormalizedMatches(text, ['党建'], T2S)).toEqual([
      { start: 0, end: 2 },
      { start: 5, end: 7 },
    ]);
    expect(findNormalizedMatches('不忘初心', ['不忘', '初心'], T2S)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('merges matches that share one original character', () => {
    expect(findNormalizedMatches('3㎡', ['m', '2'], T2S)).toEqual([{ start: 1, end: 2 }]);
  });

  it('prefers the longest word at a position', () => {
    expect(findNormalizedMatches('党史学习教育', ['党史', '党史学习'], T2S)).toEqual([{ start: 0, end: 4 }]);
  });

  it('does not match across a sentence end', () => {
    expect(findNormalizedMatches('不忘初心。牢记使命', ['初心牢记'], T2S)).toEqual([]);
    expect(findNormalizedMatches('不忘初心……牢记使命', ['心牢'], T2S)).toEqual([]);
  });

  it('ignores empty words and finds nothing for no words', () => {
    expect(findNormalizedMatches('党建', [''], T2S)).toEqual([]);
    expect(findNormalizedMatches('党建', [], T2S)).toEqual([]);
  });

  it('property: every range, normalised, contains one of the words', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.array(fc.constantFrom('党史', '学习', 'a1', '不', '党'), { minLength: 1, maxLength: 3 }),
        (text, words) => {
          for (const range of findNormalizedMatches(text, words, T2S)) {
            expect(range.start).toBeLessThan(range.end);
            const inside = units(text.slice(range.start, range.end)).join('');
            expect(words.some((w) => inside.includes(w))).toBe(true);
          }
        },
      ),
    );
  });
});

/** The matching as first written, a scan over the normalised characters: what findNormalizedMatches must equal. */
function scannedMatches(text: string, words: string[], t2s: CharMap) {
  const sorted = words.filter(Boolean).sort((a, b) => b.length - a.length);
  const all = normalizeText(text, t2s);
  const ranges: { start: number; end: number }[] = [];
  for (let k = 0; k < all.length;) {
    const word = sorted.find((w) => {
      const chars = [...w];
      return chars.every((c, j) => all[k + j]?.char === c && (j === 0 || !all[k + j]!.breakBefore));
    });
    if (!word) {
      k++;
      continue;
    }
    const length = [...word].length;
    const first = all[k]!;
    const last = all[k + length - 1]!;
    const previous = ranges.at(-1);
    if (previous && previous.end > first.start) previous.end = Math.max(previous.end, last.end);
    else ranges.push({ start: first.start, end: last.end });
    k += length;
  }
  return ranges;
}

describe('findNormalizedMatches against a scan of the normalised characters', () => {
  /** Words cut from the text's own normalised characters, so that most of them occur. */
  const textAndWords = anyText.chain((text) => {
    const chars = units(text);
    const cut = fc
      .tuple(fc.nat(chars.length), fc.integer({ min: 1, max: 4 }))
      .map(([at, length]) => chars.slice(at, at + length).join(''));
    const word = chars.length > 0 ? fc.oneof(cut, fc.constantFrom('党史', 'a1', 'm2', 'fi', '党')) : fc.constant('党');
    return fc.tuple(fc.constant(text), fc.array(word, { minLength: 1, maxLength: 4 }));
  });

  it('property: the same ranges for any text and words, with a map and without', () => {
    fc.assert(
      fc.property(textAndWords, ([text, words]) => {
        expect(findNormalizedMatches(text, words, T2S)).toEqual(scannedMatches(text, words, T2S));
        expect(findNormalizedMatches(text, words, {})).toEqual(scannedMatches(text, words, {}));
      }),
      { numRuns: 2000 },
    );
  });

  it('the same ranges on texts longer than their folds, and words of astral characters', () => {
    const text = 'ﬁﬁ𠮷𠮷ﬁ。𠮷ﬁ㎡㎡'.repeat(20);
    for (const words of [['fi'], ['𠮷'], ['ifi', '𠮷𠮷'], ['m2m', '2'], ['fi𠮷']])
      expect(findNormalizedMatches(text, words, T2S)).toEqual(scannedMatches(text, words, T2S));
  });
});

describe('containsNormalized', () => {
  it('finds words across punctuation, spaces and scripts', () => {
    expect(containsNormalized('“不忘初心、牢记使命”', '不忘初心牢记使命', T2S)).toBe(true);
    expect(containsNormalized('黨史 學習', '党史学习', T2S)).toBe(true);
    expect(containsNormalized('Ａpp', 'app', T2S)).toBe(true);
  });

  it('does not find words across a sentence end, or words that are absent', () => {
    expect(containsNormalized('不忘初心。牢记使命', '初心牢记', T2S)).toBe(false);
    expect(containsNormalized('不忘初心', '初心使命', T2S)).toBe(false);
  });
});
