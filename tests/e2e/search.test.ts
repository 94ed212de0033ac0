import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { normalizedRuns } from '../../src/lib/search/shared/text.ts';
import { readArticles, readData } from '../helpers/content.ts';
import { requireDist } from '../helpers/dist.ts';
import { allResultIds, launchBrowser, searchDone, watchErrors } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

const articles = readArticles();
let server: StaticServer;
let browser: Browser;
let page: Page;
let errors: string[];
/**
 * Each article's searchable text, one line per element: read from its own page (what is marked
 * [data-search-source], each part of each photo caption), and the names in its credits.
 */
const texts = new Map<string, string>();

beforeAll(async () => {
  requireDist();
  server = await serveDist();
  browser = await launchBrowser();
  const reader = await browser.newPage();
  for (const article of articles) {
    await reader.goto(`${server.origin}/articles/${article.id}/`);
    const marked = await reader.$$eval('[data-search-source]', (els) => els.map((el) => (el as HTMLElement).innerText));
    // A caption and its credit line are two texts: no match runs from one into the other.
    const captions = await reader.$$eval('figure[data-caption] figcaption', (els) =>
      els.flatMap((el) => [...el.childNodes].map((node) => node.textContent ?? '')),
    );
    const names = (article.data.credits ?? []).map((credit) => credit.name);
    texts.set(article.id, [...marked, ...captions, ...names].join('\n'));
  }
  await reader.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  page = await browser.newPage();
  errors = watchErrors(page);
  return async () => {
    expect(errors).toEqual([]);
    await page.close();
  };
});

/** Articles whose text contains the word, ignoring punctuation and spaces (no Traditional folding needed here). */
function containing(word: string): string[] {
  return [...texts]
    .filter(([, text]) => text.split('\n').some((line) => normalizedRuns(line, {}).some((run) => run.includes(word))))
    .map(([id]) => id)
    .sort();
}

async function search(query: string): Promise<{ total: number; ids: string[] }> {
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
  const total = await searchDone(page);
  return { total, ids: (await allResultIds(page)).sort() };
}

