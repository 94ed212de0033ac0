import { describe, expect, it } from 'vitest';
import {
  articleBlock,
  blockLayout,
  bundlesFile,
  bundlesOf,
  chunkStartsByChar,
  INDEX_PARTS,
  isPresenceWord,
} from '../../../../src/lib/search/build/bundles.ts';
import { articleTokens } from '../../../../src/lib/search/build/tokens.ts';
import { BLOCK_UNIT, EMPTY_POSITION } from '../../../../src/lib/search/shared/layout.ts';
import { INDEX_MARKS } from '../../../../src/lib/search/shared/text.ts';

const T2S = { 黨: '党', 學: '学', 習: '习' } as const;
const { presence: P, single: S } = INDEX_MARKS;

describe('blocks', () => {
  const tokens = articleTokens(
    [
      { kind: 'title', text: '标题' },
      { kind: 'p', text: '正文内容' },
    ],
    T2S,
  );
  const layout = blockLayout([tokens]);

  it('reserves room for the longest headline and the longest credits, in steps of 16', () => {
    expect(layout).toEqual({ headline: 16, headlinePresence: 16, credits: 16 });
    const long = articleTokens(
      [
        { kind: 'title', text: '长'.repeat(20) },
        { kind: 'credit', text: '甲乙丙丁戊己庚辛' },
      ],
      T2S,
    );
    // Credits: 8 tokens, 8 characters and 7 pairs.
    expect(blockLayout([tokens, long])).toEqual({ headline: 32, headlinePresence: 16, credits: 32 });
  });

  it('puts the headline first, its presence tokens next, then the credits, then the body, padded to whole units', () => {
    const withCredits = articleTokens(
      [
        { kind: 'title', text: '标题' },
        { kind: 'p', text: '正文内容' },
        { kind: 'credit', text: '叶伟' },
      ],
      T2S,
    );
    const { words, captions } = articleBlock(withCredits, layout);
    expect(words.length % BLOCK_UNIT).toBe(0);
    expect(captions).toBe(0);
    expect(words.slice(0, 2)).toEqual(withCredits.headline.tokens);
    expect(words.slice(2, 16).every((w) => w === EMPTY_POSITION)).toBe(true);
    expect(words.slice(16, 16 + withCredits.headline.presence.length)).toEqual(withCredits.headline.presence);
    expect(words.slice(32, 32 + 5)).toEqual([...withCredits.credit.presence, ...withCredits.credit.tokens]);
    expect(words.slice(48, 48 + withCredits.body.presence.length + withCredits.body.tokens.length)).toEqual([
      ...withCredits.body.presence,
      ...withCredits.body.tokens,
    ]);
  });

  it('puts the captions at the end, after the padded body, padded to whole units themselves', () => {
    const withCaptions = articleTokens(
      [
        { kind: 'title', text: '标题' },
        { kind: 'p', text: '正文内容' },
        { kind: 'caption', text: '图'.repeat(200) },
      ],
      T2S,
    );
    const { words, captions } = articleBlock(withCaptions, layout);
    expect(captions).toBe(2 * BLOCK_UNIT);
    expect(words.length).toBe(3 * BLOCK_UNIT);
    expect(words.slice(BLOCK_UNIT, BLOCK_UNIT + 2)).toEqual([`${S}图`, `${P}图图`]);
    expect(words.slice(0, BLOCK_UNIT)).toEqual(articleBlock(tokens, layout).words);
  });

  it('refuses a headline or credits longer than the layout allows', () => {
    const long = articleTokens([{ kind: 'title', text: '长'.repeat(20) }], T2S);
    expect(() => articleBlock(long, layout)).toThrow(/headline/);
    const credits = articleTokens([{ kind: 'credit', text: '甲乙丙丁戊己庚辛' }], T2S);
    expect(() => articleBlock(credits, layout)).toThrow(/credits/);
  });

  it("lists each block's length and its captions' length, and no captions where a bundle has none", () => {
    const captioned = articleTokens(
      [
        { kind: 'title', text: '标题' },
        { kind: 'caption', text: '说明' },
      ],
      T2S,
    );
    const bundles = [...bundlesOf([tokens, captioned, tokens], layout, undefined, 2)];
    expect(bundles.map((b) => [b.blocks, b.captions])).toEqual([
      [
        [1, 2],
        [0, 1],
      ],
      [[1], [0]],
    ]);
    const file = bundlesFile(layout, bundles, ['p0', 'p1'], ['党'], 2);
    expect(file.bundles).toEqual([
      ['p0', '12', '01'],
      ['p1', '1', ''],
    ]);
    expect(file).toMatchObject({ headline: 16, headlinePresence: 16, credits: 16, chunkStartChars: '党' });
  });
});

describe('the parts of a bundle', () => {
  const tokens = articleTokens(
    [
      { kind: 'title', text: '苏兆征' },
      { kind: 'p', text: '故居陈列馆' },
      { kind: 'caption', text: '主题党日' },
      { kind: 'credit', text: '宋显晖' },
    ],
    T2S,
  );
  const layout = blockLayout([tokens]);

  it('hold the same positions: each its part of the words, empty where another part has a word', () => {
    const [bundle] = [...bundlesOf([tokens, tokens], layout, INDEX_PARTS)];
    const words = [articleBlock(tokens, layout).words, articleBlock(tokens, layout).words].flat();
    const contents = bundle!.contents.map((content) => content.split(' '));
    expect(contents).toHaveLength(2);
    for (const content of contents) expect(content).toHaveLength(words.length);
    words.forEach((word, i) => {
      contents.forEach((content, part) =>
        expect(content[i]).toBe(word !== EMPTY_POSITION && INDEX_PARTS.of(word) === part ? word : EMPTY_POSITION),
      );
    });
    // Positional tokens, then presence tokens of characters and pairs.
    expect([`苏兆征故`, `${S}苏`, `${P}苏兆`].map((word) => INDEX_PARTS.of(word))).toEqual([0, 1, 1]);
    expect([...bundlesOf([tokens], layout)][0]!.contents).toHaveLength(1);
  });

  it('never interleave, whatever the text: every presence token sorts after every positional token', () => {
    const text = articleTokens([{ kind: 'p', text: '𠮷野家 ǝ ω 𪜀 \u{323AD}末 \u{323AE}\u{323AF}\u{3347F}' }], T2S);
    const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    const last = [...text.body.tokens].sort(byteOrder).at(-1)!;
    const singles = text.body.presence.filter((w) => w.startsWith(S)).sort(byteOrder);
    const pairs = text.body.presence.filter((w) => w.startsWith(P)).sort(byteOrder);
    expect(byteOrder(last, singles[0]!)).toBeLessThan(0);
    expect(byteOrder(singles.at(-1)!, pairs[0]!)).toBeLessThan(0);
    expect(text.body.tokens.join('')).not.toMatch(/[\u{323AE}-\u{10FFFF}]/u);
    expect(isPresenceWord(singles[0]!) && isPresenceWord(pairs[0]!) && !isPresenceWord(last)).toBe(true);
  });
});

describe('chunk starts', () => {
  it('groups the starts of positional chunks by first character, leaving out presence chunks', () => {
    const byChar = chunkStartsByChar(['党建工作', `${P}党建`, `${S}党`, '党员大会', '𠮷野家的', '学习']);
    expect([...byChar]).toEqual([
      ['党', ['党建工作', '党员大会']],
      ['𠮷', ['𠮷野家的']],
      ['学', ['学习']],
    ]);
  });
});
