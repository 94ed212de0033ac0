import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellOpacity } from '../../src/lib/charts.ts';
import { axeViolationsInEachScheme } from '../helpers/axe.ts';
import { closeSite, openSite, watchErrors } from '../helpers/browser.ts';
import type { StaticServer } from '../helpers/server.ts';

/** The pages of the research views: pictures, and the lists behind their counts. */
const PAGES: [string, string][] = [
  ['date archive (zones × years)', '/archive/'],
  ['zone, by year', '/zones/zhuhai/'],
  ['zone, by month', '/zones/zhuhai-city/'],
  ['campaign', '/campaigns/buwang-chuxin/'],
  ['zone × campaign', '/zones/zhuhai/campaigns/buwang-chuxin/'],
  ['zone × year', '/zones/zhuhai/archive/2019/'],
  ['zone × campaign × month', '/zones/zhuhai-city/campaigns/jiandang-100/archive/2021-06/'],
  ['month unknown', '/archive/2019-month-unknown/'],
];
const ARTICLE = '/articles/zhuhai-dangshi-xuexi-jiaoyu-zoushen-zoushi/';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await openSite()));
afterAll(() => closeSite({ server, browser }));

describe('research views', () => {
  // One tab reads every view, as a reader's would: a fresh tab per view costs more than the check.
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterAll(() => context.close());

  it.each(PAGES)(
    '%s: no WCAG 2.2 AA violation in light or dark mode, the table alternative open too',
    async (_, url) => {
      errors.length = 0;
      await page.goto(`${server.origin}${url}`);
      expect(await axeViolationsInEachScheme(page)).toEqual({ light: [], dark: [] });
      // Open every table alternative and check again: its links and headers are part of the page.
      const tables = page.locator('[data-chart] summary');
      for (let i = 0; i < (await tables.count()); i++) await tables.nth(i).click();
      expect(await axeViolationsInEachScheme(page)).toEqual({ light: [], dark: [] });
      expect(errors).toEqual([]);
    },
  );
});

