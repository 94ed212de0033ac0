import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsNormalized,
  decodeDocument,
  encodeDocument,
  encodeSegment,
  findNormalizedMatches,
  foldChar,
  HEADLINE_WEIGHT,
  isIndexedChar,
  normalizedRuns,
  normalizeText,
  pagefindTerms,
  parseQuery,
  SEGMENT_MARKS,
  type Segment,
  type SegmentKind,
} from '../../src/lib/search-text.ts';

/** A small explicit Traditional → Simplified map: the real one is tested in t2s.test.ts. */
const T2S = { 黨: '党', 學: '学', 習: '习', 後: '后', 蘇: '苏', 徵: '征' } as const;

const KINDS: SegmentKind[] = ['kicker', 'title', 'subtitle', 'h2', 'h3', 'p'];
const HARD_BREAK_CHARS = ['。', '！', '？', '；', '…', '!', '?', ';', '\n'];

/** What Pagefind indexes at each position: per whitespace-separated token, its alphanumerics, lower-cased. */
function indexedWords(encoded: string): string[] {
  return encoded
    .split(/\s+/u)
    .filter(Boolean)
    .map((token) => [...token].filter(isIndexedChar).join('').toLowerCase());
}

function segmentWords(text: string, kind: SegmentKind = 'p'): string[] {
  return indexedWords(encodeSegment({ kind, text }, T2S).join(' '));
}

/** Positions where the bigrams of a word occur at consecutive indexed positions. */
function chainPositions(words: readonly string[], word: string): number[] {
  const exact = pagefindTerms(word).exact;
  if (exact === undefined) throw new Error(`"${word}" has fewer than two characters`);
  const bigrams = exact.slice(1, -1).split(' ');
  const found: number[] = [];
  for (let p = 0; p + bigrams.length <= words.length; p++) {
    if (bigrams.every((b, i) => words[p + i] === b)) found.push(p);
  }
  return found;
}

const units = (text: string) => normalizeText(text, T2S).map((u) => u.char);

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const CJK = ['党', '史', '学', '习', '苏', '兆', '征', '不', '忘', '初', '心', '牢', '记', '使', '命', '高', '新', '区'];
const TRADITIONAL = ['黨', '學', '習', '蘇', '後', '徵'];
const LATIN = ['a', 'b', 'x', 'Z', 'Q', 'W', '0', '1', '9'];
const FULL_WIDTH = ['Ａ', 'ｂ', 'Ｗ', '１', '９'];
const SYMBOLS = ['℃', '㎡', 'ﬁ', '①', '²', '😀', '𠮷'];
const PUNCTUATION = ['，', '、', '“', '”', '"', '(', ')', '-', '.', ':', '·', '《', '》', '—', '%', '+'];
/** Everything but sentence ends and whitespace. */
const NO_BREAK = [...CJK, ...TRADITIONAL, ...LATIN, ...FULL_WIDTH, ...SYMBOLS, ...PUNCTUATION];

const textOf = (alphabet: string[], maxLength = 24) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((chars) => chars.join(''));

/** Texts as segments hold them: no leading or trailing whitespace; ASCII spaces inside. */
const segmentText = textOf([...NO_BREAK, ...NO_BREAK, ' ', ' ', ' ', '。', '！', '？', '；', '…', '!', '?', ';'])
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
/** Segment texts with no indexable character at all, some of them. */
const unitlessText = textOf([...PUNCTUATION, '…', '。', '😀', ' '], 8)
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

/** Arbitrary article text, including line breaks. */
const anyText = textOf([...NO_BREAK, ...NO_BREAK, ...NO_BREAK, ' ', ' ', '　', ...HARD_BREAK_CHARS], 30);
/** A stretch of text that does not span a sentence end. */
const noBreakText = textOf([...NO_BREAK, ' '], 12);

const segmentsArb = fc.array(
  fc.record({ kind: fc.constantFrom(...KINDS), text: fc.oneof({ arbitrary: segmentText, weight: 4 }, { arbitrary: unitlessText, weight: 1 }) }),
  { maxLength: 6 },
);

const show = (s: string) => JSON.stringify(s).replace(/[\uE000-\uF8FF]/gu, (c) => `<${c.charCodeAt(0).toString(16)}>`);

// ---------------------------------------------------------------------------------------------

