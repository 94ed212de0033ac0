import { describe, expect, it } from 'vitest';
import { lastWord, splitsWord } from '../../../src/lib/ingest/words.ts';

describe('splitsWord', () => {
  it('sees a dictionary word cut in two at a break, and none where two words meet', () => {
    expect(splitsWord('从百年党史中汲取宝', '贵精神力量')).toBe(true);
    expect(splitsWord('特别是党的十', '八大以来')).toBe(true);
    expect(splitsWord('主题教', '育与庆祝')).toBe(true);
    expect(splitsWord('不断提升基层治理效能', '近年来')).toBe(false);
    expect(splitsWord('学做结合', '推动发展')).toBe(false);
    // A word of letters or digits across the break is not a Chinese word cut in two.
    expect(splitsWord('增长11', '%')).toBe(false);
  });
});

describe('lastWord', () => {
  it('gives the last word of a text, whole', () => {
    expect(lastWord('支持吉林')).toBe('吉林');
    expect(lastWord('成立以')).toBe('以');
    expect(lastWord('')).toBe('');
  });
});
