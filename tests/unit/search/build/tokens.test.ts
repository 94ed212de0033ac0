import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleTokens, CharacterTally, commonSample, commonWords } from '../../../../src/lib/search/build/tokens.ts';
import { COMMON_SAMPLE, COMMON_WORDS } from '../../../../src/lib/search/shared/layout.ts';
import { INDEX_MARKS, normalizedRuns, type Segment } from '../../../../src/lib/search/shared/text.ts';

const T2S = { 黨: '党', 學: '学', 習: '习' } as const;
const { runEnd: E, presence: P, single: S } = INDEX_MARKS;

describe('articleTokens', () => {
  it('gives a positional token of GRAM characters at each character, filled at a run end', () => {
    const tokens = articleTokens([{ kind: 'title', text: '苏兆征故居' }], T2S);
    expect(tokens.headline.tokens).toEqual(['苏兆征故', '兆征故居', `征故居${E}`, `故居${E}${E}`, `居${E}${E}${E}`]);
    expect(tokens.body.tokens).toEqual([]);
  });

  it('stops tokens at sentence ends and segment boundaries, and reads text normalised', () => {
    const tokens = articleTokens(
      [
        { kind: 'p', text: '黨建。ＡＢ' },
        { kind: 'p', text: '学' },
      ],
      T2S,
    );
    expect(tokens.body.tokens).toEqual([
      `党建${E}${E}`,
      `建${E}${E}${E}`,
      `ab${E}${E}`,
      `b${E}${E}${E}`,
      `学${E}${E}${E}`,
    ]);
  });

  it('lists each character and each pair once, where it first occurs, in order', () => {
    const tokens = articleTokens(
      [
        { kind: 'title', text: '党建引领' },
        { kind: 'p', text: '党建工作，引领发展' },
      ],
      T2S,
    );
    expect(tokens.headline.presence).toEqual([
      `${S}党`,
      `${P}党建`,
      `${S}建`,
      `${P}建引`,
      `${S}引`,
      `${P}引领`,
      `${S}领`,
    ]);
    expect(tokens.body.presence).toEqual([
      `${P}建工`,
      `${S}工`,
      `${P}工作`,
      `${S}作`,
      `${P}作引`,
      `${P}领发`,
      `${S}发`,
      `${P}发展`,
      `${S}展`,
    ]);
  });

  it('keeps captions and credits in regions of their own, each caption and credit a run of its own', () => {
    const tokens = articleTokens(
      [
        { kind: 'credit', text: '宋显晖' },
        { kind: 'credit', text: '叶伟' },
        { kind: 'caption', text: '故居陈列馆' },
        { kind: 'caption', text: '（本报记者 钟凡 摄）' },
        { kind: 'title', text: '标题' },
        { kind: 'p', text: '正文' },
      ],
      T2S,
    );
    expect(tokens.headline.tokens).toEqual([`标题${E}${E}`, `题${E}${E}${E}`]);
    expect(tokens.body.tokens).toEqual([`正文${E}${E}`, `文${E}${E}${E}`]);
    expect(tokens.caption.tokens.slice(3, 6)).toEqual([`列馆${E}${E}`, `馆${E}${E}${E}`, '本报记者']);
    expect(tokens.caption.tokens.at(-1)).toBe(`摄${E}${E}${E}`);
    expect(tokens.credit.tokens).toEqual([
      `宋显晖${E}`,
      `显晖${E}${E}`,
      `晖${E}${E}${E}`,
      `叶伟${E}${E}`,
      `伟${E}${E}${E}`,
    ]);
    // No pair from one caption or credit into the next.
    expect(tokens.caption.presence).not.toContain(`${P}馆本`);
    expect(tokens.credit.presence).not.toContain(`${P}晖叶`);
    expect(tokens.credit.presence).toContain(`${P}叶伟`);
  });

  it('puts a presence token in the best region the character or pair occurs in', () => {
    const tokens = articleTokens(
      [
        { kind: 'title', text: '苏' },
        { kind: 'p', text: '故居' },
        { kind: 'caption', text: '苏兆征故居' },
        { kind: 'credit', text: '兆征' },
      ],
      T2S,
    );
    expect(tokens.headline.presence).toEqual([`${S}苏`]);
    expect(tokens.body.presence).toEqual([`${S}故`, `${P}故居`, `${S}居`]);
    expect(tokens.caption.presence).toEqual([`${P}苏兆`, `${S}兆`, `${P}兆征`, `${S}征`, `${P}征故`]);
    expect(tokens.credit.presence).toEqual([]);
  });
});

