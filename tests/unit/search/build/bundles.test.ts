import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articleBlock,
  bundlesFile,
  bundlesOf,
  prefixChunkStarts,
  isPresenceWord,
} from '../../../../src/lib/search/build/bundles.ts';
import { articleTokens } from '../../../../src/lib/search/build/tokens.ts';
import { BLOCK_UNIT, EMPTY_POSITION, FIXED_UNIT } from '../../../../src/lib/search/shared/layout.ts';
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

  it('puts the headline first, its presence tokens next, then the credits, then the body, each padded to whole units', () => {
    const withCredits = articleTokens(
      [
        { kind: 'title', text: '标题' },
        { kind: 'p', text: '正文内容' },
        { kind: 'credit', text: '叶伟' },
      ],
      T2S,
    );
    const { words, headline, credits, captions } = articleBlock(withCredits);
    expect([headline, credits, captions]).toEqual([FIXED_UNIT, FIXED_UNIT, 0]);
    expect(words.length % BLOCK_UNIT).toBe(0);
    const { tokens: headlineTokens, presence } = withCredits.headline;
    expect(words.slice(0, headlineTokens.length + presence.length)).toEqual([...headlineTokens, ...presence]);
    expect(words.slice(headlineTokens.length + presence.length, 16).every((w) => w === EMPTY_POSITION)).toBe(true);
    expect(words.slice(16, 16 + 5)).toEqual([...withCredits.credit.presence, ...withCredits.credit.tokens]);
    expect(words.slice(32, 32 + withCredits.body.presence.length + withCredits.body.tokens.length)).toEqual([
      ...withCredits.body.presence,
      ...withCredits.body.tokens,
    ]);
  });

  it('gives each article the room its own headline and credits need, and none to credits it lacks', () => {
    expect(articleBlock(tokens)).toMatchObject({ headline: FIXED_UNIT, credits: 0 });
    const long = articleTokens(
      [
        { kind: 'title', text: '长标题'.repeat(10) },
        { kind: 'credit', text: '甲乙丙丁戊己庚辛' },
      ],
      T2S,
    );
    // Headline: 30 tokens, 3 characters and 3 pairs; credits: 8 tokens, 8 characters and 7 pairs.
    expect(articleBlock(long)).toMatchObject({ headline: 3 * FIXED_UNIT, credits: 2 * FIXED_UNIT });
    // Another article's long headline leaves this one's block as it was.
    const [bundle] = [...bundlesOf([tokens, long, tokens], 3)];
    expect(bundle!.lengths.headlines).toEqual([1, 3, 1]);
    expect(bundle!.lengths.credits).toEqual([0, 2, 0]);
  });

  it('lays out a headline, credits and a body of any length in their own parts, in order', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'党建引领高质量发展甲乙丙丁'), minLength: 1, maxLength: 200 }),
        fc.string({ unit: fc.constantFrom(...'叶伟王新明'), maxLength: 60 }),
        fc.string({ unit: fc.constantFrom(...'正文内容学习'), minLength: 1, maxLength: 400 }),
        (title, credit, body) => {
          const segments = [
            { kind: 'title' as const, text: title },
            { kind: 'p' as const, text: body },
            ...(credit ? [{ kind: 'credit' as const, text: credit }] : []),
          ];
          const article = articleTokens(segments, T2S);
          const block = articleBlock(article);
          const part = (from: number, to: number) => block.words.slice(from, to).filter((w) => w !== EMPTY_POSITION);
          const creditsEnd = block.headline + block.credits;
          expect(part(0, block.headline)).toEqual([...article.headline.tokens, ...article.headline.presence]);
          expect(part(block.headline, creditsEnd)).toEqual([...article.credit.presence, ...article.credit.tokens]);
          expect(part(creditsEnd, block.words.length)).toEqual([...article.body.presence, ...article.body.tokens]);
          expect((block.headline % FIXED_UNIT) + (block.credits % FIXED_UNIT) + (block.words.length % BLOCK_UNIT)).toBe(
            0,
          );
        },
      ),
    );
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
    const { words, captions } = articleBlock(withCaptions);
    expect(captions).toBe(2 * BLOCK_UNIT);
    expect(words.length).toBe(3 * BLOCK_UNIT);
    expect(words.slice(BLOCK_UNIT, BLOCK_UNIT + 2)).toEqual([`${S}图`, `${P}图图`]);
    expect(words.slice(0, BLOCK_UNIT)).toEqual(articleBlock(tokens).words);
  });

  it('lays out an article of 300,000 characters', () => {
    const long = articleTokens(
      [
        { kind: 'title', text: '标题' },
        { kind: 'p', text: '党建引领发展。'.repeat(300_000 / 7) },
      ],
      T2S,
    );
    expect(articleBlock(long).words.length).toBeGreaterThan(250_000);
  });

  it("lists each block's parts, and no captions or credits where a bundle has none", () => {
    const captioned = articleTokens(
      [
        { kind: 'title', text: '标题' },
        { kind: 'caption', text: '说明' },
        { kind: 'credit', text: '叶伟' },
      ],
      T2S,
    );
    const bundles = [...bundlesOf([tokens, captioned, tokens], 2)];
    expect(bundles.map((b) => b.lengths)).toEqual([
      { blocks: [1, 2], captions: [0, 1], headlines: [1, 1], credits: [0, 1] },
      { blocks: [1], captions: [0], headlines: [1], credits: [0] },
    ]);
    const file = bundlesFile(
      bundles.map((b) => b.lengths),
      ['p0', 'p1'],
      { chunkStarts: ['党员大会', `${P}党建`, '党建工作'], commonest: '党', bundleSize: 2 },
    );
    expect(file.bundles).toEqual([
      ['p0', '12', '01', '11', '01'],
      ['p1', '1', '', '1', ''],
    ]);
    expect(file).toMatchObject({
      unit: BLOCK_UNIT,
      fixedUnit: FIXED_UNIT,
      chunkStarts: ['党员大会', '党建工作'],
      commonest: '党',
    });
  });
});

describe('a bundle', () => {
  const tokens = articleTokens(
    [
      { kind: 'title', text: '苏兆征' },
      { kind: 'p', text: '故居陈列馆' },
      { kind: 'caption', text: '主题党日' },
      { kind: 'credit', text: '宋显晖' },
    ],
    T2S,
  );
  it("is its blocks' words in order, one position each", () => {
    const [bundle] = [...bundlesOf([tokens, tokens])];
    const words = [articleBlock(tokens).words, articleBlock(tokens).words].flat();
    expect(bundle!.content.split(' ')).toEqual(words);
    expect(words).toContain(EMPTY_POSITION);
    // Positional tokens, and presence tokens of characters and pairs.
    expect([`苏兆征故`, `${S}苏`, `${P}苏兆`].map(isPresenceWord)).toEqual([false, true, true]);
  });
});

describe('chunk starts', () => {
  it('keeps the starts of positional chunks, sorted, leaving out presence chunks', () => {
    const starts = prefixChunkStarts(['党建工作', `${P}党建`, `${S}党`, '党员大会', '𠮷野家的', '学习']);
    expect(starts).toEqual(['党员大会', '党建工作', '学习', '𠮷野家的']);
  });
});
