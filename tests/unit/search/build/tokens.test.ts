import { describe, expect, it } from 'vitest';
import { articleTokens } from '../../../../src/lib/search/build/tokens.ts';
import { INDEX_MARKS } from '../../../../src/lib/search/shared/text.ts';

const T2S = { 黨: '党', 學: '学', 習: '习' } as const;
const { runEnd: E, presence: P } = INDEX_MARKS;

describe('articleTokens', () => {
  it('gives a positional token of GRAM characters at each character, filled at a run end', () => {
    const tokens = articleTokens([{ kind: 'title', text: '苏兆征故居' }], T2S);
    expect(tokens.headline).toEqual(['苏兆征故', '兆征故居', `征故居${E}`, `故居${E}${E}`, `居${E}${E}${E}`]);
    expect(tokens.body).toEqual([]);
  });

  it('stops tokens at sentence ends and segment boundaries, and reads text normalised', () => {
    const tokens = articleTokens(
      [
        { kind: 'p', text: '黨建。ＡＢ' },
        { kind: 'p', text: '学' },
      ],
      T2S,
    );
    expect(tokens.body).toEqual([`党建${E}${E}`, `建${E}${E}${E}`, `ab${E}${E}`, `b${E}${E}${E}`, `学${E}${E}${E}`]);
  });

  it('lists each pair once, where it first occurs, in order', () => {
    const tokens = articleTokens(
      [
        { kind: 'title', text: '党建引领' },
        { kind: 'p', text: '党建工作，引领发展' },
      ],
      T2S,
    );
    expect(tokens.headlinePresence).toEqual([`${P}党建`, `${P}建引`, `${P}引领`]);
    expect(tokens.bodyPresence).toEqual([`${P}建工`, `${P}工作`, `${P}作引`, `${P}领发`, `${P}发展`]);
  });
});
