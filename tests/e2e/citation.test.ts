import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, openSite, watchErrors } from '../helpers/browser.ts';
import type { StaticServer } from '../helpers/server.ts';

/** The citation as a reader copies it: keyboard only, with and without the script. */
const ARTICLE = '/articles/jining-zhuti-jiaoyu-sanci-chuangye/';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await openSite()));
afterAll(() => closeSite({ server, browser }));

describe('copying the citation', () => {
  it('fills in today as the access date, and copies the online form with the keyboard, saying so', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.origin}${ARTICLE}`);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const online = (await page.textContent('#citation-online'))!.trim();
    expect(online).toBe(
      `张嘉村, 张阳. 济宁高新区主题教育凝聚三次创业磅礴力量[N/OL]. 中国高新技术产业导报, 2019-10-28(9)[${today}]. ${new URL(ARTICLE, 'http://localhost:4321').href}.`,
    );
    // Tab to the button of the online form, as a keyboard user would, and press Enter.
    let focused = '';
    for (let i = 0; i < 200 && focused !== 'citation-online'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.value ?? '');
    }
    expect(focused).toBe('citation-online');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('citation-copy [data-copy-status]')).toBe('已复制网络版引文');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(online);
    // Space works too, on the printed form's button (Shift+Tab back to it).
    for (let i = 0; i < 10 && focused !== 'citation-print'; i++) {
      await page.keyboard.press('Shift+Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.value ?? '');
    }
    await page.keyboard.press('Space');
    await expect.poll(() => page.textContent('citation-copy [data-copy-status]')).toBe('已复制报纸引文');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      '张嘉村, 张阳. 济宁高新区主题教育凝聚三次创业磅礴力量[N]. 中国高新技术产业导报, 2019-10-28(9).',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('selects the citation and says so where the clipboard is refused', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${ARTICLE}`);
    // No permission granted: make the write fail as a refusing browser would.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.focus('button[value="citation-print"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('citation-copy [data-copy-status]')).toContain('已选中报纸引文');
    expect(await page.evaluate(() => getSelection()!.toString().trim())).toBe(
      (await page.textContent('#citation-print'))!.trim(),
    );
    await context.close();
  });

  it('without the script: no button, a placeholder that reads correctly, and selectable text', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${ARTICLE}`);
    expect(await page.isVisible('citation-copy button')).toBe(false);
    expect((await page.textContent('#citation-online'))!.trim()).toMatch(/\(9\)\[引用日期\]\. http:\/\/\S+\/\.$/);
    expect(await page.$eval('#citation-print', (el) => getComputedStyle(el).userSelect)).not.toBe('none');
    await context.close();
  });
});

describe('a person page', () => {
  it('is reached from a byline name, and lists the article under its role', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${ARTICLE}`);
    await page.click('a[data-person="张嘉村"]');
    expect(await page.textContent('h1')).toBe('张嘉村');
    expect(
      await page.$$eval('[data-person-role="writer"] [data-article-id]', (items) =>
        items.map((i) => i.getAttribute('data-article-id')),
      ),
    ).toEqual(['jining-zhuti-jiaoyu-sanci-chuangye']);
    await context.close();
  });
});
