import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_DATE_PLACEHOLDER,
  citationAuthors,
  citationNewspaper,
  cslItem,
  formatCitation,
  formatOnlineCitation,
  formatRis,
  onlineCitationParts,
} from '../../src/lib/citation.ts';
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

describe('an inferred newspaper', () => {
  it('is bracketed as supplied by the archive, not printed (GB/T 7714-2015 §8.x)', () => {
    expect(formatCitation({ ...base, newspaperInferred: true })).toBe(
      '宋一诺. 学思践悟守初心[N]. [中国高新技术产业导报], 2021-06-28(9).',
    );
    expect(citationNewspaper({ newspaperName: '中国高新技术产业导报', newspaperInferred: false })).toBe(
      '中国高新技术产业导报',
    );
    expect(citationNewspaper({ newspaperName: undefined, newspaperInferred: true })).toBe('[报名不详]');
  });
});

describe('the online form [N/OL]', () => {
  const online = { ...base, url: 'https://example.org/articles/x/' };

  it('adds the access date after the page, then the permanent URL', () => {
    expect(formatOnlineCitation(online, '2026-11-30')).toBe(
      '宋一诺. 学思践悟守初心[N/OL]. 中国高新技术产业导报, 2021-06-28(9)[2026-11-30]. https://example.org/articles/x/.',
    );
  });

  it('reads correctly with the placeholder where no script fills in the date', () => {
    expect(formatOnlineCitation({ ...online, date: parseArchiveDate('2021'), page: undefined })).toBe(
      `宋一诺. 学思践悟守初心[N/OL]. 中国高新技术产业导报, [2021][${ACCESS_DATE_PLACEHOLDER}]. https://example.org/articles/x/.`,
    );
  });

  it('splits around the access date so a page can fill it in', () => {
    const { before, after } = onlineCitationParts(online);
    expect(`${before}2026-01-02${after}`).toBe(formatOnlineCitation(online, '2026-01-02'));
  });
});

const reference = {
  ...base,
  id: 'x',
  kicker: '引题',
  subtitle: '副题',
  url: 'https://example.org/articles/x/',
  notes: ['日期为估计：\n理由'],
  authors: ['宋一诺', '吴长赋', '宋一诺'],
};

describe('formatRis', () => {
  it('writes a NEWS record, one tag a line, CRLF, ending in ER', () => {
    expect(formatRis(reference).split('\r\n')).toEqual([
      'TY  - NEWS',
      'AU  - 宋一诺',
      'AU  - 吴长赋',
      'TI  - 学思践悟守初心：副题',
      'T2  - 中国高新技术产业导报',
      'PY  - 2021',
      'DA  - 2021/06/28/',
      'SP  - 9',
      'UR  - https://example.org/articles/x/',
      'LA  - zh-CN',
      'ID  - x',
      'N1  - 引题：引题',
      'N1  - 日期为估计： 理由',
      'ER  -',
      '',
    ]);
  });

  it('leaves unknown parts of an estimated date empty, and says it is an estimate', () => {
    expect(formatRis({ ...reference, date: parseArchiveDate('2021-06') })).toContain('\r\nDA  - 2021/06//估计\r\n');
    expect(formatRis({ ...reference, newspaperName: undefined, page: undefined })).not.toMatch(/T2 |SP /);
  });

  it('never lets a value break a line', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, note) => {
        const lines = formatRis({ ...reference, title, subtitle: undefined, notes: [note] }).split('\r\n');
        expect(lines.at(-1)).toBe('');
        expect(lines.slice(0, -1).every((line) => /^[A-Z][A-Z0-9]  -( |$)/.test(line))).toBe(true);
      }),
    );
  });
});

describe('cslItem', () => {
  it('is an article-newspaper with literal names, date parts and circa for estimates', () => {
    expect(cslItem({ ...reference, date: parseArchiveDate('2021-06') })).toEqual({
      id: 'x',
      type: 'article-newspaper',
      title: '学思践悟守初心：副题',
      author: [{ literal: '宋一诺' }, { literal: '吴长赋' }],
      'container-title': '中国高新技术产业导报',
      issued: { 'date-parts': [[2021, 6]], circa: true, raw: '2021-06' },
      page: '9',
      URL: 'https://example.org/articles/x/',
      language: 'zh-CN',
      note: '日期为估计：\n理由',
    });
    expect(cslItem({ ...reference, authors: [], notes: [] })).not.toHaveProperty('author');
    expect(cslItem(reference).issued).toEqual({ 'date-parts': [[2021, 6, 28]], raw: '2021-06-28' });
  });
});