describe('foldChar', () => {
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

  it.each(['。', '！', '？', '；', '…', '!', '?', ';', '\n'])('marks a break after %j', (mark) => {
    const result = normalizeText(`甲乙${mark}丙丁`, T2S);
    expect(result.map((u) => u.breakBefore)).toEqual([false, false, true, false]);
  });

  it('does not break on commas, colons, spaces or quotes', () => {
    const result = normalizeText('甲，乙、丙：丁 戊“己”', T2S);
    expect(result.every((u) => !u.breakBefore)).toBe(true);
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

describe('encodeSegment', () => {
  it('gives one bigram per character: the chain 苏兆·兆征', () => {
    expect(segmentWords('苏兆征')).toEqual(['苏兆', '兆征', '征']);
  });

  it('starts with the segment kind mark, and only the first token carries one', () => {
    for (const kind of KINDS) {
      const tokens = encodeSegment({ kind, text: '不忘初心' }, T2S);
      expect(tokens[0]!.startsWith(SEGMENT_MARKS[kind])).toBe(true);
      for (const token of tokens.slice(1)) {
        expect(Object.values(SEGMENT_MARKS).some((mark) => token.includes(mark))).toBe(false);
      }
    }
  });

  it('indexes Traditional, full-width and compatibility characters in their normalised form', () => {
    expect(segmentWords('黨史學習')).toEqual(['党史', '史学', '学习', '习']);
    expect(segmentWords('ＡＢ１２')).toEqual(['ab', 'b1', '12', '2']);
    expect(segmentWords('25℃')).toEqual(['25', '5c', 'c']);
    expect(segmentWords('3㎡')).toEqual(['3m', 'm2', '2']);
  });

  it('skips punctuation and spaces between characters', () => {
    expect(segmentWords('“不忘初心、牢记使命”')).toEqual(['不忘', '忘初', '初心', '心牢', '牢记', '记使', '使命', '命']);
    expect(segmentWords('学党史 强信念')).toEqual(['学党', '党史', '史强', '强信', '信念', '念']);
  });

  it('does not chain across a sentence end', () => {
    expect(segmentWords('甲乙。丙丁')).toEqual(['甲乙', '乙', '丙丁', '丁']);
  });

  it('keeps a segment with no indexable character as one token, and drops a blank one', () => {
    expect(encodeSegment({ kind: 'p', text: '……' }, T2S)).toHaveLength(1);
    expect(segmentWords('……')).toEqual(['']);
    expect(encodeSegment({ kind: 'p', text: '   ' }, T2S)).toEqual([]);
    expect(encodeSegment({ kind: 'p', text: '' }, T2S)).toEqual([]);
  });

  it('property: tokens hold no whitespace; each indexes its unit and the next one; runs form a chain', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), anyText, (kind, text) => {
        const tokens = encodeSegment({ kind, text }, T2S);
        for (const token of tokens) expect(token, show(token)).not.toMatch(/\s/u);
        const us = normalizeText(text, T2S);
        if (us.length === 0) {
          expect(tokens.length).toBeLessThanOrEqual(1);
          return;
        }
        expect(tokens).toHaveLength(us.length);
        const words = indexedWords(tokens.join(' '));
        expect(words).toHaveLength(us.length);
        us.forEach((unit, k) => {
          const next = us[k + 1];
          const expected = unit.char + (next && !next.breakBefore ? next.char : '');
          expect(words[k], `token ${k} of ${show(text)}: ${show(tokens[k]!)}`).toBe(expected);
          const n = [...words[k]!].length;
          expect(n === 1 || n === 2).toBe(true);
          // Consecutive tokens of a run: the second unit of one is the first unit of the next.
          if (n === 2) expect([...words[k + 1]!][0]).toBe([...words[k]!][1]);
        });
      }),
      { numRuns: 400 },
    );
  });
});

