import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../../src/lib/archive.ts';
import { parseArchiveDate } from '../../../../src/lib/dates.ts';
import { searchRecord, type Names } from '../../../../src/lib/search/build/records.ts';
import { SEARCH_LANGUAGE } from '../../../../src/lib/search/shared/data.ts';
import type { BodySegment } from '../../../../src/lib/search/shared/text.ts';

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

const segments: BodySegment[] = [
  { kind: 'title', text: '学思践悟守初心' },
  { kind: 'h2', text: '构建学习模式', slug: '构建学习模式' },
];

describe('searchRecord', () => {
  it('builds filters from names: zone with related zones, campaigns, year, newspaper', () => {
    expect(searchRecord(article(), segments, names).filters).toEqual({
      zone: ['珠海高新区', '济宁高新区', '武汉东湖高新区'],
      campaign: ['党史学习教育', '不忘初心、牢记使命'],
      year: ['2021'],
      newspaper: ['中国高新技术产业导报'],
    });
  });

  it('names the unknown newspaper too', () => {
    expect(searchRecord(article({ newspaper: undefined, campaigns: [] }), segments, names).filters).toMatchObject({
      campaign: [],
      newspaper: ['报名不详'],
    });
  });

  it('gives the article URL, its segments, display meta and a sortable date', () => {
    const record = searchRecord(article(), segments, names);
    expect(record.url).toBe('/articles/zhuhai-2021-dangshi/');
    expect(record.segments).toBe(segments);
    expect(record.meta).toEqual({ date: '2021年6月28日', zone: '珠海高新区' });
    expect(record.sort).toEqual({ date: '2021-06-28' });
  });

  it('sorts an estimate at the start of its period', () => {
    const year = searchRecord(article({ date: parseArchiveDate('2021') }), segments, names);
    const month = searchRecord(article({ date: parseArchiveDate('2021-06') }), segments, names);
    const day = searchRecord(article({ date: parseArchiveDate('2021-06-01') }), segments, names);
    expect(year.sort.date < month.sort.date && month.sort.date < day.sort.date).toBe(true);
    expect(year.filters.year).toEqual(['2021']);
    expect(month.meta.date).toBe('约2021年6月');
  });

  it('uses a language Pagefind does not stem', () => {
    expect(SEARCH_LANGUAGE).toBe('und');
  });
});
