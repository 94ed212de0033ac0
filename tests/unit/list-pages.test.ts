import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutList, listPaths, type ListOrder, type ListPage } from '../../src/lib/list-pages.ts';
import { SITE } from '../../src/lib/site.ts';

const BASE = '/zones/zhuhai/';
const orders: ListOrder[] = ['newest-first', 'oldest-first'];
const list = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `a${from + i}`);
const arbitraryList = fc.integer({ min: 0, max: 130 }).map((n) => list(n));
const arbitrarySize = fc.integer({ min: 1, max: 25 });

/** The later pages (not the list's own), by URL. */
const laterPages = (pages: ListPage<string>[]) =>
  new Map(pages.filter((page) => page.number !== undefined).map((page) => [page.url.current, page]));

describe('cutList', () => {
  it('gives an empty list its own page, empty', () => {
    for (const order of orders)
      expect(cutList([], order, 20, BASE)).toEqual([
        {
          items: [],
          order,
          number: undefined,
          total: 0,
          url: { current: BASE, first: BASE, prev: undefined, next: undefined },
        },
      ]);
  });

  it('numbers a newest-first list’s later pages from its oldest item, and gives its own page the rest', () => {
    const pages = cutList(list(47), 'newest-first', 10, BASE);
    expect(pages.map((page) => [page.number, page.items.length, page.items[0]])).toEqual([
      [undefined, 17, 'a0'],
      [3, 10, 'a17'],
      [2, 10, 'a27'],
      [1, 10, 'a37'],
    ]);
    expect(pages.map((page) => page.url.current)).toEqual([BASE, `${BASE}3/`, `${BASE}2/`, `${BASE}1/`]);
    expect(pages.map((page) => page.total)).toEqual([47, undefined, undefined, undefined]);
  });

  it('cuts an oldest-first list from its start, page 2 after its own page', () => {
    const pages = cutList(list(25), 'oldest-first', 10, BASE);
    expect(pages.map((page) => [page.number, page.items.length, page.url.current])).toEqual([
      [undefined, 10, BASE],
      [2, 10, `${BASE}2/`],
      [3, 5, `${BASE}3/`],
    ]);
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => cutList(list(3), 'newest-first', 0, BASE)).toThrow(/page size/);
    expect(() => cutList(list(3), 'oldest-first', 2.5, BASE)).toThrow(/page size/);
  });

  it('holds every item once, in order, and links the pages in a chain', () => {
    fc.assert(
      fc.property(arbitraryList, arbitrarySize, fc.constantFrom(...orders), (items, size, order) => {
        const pages = cutList(items, order, size, BASE);
        expect(pages.flatMap((page) => page.items)).toEqual(items);
        expect(pages[0]!.url.current).toBe(BASE);
        expect(new Set(pages.map((page) => page.url.current)).size).toBe(pages.length);
        pages.forEach((page, i) => {
          expect(page.url.first).toBe(BASE);
          expect(page.url.prev).toBe(pages[i - 1]?.url.current);
          expect(page.url.next).toBe(pages[i + 1]?.url.current);
          if (page.number !== undefined) expect(page.url.current).toBe(`${BASE}${page.number}/`);
        });
      }),
    );
  });

  it('keeps later pages full, and a newest-first list’s own page between one and two pages long', () => {
    fc.assert(
      fc.property(arbitraryList, arbitrarySize, (items, size) => {
        const [own, ...later] = cutList(items, 'newest-first', size, BASE);
        for (const page of later) expect(page.items).toHaveLength(size);
        if (items.length < size) expect(own!.items).toHaveLength(items.length);
        else expect(own!.items.length).toBeGreaterThanOrEqual(size);
        expect(own!.items.length).toBeLessThan(2 * size);
      }),
    );
  });

  it('keeps every later page of a newest-first list, URL, items and links, when newer items arrive', () => {
    fc.assert(
      fc.property(arbitraryList, fc.integer({ min: 1, max: 60 }), arbitrarySize, (items, added, size) => {
        const before = laterPages(cutList(items, 'newest-first', size, BASE));
        const after = laterPages(cutList([...list(added, 1000), ...items], 'newest-first', size, BASE));
        for (const [url, page] of before) {
          const now = after.get(url);
          expect(now?.items, url).toEqual(page.items);
          expect(now?.url.next, url).toBe(page.url.next);
        }
      }),
    );
  });

  it('keeps every newest-first page wholly older than an inserted item', () => {
    fc.assert(
      fc.property(arbitraryList, fc.nat(), arbitrarySize, (items, at, size) => {
        const position = at % (items.length + 1);
        const before = cutList(items, 'newest-first', size, BASE);
        const after = laterPages(cutList(items.toSpliced(position, 0, 'new'), 'newest-first', size, BASE));
        let start = 0;
        for (const page of before) {
          if (page.number !== undefined && start >= position)
            expect(after.get(page.url.current)?.items, page.url.current).toEqual(page.items);
          start += page.items.length;
        }
      }),
    );
  });

  it('keeps every full page of an oldest-first list when later items arrive', () => {
    fc.assert(
      fc.property(arbitraryList, fc.integer({ min: 1, max: 60 }), arbitrarySize, (items, added, size) => {
        const before = cutList(items, 'oldest-first', size, BASE);
        const after = new Map(
          cutList([...items, ...list(added, 1000)], 'oldest-first', size, BASE).map((p) => [p.url.current, p]),
        );
        for (const page of before.slice(0, -1)) expect(after.get(page.url.current)?.items).toEqual(page.items);
      }),
    );
  });
});

describe('listPaths', () => {
  it('gives the list’s own page no page parameter and a later page its number', () => {
    const paths = listPaths(list(45), {
      order: 'newest-first',
      size: 20,
      base: BASE,
      params: { zone: 'zhuhai' },
      props: { zoneName: '珠海高新区' },
    });
    expect(paths.map((path) => path.params)).toEqual([
      { zone: 'zhuhai', page: undefined },
      { zone: 'zhuhai', page: '1' },
    ]);
    expect(paths.map((path) => [path.props.zoneName, path.props.page.items.length])).toEqual([
      ['珠海高新区', 25],
      ['珠海高新区', 20],
    ]);
  });

  it('cuts a newest-first list into the site’s page size unless told otherwise', () => {
    const items = list(2 * SITE.pageSize + 3);
    const paths = listPaths(items, { base: BASE, params: {}, props: {} });
    expect(paths.map((path) => path.props.page)).toEqual(cutList(items, 'newest-first', SITE.pageSize, BASE));
  });
});
