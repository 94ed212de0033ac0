import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../../src/lib/archive.ts';
import { parseArchiveDate } from '../../../../src/lib/dates.ts';
import { articleSegments } from '../../../../src/lib/search/build/document.ts';
import { indexRecord, withSegments, type IndexRecord, type Names } from '../../../../src/lib/search/build/records.ts';
import { SEARCH_LANGUAGE } from '../../../../src/lib/search/shared/data.ts';

const names: Names = {
  zone: (id) => ({ zhuhai: '珠海高新区', jining: '济宁高新区', wuhan: '武汉东湖高新区' })[id] ?? `?${id}`,
  campaign: (id) => ({ dangshi: '党史学习教育', buwang: '不忘初心、牢记使命' })[id] ?? `?${id}`,
  newspaper: (id) => (id === undefined ? '报名不详' : ({ daobao: '中国高新技术产业导报' }[id] ?? `?${id}`)),
};

function article(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'zhuhai-2021-dangshi',
    title: '学思践悟守初心',
    date: parseArchiveDate('2021-06-28'),
    source: 's',
    order: 1,
    newspaper: 'daobao',
    newspaperPrinted: true,
    zone: 'zhuhai',
    relatedZones: ['jining', 'wuhan'],
    campaigns: ['dangshi', 'buwang'],
    topics: ['jiceng'],
    credits: [],
    ...overrides,
  };
}

const markdown = '## 构建学习模式\n\n各支部开展学习。';
let dir: string;
let text: IndexRecord['text'];
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'records-'));
  const file = path.join(dir, 'zhuhai-2021-dangshi.md');
  // Its body as the page shows it: after the frontmatter, trimmed.
  writeFileSync(file, `---\ntitle: 学思践悟守初心\n---\n\n${markdown}\n`);
  text = { parts: { title: '学思践悟守初心' }, body: { file, digest: 'd1' } };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('searchRecord', () => {
  it('builds filters from names: zone with related zones, campaigns, year, newspaper', () => {
    expect(indexRecord(article(), text, names).filters).toEqual({
      zone: ['珠海高新区', '济宁高新区', '武汉东湖高新区'],
      campaign: ['党史学习教育', '不忘初心、牢记使命'],
      year: ['2021'],
      newspaper: ['中国高新技术产业导报'],
    });
  });

  it('names the unknown newspaper too', () => {
    expect(indexRecord(article({ newspaper: undefined, campaigns: [] }), text, names).filters).toMatchObject({
      campaign: [],
      newspaper: ['报名不详'],
    });
  });

  it('gives the article URL, its text, display meta and a sortable date', () => {
    const record = indexRecord(article(), text, names);
    expect(record.url).toBe('/articles/zhuhai-2021-dangshi/');
    expect(record.text).toBe(text);
    expect(record.meta).toEqual({ date: '2021年6月28日', zone: '珠海高新区' });
    expect(record.sort).toEqual({ date: '2021-06-28' });
  });

  it('is cut into the segments of its text by withSegments, its body read from its file, and keeps the rest', () => {
    const { text: _, ...rest } = indexRecord(article(), text, names);
    const record = withSegments(indexRecord(article(), text, names));
    expect(record.segments).toEqual(articleSegments(text.parts, markdown));
    expect(record.segments.map((segment) => segment.kind)).toEqual(['title', 'h2', 'p']);
    expect(record).toEqual({ ...rest, segments: record.segments });
  });

  it('sorts an estimate at the start of its period', () => {
    const year = indexRecord(article({ date: parseArchiveDate('2021') }), text, names);
    const month = indexRecord(article({ date: parseArchiveDate('2021-06') }), text, names);
    const day = indexRecord(article({ date: parseArchiveDate('2021-06-01') }), text, names);
    expect(year.sort.date < month.sort.date && month.sort.date < day.sort.date).toBe(true);
    expect(year.filters.year).toEqual(['2021']);
    expect(month.meta.date).toBe('约2021年6月');
  });

  it('uses a language Pagefind does not stem', () => {
    expect(SEARCH_LANGUAGE).toBe('und');
  });
});
