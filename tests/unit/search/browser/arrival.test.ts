import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_PARAM,
  highlightHref,
  highlightWords,
  matchedForms,
  MAX_HIGHLIGHT_WORDS,
} from '../../../../src/lib/search/browser/arrival.ts';

describe('highlightHref / highlightWords', () => {
  it('puts the words in one parameter, before the #section, and reads them back', () => {
    const href = highlightHref('/articles/a/#1-深处', ['党史学习教育', '苏兆征']);
    expect(href).toBe(
      `/articles/a/?${HIGHLIGHT_PARAM}=${encodeURIComponent('党史学习教育')}+${encodeURIComponent('苏兆征')}#1-深处`,
    );
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/articles/a/');
    expect(highlightWords(url.search)).toEqual(['党史学习教育', '苏兆征']);
  });

  it('leaves the URL clean without words', () => {
    expect(highlightHref('/articles/a/', [])).toBe('/articles/a/');
    expect(highlightWords('')).toEqual([]);
    expect(highlightWords('?hl=')).toEqual([]);
  });

  it('caps what a URL can ask for, and drops repeats', () => {
    const many = Array.from({ length: 40 }, (_, i) => `词${i}`);
    expect(highlightWords(`?hl=${many.join('+')}+词0`)).toHaveLength(MAX_HIGHLIGHT_WORDS);
    expect(highlightWords(`?hl=${'党'.repeat(500)}`)[0]).toHaveLength(50);
    expect(highlightWords('?hl=党员+党员++苏兆征')).toEqual(['党员', '苏兆征']);
  });
});

describe('matchedForms', () => {
  const aliases = [
    { filter: 'campaign' as const, value: '党史学习教育', names: ['党史学习教育', '学党史', '学史力行'] },
    { filter: 'zone' as const, value: '仲恺高新区', names: ['仲恺高新区', '惠州仲恺高新技术产业开发区', '仲恺'] },
  ];

  it('adds every name of a zone or campaign a word names (the article may print another)', () => {
    expect(matchedForms(['仲恺', '党员'], aliases, {})).toEqual([
      '仲恺',
      '仲恺高新区',
      '惠州仲恺高新技术产业开发区',
      '党员',
    ]);
  });

  it('keeps a word that names nothing as it is', () => {
    expect(matchedForms(['苏兆征'], aliases, {})).toEqual(['苏兆征']);
  });
});
