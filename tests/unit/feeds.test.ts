import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/lib/archive.ts';
import { articleRecord } from '../helpers/records.ts';
import { bodyHtml, FEED_LIMIT, feedItems, feedOptions, feedText, leadParagraph } from '../../src/lib/feeds.ts';

const article = (id: string, date: string, overrides: Partial<ArticleRecord> = {}) =>
  articleRecord(id, date, { newspaperPrinted: true, ...overrides });

const zoneName = (id: string) => ({ zhuhai: '珠海高新区', jining: '济宁高新区' })[id] ?? id;

describe('feedItems', () => {
  it('lists the newest first', () => {
    const items = feedItems(
      [article('old', '2019-10-28'), article('new', '2021-06-28'), article('mid', '2021')],
      zoneName,
    );
    expect(items.map((i) => i.link)).toEqual(['/articles/new/', '/articles/mid/', '/articles/old/']);
  });

  it('caps the feed at FEED_LIMIT items, keeping the newest', () => {
    const list = Array.from({ length: FEED_LIMIT + 7 }, (_, i) =>
      article(`a${i}`, `2020-01-01`, { source: `s${String(i).padStart(3, '0')}` }),
    );
    const items = feedItems(list, zoneName);
    expect(items).toHaveLength(FEED_LIMIT);
    expect(items[0]!.link).toBe(`/articles/a${FEED_LIMIT + 6}/`);
    expect(items.map((i) => i.link)).not.toContain('/articles/a0/');
    expect(feedItems([], zoneName)).toEqual([]);
  });

  it('uses the full headline and the article URL, and invents no pubDate for an estimated date', () => {
    const [item] = feedItems(
      [article('x', '2021-06', { title: '学思践悟守初心', subtitle: '凝心聚力开新局' })],
      zoneName,
    );
    expect(item).toEqual({
      title: '学思践悟守初心——凝心聚力开新局',
      link: '/articles/x/',
      description: '约2021年6月（日期为估计） · 珠海高新区',
    });
    expect(item).not.toHaveProperty('pubDate');
  });

  it('gives a printed day as pubDate, adds the kicker and names the primary zone', () => {
    const [item] = feedItems(
      [article('x', '2019-10-28', { zone: 'jining', relatedZones: ['zhuhai'], kicker: '庆祝建党100周年' })],
      zoneName,
    );
    expect(item!.description).toBe('2019年10月28日 · 济宁高新区 · 庆祝建党100周年');
    expect(item!.pubDate?.toISOString()).toBe('2019-10-28T00:00:00.000Z');
  });

  it('keeps estimated items where the first day of their period puts them', () => {
    const items = feedItems(
      [
        article('day', '2021-06-28'),
        article('month', '2021-06'),
        article('year', '2021'),
        article('may', '2021-05-31'),
      ],
      zoneName,
    );
    expect(items.map((i) => i.link)).toEqual([
      '/articles/day/',
      '/articles/month/',
      '/articles/may/',
      '/articles/year/',
    ]);
    expect(items.map((i) => i.pubDate !== undefined)).toEqual([true, false, true, false]);
  });

  it('carries the lead paragraph in the description and the whole text as HTML', () => {
    const body = '## 一、小标题\n\n第一段 <b>&</b> **强调**。\n\n第二段。';
    const [item] = feedItems([article('x', '2019-10-28')], zoneName, () => body);
    expect(item!.description).toBe('2019年10月28日 · 珠海高新区\n\n第一段 <b>&</b> 强调。');
    expect(item!.content).toBe(
      '<p>2019年10月28日 · 珠海高新区</p>\n<h2>一、小标题</h2>\n<p>第一段 &lt;b&gt;&amp;&lt;/b&gt; 强调。</p>\n<p>第二段。</p>',
    );
    expect(leadParagraph('## 只有标题')).toBe('');
    const [lead] = feedItems([article('x', '2019-10-28')], zoneName, () => body, { fullText: false });
    expect(lead).not.toHaveProperty('content');
    expect(lead!.description).toBe(item!.description);
    expect(bodyHtml('')).toBe('');
  });
});

describe('feedText', () => {
  it('drops what XML 1.0 cannot hold and leaves escaping to the feed writer', () => {
    expect(feedText('珠海&amp;<高新区>\u0001\u0008\u000b\ufffe\ud800"\'')).toBe('珠海&amp;<高新区>"\'');
    expect(feedText('\t行\n\r𠀀')).toBe('\t行\n\r𠀀');
  });

  it('applies to titles and descriptions of items and channels', () => {
    const options = feedOptions(
      { title: '园区\u0007 · 档案', description: '简介\u001b', site: 'https://example.org' },
      [article('x', '2021-06', { title: '标题\u0000', kicker: '引题\u0002' })],
      () => '珠海\u0003',
    );
    expect(options.title).toBe('园区 · 档案');
    expect(options.description).toBe('简介');
    expect(options.items[0]!.title).toBe('标题');
    expect(options.items[0]!.description).toBe('约2021年6月（日期为估计） · 珠海 · 引题');
  });
});
