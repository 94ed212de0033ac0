import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/lib/archive.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';
import fc from 'fast-check';
import { articlesCsv, csvField, CSV_COLUMNS, openDataRecord, parseCsv, toCsv } from '../../src/lib/open-data.ts';

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
    const extra = {
      dateEvidence: '版面日期',
      corrections,
      captions: [{ text: '照片说明。', credit: '本报记者 钟凡 摄' }],
      editorialNotes: ['说明'],
      continuedIn: 'zhuhai-2021-dangshi-xuwen',
      reordered: true as const,
      omittedLines: [
        { lines: 57, reason: '转版提示' },
        { lines: ' 60 – 64 ', reason: '广告' },
      ],
    };
    const personOf = (from: string, index: number) =>
      index === 0 ? (from === 'credit' ? '宋一诺' : '钟凡') : undefined;
    expect(openDataRecord(full, extra, '\n正文第一段。\n\n', SITE, personOf)).toEqual({
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
      pageName: '园区',
      column: '党建',
      source: '000_159cc9506a3264e1',
      order: 1,
      sourceUrl: 'https://archive.example.org/sources/000_159cc9506a3264e1.txt',
      newspaperNote: null,
      credits: [
        { role: 'writer', roleName: '文字', label: '撰写', title: null, name: '宋一诺', id: null, person: '宋一诺' },
      ],
      captions: [{ text: '照片说明。', credit: '本报记者 钟凡 摄', person: '钟凡' }],
      corrections,
      editorialNotes: ['说明'],
      continuedIn: 'zhuhai-2021-dangshi-xuwen',
      reordered: true,
      omittedLines: [
        { lines: '57', reason: '转版提示' },
        { lines: '60-64', reason: '广告' },
      ],
      text: '正文第一段。',
    });
  });

  it('gives null, not undefined, for missing optional fields', () => {
    const record = openDataRecord(minimal, { corrections: [] }, '正文', SITE);
    expect(record).toMatchObject({
      kicker: null,
      subtitle: null,
      dateEvidence: null,
      newspaper: null,
      page: null,
      pageName: null,
      column: null,
      continuedIn: null,
      order: 2,
      reordered: false,
      omittedLines: [],
    });
    expect(record.date).toBe('2021');
    expect(record.datePrecision).toBe('year');
    // Survives JSON: every key is still there.
    const parsed = JSON.parse(JSON.stringify(record));
    for (const key of ['kicker', 'subtitle', 'dateEvidence', 'newspaper', 'page', 'pageName', 'column', 'continuedIn'])
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

describe('CSV (RFC 4180)', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('学思践悟')).toBe('学思践悟');
    expect(csvField('甲,乙')).toBe('"甲,乙"');
    expect(csvField('“不忘初心”"引"')).toBe('"“不忘初心”""引"""');
    expect(csvField('一行\n二行')).toBe('"一行\n二行"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('')).toBe('');
  });

  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2,3'],
      ]),
    ).toBe('\ufeffa,b\r\n1,"2,3"\r\n');
  });

  it('reads back exactly what it wrote, whatever the text', () => {
    const rows = fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rows, (table) => {
        // A row of one empty field is an empty line, which RFC 4180 readers skip; not a case we write.
        fc.pre(table.every((row) => row.length > 1 || row[0] !== ''));
        expect(parseCsv(toCsv(table))).toEqual(table);
      }),
    );
  });

  it('has one column per CSV_COLUMNS, names joined by ; per role', () => {
    const record = openDataRecord(
      { ...full, credits: [...full.credits, { role: 'writer', name: '张阳' }, { role: 'editor', name: '叶伟' }] },
      { corrections: [] },
      '',
      SITE,
    );
    const [header, row] = parseCsv(articlesCsv([record]));
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.name));
    const value = (name: string) => row![header!.indexOf(name)];
    expect(value('writers')).toBe('宋一诺;张阳');
    expect(value('editors')).toBe('叶伟');
    expect(value('photographers')).toBe('');
    expect(value('relatedZones')).toBe('jining');
    expect(value('newspaperPrinted')).toBe('true');
  });
});
