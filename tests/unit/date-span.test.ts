import { describe, expect, it } from 'vitest';
import { formatDateSpan } from '../../src/lib/date-span.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';

const span = (first: string, last: string) =>
  formatDateSpan({ first: parseArchiveDate(first), last: parseArchiveDate(last) });

describe('formatDateSpan', () => {
  it('says a single date once', () => {
    expect(span('2019-10-28', '2019-10-28')).toBe('2019年10月28日');
    expect(span('2019', '2019')).toBe('约2019年');
    expect(span('2021-06', '2021-06')).toBe('约2021年6月');
  });

  it('gives both ends of a real span', () => {
    expect(span('2019', '2021-06')).toBe('约2019年 — 约2021年6月');
    expect(span('2019', '2019-10-28')).toBe('约2019年 — 2019年10月28日');
  });
});
