import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readArticles, readData } from '../helpers/content.ts';
import { articleText, closeCheckedPage, closeSite, newCheckedPage, openSite, searchDone } from '../helpers/browser.ts';
import type { StaticServer } from '../helpers/server.ts';

const articles = readArticles();
const zones = readData('zones.yaml');
let server: StaticServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => ({ server, browser } = await openSite()));
afterAll(() => closeSite({ server, browser }));
beforeEach(async () => {
  ({ page, errors } = await newCheckedPage(browser));
  return () => closeCheckedPage(page, errors);
});

/** The article's searchable text as the page shows it, read from its own page. */
async function searchableTexts(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const reader = await browser.newPage();
  for (const article of articles) {
    await reader.goto(`${server.origin}/articles/${article.id}/`);
    texts.set(article.id, await articleText(reader));
  }
  await reader.close();
  return texts;
}

async function resultIds(): Promise<string[]> {
  const hrefs = await page.$$eval('[data-search-result]', (links) =>
    links.map((a) => (a as HTMLAnchorElement).pathname),
  );
  return hrefs.map((href) => href.split('/').filter(Boolean).at(-1)!).sort();
}

describe('a reader browsing', () => {
  it('goes from the home page to a zone, then to one of its articles', async () => {
    await page.goto(server.origin);
    const zone = zones.find((z) => z.id === 'jining')!;
    await page.getByRole('link', { name: zone.name }).first().click();
    await expect.poll(() => page.url()).toBe(`${server.origin}/zones/jining/`);
    expect(await page.textContent('h1')).toContain(zone.name);
    const article = articles.find((a) => a.data.zone === 'jining')!;
    await page.getByRole('link', { name: article.data.title }).click();
    await expect.poll(() => page.url()).toBe(`${server.origin}/articles/${article.id}/`);
    expect(await page.textContent('h1')).toBe(article.data.title);
    expect(await page.textContent('[data-citation]')).toMatch(/\[N\]\. 中国高新技术产业导报, 2019-10-28\(9\)\.$/);
  });

  it('finds every 2019 article in the 2019 archive', async () => {
    await page.goto(`${server.origin}/archive/`);
    await page.getByRole('link', { name: '2019年' }).first().click();
    // The click returns before the year's page has replaced the archive's.
    await page.waitForURL(/\/archive\/2019\/$/);
    const listed = await page.$$eval('[data-article-list] [data-article-id]', (items) =>
      items.map((i) => (i as HTMLElement).dataset.articleId!),
    );
    expect(listed.sort()).toEqual(
      articles
        .filter((a) => a.data.date.startsWith('2019'))
        .map((a) => a.id)
        .sort(),
    );
  });
});

describe('a reader searching', () => {
  it('finds exactly the articles that contain 苏兆征', async () => {
    const texts = await searchableTexts();
    const expected = [...texts]
      .filter(([, text]) => text.includes('苏兆征'))
      .map(([id]) => id)
      .sort();
    expect(expected.length).toBeGreaterThan(1);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('苏兆征')}`);
    expect(await searchDone(page)).toBe(expected.length);
    expect(await resultIds()).toEqual(expected);
    expect(await page.$$eval('[data-search-excerpt] mark', (marks) => marks.map((m) => m.textContent))).toContain(
      '苏兆征',
    );
  });

  it('narrows the results with a zone filter, and keeps the state in the URL', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('党员')}`);
    const all = await searchDone(page);
    await page.selectOption('select[name="zone"]', '济宁高新区');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('zone') === '济宁高新区');
    const narrowed = await searchDone(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    const meta = await page.$$eval('[data-search-result]', (links) =>
      links.map((a) => a.closest('li')!.textContent ?? ''),
    );
    expect(meta.length).toBe(Math.min(narrowed, 10));
    expect(meta.filter((text) => !text.includes('济宁高新区'))).toEqual([]);
    await page.reload();
    expect(await searchDone(page)).toBe(narrowed);
    expect(await page.inputValue('select[name="zone"]')).toBe('济宁高新区');
  });

  it('works with filters alone, without a query', async () => {
    await page.goto(`${server.origin}/search/?year=2019`);
    expect(await searchDone(page)).toBe(articles.filter((a) => a.data.date.startsWith('2019')).length);
  });

  it('can be reached and used with the keyboard alone', async () => {
    await page.goto(`${server.origin}/about/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    for (let i = 0; i < 20; i++) {
      if (await page.evaluate(() => document.activeElement?.id === 'site-search')) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('仲恺');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(await searchDone(page)).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    // Focus moves on through the filters to the results with Tab.
    const first = page.locator('[data-search-result]').first();
    await first.focus();
    expect(await first.getAttribute('href')).toMatch(/\?hl=/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\//);
    expect(await articleText(page)).toContain('仲恺');
  });

  it('"/" focuses a search box on every kind of page, and types normally inside a field', async () => {
    for (const url of ['/', `/articles/${articles[0]!.id}/`, '/zones/', '/about/']) {
      await page.goto(`${server.origin}${url}`);
      await page.locator('main').click({ position: { x: 1, y: 1 } });
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id), url).toBe('site-search');
      await page.keyboard.type('/仲恺');
      expect(await page.inputValue('#site-search'), url).toBe('/仲恺');
    }
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('仲恺')}`);
    await searchDone(page);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  });

  it('links each result to its article with the matched words, normalised, for the article to mark', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('“苏兆征、故居”')}`);
    await searchDone(page);
    const hrefs = await page.$$eval('[data-search-result]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const url = new URL(href);
      expect(url.pathname).toMatch(/^\/articles\/[^/]+\/$/);
      expect(url.searchParams.get('hl')).toBe('苏兆征故居');
      expect(url.hash).toBe('');
    }
  });
});