describe('encodeDocument / decodeDocument', () => {
  const roundTrip = (segments: Segment[]) => decodeDocument(encodeDocument(segments, T2S));

  it('weights the headline segments, and only them', () => {
    const content = encodeDocument(
      [
        { kind: 'kicker', text: '引题' },
        { kind: 'title', text: '主题' },
        { kind: 'p', text: '正文' },
      ],
      T2S,
    );
    const words = content.split(' ');
    expect(words[0]).toBe(`___PAGEFIND_WEIGHT___${HEADLINE_WEIGHT}`);
    const end = words.indexOf('___END_PAGEFIND_WEIGHT___');
    expect(end).toBeGreaterThan(0);
    expect(words.slice(end + 1).join(' ')).toBe(encodeSegment({ kind: 'p', text: '正文' }, T2S).join(' '));
    expect(words.slice(1, end).join(' ')).toContain(SEGMENT_MARKS.title);
  });

  it('closes the weight when the document ends in the headline', () => {
    const words = encodeDocument([{ kind: 'title', text: '主题' }], T2S).split(' ');
    expect(words[0]).toBe(`___PAGEFIND_WEIGHT___${HEADLINE_WEIGHT}`);
    expect(words.at(-1)).toBe('___END_PAGEFIND_WEIGHT___');
  });

  it('does not weight a body-only document', () => {
    expect(encodeDocument([{ kind: 'p', text: '正文' }], T2S)).not.toContain('___');
  });

  const examples: [string, string][] = [
    ['plain Chinese', '苏兆征故居陈列馆'],
    ['spaces', '学党史 强信念  守初心'],
    ['leading and trailing spaces', ' 前后有空格 '],
    ['full-width letters and digits', 'ＡＢＣ１２３党员'],
    ['Traditional characters', '黨史學習教育，後來'],
    ['℃ and ㎡', '气温25℃，面积3000㎡。'],
    ['emoji', '点赞😀👍🏽党建'],
    ['characters outside the BMP', '𠮷野家𠀀'],
    ['Latin words', 'Hello World APP 学习强国'],
    ['leading and trailing punctuation', '“不忘初心、牢记使命”！'],
    ['no indexable character', '……'],
    ['sentence ends', '甲。乙！丙？丁；戊…己'],
    ['decimals and percentages', '增长12.5%，达1.39万人次'],
    ['ligature and circled digits', 'ﬁnance①②'],
    ['uppercase followed by a space', 'A B C'],
    ['diacritics', 'café Ü'],
  ];

  it.each(examples)('round-trips %s', (_, text) => {
    const segments: Segment[] = [{ kind: 'p', text }];
    expect(roundTrip(segments)).toEqual(segments);
  });

  it('round-trips every segment kind, in order', () => {
    const segments: Segment[] = [
      { kind: 'kicker', text: '庆祝中国共产党成立100周年' },
      { kind: 'title', text: '学思践悟守初心 凝心聚力开新局' },
      { kind: 'subtitle', text: '高新区持续推进党史学习教育走深走实' },
      { kind: 'p', text: '深入开展党史学习教育，是党的政治生活中的一件大事。' },
      { kind: 'h2', text: '构建“4+”学习模式' },
      { kind: 'h3', text: '……' },
      { kind: 'p', text: '线上充分利用“学习强国”APP。' },
      { kind: 'p', text: '第二段' },
    ];
    expect(roundTrip(segments)).toEqual(segments);
  });

  it('drops a segment that is only whitespace', () => {
    expect(
      roundTrip([
        { kind: 'p', text: '甲' },
        { kind: 'p', text: '   ' },
        { kind: 'p', text: '乙' },
      ]),
    ).toEqual([
      { kind: 'p', text: '甲' },
      { kind: 'p', text: '乙' },
    ]);
  });

  // Regression: a segment with no indexable character once came back with U+E000 for its spaces.
  it('round-trips a segment of punctuation and spaces only', () => {
    const segments: Segment[] = [{ kind: 'p', text: '—— · ——' }];
    expect(roundTrip(segments)).toEqual(segments);
  });

  // Regression: a character Pagefind counts as a letter but our folding drops (U+FF9F, NFKC →
  // combining U+309A) once swallowed the next character: 'ﾟ党' decoded to 'ﾟ'.
  it('round-trips a letter that folds to nothing (U+FF9F) before a character', () => {
    const segments: Segment[] = [{ kind: 'p', text: 'ﾟ党' }];
    expect(roundTrip(segments)).toEqual(segments);
  });

  // Regression: whitespace other than a plain space (U+3000, U+00A0) once came back as ' '.
  it('round-trips an ideographic space (U+3000)', () => {
    const segments: Segment[] = [{ kind: 'p', text: '学党史　强信念' }];
    expect(roundTrip(segments)).toEqual(segments);
  });

  it('property: decodeDocument(encodeDocument(segments)) returns the segments', () => {
    fc.assert(
      fc.property(segmentsArb, (segments) => {
        expect(roundTrip(segments)).toEqual(segments);
      }),
      { numRuns: 500 },
    );
  });

  it('property: the encoding holds no whitespace inside a token', () => {
    fc.assert(
      fc.property(segmentsArb, (segments) => {
        const content = encodeDocument(segments, T2S);
        if (segments.length === 0) expect(content).toBe('');
        else for (const token of content.split(' ')) {
          expect(token).not.toBe('');
          expect(token).not.toMatch(/\s/u);
        }
      }),
    );
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

describe('pagefindTerms', () => {
  it('leaves a single character to a prefix search', () => {
    expect(pagefindTerms('党')).toEqual({ exact: undefined, ranked: '党' });
    expect(pagefindTerms('𠮷')).toEqual({ exact: undefined, ranked: '𠮷' });
  });

  it('turns n characters into n-1 quoted bigrams', () => {
    expect(pagefindTerms('苏兆')).toEqual({ exact: '"苏兆"', ranked: '苏兆' });
    expect(pagefindTerms('苏兆征')).toEqual({ exact: '"苏兆 兆征"', ranked: '苏兆 兆征' });
    expect(pagefindTerms('不忘初心')).toEqual({ exact: '"不忘 忘初 初心"', ranked: '不忘 忘初 初心' });
  });

  it('counts characters outside the BMP as one', () => {
    expect(pagefindTerms('𠮷野')).toEqual({ exact: '"𠮷野"', ranked: '𠮷野' });
  });

  it('property: n characters give n-1 bigrams', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CJK, 'a', '1', '𠮷'), { minLength: 2, maxLength: 12 }), (chars) => {
        const { exact, ranked } = pagefindTerms(chars.join(''));
        const bigrams = ranked.split(' ');
        expect(bigrams).toHaveLength(chars.length - 1);
        expect(exact).toBe(`"${ranked}"`);
        bigrams.forEach((b, i) => expect(b).toBe(chars[i]! + chars[i + 1]!));
      }),
    );
  });
});

