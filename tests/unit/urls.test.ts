import { describe, expect, it } from 'vitest';
import { listPageUrl, sourceLineId, UNPRINTED_PAPER_ID, urls } from '../../src/lib/urls.ts';

describe('urls', () => {
  const pages: [string, string][] = [
    ['home', urls.home()],
    ['article', urls.article('gaoxinqu-dangjian')],
    ['articles', urls.articles()],
    ['zones', urls.zones()],
    ['zone', urls.zone('zhuhai')],
    ['campaigns', urls.campaigns()],
    ['campaign', urls.campaign('dangshi')],
    ['topics', urls.topics()],
    ['topic', urls.topic('jiceng')],
    ['dates', urls.dates()],
    ['year', urls.year(2019)],
    ['month', urls.month(2019, 6)],
    ['papers', urls.papers()],
    ['paper', urls.paper('daobao')],
    ['unprinted paper', urls.paper(undefined)],
    ['printed page', urls.printedPage('004_0c38c2483bdfdc45')],
    ['source view', urls.sourceView('004_0c38c2483bdfdc45')],
    ['search', urls.search()],
    ['search with params', urls.search({ q: '党史' }).split('?')[0]!],
    ['about', urls.about()],
    ['open data', urls.data()],
  ];

  it.each(pages)('%s page URL is absolute and ends with /', (_, url) => {
    expect(url.startsWith('/')).toBe(true);
    expect(url.endsWith('/')).toBe(true);
    expect(url).not.toContain('//');
  });

  it('gives the expected paths', () => {
    expect(urls.article('gaoxinqu-dangjian')).toBe('/articles/gaoxinqu-dangjian/');
    expect(urls.zone('zhuhai')).toBe('/zones/zhuhai/');
    expect(urls.year(2019)).toBe('/archive/2019/');
    expect(urls.paper('daobao')).toBe('/papers/daobao/');
    expect(urls.paper(undefined)).toBe(`/papers/${UNPRINTED_PAPER_ID}/`);
    expect(urls.printedPage('004_x')).toBe('/pages/004_x/');
    expect(urls.sourceView('004_x')).toBe('/sources/004_x/');
  });

  it('links a line of a source view by its anchor', () => {
    expect(urls.sourceLine('004_x', 12)).toBe('/sources/004_x/#L12');
    expect(urls.sourceLine('004_x', 12).split('#')[1]).toBe(sourceLineId(12));
  });

  it('zero-pads months', () => {
    expect(urls.month(2019, 6)).toBe('/archive/2019-06/');
    expect(urls.month(2019, 10)).toBe('/archive/2019-10/');
    expect(urls.month(2021, 1)).toBe('/archive/2021-01/');
  });

  it('gives files without a trailing slash', () => {
    expect(urls.feed()).toBe('/rss.xml');
    expect(urls.zoneFeed('zhuhai')).toBe('/zones/zhuhai/rss.xml');
    expect(urls.campaignFeed('dangshi')).toBe('/campaigns/dangshi/rss.xml');
    expect(urls.sourceText('004_x')).toBe('/sources/004_x.txt');
    expect(urls.dataYear(2019)).toBe('/data/2019.json');
  });

  it('encodes search parameters', () => {
    expect(urls.search()).toBe('/search/');
    expect(urls.search({})).toBe('/search/');
    const url = urls.search({ q: '党史 学习&教育', zone: '珠海高新区' });
    expect(url.startsWith('/search/?')).toBe(true);
    expect(url).not.toMatch(/[\s党]/u);
    const params = new URL(url, 'https://example.org').searchParams;
    expect(params.get('q')).toBe('党史 学习&教育');
    expect(params.get('zone')).toBe('珠海高新区');
    expect([...params.keys()]).toEqual(['q', 'zone']);
  });
});

describe('listPageUrl', () => {
  it('appends the page number to the list URL, page 1 included', () => {
    expect(listPageUrl('/articles/', 1)).toBe('/articles/1/');
    expect(listPageUrl('/zones/zhuhai/', 12)).toBe('/zones/zhuhai/12/');
  });
});
