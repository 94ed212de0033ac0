/**
 * Arriving on an article from a search result: the matched words are marked wherever the
 * article's own text ([data-search-source]) has them, and nowhere else; the first is scrolled
 * into view. A plain visit loads nothing for it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeCheckedPage, closeSite, newCheckedPage, openSite, searchDone } from '../helpers/browser.ts';
import type { StaticServer } from '../helpers/server.ts';

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

interface Marked {
  text: string;
  /** Start and end inside the same [data-search-source] element. */
  inside: boolean;
  top: number;
  bottom: number;
  left: number;
}

/** What the page marks: the custom highlight's ranges, or <mark> elements the arrival made. */
function marked(
  target: Page,
): Promise<{ all: Marked[]; current: Marked[]; headerBottom: number; height: number; scrollY: number }> {
  return target.evaluate(() => {
    const source = (node: Node) =>
      (node instanceof Element ? node : node.parentElement)?.closest('[data-search-source]');
    const describe = (range: Range) => {
      const box = range.getBoundingClientRect();
      const start = source(range.startContainer);
      return {
        text: range.toString(),
        inside: !!start && start === source(range.endContainer),
        top: box.top,
        bottom: box.bottom,
        left: box.left,
      };
    };
    const ranges = (name: string) => [...((CSS.highlights.get(name) ?? []) as Iterable<Range>)].map(describe);
    const marks = (selector: string) =>
      [...document.querySelectorAll(selector)].map((mark) => {
        const range = document.createRange();
        range.selectNodeContents(mark);
        return describe(range);
      });
    const fallback = document.querySelector('mark[data-search-arrival]') !== null;
    return {
      all: fallback ? marks('mark[data-search-arrival]') : ranges('search-arrival'),
      current: fallback ? marks('mark[data-search-arrival][data-current]') : ranges('search-arrival-current'),
      headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
      height: innerHeight,
      scrollY,
    };
  });
}

/** Occurrences of a word in the article's text, as printed (no punctuation inside the word), and on the whole page. */
function occurrences(target: Page, word: string): Promise<{ sources: number; page: number }> {
  return target.evaluate((w) => {
    const count = (text: string) => text.split(w).length - 1;
    return {
      sources: [...document.querySelectorAll('[data-search-source]')].reduce(
        (sum, element) => sum + count(element.textContent ?? ''),
        0,
      ),
      page: count(document.body.textContent ?? ''),
    };
  }, word);
}

async function followResult(query: string, articleId: string) {
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
  expect(await searchDone(page)).toBeGreaterThan(0);
  await page.locator(`[data-search-result][href^="/articles/${articleId}/"]`).click();
  await page.waitForURL(new RegExp(`/articles/${articleId}/\\?hl=`));
  await page.waitForSelector('main [role="status"]');
}

