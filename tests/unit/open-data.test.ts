import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/lib/archive.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';
import { openDataRecord } from '../../src/lib/open-data.ts';

const SITE = new URL('https://archive.example.org/');

const full: ArticleRecord = {
  id: 'zhuhai-2021-dangshi',
  kicker: '庆祝中国共产党成立100周年',
  title: '学思践悟守初心',
  subtitle: '凝心聚力开新局',
  date: parseArchiveDate('2021-06-28'),
  source: '000_159cc9506a3264e1',
  order: 1,
  newspaper: 'daobao',
  newspaperPrinted: true,
  page: '9',
  pageName: '园区',
  column: '党建',
  zone: 'zhuhai',
  relatedZones: ['jining'],
  campaigns: ['dangshi'],
  topics: ['jiceng'],
  credits: [{ role: 'writer', label: '撰写', name: '宋一诺' }],
};

const minimal: ArticleRecord = {
  id: 'unknown-paper',
  title: '高新区党建',
  date: parseArchiveDate('2021'),
  source: '001_x',
  order: 2,
  newspaperPrinted: false,
  zone: 'jining',
  relatedZones: [],
  campaigns: [],
  topics: [],
  credits: [],
};

describe('openDataRecord', () => {
  it('gives the full shape of a complete article', () => {
    const corrections = [{ original: '苏兆微', corrected: '苏兆征', note: 'OCR' }];
    expect(openDataRecord(full, { dateEvidence: '版面日期', corrections }, '\n正文第一段。\n\n', SITE)).toEqual({
      id: 'zhuhai-2021-dangshi',
      url: 'https://archive.example.org/articles/zhuhai-2021-dangshi/',
      kicker: '庆祝中国共产党成立100周年',
      title: '学思践悟守初心',
      subtitle: '凝心聚力开新局',
      date: '2021-06-28',
      datePrecision: 'day',
      dateEvidence: '版面日期',
      zone: 'zhuhai',
      relatedZones: ['jining'],
      campaigns: ['dangshi'],
      topics: ['jiceng'],
      newspaper: 'daobao',
      newspaperPrinted: true,
      page: '9',
      source: '000_159cc9506a3264e1',
      sourceUrl: 'https://archive.example.org/sources/000_159cc9506a3264e1.txt',
      credits: [{ role: 'writer', label: '撰写', name: '宋一诺' }],
      corrections,
      text: '正文第一段。',
    });
  });

  it('gives null, not undefined, for missing optional fields', () => {
    const record = openDataRecord(minimal, { corrections: [] }, '正文', SITE);
    expect(record).toMatchObject({ kicker: null, subtitle: null, dateEvidence: null, newspaper: null, page: null });
    expect(record.date).toBe('2021');
    expect(record.datePrecision).toBe('year');
    // Survives JSON: every key is still there.
    const parsed = JSON.parse(JSON.stringify(record));
    for (const key of ['kicker', 'subtitle', 'dateEvidence', 'newspaper', 'page'])
      expect(parsed).toHaveProperty(key, null);
  });

  it('gives absolute URLs on the site', () => {
    const record = openDataRecord(minimal, { corrections: [] }, '', new URL('http://localhost:4321'));
    expect(record.url).toBe('http://localhost:4321/articles/unknown-paper/');
    expect(record.sourceUrl).toBe('http://localhost:4321/sources/001_x.txt');
  });

  it('keeps estimated months as YYYY-MM', () => {
    expect(
      openDataRecord({ ...minimal, date: parseArchiveDate('2019-06') }, { corrections: [] }, '', SITE),
    ).toMatchObject({ date: '2019-06', datePrecision: 'month' });
  });
});