describe("a part's common three-character words", () => {
  it('gives each a presence token once, in the best region it occurs in, with a mark no pair token begins', () => {
    const tokens = articleTokens(
      [
        { kind: 'title', text: '珠海高新区' },
        { kind: 'p', text: '高新区党委。高新区' },
        { kind: 'caption', text: '党委会议' },
      ],
      T2S,
      new Set(['高新区', '党委会']),
    );
    const trigrams = (presence: string[]) => presence.filter((token) => token.startsWith(`${S}${P}`));
    expect(trigrams(tokens.headline.presence)).toEqual([`${S}${P}高新区`]);
    expect(trigrams(tokens.body.presence)).toEqual([]);
    expect(trigrams(tokens.caption.presence)).toEqual([`${S}${P}党委会`]);
    // Not across a sentence end, and none for a word the part does not list.
    expect(trigrams(articleTokens([{ kind: 'p', text: '高新。区' }], T2S, new Set(['高新区'])).body.presence)).toEqual(
      [],
    );
    expect(trigrams(articleTokens([{ kind: 'p', text: '高新区' }], T2S).body.presence)).toEqual([]);
    // Pagefind finds every word a term begins: no pair's or character's presence term begins it.
    for (const token of tokens.headline.presence.filter((t) => !trigrams([t]).length))
      expect(`${S}${P}高新区`.startsWith(token)).toBe(false);
  });

  it('lists the words occurring at least half as often as there are articles, read normalised, sorted', () => {
    const articles = [
      [
        { kind: 'title' as const, text: '高新区' },
        { kind: 'p' as const, text: '黨建工作。高新区党建' },
      ],
      [{ kind: 'p' as const, text: '高新区。党建工作' }],
      [{ kind: 'p' as const, text: '社区治理' }],
      [{ kind: 'p' as const, text: '党建引领' }],
    ];
    // 高新区 3 times, 党建工 2, 建工作 2 (黨 read 党), 新区党 1, 区党建 1: at least 2 of 4 articles' worth.
    expect(commonWords(articles, T2S)).toEqual(['党建工', '建工作', '高新区']);
    expect(commonWords([], T2S)).toEqual([]);
  });

  it('keeps at most COMMON_WORDS, the most frequent', () => {
    const text = Array.from({ length: COMMON_WORDS + 10 }, (_, i) => String.fromCodePoint(0x4e00 + i).repeat(3)).join(
      '，',
    );
    // One more occurrence of the last ten: they are among the kept.
    const extra = Array.from({ length: 10 }, (_, i) => String.fromCodePoint(0x4e00 + COMMON_WORDS + i).repeat(3));
    const words = commonWords([[{ kind: 'p', text: `${text}，${extra.join('，')}` }]], T2S);
    expect(words).toHaveLength(COMMON_WORDS);
    for (const word of extra) expect(words).toContain(word);
    expect(words).toEqual([...words].sort());
  });

  it('are chosen from every article of a small part, else from a sample spread over all its dates', () => {
    expect(commonSample(0)).toEqual([]);
    expect(commonSample(3)).toEqual([0, 1, 2]);
    expect(commonSample(COMMON_SAMPLE)).toHaveLength(COMMON_SAMPLE);
    fc.assert(
      fc.property(fc.integer({ min: COMMON_SAMPLE + 1, max: 200_000 }), (count) => {
        const sample = commonSample(count);
        expect(sample).toHaveLength(COMMON_SAMPLE);
        // The first and the last article, ascending and distinct, every gap within one of the even step.
        expect(sample[0]).toBe(0);
        expect(sample.at(-1)).toBe(count - 1);
        const step = (count - 1) / (COMMON_SAMPLE - 1);
        for (let k = 1; k < sample.length; k++) {
          const gap = sample[k]! - sample[k - 1]!;
          expect(gap).toBeGreaterThanOrEqual(Math.max(1, Math.floor(step)));
          expect(gap).toBeLessThanOrEqual(Math.ceil(step) + 1);
        }
      }),
    );
  });
});

describe('CharacterTally', () => {
  it('names no character before any article holds one', () => {
    const tally = new CharacterTally();
    expect(tally.commonest()).toBe('');
    tally.add(articleTokens([{ kind: 'p', text: '，。 ' }], T2S));
    expect(tally.commonest()).toBe('');
  });

  it('counts a character once per article, however often it occurs there, and reads it normalised', () => {
    const tally = new CharacterTally();
    tally.add(articleTokens([{ kind: 'p', text: '建建建建建' }], T2S));
    tally.add(
      articleTokens(
        [
          { kind: 'title', text: '黨' },
          { kind: 'p', text: '建党' },
        ],
        T2S,
      ),
    );
    tally.add(articleTokens([{ kind: 'p', text: '黨员' }], T2S));
    expect(tally.commonest()).toBe('党');
  });

  it('names the character the most articles hold, the lowest code point of equals, whatever the regions', () => {
    const kinds = ['title', 'subtitle', 'p', 'caption', 'credit'] as const;
    const segment = fc.record({
      kind: fc.constantFrom(...kinds),
      text: fc.string({
        unit: fc.constantFrom('党', '黨', '建', '学', '學', 'Ａ', 'a', '。', ' ', '员'),
        maxLength: 8,
      }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(segment, { maxLength: 4 }), { maxLength: 12 }), (articles) => {
        const tally = new CharacterTally();
        const holders = new Map<string, number>();
        for (const segments of articles as Segment[][]) {
          tally.add(articleTokens(segments, T2S));
          const held = new Set(segments.flatMap((s) => normalizedRuns(s.text, T2S).flatMap((run) => [...run])));
          for (const char of held) holders.set(char, (holders.get(char) ?? 0) + 1);
        }
        const most = Math.max(0, ...holders.values());
        const expected = [...holders].filter(([, n]) => n === most).map(([char]) => char);
        expected.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
        expect(tally.commonest()).toBe(expected[0] ?? '');
      }),
    );
  });
});
