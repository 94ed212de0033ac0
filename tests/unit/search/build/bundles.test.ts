import { describe, expect, it } from 'vitest';
import { articleBlock, blockLayout, chunkStartsByChar } from '../../../../src/lib/search/build/bundles.ts';
import { articleTokens } from '../../../../src/lib/search/build/tokens.ts';
import { BLOCK_UNIT, EMPTY_POSITION } from '../../../../src/lib/search/shared/layout.ts';
import { INDEX_MARKS } from '../../../../src/lib/search/shared/text.ts';

const T2S = { 黨: '党', 學: '学', 習: '习' } as const;
const { presence: P } = INDEX_MARKS;

describe('blocks', () => {
  const tokens = articleTokens(
    [
      { kind: 'title', text: '标题' },
      { kind: 'p', text: '正文内容' },
    ],
    T2S,
  );
  const layout = blockLayout([tokens]);

  it('reserves room for the longest headline, in steps of 16', () => {
    expect(layout).toEqual({ headline: 16, headlinePresence: 16 });
    const long = articleTokens([{ kind: 'title', text: '长'.repeat(20) }], T2S);
    expect(blockLayout([tokens, long])).toEqual({
      headline: 32,
      headlinePresence: 16,
    });
  });

  it('puts the headline first, its pairs next, then the body, padded to whole units', () => {
    const block = articleBlock(tokens, layout);
    expect(block.length % BLOCK_UNIT).toBe(0);
    expect(block.slice(0, 2)).toEqual(tokens.headline);
    expect(block.slice(2, 16).every((w) => w === EMPTY_POSITION)).toBe(true);
    expect(block.slice(16, 17)).toEqual(tokens.headlinePresence);
    expect(block.slice(32, 32 + tokens.bodyPresence.length + tokens.body.length)).toEqual([
      ...tokens.bodyPresence,
      ...tokens.body,
    ]);
  });

  it('refuses a headline longer than the layout allows', () => {
    const long = articleTokens([{ kind: 'title', text: '长'.repeat(20) }], T2S);
    expect(() => articleBlock(long, layout)).toThrow(/headline/);
  });
});

describe('chunk starts', () => {
  it('groups the starts of positional chunks by first character, leaving out pair chunks', () => {
    const byChar = chunkStartsByChar(['党建工作', `${P}党建`, '党员大会', '𠮷野家的', '学习']);
    expect([...byChar]).toEqual([
      ['党', ['党建工作', '党员大会']],
      ['𠮷', ['𠮷野家的']],
      ['学', ['学习']],
    ]);
  });
});