describe('arriving from a search result', () => {
  it('marks every occurrence in the article text and none elsewhere, the first in view below the header', async () => {
    const id = 'zhuhai-dangshi-xuexi-jiaoyu-zoushen-zoushi';
    await followResult('党员', id);
    const counted = await occurrences(page, '党员');
    expect(counted.page, 'the page also shows the word outside the article text').toBeGreaterThan(counted.sources);
    const { all, current, headerBottom, height } = await marked(page);
    expect(all.map((m) => m.text)).toEqual(Array(counted.sources).fill('党员'));
    expect(all.filter((m) => !m.inside)).toEqual([]);
    expect(current).toHaveLength(1);
    expect(current[0]!.top).toBeGreaterThanOrEqual(Math.max(0, headerBottom));
    expect(current[0]!.bottom).toBeLessThanOrEqual(height);
    expect(await page.textContent('main [role="status"]')).toContain(`出现 ${counted.sources} 处`);
    // The permalink stays clean.
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(new RegExp(`/articles/${id}/$`));
  });

  it('marks the Simplified text for a query typed in Traditional characters (黨史學習教育)', async () => {
    const id = 'huizhou-zhongkai-dangjian-yinling';
    await followResult('黨史學習教育', id);
    const counted = await occurrences(page, '党史学习教育');
    expect(counted.sources).toBeGreaterThan(1);
    const { all } = await marked(page);
    expect(all.filter((m) => m.text === '党史学习教育')).toHaveLength(counted.sources);
    expect(all.filter((m) => !m.inside)).toEqual([]);
  });

  it('"下一处" moves to the next occurrence and brings it into view', async () => {
    await followResult('党员', 'zhuhai-dangshi-xuexi-jiaoyu-zoushen-zoushi');
    const before = (await marked(page)).current[0]!;
    await page.getByRole('button', { name: '下一处' }).click();
    const after = await marked(page);
    expect(after.current).toHaveLength(1);
    expect(after.current[0]).not.toEqual(before);
    expect(after.current[0]!.top).toBeGreaterThanOrEqual(Math.max(0, after.headerBottom));
    expect(after.current[0]!.bottom).toBeLessThanOrEqual(after.height);
  });

  it('marks a long query whole, and names it whole', async () => {
    // 58 characters, under the search box's 200: a link once carried the first 50 (…构建).
    const query =
      '健全党建联席会议制度、对辖区两新党组织实行兜底管理等做法，把不同领域党建工作全部纳入社区党建工作范畴，构建小区域、大党建格局';
    await followResult(query, 'zhuhai-wuda-xingdong');
    const { all, current } = await marked(page);
    // The article prints “两新” in quotes, which the search ignores as it ignores all punctuation.
    expect(all.map((m) => m.text.replace(/[“”]/gu, ''))).toEqual([query]);
    expect(current).toHaveLength(1);
    expect(await page.textContent('main [role="status"]')).toContain(`「${query.replace(/[、，]/gu, '')}」`);
  });

  /** The note and its controls on screen; a control is reached when a click at its middle lands on it. */
  function note(target: Page) {
    return target.evaluate(() => {
      const status = document.querySelector('main [role="status"]')!;
      const middle = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
      const controls = [...status.querySelectorAll('button, a')].map((control) => {
        const box = control.getBoundingClientRect();
        const { x, y } = middle(box);
        return {
          text: control.textContent!.trim(),
          top: box.top,
          bottom: box.bottom,
          x,
          y,
          reached: control.contains(document.elementFromPoint(x, y)),
        };
      });
      const box = status.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, controls };
    });
  }

  for (const [width, height] of [
    [360, 740],
    [1280, 900],
  ] as const)
    it(`keeps "下一处" and "取消标记" on screen at ${width} px, with each occurrence below them`, async () => {
      await page.setViewportSize({ width, height });
      const id = 'zhuhai-dangshi-xuexi-jiaoyu-zoushen-zoushi';
      await page.goto(`${server.origin}/articles/${id}/?hl=${encodeURIComponent('苏兆征')}`);
      await page.waitForSelector('main [role="status"]');
      const count = Number(await page.textContent('main [role="status"] [data-slot="count"]'));
      expect(count).toBeGreaterThan(2);
      let before: Marked | undefined;
      // Through every occurrence and back to the first, as a mouse would click, without scrolling.
      for (let step = 0; step <= count; step++) {
        const { current, headerBottom, scrollY } = await marked(page);
        const shown = await note(page);
        expect(shown.top).toBeGreaterThanOrEqual(Math.max(0, headerBottom));
        expect(shown.controls.map((c) => c.text)).toEqual(['下一处', '取消标记']);
        for (const control of shown.controls) {
          expect(control.top, control.text).toBeGreaterThanOrEqual(Math.max(0, headerBottom));
          expect(control.bottom, control.text).toBeLessThanOrEqual(height);
          expect(control.reached, control.text).toBe(true);
        }
        expect(current).toHaveLength(1);
        const at = current[0]!;
        expect(at.top).toBeGreaterThanOrEqual(Math.max(0, headerBottom, shown.bottom));
        expect(at.bottom).toBeLessThanOrEqual(height);
        const onPage = { ...at, top: at.top + scrollY, bottom: at.bottom + scrollY };
        if (before) expect(onPage).not.toEqual(before);
        before = onPage;
        if (step < count) await page.mouse.click(shown.controls[0]!.x, shown.controls[0]!.y);
      }
      // A #section the reader goes to lands below the note too (the page's scroll-padding).
      const heading = await page.$$eval('[data-article-body] h2[id]', (headings) => headings.at(-1)!.id);
      await page.evaluate((target) => (location.hash = target), heading);
      const top = await page.evaluate(
        (target) => document.getElementById(target)!.getBoundingClientRect().top,
        heading,
      );
      expect(top).toBeGreaterThanOrEqual((await note(page)).bottom);
    });

  it('uses <mark> elements where the Custom Highlight API is missing, with the same result', async () => {
    await page.addInitScript(() => {
      // @ts-expect-error: a browser without the API
      delete window.Highlight;
    });
    const id = 'zhuhai-dangshi-xuexi-jiaoyu-zoushen-zoushi';
    await page.goto(`${server.origin}/articles/${id}/`);
    const text = await page.$$eval('[data-search-source]', (elements) => elements.map((e) => e.textContent));
    const counted = await occurrences(page, '党员');
    await page.goto(`${server.origin}/articles/${id}/?hl=${encodeURIComponent('党员')}`);
    await page.waitForSelector('mark[data-search-arrival]');
    const { all, current, headerBottom, height } = await marked(page);
    expect(all.map((m) => m.text)).toEqual(Array(counted.sources).fill('党员'));
    expect(all.filter((m) => !m.inside)).toEqual([]);
    expect(current[0]!.top).toBeGreaterThanOrEqual(Math.max(0, headerBottom));
    expect(current[0]!.bottom).toBeLessThanOrEqual(height);
    // The marks wrap the text; they change none of it.
    expect(await page.$$eval('[data-search-source]', (elements) => elements.map((e) => e.textContent))).toEqual(text);
  });

  /**
   * Arrives on an article whose paragraph has `phrase` set as `markup`, asking `asked`; what is
   * marked, each occurrence inside one source element.
   */
  async function markedIn(markup: string, asked: string): Promise<string[]> {
    const id = 'zhuhai-dangshi-xuexi-jiaoyu-zoushen-zoushi';
    await page.route(
      (url) => url.pathname === `/articles/${id}/`,
      async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace('学史明理、学史增信', markup);
        expect(html).toContain(markup);
        await route.fulfill({ response, body: html });
      },
    );
    await page.goto(`${server.origin}/articles/${id}/?hl=${encodeURIComponent(asked)}`);
    await page.waitForSelector('main [role="status"]');
    const { all } = await marked(page);
    expect(all.every((m) => m.inside)).toBe(true);
    return all.map((m) => m.text);
  }

  it('marks a match across punctuation and inline elements, never across paragraphs', async () => {
    // Part of the phrase set in bold, as an article body may have it; and a heading, then the
    // paragraph under it: "…入脑入心" / "深入开展…".
    expect(await markedIn('学史<strong>明理、学</strong>史增信', '学史明理学史增信 入脑入心深入开展')).toEqual([
      '学史明理、学史增信',
    ]);
  });

  it("marks a match across a line break inside a paragraph, as a poem's lines are set", async () => {
    // A line break in the phrase, as a stanza's Markdown gives it; the passage copied across
    // it and pasted into the search box, which drops the newline.
    expect(await markedIn('学史明理、<br>\n学史增信', '明理学史增')).toEqual(['明理、\n学史增']);
  });

  it('a plain visit loads no highlighter and marks nothing', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server.origin}/articles/zhuhai-dangshi-xuexi-jiaoyu-zoushen-zoushi/`);
    await page.waitForLoadState('networkidle');
    // The header's script, and the citation's copy button (a custom element of its own).
    expect(scripts.filter((script) => !/ArticleCitation/.test(script))).toHaveLength(1);
    expect(scripts.find((script) => !/ArticleCitation/.test(script))).toMatch(/SiteHeader/);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.locator('main [role="status"]').count()).toBe(0);
    // The same page reached from a search loads the highlighter.
    await page.goto(
      `${server.origin}/articles/zhuhai-dangshi-xuexi-jiaoyu-zoushen-zoushi/?hl=${encodeURIComponent('党员')}`,
    );
    await page.waitForSelector('main [role="status"]');
    expect(scripts.filter((script) => /highlight/.test(script))).toHaveLength(1);
  });
});
