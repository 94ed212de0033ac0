import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readArticles } from '../helpers/content.ts';
import { closeCheckedPage, closeSite, newCheckedPage, openSite } from '../helpers/browser.ts';
import type { StaticServer } from '../helpers/server.ts';

// The second story of a seed page: its headline is line 64 of the raw OCR text.
const article = readArticles().find((a) => a.id === 'zhuhai-huazhou-weiwen-dangyuan')!;
const SOURCE = '001_3f31efd273dffd98';
const FIRST_LINE = 64;

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

/** The `:target` row: its id, text, and whether it is highlighted and inside the viewport. */
function target(p: Page) {
  return p.evaluate(() => {
    const row = document.querySelector(':target') as HTMLElement | null;
    if (!row) return null;
    const box = row.getBoundingClientRect();
    const text = row.querySelector('[data-raw]')!;
    return {
      id: row.id,
      text: text.textContent,
      inView: box.top >= 0 && box.bottom <= window.innerHeight,
      background: getComputedStyle(text.closest('td')!).backgroundColor,
      rowBackground: getComputedStyle(row.nextElementSibling!.querySelector('td')!).backgroundColor,
    };
  });
}

describe('the source view', () => {
  it('shows the raw Chinese text line by line, and marks the lines of each story with a link to it', async () => {
    await page.goto(`${server.origin}/sources/${SOURCE}/`);
    expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
    const line = page.locator(`#L${FIRST_LINE}`);
    expect(await line.locator('[data-raw]').textContent()).toBe(`${article.data.title} ${article.data.subtitle}`);
    // A line is its group's: the <tbody> says which story the lines under it are cut into.
    expect(await page.locator('tbody', { has: line }).getAttribute('data-article')).toBe(article.id);
    expect(await page.locator(`tbody[data-article="${article.id}"] tr[id]`).count()).toBeGreaterThan(1);
    // The label above the story's lines names it and leads to it.
    const label = page.locator('tbody', { has: line }).getByRole('link', { name: article.data.title });
    await label.click();
    await page.waitForURL(`${server.origin}/articles/${article.id}/`);
  });

  it('shows OCR debris as text, never as markup', async () => {
    await page.goto(`${server.origin}/sources/002_d900017915a012f7/`);
    const raw = await page.locator('#L29 [data-raw]').textContent();
    expect(raw).toBe('<mark>仲恺陈</mark>江街道御湖社区党建联盟走 进小区开展文明宣传活动。');
    expect(await page.locator('[data-source-lines] mark').count()).toBe(0);
    expect(await page.locator('#L7 [data-raw]').textContent()).toBe('# 党建引领 奋力迈进国家一流高新区');
  });
});

describe("following an article's source link", () => {
  it.each([1280, 360])("lands on the story's first line, highlighted and in view (%i px)", async (width) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${server.origin}/articles/${article.id}/`);
    await page.locator('[data-source-link]').click();
    await page.waitForURL(`${server.origin}/sources/${SOURCE}/#L${FIRST_LINE}`);
    const landed = await target(page);
    expect(landed).toMatchObject({ id: `L${FIRST_LINE}`, inView: true });
    expect(landed!.text).toContain(article.data.title);
    expect(landed!.background).not.toBe(landed!.rowBackground);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  it('reaches the view from the printed page too', async () => {
    await page.goto(`${server.origin}/pages/${SOURCE}/`);
    await page.locator('[data-source-link]').click();
    await page.waitForURL(`${server.origin}/sources/${SOURCE}/`);
    expect(await page.locator('[data-source-lines] tr[id]').count()).toBeGreaterThan(100);
  });
});
