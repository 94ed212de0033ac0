/**
 * Real Chromium for browser tests. CHROMIUM_PATH points at the browser (default: Debian's
 * /usr/bin/chromium); on a laptop, point it at Chrome.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { requireDist } from './dist.ts';
import { serveDist, type StaticServer } from './server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this machine's Chromium needs headless: no sandbox as root, no network beyond localhost. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** Collects page errors and console errors, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Waits until the search page has rendered a search. */
export async function searchDone(page: Page): Promise<number> {
  await page.waitForSelector('#search-results[data-search-state="done"]', { timeout: 20_000 });
  return Number(await page.getAttribute('#search-results', 'data-search-total'));
}

/** The article ids of every result of a finished search, in the order shown, across all result pages. */
export async function allResultIds(page: Page): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    ids.push(
      ...(await page.$$eval('[data-search-result]', (links) =>
        links.map((a) => (a as HTMLAnchorElement).pathname.split('/').filter(Boolean).at(-1)!),
      )),
    );
    const next = page.locator('#search-pager a', { hasText: '下一页' });
    if ((await next.count()) === 0) return ids;
    await next.click();
    await page.waitForSelector('#search-results[data-search-state="done"]');
  }
}

/**
 * The parts of an article that search covers, as data-search-source names them: headline parts,
 * body, captions with their photo credits, and credit names.
 */
export const INDEXED_PARTS = ['kicker', 'title', 'subtitle', 'body', 'caption', 'caption-credit', 'credit'];

/** An article's text as its page shows it: each [data-search-source] element of these parts, one per line. */
export function articleText(page: Page, parts: readonly string[] = INDEXED_PARTS): Promise<string> {
  return page.$$eval(
    '[data-search-source]',
    (elements, wanted) =>
      elements
        .filter((element) => wanted.includes((element as HTMLElement).dataset.searchSource ?? ''))
        .map((element) => (element as HTMLElement).innerText)
        .join('\n'),
    parts,
  );
}

/** The built site, served as a static host serves it, and a browser to read it with. */
export interface OpenSite {
  server: StaticServer;
  browser: Browser;
}

/** Serves dist/ (which must be built) and launches Chromium, for a test file's beforeAll. */
export async function openSite(): Promise<OpenSite> {
  requireDist();
  const server = await serveDist();
  return { server, browser: await launchBrowser() };
}

/** Closes what openSite opened, as far as it got. */
export async function closeSite(site: Partial<OpenSite>): Promise<void> {
  await site.browser?.close();
  await site.server?.close();
}

/** A page of desktop size whose errors are collected, for a test's beforeEach. */
export async function newCheckedPage(
  browser: Browser,
  viewport: { width: number; height: number } | null = { width: 1280, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage(viewport ? { viewport } : {});
  return { page, errors: watchErrors(page) };
}

/** After a test: the page logged no error, and is closed. */
export async function closeCheckedPage(page: Page, errors: string[]): Promise<void> {
  expect(errors).toEqual([]);
  await page.close();
}
