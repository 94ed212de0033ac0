import { describe, expect, it } from 'vitest';
import { countHan, hanOnly, isHan, markdownToPlainText, hanNumber } from '../../src/lib/text.ts';

describe('Han characters', () => {
  it('recognises Han ideographs, including extensions and Traditional', () => {
    for (const c of ['党', '黨', '学', '𠮷', '㐀', '〇']) expect(isHan(c), c).toBe(true);
    for (const c of ['a', '1', '，', '。', 'か', '한', '😀', ' ', 'Ａ']) expect(isHan(c), c).toBe(false);
  });

  it('keeps only Han characters, in order', () => {
    expect(hanOnly('2019年10月28日，“学党史”APP上线𠮷！')).toBe('年月日学党史上线𠮷');
    expect(hanOnly('abc 123')).toBe('');
  });

  it('counts Han characters, one per character outside the BMP', () => {
    expect(countHan('学党史、悟思想 abc')).toBe(6);
    expect(countHan('𠮷𠮷')).toBe(2);
    expect(countHan('')).toBe(0);
  });
});

describe('markdownToPlainText', () => {
  it('removes heading marks, emphasis and link targets', () => {
    expect(markdownToPlainText('## 小标题\n\n**党史**学习*教育*，见[学习强国](https://example.org)和`APP`。')).toBe(
      '小标题\n党史学习教育，见学习强国和APP。',
    );
  });

  it('collapses blank lines and trims', () => {
    expect(markdownToPlainText('\n\n第一段\n\n\n\n第二段\n第三行\n\n')).toBe('第一段\n第二段\n第三行');
  });

  it('leaves # inside a line alone', () => {
    expect(markdownToPlainText('话题#党建#讨论')).toBe('话题#党建#讨论');
  });
});

describe('hanNumber', () => {
  it('reads Han numerals up to 九十九, and nothing else', () => {
    expect(['四', '十', '十二', '二十', '二十三', '九十九'].map(hanNumber)).toEqual([4, 10, 12, 20, 23, 99]);
    for (const text of ['', '十十', '二三', '百', '4']) expect(hanNumber(text), text).toBeUndefined();
  });
});
