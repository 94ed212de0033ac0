import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withSegments, type IndexRecord } from '../../../../src/lib/search/build/records.ts';
import { keptResultFile, resultFile } from '../../../../src/lib/search/build/result-files.ts';

/** A record whose body file holds `markdown` (read by `bodyOf`). */
const record = (markdown: string, url: string, meta: IndexRecord['meta']): IndexRecord => ({
  url,
  text: {
    parts: { title: '标题', captions: [{ text: '图片说明', credit: '摄影 甲' }] },
    body: { file: markdown, digest: '' },
  },
  filters: { zone: ['珠海高新区'], campaign: [], year: ['2019'], newspaper: ['珠海特区报'] },
  meta,
  sort: { date: '2019-07-01' },
});

const bodyOf = (file: string) => file;

/** Text as articles hold it, and what escapes or Markdown may make of it. */
const markdown = fc
  .array(
    fc.constantFrom('党建', '高新区', '## ', '\n\n', '\n', '“', '</script>', '\u2028', '&', '*', '> ', '- ', ' '),
    {
      maxLength: 20,
    },
  )
  .map((parts) => parts.join(''));
const meta = fc.record({
  date: fc.constantFrom('2019年7月1日', '2019年'),
  zone: fc.constantFrom('珠海高新区', '珠海'),
});
const url = fc.constantFrom('/articles/a/', '/articles/b/', '/articles/a/b/');

describe('the result files of a kept part', () => {
  it('are, from the published file, what the part built now would write: the same text, the URL and display as now', () => {
    fc.assert(
      fc.property(markdown, url, meta, url, meta, (text, urlBefore, metaBefore, urlNow, metaNow) => {
        const published = resultFile(withSegments(record(text, urlBefore, metaBefore), bodyOf));
        const now = record(text, urlNow, metaNow);
        expect(keptResultFile(published, now)).toBe(resultFile(withSegments(now, bodyOf)));
      }),
    );
  });

  it('are the published bytes themselves when nothing a result shows changed', () => {
    const published = resultFile(
      withSegments(record('党建', '/articles/a/', { date: '2019年', zone: '珠海' }), bodyOf),
    );
    expect(keptResultFile(published, { url: '/articles/a/', meta: { date: '2019年', zone: '珠海' } })).toBe(published);
    expect(keptResultFile(published, { url: '/articles/b/', meta: { date: '2019年', zone: '珠海' } })).not.toBe(
      published,
    );
  });
});