describe('search as Ctrl+F: queries against the encoding', () => {
  it('finds a phrase typed with different punctuation, spaces, script and width', () => {
    const words = segmentWords('“不忘初心、牢记使命”主题教育，黨史學習 ＡＰＰ上线');
    for (const query of ['不忘初心牢记使命', '"不忘初心 牢记使命"', '党史学习', '黨史学习', 'app上线', 'ＡＰＰ']) {
      const [word] = parseQuery(query, T2S);
      expect(chainPositions(words, word!.normalized), query).toHaveLength(1);
    }
  });

  it('does not find a phrase across a sentence end', () => {
    const words = segmentWords('不忘初心。牢记使命');
    expect(chainPositions(words, '心牢')).toEqual([]);
    expect(chainPositions(words, '初心')).toEqual([2]);
  });

  it('property (recall): a substring of the text is found at consecutive positions', () => {
    fc.assert(
      fc.property(anyText, noBreakText, anyText, (before, middle, after) => {
        const text = before + middle + after;
        const queryWords = parseQuery(middle, T2S).filter((w) => [...w.normalized].length >= 2);
        fc.pre(queryWords.length > 0);
        const words = segmentWords(text);
        for (const w of queryWords) {
          expect(chainPositions(words, w.normalized).length, `${show(w.normalized)} in ${show(text)}`).toBeGreaterThan(0);
        }
        // The same substring typed as one quoted phrase.
        if (!/["“”「」]/u.test(middle)) {
          const [phrase] = parseQuery(`“${middle}”`, T2S);
          if (phrase && [...phrase.normalized].length >= 2) {
            expect(chainPositions(words, phrase.normalized).length, `"${show(phrase.normalized)}" in ${show(text)}`).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property (recall): any code-point substring without a sentence end, as typed', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const chars = [...text];
        const [i, j] = [a % (chars.length + 1), b % (chars.length + 1)].sort((x, y) => x - y) as [number, number];
        const substring = chars.slice(i, j).join('');
        fc.pre(!HARD_BREAK_CHARS.some((c) => substring.includes(c)));
        const [first] = parseQuery(substring, T2S);
        fc.pre(first !== undefined && [...first.normalized].length >= 2);
        expect(chainPositions(segmentWords(text), first!.normalized).length, `${show(substring)} in ${show(text)}`).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('property (precision and recall): the chain is found exactly when the text contains the word', () => {
    const alphabet = ['甲', '乙', '丙', 'a', 'A', 'Ａ', '黨', '党', '，', '。', ' ', '…'];
    const wordAlphabet = ['甲', '乙', '丙', 'a', '党'];
    fc.assert(
      fc.property(
        textOf(alphabet, 16),
        fc.array(fc.constantFrom(...wordAlphabet), { minLength: 2, maxLength: 3 }),
        (text, wordChars) => {
          const word = wordChars.join('');
          const found = chainPositions(segmentWords(text), word).length > 0;
          expect(found, `${word} in ${show(text)}`).toBe(containsNormalized(text, word, T2S));
        },
      ),
      { numRuns: 1000 },
    );
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
      fc.property(anyText, fc.array(fc.constantFrom('党史', '学习', 'a1', '不', '党'), { minLength: 1, maxLength: 3 }), (text, words) => {
        for (const range of findNormalizedMatches(text, words, T2S)) {
          expect(range.start).toBeLessThan(range.end);
          const inside = units(text.slice(range.start, range.end)).join('');
          expect(words.some((w) => inside.includes(w))).toBe(true);
        }
      }),
    );
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