describe('Chinese search finds what Ctrl+F finds', () => {
  it('a personal name a word segmenter would split (宋显晖)', async () => {
    const expected = containing('宋显晖');
    expect(expected.length).toBeGreaterThan(1);
    expect(await search('宋显晖')).toEqual({ total: expected.length, ids: expected });
  });

  it('a query typed in Traditional characters (黨史學習教育)', async () => {
    const expected = containing('党史学习教育');
    expect(expected.length).toBeGreaterThan(1);
    expect(await search('黨史學習教育')).toEqual({ total: expected.length, ids: expected });
  });

  it('the same articles with and without 、 or a space (不忘初心、牢记使命)', async () => {
    const expected = containing('不忘初心牢记使命');
    expect(expected.length).toBeGreaterThan(1);
    for (const query of ['不忘初心、牢记使命', '不忘初心牢记使命', '“不忘初心，牢记使命”']) {
      expect(await search(query), query).toEqual({ total: expected.length, ids: expected });
    }
    // Two words separated by a space: articles with both.
    const both = containing('不忘初心').filter((id) => containing('牢记使命').includes(id));
    expect((await search('不忘初心 牢记使命')).ids).toEqual(both);
  });

  it("a zone's alias finds the articles filed under it", async () => {
    const zone = readData<{ id: string; aliases: string[] }>('zones.yaml').find((z) => z.id === 'huizhou-zhongkai')!;
    const filed = articles
      .filter((a) => a.data.zone === zone.id || (a.data.relatedZones ?? []).includes(zone.id))
      .map((a) => a.id);
    const expected = [...new Set([...filed, ...containing('仲恺高新区')])].sort();
    expect(zone.aliases).toContain('仲恺高新区');
    expect((await search('仲恺高新区')).ids).toEqual(expected);
  });

  it('a quoted phrase finds that exact phrase, not its words apart', async () => {
    const expected = containing('党员干部');
    const { ids } = await search('"党员干部"');
    expect(ids).toEqual(expected);
    const apart = containing('党员').filter((id) => containing('干部').includes(id));
    expect(apart.length).toBeGreaterThanOrEqual(expected.length);
  });

  it('a one-character query returns ranked results, not nothing', async () => {
    const expected = containing('征');
    const { total, ids } = await search('征');
    expect(total).toBeGreaterThan(0);
    for (const id of expected) expect(ids).toContain(id);
  });

  it('ranks a headline match before body matches', async () => {
    const headline = articles.find((a) => a.data.title.includes('十万党员进党校'))!;
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('十万党员进党校')}`);
    expect(await searchDone(page)).toBeGreaterThan(1);
    const first = await page.locator('[data-search-result]').first().getAttribute('href');
    expect(first).toContain(`/articles/${headline.id}/`);
  });

  it('ranks more occurrences before fewer', async () => {
    const count = (text: string) => text.split('苏兆征故居').length - 1;
    const expected = [...texts].filter(([, text]) => count(text) > 0).sort(([, a], [, b]) => count(b) - count(a));
    expect(count(expected[0]![1])).toBeGreaterThan(count(expected.at(-1)![1]));
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('苏兆征故居')}`);
    await searchDone(page);
    const order = await page.$$eval('[data-search-result]', (links) =>
      links.map((a) => (a as HTMLAnchorElement).pathname.split('/').filter(Boolean).at(-1)!),
    );
    expect(order[0]).toBe(expected[0]![0]);
  });

  it('orders the same articles by date, newest or oldest first, across result pages', async () => {
    const dateOf = new Map(articles.map((a) => [a.id, a.data.date]));
    const expected = containing('党');
    expect(expected.length).toBeGreaterThan(10);
    for (const [sort, direction] of [
      ['date-desc', -1],
      ['date-asc', 1],
    ] as const) {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent('党')}&sort=${sort}`);
      await searchDone(page);
      const order = await allResultIds(page);
      expect([...order].sort(), sort).toEqual(expected);
      const dates = order.map((id) => dateOf.get(id)!);
      for (let i = 1; i < dates.length; i++)
        expect(Math.sign(dates[i]!.localeCompare(dates[i - 1]!)), `${sort}: ${order[i - 1]} → ${order[i]}`).not.toBe(
          -direction,
        );
    }
  });

  it('shows excerpts that are the real text of the article, with the match marked', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('苏兆征故居')}`);
    expect(await searchDone(page)).toBeGreaterThan(0);
    const excerpts = await page.$$eval('[data-search-excerpt]', (nodes) =>
      nodes.map((n) => ({
        text: n.textContent ?? '',
        marks: [...n.querySelectorAll('mark')].map((m) => m.textContent),
        href: n.closest('li')!.querySelector('a')!.pathname,
      })),
    );
    for (const excerpt of excerpts) {
      const id = excerpt.href.split('/').filter(Boolean).at(-1)!;
      const source = texts.get(id)!.replace(/\n/g, '');
      const text = excerpt.text.replace(/^图片说明：/, '');
      for (const piece of text.split('…').filter(Boolean)) expect(source, piece).toContain(piece);
      expect(excerpt.marks).toContain('苏兆征故居');
    }
  });

  /** The result of an article on the first page of a search: its excerpt, the label of where it matched, and its rank. */
  async function resultOf(query: string, id: string) {
    const { total } = await search(query);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    await searchDone(page);
    const results = await page.$$eval('#search-result-list > li', (items) =>
      items.map((item) => ({
        id: item.querySelector<HTMLAnchorElement>('[data-search-result]')!.pathname.split('/').filter(Boolean).at(-1)!,
        where: item.querySelector('[data-search-where]')?.textContent ?? null,
        excerpt: item.querySelector('[data-search-excerpt]')?.textContent ?? '',
        marks: [...item.querySelectorAll('[data-search-excerpt] mark')].map((m) => m.textContent),
      })),
    );
    const rank = results.findIndex((r) => r.id === id);
    return { total, rank, ...results[rank]! };
  }

  it('a word of a photo caption finds its article, and says it matched in a caption', async () => {
    const wuda = articles.find((a) => a.data.title.includes('五大行动'))!;
    expect(wuda.body).not.toContain('苏兆征');
    const caption = await resultOf('苏兆征', wuda.id);
    expect(caption.rank).toBeGreaterThanOrEqual(0);
    expect(caption.total).toBe(containing('苏兆征').length);
    expect(caption.where).toBe('图片说明：');
    expect(caption.excerpt).toBe('图片说明：高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。');
    expect(caption.marks).toEqual(['苏兆征']);
    // Ranked after every article whose headline or body holds the word.
    expect(caption.rank).toBe(caption.total - 1);

    const zhongkai = articles.find((a) => a.id === 'huizhou-zhongkai-dangjian-yinling')!;
    expect(zhongkai.body).not.toContain('不忘初心');
    const phrase = await resultOf('不忘初心', zhongkai.id);
    expect(phrase.rank).toBeGreaterThanOrEqual(0);
    expect(phrase.where).toBe('图片说明：');
    expect(phrase.excerpt).toContain('御湖社区党建联盟召开“不忘初心、牢记使命”主题教育专题学习活动。');
  });

  it("a reporter's name finds the article he wrote, and says it matched in the credits", async () => {
    const wuda = articles.find((a) => a.data.title.includes('五大行动'))!;
    expect(wuda.body).not.toContain('宋显晖');
    const writer = await resultOf('宋显晖', wuda.id);
    expect(writer.rank).toBeGreaterThanOrEqual(0);
    expect(writer.where).toBe('采写：');
    expect(writer.excerpt).toBe('采写：宋显晖');
    expect(writer.marks).toEqual(['宋显晖']);

    const edited = articles.filter((a) => (a.data.credits ?? []).some((c) => c.name === '叶伟'));
    expect(edited.length).toBeGreaterThan(0);
    const editor = await resultOf('叶伟', edited[0]!.id);
    expect(editor.total).toBe(edited.length);
    expect(editor).toMatchObject({ where: '编辑：', excerpt: '编辑：叶伟', marks: ['叶伟'] });
  });

  it('says so when nothing matches, and offers campaigns and zones to browse', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('量子计算机')}`);
    expect(await searchDone(page)).toBe(0);
    expect(await page.isVisible('#search-empty')).toBe(true);
    expect(await page.locator('#search-empty a[href^="/campaigns/"]').count()).toBeGreaterThan(0);
    expect(await page.textContent('#search-status')).toContain('没有找到');
  });

  it('"/" moves focus to the search box', async () => {
    await page.goto(`${server.origin}/search/`);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  });

  it('loads the index chunks of the words while the reader types, before the search runs', async () => {
    await page.goto(`${server.origin}/search/`);
    const chunks: string[] = [];
    let inFlight = 0;
    page.on('request', (request) => {
      if (!request.url().endsWith('.pf_index')) return;
      chunks.push(request.url());
      inFlight++;
    });
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('.pf_index')) inFlight--;
    });
    const loaded = page.waitForRequest((request) => request.url().endsWith('.pf_index'), { timeout: 10_000 });
    await page.focus('#search-input');
    await page.keyboard.type('苏兆征', { delay: 50 });
    await loaded;
    await expect.poll(() => inFlight).toBe(0);
    expect(await page.getAttribute('#search-results', 'data-search-state')).toBe('idle');
    const before = chunks.length;
    await page.keyboard.press('Enter');
    expect(await searchDone(page)).toBe(containing('苏兆征').length);
    expect(chunks.length, 'the search needed no chunk the typing had not loaded').toBe(before);
  });

  it('reports an index that cannot load', async () => {
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 503, body: '' }));
    const pageErrors = errors;
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('党建')}`);
    await page.waitForSelector('#search-results[data-search-state="error"]');
    expect(await page.textContent('#search-status')).toContain('未能加载');
    pageErrors.length = 0; // the failed load is the point of this test
  });
});
