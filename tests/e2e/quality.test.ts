import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../helpers/content.ts';
import { axeViolationsInEachScheme } from '../helpers/axe.ts';
import { closeSite, openSite, searchDone, watchErrors } from '../helpers/browser.ts';
import type { StaticServer } from '../helpers/server.ts';

const article = readArticles().find((a) => a.id === 'zhuhai-dangshi-xuexi-jiaoyu-zoushen-zoushi')!;

/** One page of every kind the site has. */
const PAGES: [string, string][] = [
  ['home', '/'],
  ['article', `/articles/${article.id}/`],
  ['zones', '/zones/'],
  ['zone', '/zones/zhuhai/'],
  ['campaign', '/campaigns/dangshi-xuexi-jiaoyu/'],
  ['topic', '/topics/jiceng-dangjian/'],
  ['year', '/archive/2019/'],
  ['month', '/archive/2021-06/'],
  ['newspaper', '/papers/zhongguo-gaoxin-daobao/'],
  ['printed page', '/pages/004_0c38c2483bdfdc45/'],
  ['source view', '/sources/002_d900017915a012f7/'],
  ['search with results', `/search/?q=${encodeURIComponent('党建')}`],
  ['search without results', `/search/?q=${encodeURIComponent('量子计算机')}`],
  ['about', '/about/'],
  ['open data', '/data/'],
  ['people', '/people/'],
  ['person', `/people/${encodeURIComponent('宋显晖')}/`],
  ['404', '/no-such-page/'],
];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await openSite()));
afterAll(() => closeSite({ server, browser }));

/** Loads a page of the site in a tab, waiting for a search to finish where the URL asks for one. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(`${server.origin}${url}`);
  if (url.startsWith('/search/?')) await searchDone(page);
}

async function open(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await visit(page, url);
  return { page, errors };
}

describe('accessibility', () => {
  // One tab reads every page, as a reader's would: a fresh tab per page costs more than the check.
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterAll(() => context.close());

  it.each(PAGES)('%s: no WCAG 2.2 AA violation in light or dark mode (axe-core)', async (_, url) => {
    errors.length = 0;
    await visit(page, url);
    expect(await axeViolationsInEachScheme(page)).toEqual({ light: [], dark: [] });
    // 404 is the one page whose document is served with an error status.
    expect(errors.filter((e) => !(url === '/no-such-page/' && e.includes('404')))).toEqual([]);
  });
});

describe('keyboard', () => {
  it('shows a visible focus ring on every control the Tab key reaches', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, `/search/?q=${encodeURIComponent('党建')}`);
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          tag: el.tagName,
          text: (el.textContent ?? '').trim().slice(0, 20) || (el as HTMLInputElement).name,
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
        };
      });
      if (!focus) continue;
      seen.add(focus.tag);
      expect(focus.outline, `${focus.tag} ${focus.text}`).not.toBe('none');
      expect(focus.width, `${focus.tag} ${focus.text}`).toBeGreaterThanOrEqual(2);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['A', 'INPUT', 'SELECT', 'BUTTON']));
    await context.close();
  });
});

describe('Chinese reading comfort', () => {
  it('article text: at least 16 px, line height 1.75–1.8, 35–40 characters per line on a wide screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const { page } = await open(context, `/articles/${article.id}/`);
    const metrics = await page.$eval('[data-article-body] p', (p) => {
      const style = getComputedStyle(p);
      const size = parseFloat(style.fontSize);
      return {
        size,
        lineHeight: parseFloat(style.lineHeight) / size,
        charsPerLine: (p as HTMLElement).clientWidth / size,
      };
    });
    expect(metrics.size).toBeGreaterThanOrEqual(16);
    expect(metrics.lineHeight).toBeGreaterThanOrEqual(1.75);
    expect(metrics.lineHeight).toBeLessThanOrEqual(1.8);
    expect(metrics.charsPerLine).toBeGreaterThanOrEqual(35);
    expect(metrics.charsPerLine).toBeLessThanOrEqual(40);
    await context.close();
  });

  it('is usable at 360 px: no horizontal scrolling on any kind of page', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const [name, url] of PAGES) {
      await visit(page, url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, name).toBeLessThanOrEqual(0);
      expect(await drawnPastRightEdge(page), name).toEqual([]);
    }
    await context.close();
  });

  it("a paper's list of pages keeps each story's number beside its title's first line at 360 px", async () => {
    // A number sits beside the last line of an inline-block, so a title that wraps would show its
    // number on its second line: each story's link is a block, as wide as its list item.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page } = await open(context, '/papers/zhongguo-gaoxin-daobao/');
    const entries = await page.$$eval('.printed-page ol > li', (items) =>
      items.map((li) => ({
        title: li.textContent?.trim() ?? '',
        display: getComputedStyle(li.querySelector('a')!).display,
        gap: li.clientWidth - li.querySelector('a')!.offsetWidth,
      })),
    );
    expect(entries.length).toBeGreaterThan(1);
    for (const { title, display, gap } of entries)
      expect({ title, display, gap }).toEqual({ title, display: 'block', gap: 0 });
    await context.close();
  });

  it('keeps the search filters inside a 360 px screen, however long a zone or campaign name grows', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page } = await open(context, '/search/');
    await page.$$eval('#search-form select', (selects) => {
      for (const select of selects as HTMLSelectElement[])
        select.add(new Option('国家自主创新示范区核心区党建引领高质量发展示范园区（12345）', 'long'));
    });
    expect(await drawnPastRightEdge(page)).toEqual([]);
    await page.close();
    await context.close();
  });
});

/**
 * Elements drawn past the right edge of the viewport (a page can hide them from scrollWidth),
 * except inside a box that scrolls or clips on purpose (wide tables, visually hidden labels).
 */
function drawnPastRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped = (el: Element) => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        if (getComputedStyle(node).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.right > window.innerWidth + 0.5 &&
          getComputedStyle(el).overflowX === 'visible' &&
          !clipped(el)
        );
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} → ${Math.round(el.getBoundingClientRect().right)} px`,
      );
  });
}

describe('nothing from the URL is ever executed', () => {
  const PAYLOADS = [
    '<script>window.__xss = 1</script>',
    '<img src=x onerror="window.__xss = 1">',
    '"><svg onload="window.__xss = 1">',
    'javascript:window.__xss = 1',
  ];
  const PARAMS = ['q', 'zone', 'campaign', 'year', 'newspaper', 'sort', 'page'];

  it.each(PARAMS)('payloads in ?%s= stay text', async (param) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    // The page's own: its module script.
    const elements = () => page.locator('main img, main svg, main script').count();
    await visit(page, `/search/?q=${encodeURIComponent('党建')}`);
    const own = await elements();
    expect(own).toBeLessThanOrEqual(1);
    for (const payload of PAYLOADS) {
      errors.length = 0;
      await visit(page, `/search/?${new URLSearchParams({ ...(param !== 'q' && { q: '党建' }), [param]: payload })}`);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await elements()).toBe(own);
      if (param === 'q') expect(await page.inputValue('#search-input')).toBe(payload);
      if (param === 'q') expect(await page.textContent('#search-status')).toContain(payload);
      expect(errors).toEqual([]);
      // Following a result never navigates to the payload.
      for (const href of await page.$$eval('#search-results a', (links) =>
        links.map((a) => a.getAttribute('href') ?? ''),
      ))
        expect(href).not.toMatch(/^javascript:/i);
    }
    await context.close();
  });
});

describe('search result links highlight the matched words on the article', () => {
  it('the article scrolls to the first match, below the header, and marks it', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, `/search/?q=${encodeURIComponent('536亿元')}`);
    const href = await page.locator('[data-search-result]').first().getAttribute('href');
    expect(href).toBe(`/articles/${article.id}/?hl=536%E4%BA%BF%E5%85%83`);
    await page.locator('[data-search-result]').first().click();
    await page.waitForURL(new RegExp(`/articles/${article.id}/`));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    const first = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('search-arrival') ?? [])][0] as Range | undefined;
      if (!range) return undefined;
      const box = range.getBoundingClientRect();
      const header = document.querySelector('.site-header')!.getBoundingClientRect();
      return { text: range.toString(), top: box.top, bottom: box.bottom, below: header.bottom, height: innerHeight };
    });
    expect(first?.text).toBe('536亿元');
    expect(first!.top).toBeGreaterThanOrEqual(Math.max(0, first!.below));
    expect(first!.bottom).toBeLessThanOrEqual(first!.height);
    await context.close();
  });
});
