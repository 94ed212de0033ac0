import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { normalizedRuns } from '../../src/lib/search/shared/text.ts';
import { searchPreloads } from '../../src/lib/search/shared/files.ts';
import { readArticles, readData, zonesOf } from '../helpers/content.ts';
import { indexParts } from '../helpers/dist.ts';
import {
  allResultIds,
  articleText,
  closeCheckedPage,
  closeSite,
  newCheckedPage,
  openSite,
  searchDone,
  watchErrors,
} from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

const articles = readArticles();

let server: StaticServer;
let browser: Browser;
let page: Page;
let errors: string[];
/** Each article's searchable text, read from its own page ([data-search-source]). */
const texts = new Map<string, string>();

beforeAll(async () => {
  ({ server, browser } = await openSite());
  const reader = await browser.newPage();
  for (const article of articles) {
    await reader.goto(`${server.origin}/articles/${article.id}/`);
    texts.set(article.id, await articleText(reader));
  }
  await reader.close();
});
afterAll(() => closeSite({ server, browser }));
beforeEach(async () => {
  ({ page, errors } = await newCheckedPage(browser, null));
  return () => closeCheckedPage(page, errors);
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

  it('a passage pasted across sentence ends finds the articles holding each of its sentences', async () => {
    // Stretches copied from the articles' own text, each across a sentence end: as a reader copies them.
    const passages = [...texts.values()]
      .flatMap((text) => [...text.matchAll(/\p{Script=Han}{5}[。！？；]\p{Script=Han}{4}/gu)].map((m) => m[0]))
      .filter((_, index) => index % 17 === 0)
      .slice(0, 4);
    expect(passages.length).toBe(4);
    for (const passage of passages) {
      const [before, after] = passage.split(/[。！？；]/u) as [string, string];
      const expected = containing(before).filter((id) => containing(after).includes(id));
      expect(expected.length, passage).toBeGreaterThan(0);
      expect(await search(passage), passage).toEqual({ total: expected.length, ids: expected });
    }
  });

  it('a word after a minus sign leaves out the articles it finds, alone or after other words', async () => {
    const wanted = (await search('党员')).ids;
    const unwanted = (await search('珠海')).ids;
    const expected = wanted.filter((id) => !unwanted.includes(id));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(wanted.length);
    expect(await search('党员 -珠海')).toEqual({ total: expected.length, ids: expected });
    const rest = articles.map((a) => a.id).filter((id) => !unwanted.includes(id));
    expect(await search('－珠海')).toEqual({ total: rest.length, ids: rest.sort() });
    // What the results mark is the wanted word only.
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('党员 -珠海')}`);
    await searchDone(page);
    const marked = await page.locator('#search-results mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked.map((m) => m.replace(/\s/g, '')))).toEqual(new Set(['党员']));
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

  it('a phrase pasted with quotes inside finds where it stands whole, not its parts apart', async () => {
    const pasted = [...texts.values()].flatMap((text) => text.match(/\p{sc=Han}{2}“\p{sc=Han}{2,8}”/gu) ?? [])[0];
    expect(pasted).toBeDefined();
    const { ids } = await search(pasted!);
    expect(ids).toEqual(containing(normalizedRuns(pasted!, {}).join('')));
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
        // The where-matched label (图片说明：…) is the page's, not the article's.
        text: [...n.childNodes]
          .filter((c) => !(c instanceof HTMLElement && c.dataset.searchWhere !== undefined))
          .map((c) => c.textContent)
          .join(''),
        where: n.querySelector('[data-search-where]')?.textContent,
        marks: [...n.querySelectorAll('mark')].map((m) => m.textContent),
        href: n.closest('li')!.querySelector('a')!.pathname,
      })),
    );
    for (const excerpt of excerpts) {
      const id = excerpt.href.split('/').filter(Boolean).at(-1)!;
      const source = texts.get(id)!.replace(/\n/g, '');
      for (const piece of excerpt.text.split('…').filter(Boolean)) expect(source, piece).toContain(piece);
      expect(excerpt.marks).toContain('苏兆征故居');
    }
    // 苏兆征故居 stands in a photo caption only.
    expect(excerpts.map((e) => e.where)).toContain('图片说明：');
  });

  it('lists the sections where the words stand: each heading once, its match marked, then its own text', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('党史学习')}`);
    expect(await searchDone(page)).toBeGreaterThan(0);
    const sections = await page.$$eval('[data-slot="section"]', (nodes) =>
      nodes.map((n) => {
        const link = n.querySelector<HTMLAnchorElement>('[data-slot="section-link"]')!;
        return {
          title: link.textContent!,
          titleMarks: [...link.querySelectorAll('mark')].map((m) => m.textContent),
          excerpt: n.querySelector('[data-slot="section-excerpt"]')!.textContent!,
          path: link.pathname,
          hash: decodeURIComponent(link.hash),
        };
      }),
    );
    // In the seed archive, a heading of 珠海高新区's 党史学习教育 article says 党史学习 itself.
    const byHeading = sections.filter((s) => s.titleMarks.length > 0);
    expect(byHeading.length).toBeGreaterThan(0);
    for (const s of byHeading) expect(s.titleMarks).toContain('党史学习');
    const reader = await browser.newPage();
    for (const section of sections) {
      expect(section.excerpt.startsWith(section.title), section.title).toBe(false);
      const id = section.path.split('/').filter(Boolean).at(-1)!;
      const source = texts.get(id)!.replace(/\n/g, '');
      for (const piece of section.excerpt.split('…').filter(Boolean)) expect(source, piece).toContain(piece);
      // The link lands on that heading of the article.
      await reader.goto(`${server.origin}${section.path}`);
      const heading = reader.locator(`[id="${section.hash.slice(1)}"]`);
      expect(await heading.evaluate((h) => h.tagName)).toMatch(/^H[23]$/);
      expect(await heading.textContent()).toBe(section.title);
    }
    await reader.close();
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

  it('loads the engine when the reader goes to the empty search box, and runs its first search on the newest part', async () => {
    await page.goto(`${server.origin}/search/`);
    await page.waitForLoadState('networkidle');
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    // Its files are preloaded (searchPreloads), but Pagefind, which would then fetch its metadata, has not started.
    expect(
      (await fetched()).some((name) => name.endsWith('.pf_meta') || name.endsWith('.pf_index')),
      'the engine loaded before the box was used',
    ).toBe(false);
    await page.focus('#search-input');
    await page.waitForSelector('search-page[data-search-warmed]', { timeout: 10_000 });
    expect(await page.inputValue('#search-input')).toBe('');
    expect(await page.getAttribute('#search-results', 'data-search-state'), 'nothing shown').toBe('idle');
    expect(await page.locator('[data-search-result]').count()).toBe(0);
    // The character the most of the newest part's articles hold, searched there alone.
    const chunks = (await fetched()).filter((name) => name.endsWith('.pf_index'));
    expect(chunks.length).toBeGreaterThan(0);
    const newest = indexParts().at(-1)!.name;
    expect(chunks.filter((name) => !name.includes(`/pagefind/${newest}/`))).toEqual([]);
  });

  it('asks for the files the engine begins with while the page is parsed, once, with or without a query', async () => {
    const newest = indexParts().at(-1)!.name;
    const { modules, fetches } = searchPreloads(newest);
    for (const url of [`${server.origin}/search/`, `${server.origin}/search/?q=${encodeURIComponent('苏兆征')}`]) {
      await page.goto(url);
      if (url.includes('?q=')) await searchDone(page);
      else {
        // Without a query, the engine loads once the box is focused: it then takes them too.
        await page.focus('#search-input');
        await page.waitForSelector('search-page[data-search-warmed]', { timeout: 10_000 });
      }
      await page.waitForLoadState('networkidle');
      const { requests, parsed } = await page.evaluate(() => ({
        requests: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
          path: new URL(entry.name).pathname + new URL(entry.name).search,
          startTime: entry.startTime,
        })),
        parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
      }));
      for (const file of [...modules, ...fetches]) {
        // Once: the engine takes the preloaded copy (a preload it could not use would be fetched twice).
        const asked = requests.filter(({ path }) => path === file);
        expect(asked, `${url} ${file}`).toHaveLength(1);
        expect(asked[0]!.startTime, `${url} ${file}`).toBeLessThan(parsed);
      }
      // And the newest part's files Pagefind asks for are those preloaded, but its metadata (named
      // by Pagefind as it writes it) and the index chunks a search needs.
      const partFiles = requests
        .map(({ path }) => path)
        .filter((path) => path.includes(`/${newest}/`) && !path.endsWith('.pf_meta') && !path.includes('/index/'));
      expect(partFiles.sort(), url).toEqual([...modules, ...fetches].filter((file) => file.includes(newest)).sort());
    }
  });

  it('makes, while the page is idle and before any search, the segmenter whose rules Pagefind searches with', async () => {
    await page.addInitScript(() => {
      const made: string[] = [];
      (window as unknown as { segmenters: string[] }).segmenters = made;
      const Original = Intl.Segmenter;
      Object.defineProperty(Intl, 'Segmenter', {
        configurable: true,
        writable: true,
        value: class extends Original {
          constructor(...args: ConstructorParameters<typeof Original>) {
            super(...args);
            made.push(String(args[1]?.granularity));
          }
        },
      });
    });
    await page.goto(`${server.origin}/search/`);
    await page.waitForFunction(() => (window as unknown as { segmenters: string[] }).segmenters.length > 0, null, {
      timeout: 10_000,
    });
    expect(await page.evaluate(() => (window as unknown as { segmenters: string[] }).segmenters)).toEqual(['grapheme']);
    // Nothing searched or loaded for it: the box was never used.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(fetched.filter((name) => name.endsWith('.pf_index') || name.endsWith('.pf_meta'))).toEqual([]);
    expect(await page.getAttribute('#search-results', 'data-search-state')).toBe('idle');
  });

  it('runs no first search of its own once the box holds a query: that query is the first search', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('苏兆征')}`);
    await page.waitForSelector('#search-results[data-search-state="done"]', { timeout: 10_000 });
    await page.focus('#search-input');
    await page.waitForTimeout(500);
    expect(await page.getAttribute('search-page', 'data-search-warmed')).toBeNull();
  });

  it('prepares the query while the reader types: the search after Enter fetches nothing for its results', async () => {
    await page.goto(`${server.origin}/search/`);
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    await page.focus('#search-input');
    // On a busy machine the keystrokes can come further apart than the page waits before preparing:
    // a part of the query may be prepared first, so the test waits for all of it.
    await page.keyboard.type('苏兆征', { delay: 50 });
    await page.waitForSelector('search-page[data-search-prepared="苏兆征"]', { timeout: 20_000 });
    expect(await page.getAttribute('#search-results', 'data-search-state')).toBe('idle');
    expect(await page.locator('[data-search-result]').count(), 'nothing shown while typing').toBe(0);
    const before = new Set(await fetched());
    expect([...before].some((name) => name.endsWith('.pf_index'))).toBe(true);
    expect([...before].some((name) => name.includes('/search/articles/'))).toBe(true);
    // What was fetched by the time every result shows (the newest part's first, when the index is
    // in parts). The observer is in place before Enter is pressed: a key press and an evaluation
    // may reach the page in either order.
    await page.evaluate(() => {
      const results = document.querySelector('#search-results')!;
      (window as unknown as { atDone: Promise<string[]> }).atDone = new Promise<string[]>((resolve) => {
        const observer = new MutationObserver(() => {
          if (results.getAttribute('data-search-state') !== 'done') return;
          observer.disconnect();
          resolve(performance.getEntriesByType('resource').map((entry) => entry.name));
        });
        observer.observe(results, { attributes: true, attributeFilter: ['data-search-state'] });
      });
    });
    await page.keyboard.press('Enter');
    const atDone = await page.evaluate(() => (window as unknown as { atDone: Promise<string[]> }).atDone);
    // The filters' counts follow the results, with the facets.
    const after = atDone.filter((name) => !before.has(name) && !name.endsWith('/search/facets.json'));
    expect(after, 'fetched after Enter').toEqual([]);
    expect(await searchDone(page)).toBe(containing('苏兆征').length);
  });

  it('prepares nothing while an input method composes, and the words once they are committed', async () => {
    await page.goto(`${server.origin}/search/`);
    // What the engine fetches once it loads, beyond the files the page preloads (searchPreloads).
    const engineFetched = () =>
      page.evaluate(
        () =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.endsWith('.pf_meta') || entry.name.endsWith('.pf_index')).length,
      );
    // As Chinese input methods type: the box holds the spelling while it is composed.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      input.value = 'su zhao zheng';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: 'su zhao zheng' }));
    });
    // Longer than the page waits after typing before it prepares a query.
    await page.waitForTimeout(1_000);
    expect(await engineFetched(), 'the index loaded for a spelling').toBe(0);
    expect(await page.getAttribute('search-page', 'data-search-prepared')).toBeNull();
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      input.value = '苏兆征';
      input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '苏兆征' }));
    });
    await page.waitForSelector('search-page[data-search-prepared="苏兆征"]', { timeout: 20_000 });
    expect(await engineFetched()).toBeGreaterThan(0);
  });

  it.runIf(indexParts().length > 1)(
    "in an index of several parts, shows the newest part's results at once, then all of them, saying so",
    async () => {
      const word = '高新区';
      const expected = containing(word);
      await recordShown();
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(word)}&sort=date-desc`);
      expect(await searchDone(page)).toBe(expected.length);
      expectNewestFirst(await takeShown(), expected);
      expect(await page.getAttribute('#search-results', 'aria-busy')).toBe('false');
    },
  );

  it.runIf(indexParts().length > 1)(
    "opens the other parts with their metadata asked for at once, not once each part's entry file is read",
    async () => {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent('高新区')}`);
      await searchDone(page);
      const requests = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
          path: new URL(entry.name).pathname,
          start: entry.startTime,
          end: entry.responseEnd,
        })),
      );
      const first = (test: (path: string) => boolean) =>
        requests.filter(({ path }) => test(path)).sort((a, b) => a.start - b.start)[0];
      for (const part of indexParts().slice(0, -1)) {
        const entry = first((path) => path === `/pagefind/${part.name}/pagefind-entry.json`);
        const meta = first((path) => path === `/pagefind/${part.name}/${part.meta}`);
        // Pagefind alone learns the metadata's name from the entry file: it could ask only once that is in.
        expect(meta, part.name).toBeDefined();
        expect(meta!.start, part.name).toBeLessThan(entry!.end);
      }
    },
  );

  it.runIf(indexParts().length > 1)(
    "does so for every search, not only a page's first, once every part is in",
    async () => {
      await recordShown();
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent('高新区')}&sort=date-desc`);
      await searchDone(page);
      await takeShown();
      const word = '党员';
      const expected = containing(word);
      await page.fill('#search-input', word);
      await page.press('#search-input', 'Enter');
      await page.waitForFunction(
        (n) => document.querySelector('#search-results')?.getAttribute('data-search-total') === String(n),
        expected.length,
      );
      const shown = await takeShown();
      expectNewestFirst(shown, expected);
      // While the other parts are searched, the menus show no counts: those they had were the first search's.
      expect(shown[0]!.zones.some((text) => /（\d+）/.test(text))).toBe(false);
      expect((await allResultIds(page)).sort()).toEqual(expected);
    },
  );

  it('reports an index that cannot load', async () => {
    await page.route('**/pagefind/*/pagefind.js', (route) => route.fulfill({ status: 503, body: '' }));
    const pageErrors = errors;
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('党建')}`);
    await page.waitForSelector('#search-results[data-search-state="error"]');
    expect(await page.textContent('#search-status')).toContain('未能加载');
    pageErrors.length = 0; // the failed load is the point of this test
  });
});

interface Shown {
  state: string;
  status: string;
  ids: string[];
  /** The zone menu's options as shown then. */
  zones: string[];
  /** This state's number, counted from the page's first. */
  index: number;
  /** For each result shown, the number of the state in which its element first showed. */
  since: number[];
}

/** Records, from the next page loaded on, each state of the results shown (partial or done) and its results. */
async function recordShown(): Promise<void> {
  await page.addInitScript(() => {
    const shown: Shown[] = [];
    (window as unknown as { shown: Shown[] }).shown = shown;
    const firstShown = new WeakMap<Element, number>();
    let states = 0;
    document.addEventListener('DOMContentLoaded', () => {
      const results = document.querySelector('#search-results')!;
      new MutationObserver(() => {
        const state = results.getAttribute('data-search-state') ?? '';
        if (state !== 'partial' && state !== 'done') return;
        const items = [...document.querySelectorAll('#search-result-list > *')];
        for (const item of items) if (!firstShown.has(item)) firstShown.set(item, states);
        shown.push({
          index: states++,
          since: items.map((item) => firstShown.get(item)!),
          state,
          status: document.querySelector('#search-status')!.textContent ?? '',
          ids: [...document.querySelectorAll<HTMLAnchorElement>('[data-search-result]')].map((a) => a.pathname),
          zones: [...document.querySelectorAll<HTMLOptionElement>('select[name="zone"] option')].map(
            (option) => option.textContent ?? '',
          ),
        });
      }).observe(results, { attributes: true, attributeFilter: ['data-search-state'] });
    });
  });
}

/** The states recorded since the last call. */
async function takeShown(): Promise<Shown[]> {
  return page.evaluate(() => (window as unknown as { shown: Shown[] }).shown.splice(0));
}

/** A search, newest first, showed the newest part's results, said so, then all of them, the newest part's first. */
function expectNewestFirst(shown: Shown[], expected: readonly string[]): void {
  expect(shown.map((s) => s.state)).toEqual(['partial', 'done']);
  const [partial, done] = shown as [Shown, Shown];
  expect(partial.status).toContain('正在检索更早的文章');
  expect(partial.ids.length).toBeGreaterThan(0);
  expect(partial.ids.length).toBeLessThan(expected.length);
  expect(done.ids.slice(0, partial.ids.length)).toEqual(partial.ids);
  // They are the same elements, shown again, not made a second time.
  expect(partial.since.every((index) => index === partial.index)).toBe(true);
  expect(done.since.slice(0, partial.ids.length)).toEqual(partial.since);
}

interface MenuOption {
  value: string;
  count: number;
  disabled: boolean;
  /** The whole archive's count, as the page was built. */
  built: number;
}

/** The options of a filter menu once the counts for the current search are in. */
async function menu(key: string): Promise<MenuOption[]> {
  await page.waitForSelector('search-page[data-search-counts="done"]');
  return page.$$eval(`select[name="${key}"] option`, (options) =>
    (options as HTMLOptionElement[]).map((option) => ({
      value: option.value,
      count: Number(/（(\d+)）$/.exec(option.textContent!.trim())?.[1]),
      disabled: option.disabled,
      built: Number(option.dataset.count),
    })),
  );
}

describe('filter menus count what each option leaves of the current results', () => {
  it.each([
    ['淄博', {}],
    ['党员', { year: '2019' }],
  ])('q=%s %o: every option offered gives exactly its count; none leads to nothing', async (query, filters) => {
    const base = { q: query, ...filters } as Record<string, string>;
    await page.goto(`${server.origin}/search/?${new URLSearchParams(base)}`);
    const total = await searchDone(page);
    let changed = 0;
    for (const key of ['zone', 'campaign', 'year', 'newspaper']) {
      const options = await menu(key);
      for (const option of options) {
        if (option.count !== option.built) changed++;
        const chosen = (base[key] ?? '') === option.value;
        expect(option.disabled, `${key}=${option.value}`).toBe(option.count === 0 && !chosen && option.value !== '');
        if (chosen) expect(option.count, `${key}=${option.value} (chosen)`).toBe(total);
      }
      // Chosen as a reader chooses it: the page searches again in place (the chosen one is the search shown).
      const select = `select[name="${key}"]`;
      for (const option of options.filter((o) => !o.disabled && o.value !== (base[key] ?? ''))) {
        await page.selectOption(select, option.value);
        expect(await searchDone(page), `${key}=${option.value || '全部'}`).toBe(option.count);
      }
      if ((await page.inputValue(select)) !== (base[key] ?? '')) {
        await page.selectOption(select, base[key] ?? '');
        expect(await searchDone(page)).toBe(total);
      }
    }
    expect(changed, 'the counts are those of this search, not of the whole archive').toBeGreaterThan(0);
  });

  it('counts the whole archive before any search', async () => {
    await page.goto(`${server.origin}/search/`);
    const options = await page.$$eval('select[name="year"] option', (all) =>
      (all as HTMLOptionElement[]).map((o) => ({ text: o.textContent!.trim(), disabled: o.disabled })),
    );
    const years = new Map<string, number>();
    for (const article of articles)
      years.set(article.data.date.slice(0, 4), (years.get(article.data.date.slice(0, 4)) ?? 0) + 1);
    expect(options).toEqual([
      { text: `全部（${articles.length}）`, disabled: false },
      ...[...years]
        .sort(([a], [b]) => b.localeCompare(a))
        .map(([year, n]) => ({ text: `${year}（${n}）`, disabled: false })),
    ]);
  });

  it('a filter is cleared from its menu even when the words match nothing', async () => {
    const nothing = '鑫鑫鑫鑫';
    expect(containing(nothing)).toEqual([]);
    await page.goto(`${server.origin}/search/`);
    const value = await page.$eval(
      'select[name="zone"] option:nth-child(2)',
      (option) => (option as HTMLOptionElement).value,
    );
    await page.goto(`${server.origin}/search/?${new URLSearchParams({ q: nothing, zone: value })}`);
    expect(await searchDone(page)).toBe(0);
    const all = (await menu('zone')).find((option) => option.value === '')!;
    expect(all).toMatchObject({ count: 0, disabled: false });
    await page.selectOption('select[name="zone"]', '');
    await page.waitForURL((url) => !url.searchParams.has('zone'));
    expect(await searchDone(page)).toBe(0);
    expect(await page.inputValue('select[name="zone"]')).toBe('');
  });

  it('a search with no results suggests the filter to drop, and the suggestion gives results', async () => {
    const expected = containing('淄博').length;
    expect(expected).toBeGreaterThan(0);
    const yearOf = (a: (typeof articles)[number]) => a.data.date.slice(0, 4);
    const found = new Set(articles.filter((a) => containing('淄博').includes(a.id)).map(yearOf));
    const year = articles.map(yearOf).find((y) => !found.has(y))!;
    expect(year).toBeDefined();
    await page.goto(`${server.origin}/search/?${new URLSearchParams({ q: '淄博', year })}`);
    expect(await searchDone(page)).toBe(0);
    const suggestion = page.locator('[data-search-drop] a');
    await suggestion.first().waitFor();
    expect(await suggestion.allTextContents()).toEqual([`去掉筛选「年份：${year}」，可得 ${expected} 篇`]);
    await suggestion.click();
    await page.waitForURL((url) => !url.searchParams.has('year'));
    expect(await searchDone(page)).toBe(expected);
  });
});

describe('a filter given by its id in a hand-made URL', () => {
  const names = (file: string) => new Map(readData(file).map(({ id, name }) => [id, name]));
  const zones = names('zones.yaml');
  const campaigns = names('campaigns.yaml');
  const papers = names('newspapers.yaml');
  const campaignsOf = (a: (typeof articles)[number]) => a.data.campaigns ?? [];
  const paperOf = (a: (typeof articles)[number]) => a.data.newspaper ?? 'unprinted';
  // Every value the archive's articles are filed under, by the id its own page's URL spells;
  // every other one typed in capitals.
  const cases = [
    ...[...new Set(articles.flatMap(zonesOf))].map((id) => ({ key: 'zone', id, name: zones.get(id) })),
    ...[...new Set(articles.flatMap(campaignsOf))].map((id) => ({ key: 'campaign', id, name: campaigns.get(id) })),
    ...[...new Set(articles.map(paperOf))].map((id) => ({ key: 'newspaper', id, name: papers.get(id) })),
  ].map((c, i) => ({ ...c, given: i % 2 ? c.id.toUpperCase() : c.id }));
  const filedUnder = (key: string, id: string) =>
    articles
      .filter((a) =>
        key === 'zone' ? zonesOf(a).includes(id) : key === 'campaign' ? campaignsOf(a).includes(id) : paperOf(a) === id,
      )
      .map((a) => a.id)
      .sort();

  it.each(cases)('?$key=$given selects the articles filed under it, and the URL then names it', async (c) => {
    expect(cases.length).toBeGreaterThan(10);
    const expected = filedUnder(c.key, c.id);
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`${server.origin}/search/?${new URLSearchParams({ [c.key]: c.given, sort: 'date-desc' })}`);
    expect(await searchDone(page)).toBe(expected.length);
    const chosen = await page.inputValue(`select[name="${c.key}"]`);
    expect(new URL(page.url()).searchParams.get(c.key)).toBe(chosen);
    // A zone, campaign or paper by its name; no printed name by what the menu calls it.
    if (c.name) expect(chosen).toBe(c.name);
    else expect(chosen).not.toBe(c.given);
    expect((await allResultIds(page)).sort()).toEqual(expected);
  });
});

describe("Pagefind's compressed files, however the host sends them", () => {
  /** The index chunks a search of the page fetched: their bytes over the wire, and once decoded. */
  const chunkSizes = (from: Page) =>
    from.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.name.endsWith('.pf_index'))
        .map((entry) => ({ encoded: entry.encodedBodySize, decoded: entry.decodedBodySize })),
    );
  const expected = () => containing('宋显晖');

  it("sent gzip-encoded (as the README's nginx block sends them), the browser inflates them and the search finds the same", async () => {
    expect(await search('宋显晖')).toEqual({ total: expected().length, ids: expected() });
    const chunks = await chunkSizes(page);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(chunk.decoded).toBeGreaterThan(chunk.encoded);
  });

  it('sent as plain bytes (a host that does not know them), Pagefind inflates them and the search finds the same', async () => {
    const plain = await serveDist(undefined, { pagefindEncoding: false });
    try {
      await page.goto(`${plain.origin}/search/?q=${encodeURIComponent('宋显晖')}`);
      expect(await searchDone(page)).toBe(expected().length);
      expect((await allResultIds(page)).sort()).toEqual(expected());
      const chunks = await chunkSizes(page);
      expect(chunks.length).toBeGreaterThan(0);
      for (const chunk of chunks) expect(chunk.decoded).toBe(chunk.encoded);
    } finally {
      await plain.close();
    }
  });
});

describe("a list's own search", () => {
  it("a zone's page searches its articles: those holding the words, and with the box empty all of them", async () => {
    const zonesOfArticles = articles.map((a) => [a.data.zone, ...(a.data.relatedZones ?? [])]);
    const counts = new Map<string, number>();
    for (const ids of zonesOfArticles) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    const [zone] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const own = articles.filter((_, i) => zonesOfArticles[i]!.includes(zone)).map((a) => a.id);
    const word = '党员';
    const expected = containing(word).filter((id) => own.includes(id));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(containing(word).length);

    await page.goto(`${server.origin}/zones/${zone}/`);
    await page.fill('form.list-search input[name="q"]', word);
    await page.press('form.list-search input[name="q"]', 'Enter');
    expect(await searchDone(page)).toBe(expected.length);
    expect((await allResultIds(page)).sort()).toEqual(expected);

    await page.goto(`${server.origin}/zones/${zone}/`);
    await page.click('form.list-search button');
    expect(await searchDone(page)).toBe(own.length);
    expect((await allResultIds(page)).sort()).toEqual([...own].sort());
  });
});

describe('where a search takes the reader', () => {
  it('marks a match in the kicker or subtitle, which a result shows above and below its headline', async () => {
    const article = articles.find((a) => a.data.kicker && !a.data.title.includes(a.data.kicker.slice(0, 4)))!;
    const word = article.data.kicker!.replace(/\s/g, '').slice(0, 4);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(word)}`);
    expect(await searchDone(page)).toBeGreaterThan(0);
    const item = page.locator(`li[data-article-id="${article.id}"]`);
    const marks = await item.locator('.entry-kicker mark').allTextContents();
    expect(marks.map((mark) => mark.replace(/\s/g, ''))).toEqual([word]);
  });

  it('says which campaign an article was found by when no word of the query stands in its text', async () => {
    const campaigns = readData<{ id: string; name: string; aliases?: string[] }>('campaigns.yaml');
    const normalized = (id: string) => normalizedRuns(texts.get(id)!, {}).join('');
    const found = campaigns.flatMap((campaign) => {
      const names = [campaign.name, ...(campaign.aliases ?? [])].map((name) => normalizedRuns(name, {}).join(''));
      const silent = articles.find(
        (a) => (a.data.campaigns ?? []).includes(campaign.id) && !names.some((name) => normalized(a.id).includes(name)),
      );
      const alias = campaign.aliases?.find((name) => !/\s/.test(name));
      return silent && alias ? [{ campaign, alias, article: silent }] : [];
    })[0];
    expect(found, 'an article filed under a campaign whose names it does not print').toBeDefined();
    const { campaign, alias, article } = found!;
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(alias)}&sort=date-desc`);
    await searchDone(page);
    const ids = await allResultIds(page);
    expect(ids).toContain(article.id);
    const pageOf = Math.floor(ids.indexOf(article.id) / 10) + 1;
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(alias)}&sort=date-desc&page=${pageOf}`);
    await searchDone(page);
    const where = page.locator(`li[data-article-id="${article.id}"] [data-search-where]`);
    expect(await where.textContent()).toBe(`归入活动「${campaign.name}」：`);
  });

  it('a page past the last shows the last, and the URL says so', async () => {
    const total = containing('党').length;
    const last = Math.ceil(total / 10);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('党')}&page=${last + 7}`);
    expect(await searchDone(page)).toBe(total);
    expect(new URL(page.url()).searchParams.get('page')).toBe(String(last));
  });

  it('a page of results chosen from the keyboard takes the focus to the new results', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('党')}`);
    await searchDone(page);
    await page.focus('#search-pager a[rel="next"]');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await searchDone(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-result-list');
  });

  it('back from an article, the results are where the reader left them', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('党')}`);
    await searchDone(page);
    const result = page.locator('[data-search-result]').nth(8);
    await result.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    await result.click();
    await page.waitForURL(/\/articles\//);
    await page.goBack();
    await searchDone(page);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, scrolled);
  });

  it('a long query without break points stays inside a narrow screen', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.origin}/search/?q=${'a'.repeat(300)}`);
    await searchDone(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('a reader who comes back', () => {
  it("loads no file of the index's parts again, and asks again for the files that may change", async () => {
    const parts = indexParts().map((part) => part.name);
    const searchFiles = (from: Page) =>
      from.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .map((entry) => ({
            path: new URL(entry.name).pathname,
            url: new URL(entry.name).pathname + new URL(entry.name).search,
            transferred: entry.transferSize,
          }))
          .filter(({ path }) => path.startsWith('/pagefind/') || path.startsWith('/search/')),
      );
    // Two visits in the same browser, each a new page: the same search.
    const context = await browser.newContext();
    const visit = async () => {
      const visitor = await context.newPage();
      const visitorErrors = watchErrors(visitor);
      await visitor.goto(`${server.origin}/search/?q=${encodeURIComponent('宋显晖')}`);
      expect(await searchDone(visitor)).toBe(containing('宋显晖').length);
      const files = await searchFiles(visitor);
      await closeCheckedPage(visitor, visitorErrors);
      return files;
    };
    try {
      const first = await visit();
      // Each part's entry file too: asked for by the part's name, not by the time.
      const entries = new Set(first.filter(({ path }) => path.endsWith('/pagefind-entry.json')).map(({ url }) => url));
      expect([...entries].sort()).toEqual(
        parts.map((part) => `/pagefind/${part}/pagefind-entry.json?ts=${part}`).sort(),
      );
      // Each file sent once, though the engine asks for some ahead of Pagefind (fetchAhead): the browser's cache answers the other.
      const sent = first.filter(({ transferred }) => transferred > 0).map(({ url }) => url);
      expect(sent.length).toBeGreaterThan(parts.length);
      expect(new Set(sent).size, sent.join(' ')).toBe(sent.length);
      const second = await visit();
      const ofParts = second.filter(({ path }) => parts.some((part) => path.includes(`/${part}/`)));
      expect(ofParts.length).toBeGreaterThan(3);
      for (const file of ofParts) expect(file.transferred, file.path).toBe(0);
      // The list of parts may change with the next build: it is asked for again (the answer says it is unchanged).
      const list = second.find(({ path }) => path === '/search/parts.json');
      expect(list?.transferred).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
