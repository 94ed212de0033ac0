import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_PARAM,
  highlightHref,
  highlightWords,
  matchedForms,
  MAX_HIGHLIGHT_CHARS,
} from '../../../../src/lib/search/browser/arrival.ts';
import { MAX_QUERY_LENGTH, parseSearchState } from '../../../../src/lib/search/shared/state.ts';
import { parseQuery } from '../../../../src/lib/search/shared/text.ts';

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

  it('drops repeats', () => {
    expect(highlightWords('?hl=党员+党员++苏兆征')).toEqual(['党员', '苏兆征']);
  });

  /** The words the search page makes of a query, through a result's link and back. */
  const roundTrip = (query: string) => {
    const words = parseQuery(parseSearchState(new URLSearchParams({ q: query })).query, {}).map((w) => w.normalized);
    return { words, arrived: highlightWords(new URL(highlightHref('/articles/a/', words), 'http://localhost').search) };
  };

  it('carries every word of the longest query the search page takes, whole', () => {
    // The audit's 58 characters (50 were kept), one word of the most characters, and the most words.
    const passage =
      '健全党建联席会议制度、对辖区两新党组织实行兜底管理等做法，把不同领域党建工作全部纳入社区党建工作范畴，构建小区域、大党建格局';
    const chars = [...'党建工作全部纳入社区𠮷'];
    const longest = Array.from({ length: MAX_QUERY_LENGTH }, (_, i) => chars[i % chars.length]).join('');
    const most = Array.from({ length: MAX_QUERY_LENGTH / 2 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join(' ');
    for (const query of [passage, longest, most, `${passage} ${'苏兆征 '.repeat(30)}`]) {
      const { words, arrived } = roundTrip(query);
      expect(words.length).toBeGreaterThan(0);
      expect(arrived).toEqual(words);
    }
    expect(roundTrip(passage).arrived).toEqual([passage.replace(/[、，]/gu, '')]);
    expect([...roundTrip(longest).arrived[0]!]).toHaveLength(MAX_QUERY_LENGTH);
    expect(roundTrip(most).arrived).toHaveLength(MAX_QUERY_LENGTH / 2);
  });

  it('keeps a URL under 8 KB: words past the budget are left out whole, never cut', () => {
    const word = '𠮷'.repeat(MAX_QUERY_LENGTH);
    const names = Array.from({ length: 40 }, (_, i) => `${String.fromCodePoint(0x20000 + i)}${'𩸽'.repeat(30 + i)}`);
    const href = highlightHref('/articles/a/', [word, ...names, '苏兆征']);
    expect(new TextEncoder().encode(`GET ${href} HTTP/1.1`).length).toBeLessThan(8 * 1024);
    const arrived = highlightWords(new URL(href, 'http://localhost').search);
    expect(arrived[0]).toBe(word);
    expect(arrived.slice(1).every((name) => names.includes(name) || name === '苏兆征')).toBe(true);
    expect(arrived).toContain('苏兆征');
    expect(arrived.length).toBeLessThan(names.length + 2);
    expect([...arrived.join(' ')].length).toBeLessThanOrEqual(MAX_HIGHLIGHT_CHARS);
    // A URL made by hand asking for more is read the same way.
    const asked = highlightWords(`?hl=${encodeURIComponent([word, ...names].join(' '))}`);
    expect([...asked.join(' ')].length).toBeLessThanOrEqual(MAX_HIGHLIGHT_CHARS);
    expect(asked.every((w) => w === word || names.includes(w))).toBe(true);
  });
});

describe('matchedForms', () => {
  const aliases = [
    { filter: 'campaign' as const, value: '党史学习教育', names: ['党史学习教育', '学党史', '学史力行'] },
    { filter: 'zone' as const, value: '仲恺高新区', names: ['仲恺高新区', '惠州仲恺高新技术产业开发区', '仲恺'] },
  ];

  it('adds every name of a zone or campaign a word names (the article may print another), after the words', () => {
    expect(matchedForms(['仲恺', '党员'], aliases, {})).toEqual([
      '仲恺',
      '党员',
      '仲恺高新区',
      '惠州仲恺高新技术产业开发区',
    ]);
  });

  it('keeps a word that names nothing as it is', () => {
    expect(matchedForms(['苏兆征'], aliases, {})).toEqual(['苏兆征']);
  });
});
