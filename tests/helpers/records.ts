/** Article records for the tests of the archive's pure logic: a zone and a date, the rest empty unless given. */
import type { ArticleRecord } from '../../src/lib/archive.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';

export function articleRecord(id: string, date: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    title: `标题${id}`,
    date: parseArchiveDate(date),
    source: `src-${id}`,
    order: 1,
    newspaperPrinted: false,
    zone: 'zhuhai',
    relatedZones: [],
    campaigns: [],
    topics: [],
    credits: [],
    ...overrides,
  };
}
