/**
 * The review screen of `npm run dev`: `astro dev` on a temporary copy of the content with the
 * drafts of one newly ingested page, /_review/ opened in Chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest.ts';
import { launchBrowser, watchErrors } from '../helpers/browser.ts';
import { CONTENT, readArticles } from '../helpers/content.ts';
import { DIST, requireDist } from '../helpers/dist.ts';
import { simulatePage } from '../helpers/layout-simulator.ts';

let root: string;
let dev: ChildProcess;
let origin: string;
let browser: Browser;
let drafts: string[];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Everything `astro dev` has printed, kept for the tests that read its messages. */
let devOutput = '';

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'archive-review-'));
  cpSync(CONTENT, root, { recursive: true });
  // A page no one has split before: the curated articles laid out anew, with furniture and captions.
  const page = path.join(root, '..', `${path.basename(root)}-page.txt`);
  writeFileSync(page, simulatePage(readArticles(), 'mixed', 5).text);
  const { plan } = runIngest({ page, paper: 'zhongguo-gaoxin-daobao', date: '2021-06' }, root);
  rmSync(page);
  drafts = plan!.drafts.map((d) => d.file);

  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    // --ignore-lock: a lock another server left (one killed before it removed its .astro/dev.json,
    // its pid since taken by another astro process) must not stop this one, nor this one leave its own.
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
    {
      // As an editor runs it: not under the test runner (Astro's dev server behaves otherwise under Vitest).
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV')),
        ARCHIVE_CONTENT_DIR: root,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      devOutput += chunk.toString();
      if (devOutput.includes(origin) || /ready in/i.test(devOutput)) resolve();
    };
    dev.stdout!.on('data', onData);
    dev.stderr!.on('data', onData);
    dev.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${devOutput}`)));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  dev?.kill('SIGTERM');
  rmSync(root, { recursive: true, force: true });
});

async function openReview(width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = watchErrors(page);
  const response = await page.goto(`${origin}/_review/`);
  expect(response?.status()).toBe(200);
  await page.waitForSelector('main');
  return { page, errors };
}

describe('the review screen', () => {
  it('lists every draft with its problems and its source lines, which field each went to', async () => {
    const { page, errors } = await openReview();
    // The dev server's first page may be reloaded once as it settles (under load, its watcher's
    // first events come late): wait for the drafts rather than count the first document's.
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-review-draft]').length === count,
      drafts.length,
      {
        timeout: 20_000,
      },
    );
    const sections = page.locator('[data-review-draft]');
    expect(await sections.count()).toBe(drafts.length);
    const first = sections.first();
    const id = path.relative(process.cwd(), drafts[0]!);
    expect(await first.getAttribute('data-review-draft')).toBe(id);
    // What blocks publishing, as the schema says: an estimated date needs its evidence.
    expect(await first.locator('[data-review-problems]').innerText()).toContain('dateEvidence');
    // The source page line by line: headline, body and dropped furniture, numbered.
    expect(await first.locator('tr[data-use="headline"]').count()).toBeGreaterThan(0);
    expect(await first.locator('tr[data-use="body"]').count()).toBeGreaterThan(0);
    const furniture = first.locator('tr[data-use="furniture"]');
    expect(await furniture.count()).toBeGreaterThan(0);
    expect(await furniture.first().innerText()).toContain('略去');
    // Every line of the page is there, with its number, in order.
    const source = readFileSync(
      path.join(root, 'sources', readFileSync(drafts[0]!, 'utf8').match(/^source: "(.*)"/m)![1] + '.txt'),
      'utf8',
    );
    const numbered = await first
      .locator('tr[data-line]')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-line'))));
    const nonBlank = source.split('\n').flatMap((line, i) => (line.trim() ? [i + 1] : []));
    expect(numbered).toEqual(nonBlank);
    // Links to the draft file and to each source line, for the editor's own editor.
    expect(await first.locator(`a[href="vscode://file${drafts[0]}"]`).count()).toBe(1);
    expect(await first.locator(`a[href^="vscode://file${root}/sources/"][href$=":${nonBlank[0]}"]`).count()).toBe(1);
    expect(await first.locator(`a[href="file://${drafts[0]}"]`).count()).toBe(1);
    expect(await first.innerText()).toContain(id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone’s width: nothing runs off the screen, the files’ long paths included', async () => {
    const { page } = await openReview(360);
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-review-draft]').length === count,
      drafts.length,
      {
        timeout: 20_000,
      },
    );
    // A path with no hyphen to break at, as a content folder elsewhere gives it.
    await page.evaluate(() => {
      document.querySelector('[data-review-draft] code')!.textContent =
        '../../srv/newsroom/content/articles/2024/unprinted/2024/06/p2/1.md';
      // A problem that names another file (the beginning of a story continued here, review.ts beginningHint).
      document.querySelector('[data-review-problems] li')!.textContent =
        'title: 与同期第1版的 ../../srv/newsroom/content/articles/2024/unprinted-2024-06-30-p1-7.md 标题相同';
    });
    const widest = await page.evaluate(() =>
      Math.max(...[...document.querySelectorAll('main *')].map((e) => e.getBoundingClientRect().right)),
    );
    expect(widest).toBeGreaterThan(0);
    expect(widest).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });

  it('reloads when a draft changes on disk', async () => {
    const { page } = await openReview();
    const draft = drafts[0]!;
    const text = readFileSync(draft, 'utf8');
    writeFileSync(draft, text.replace(/^title: ".*?"/m, 'title: "审阅页面自动刷新"'));
    await page.waitForFunction(
      () => document.querySelector('[data-review-draft] h2')?.textContent === '审阅页面自动刷新',
      undefined,
      {
        timeout: 30_000,
      },
    );
    await page.close();
  });

  it('reloads when a source page changes on disk', async () => {
    const { page } = await openReview();
    const first = page.locator('[data-review-draft]').first();
    const line = Number(await first.locator('tr[data-use="body"]').first().getAttribute('data-line'));
    const source = path.join(root, 'sources', `${readFileSync(drafts[0]!, 'utf8').match(/^source: "(.*)"/m)![1]}.txt`);
    const lines = readFileSync(source, 'utf8').split('\n');
    lines[line - 1] += '（校对时改过的一行）';
    writeFileSync(source, lines.join('\n'));
    await page.waitForFunction(
      (n) =>
        document
          .querySelector(`[data-review-draft] tr[data-line="${n}"] .text`)
          ?.textContent?.endsWith('（校对时改过的一行）'),
      line,
      { timeout: 30_000 },
    );
    await page.close();
  });

  it('says which zones a draft names that zones.yaml lacks, until zones.yaml has them', async () => {
    const { page } = await openReview();
    const draft = drafts.at(-1)!;
    writeFileSync(draft, `${readFileSync(draft, 'utf8').trimEnd()}\n\n长白山高新区党工委召开会议。\n`);
    const unknown = page.locator('[data-review-draft]').last().locator('[data-review-unknown-zones]');
    await unknown.waitFor({ timeout: 30_000 });
    expect(await unknown.innerText()).toContain('白山高新区');
    const zones = path.join(root, 'zones.yaml');
    writeFileSync(
      zones,
      `${readFileSync(zones, 'utf8').trimEnd()}\n- id: changbaishan\n  name: 长白山高新区\n  fullName: 长白山高新技术产业开发区\n  kind: 国家高新区\n  province: 吉林\n  city: 白山\n  accent: "#1d4ed8"\n  description: 审阅页面测试用。\n`,
    );
    await unknown.waitFor({ state: 'detached', timeout: 30_000 });
    await page.close();
  });

  it('counts the drafts and links to each from the top', async () => {
    const { page } = await openReview();
    expect(await page.locator('header').innerText()).toContain(`共 ${drafts.length} 篇草稿`);
    const targets = await page
      .locator('nav a')
      .evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))));
    expect(targets).toEqual(drafts.map((d) => path.relative(process.cwd(), d)));
    for (const target of targets) expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
    await page.close();
  });
});

describe('the site files under `astro dev`', () => {
  it('shows an edited article’s new body on its page, and drops a removed article', async () => {
    // Bodies are read from the files, not kept by the loader: an edit must still reach the page.
    // Not the article the next test serves.
    const article = readArticles()
      .filter((a) => !a.data.draft)
      .at(-1)!;
    const file = path.join(root, 'articles', article.file);
    const marker = '编辑刚刚改写的这一段正文';
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${marker}\n`);
    const url = `${origin}/articles/${article.id}/`;
    const showsMarker = async () => (await (await fetch(url)).text()).includes(`<p>${marker}</p>`);
    await expect.poll(showsMarker, { timeout: 30_000, interval: 500 }).toBe(true);
    const printedBefore = devOutput.length;
    rmSync(file);
    try {
      await expect.poll(async () => (await fetch(url)).status, { timeout: 30_000, interval: 500 }).toBe(404);
    } catch (error) {
      // What the server said meanwhile, so that a failure seen only in CI can be read from its log.
      const printed = devOutput
        .slice(printedBefore)
        .split('\n')
        .filter((line) => !/^\s+at /.test(line));
      throw new Error(`${String(error)}\nastro dev printed after the removal:\n${printed.join('\n').slice(0, 6000)}`);
    }
  });

  it('names the field and the line of a saved article the schema refuses, as the build does', async () => {
    const article = readArticles().find((a) => !a.data.draft && a.data.zone)!;
    const text = readFileSync(path.join(root, 'articles', article.file), 'utf8').replace(
      /^zone: .*$/m,
      'zone: atlantis',
    );
    const line = text.split('\n').findIndex((l) => l === 'zone: atlantis') + 1;
    const file = path.join(root, 'articles', path.dirname(article.file), 'saved-with-a-bad-zone.md');
    const printedBefore = devOutput.length;
    writeFileSync(file, text);
    try {
      await expect
        .poll(() => devOutput.slice(printedBefore), { timeout: 30_000, interval: 250 })
        .toContain(`saved-with-a-bad-zone.md: zone: 第${line}行：未知的园区 "atlantis"`);
    } finally {
      rmSync(file);
    }
  });

  it('serves each article’s citation files and its raw page at their URLs, as the build writes them', async () => {
    requireDist();
    const article = readArticles().find((a) => !a.data.draft)!;
    const source = String(article.data.source);
    for (const url of [
      `/articles/${article.id}/citation.ris`,
      `/articles/${article.id}/citation.json`,
      `/sources/${source}.txt`,
    ]) {
      const response = await fetch(`${origin}${url}`);
      expect(response.status, url).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()), url).toEqual(readFileSync(path.join(DIST, url)));
    }
    expect((await fetch(`${origin}/articles/${article.id}/citation.txt`)).status).toBe(404);
  });
});