describe('pictures', () => {
  it('the chart draws its figures in the page’s text colour and its marks in the palette, light and dark alike', async () => {
    const look: Record<string, { text: string; page: string; bar: string }> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.origin}/zones/zhuhai/`);
      look[colorScheme] = await page.evaluate(() => ({
        text: getComputedStyle(document.querySelector('[data-chart] svg text')!).fill,
        page: getComputedStyle(document.body).color,
        bar: getComputedStyle(document.querySelector('[data-chart] .chart-bar')!).fill,
      }));
      await context.close();
    }
    for (const mode of Object.values(look)) {
      expect(mode.text).toBe(mode.page);
      expect(mode.bar).not.toMatch(/^(none|rgba\(0, 0, 0, 0\))$/);
    }
    expect(look.dark!.text).not.toBe(look.light!.text);
    expect(look.dark!.bar).not.toBe(look.light!.bar);
  });

  it.each(['light', 'dark'] as const)(
    'in %s mode a figure keeps 4.5:1 against the darkest cell of every colour of the palette',
    async (colorScheme) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.origin}/zones/zhuhai/`);
      const ratios = await page.evaluate((darkest) => {
        const svg = document.querySelector('[data-chart] svg')!;
        // Colours may be oklch(): a canvas turns them into the sRGB pixels a reader sees.
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 1;
        const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
        const paint = (layers: [string, number][]) => {
          ctx.globalAlpha = 1;
          ctx.clearRect(0, 0, 1, 1);
          for (const [colour, alpha] of layers) {
            ctx.globalAlpha = alpha;
            ctx.fillStyle = colour;
            ctx.fillRect(0, 0, 1, 1);
          }
          return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
        };
        const luminance = (rgb: number[]) => {
          const [r, g, b] = rgb.map((v) => {
            const c = v / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const ground = getComputedStyle(document.body).backgroundColor;
        const text = getComputedStyle(svg.querySelector('text')!).fill;
        const result: Record<string, number> = {};
        for (let tone = 0; tone < 8; tone++) {
          const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
          g.setAttribute('class', `tone-c${tone}`);
          const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
          rect.setAttribute('class', 'chart-cell');
          g.append(rect);
          svg.append(g);
          // The scoped stylesheet marks its elements with an attribute: give the probe the same.
          for (const attr of [...svg.attributes].filter((a) => a.name.startsWith('data-astro-cid'))) {
            g.setAttribute(attr.name, '');
            rect.setAttribute(attr.name, '');
          }
          const cell = paint([
            [ground, 1],
            [getComputedStyle(rect).fill, darkest],
          ]);
          const [l1, l2] = [luminance(paint([[text, 1]])), luminance(cell)].sort((a, b) => b - a);
          result[`c${tone}`] = Math.round(((l1! + 0.05) / (l2! + 0.05)) * 100) / 100;
          g.remove();
        }
        return result;
      }, cellOpacity(1));
      for (const [tone, ratio] of Object.entries(ratios)) expect(ratio, tone).toBeGreaterThanOrEqual(4.5);
      await context.close();
    },
  );

  it('prints the picture, and not the folded table', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/archive/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-chart] svg').isVisible()).toBe(true);
    expect(await page.locator('[data-chart] details').isVisible()).toBe(false);
    await context.close();
  });

  it('prints in the light palette, whatever the screen’s mode', async () => {
    const fills: string[] = [];
    for (const [colorScheme, media] of [
      ['light', 'screen'],
      ['dark', 'print'],
    ] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.origin}/zones/zhuhai/`);
      await page.emulateMedia({ media });
      fills.push(await page.$eval('[data-chart] .chart-cell', (cell) => getComputedStyle(cell).fill));
      await context.close();
    }
    expect(fills[1]).toBe(fills[0]);
  });

  it('a mark is reached with the keyboard, shows its focus, and opens the list it counts', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/zones/zhuhai/`);
    let focused: { label: string | null; count: number; outline: string } | null = null;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el?.closest('[data-chart] svg')) return null;
        return {
          label: el.getAttribute('aria-label'),
          count: Number(el.getAttribute('data-count')),
          outline: getComputedStyle(el).outlineStyle,
        };
      });
    }
    expect(focused?.label).toMatch(/篇$/);
    expect(focused!.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zones\/zhuhai\/archive\/\d{4}\//);
    expect(await page.locator('main [data-article-id]').count()).toBe(focused!.count);
    await context.close();
  });

  it('stays inside a 360 px screen: a wide picture scrolls in its own box', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const [name, url] of PAGES) {
      await page.goto(`${server.origin}${url}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, name).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

describe('an article on a phone', () => {
  it('at 360 px shows the date, zone, newspaper and byline under the headline, above the first paragraph', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}${ARTICLE}`);
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
    const headline = await top('#article-title');
    const body = await top('[data-article-body] p');
    for (const fact of ['日期', '园区', '报纸', '文字']) {
      const y = await top(`aside[aria-label="文章信息"] dt:text-is("${fact}")`);
      expect(y, fact).toBeGreaterThan(headline);
      expect(y, fact).toBeLessThan(body);
    }
    expect(await top('[data-search-source="credit"]')).toBeLessThan(body);
    await context.close();
  });

  it('opens the table of contents from under the headline, before the body', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}${ARTICLE}`);
    const toc = page.locator('[data-toc]');
    const body = await page.locator('[data-article-body]').evaluate((el) => el.getBoundingClientRect().top);
    expect(await toc.locator('a').first().isVisible()).toBe(false);
    await toc.locator('summary').click();
    const link = toc.locator('a').first();
    expect(await link.isVisible()).toBe(true);
    expect(await link.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(
      await page.locator('[data-article-body]').evaluate((el) => el.getBoundingClientRect().top),
    );
    expect(body).toBeGreaterThan(0);
    await link.click();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#.+/);
    await context.close();
  });

  it('keeps the facts in a column beside the text on a wide screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}${ARTICLE}`);
    const facts = await page.locator('aside[aria-label="文章信息"]').evaluate((el) => el.getBoundingClientRect());
    const body = await page.locator('[data-article-body]').evaluate((el) => el.getBoundingClientRect());
    expect(facts.left).toBeGreaterThan(body.right);
    expect(facts.top).toBeLessThan(body.top + 200);
    await context.close();
  });
});
