import { describe, expect, it } from 'vitest';
import { citationAuthors, formatCitation } from '../../src/lib/citation.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';

const base = {
  authors: ['宋一诺'],
  title: '学思践悟守初心',
  newspaperName: '中国高新技术产业导报',
  date: parseArchiveDate('2021-06-28'),
  page: '9',
};

describe('formatCitation (GB/T 7714-2015, newspaper)', () => {
  it('follows 作者. 题名[N]. 报纸名, 日期(版次).', () => {
    expect(formatCitation(base)).toBe('宋一诺. 学思践悟守初心[N]. 中国高新技术产业导报, 2021-06-28(9).');
  });

  it('joins a subtitle with a full-width colon', () => {
    expect(formatCitation({ ...base, subtitle: '凝心聚力开新局' })).toBe(
      '宋一诺. 学思践悟守初心：凝心聚力开新局[N]. 中国高新技术产业导报, 2021-06-28(9).',
    );
  });

  it('says when the newspaper is unknown', () => {
    expect(formatCitation({ ...base, newspaperName: undefined })).toBe(
      '宋一诺. 学思践悟守初心[N]. [报名不详], 2021-06-28(9).',
    );
  });

  it('starts with the title when there is no author', () => {
    expect(formatCitation({ ...base, authors: [] })).toBe('学思践悟守初心[N]. 中国高新技术产业导报, 2021-06-28(9).');
  });

  it('leaves out the page when it is unknown', () => {
    expect(formatCitation({ ...base, page: undefined })).toBe(
      '宋一诺. 学思践悟守初心[N]. 中国高新技术产业导报, 2021-06-28.',
    );
  });

  it('brackets estimated dates', () => {
    expect(formatCitation({ ...base, date: parseArchiveDate('2021-06') })).toBe(
      '宋一诺. 学思践悟守初心[N]. 中国高新技术产业导报, [2021-06](9).',
    );
    expect(formatCitation({ ...base, date: parseArchiveDate('2021') })).toContain(', [2021](9).');
  });

  it('lists up to three authors', () => {
    expect(formatCitation({ ...base, authors: ['甲', '乙', '丙'] })).toMatch(/^甲, 乙, 丙\. 学思践悟守初心\[N\]/);
  });
});

describe('citationAuthors', () => {
  it('keeps one to three authors as they are', () => {
    expect(citationAuthors([])).toBe('');
    expect(citationAuthors(['甲'])).toBe('甲');
    expect(citationAuthors(['甲', '乙', '丙'])).toBe('甲, 乙, 丙');
  });

  it('cuts more than three authors to the first three and 等', () => {
    expect(citationAuthors(['甲', '乙', '丙', '丁'])).toBe('甲, 乙, 丙, 等');
    expect(citationAuthors(['甲', '乙', '丙', '丁', '戊'])).toBe('甲, 乙, 丙, 等');
  });

  it('names a duplicate author once, before counting', () => {
    expect(citationAuthors(['甲', '甲', '乙'])).toBe('甲, 乙');
    expect(citationAuthors(['甲', '乙', '甲', '丙'])).toBe('甲, 乙, 丙');
    expect(citationAuthors(['甲', '乙', '甲', '丙', '丁'])).toBe('甲, 乙, 丙, 等');
  });
});
