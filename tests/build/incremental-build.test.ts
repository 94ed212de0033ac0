import { appendFileSync, cpSync, linkSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, omittingAllOf, type Sandbox } from '../helpers/sandbox.ts';
import { fileHashes, listedArticleIds, paginated } from '../helpers/dist.ts';
import { cachedOutputPath, readCachedPages } from '../../src/lib/astro-page-cache.ts';

/**
 * An incremental build (astro.config.ts: experimental.incrementalBuild, keys from
 * src/lib/cache-keys.ts) after an editor adds an article gives the same dist/, byte for byte,
 * as a clean build of the same content; and a change of code or dependencies renders every
 * page that depends on it again.
 */
const BUILD_TIMEOUT = 600_000;

/** The pages a build copied from the previous one (Astro logs them as restored or cached). */
function copiedPages(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /\((restored|cached)\)/.test(line))
    .map((line) => /[├└]─ (\S+)/.exec(line)?.[1] ?? line);
}

/** The pages a build found already in place, linked from Astro's cache (src/integrations/cached-pages.ts). */
function linkedPages(output: string): string[] {
  return copiedPages(
    output
      .split('\n')
      .filter((line) => line.includes('(cached)'))
      .join('\n'),
  );
}

/** The pages a build rendered. */
function renderedPages(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /[├└]─ \S+ \(\+\d/.test(line))
    .map((line) => /[├└]─ (\S+)/.exec(line)![1]!);
}

const ORIGINAL = 'content/articles/2019/kunshan-shengwu-yiyao-shiqiang.md';
const ADDED_ID = 'kunshan-shengwu-yiyao-shiqiang-xubao';
const ADDED_SOURCE = 'incremental-test-page';
/** A story of another page of the added article's issue, which goes on on the added page (下转). */
const JUMP_ID = 'kunshan-shengwu-yiyao-shiqiang-xuwen';
const JUMP_SOURCE = 'jump-test-page';
/**
 * Reprints of the original, each on its own page: the first half dated 2018, before the original
 * and the added article (2020), the second half 2021, after them. The zone's list (20 a page,
 * newest first, cut from its oldest end: lib/list-pages.ts) then holds its own page and pages 1
 * (all of 2018) and 2, and the added article lands on page 2.
 */
const REPRINTS = 60;
const reprintDate = (i: number) =>
  i <= REPRINTS / 2 ? `2018-01-${String(i).padStart(2, '0')}` : `2021-01-${String(i - REPRINTS / 2).padStart(2, '0')}`;

let sandbox: Sandbox;
let first = '';
let incremental = '';
let clean = '';

function build(): string {
  const result = sandbox.astro('build');
  expect(result.status, result.output).toBe(0);
  return result.output;
}

beforeAll(() => {
  sandbox = createSandbox();
  cpSync('content/articles', path.join(sandbox.root, 'content', 'articles'), { recursive: true });
  // Astro hashes the lockfile it finds above the project: the sandbox has the project's own.
  cpSync('package-lock.json', path.join(sandbox.root, 'package-lock.json'));
  const original = readFileSync(ORIGINAL, 'utf8');
  const source = /^source: (\S+)$/m.exec(original)![1]!;
  const page = readFileSync(path.join('content', 'sources', `${source}.txt`), 'utf8');
  /** The original story alone on a page of its own, dated `date`: the page's other lines are recorded as left out. */
  const story = (id: string, storySource: string, pageText: string, date: string, extra = '') =>
    sandbox.write(
      `content/articles/${date.slice(0, 4)}/${id}.md`,
      original
        .replace(/^source: \S+$/m, `source: ${storySource}\n${omittingAllOf(pageText)}`)
        .replace(/^date: .*$/m, `date: "${date}"${extra}`),
    );
  for (let i = 1; i <= REPRINTS; i++) {
    const date = reprintDate(i);
    // The reprint prints its own date, as an exact date must be printed (content-checks.ts).
    const [year, month, day] = date.split('-').map(Number);
    const reprintPage = `${page}\n测试用重印版面 ${i}，${year}年${month}月${day}日\n`;
    sandbox.writeSource(`reprint-page-${i}`, reprintPage);
    story(`kunshan-reprint-${i}`, `reprint-page-${i}`, reprintPage, date);
  }
  const jumpPage = `${page}\n测试用续文版面，2020年3月2日\n`;
  sandbox.writeSource(JUMP_SOURCE, jumpPage);
  story(JUMP_ID, JUMP_SOURCE, jumpPage, '2020-03-02');
  first = build();

  // An editor adds a page of an earlier issue and the story printed on it, the rest of the
  // story above: under a jump line in place of its headline, printed on the page above only.
  const title = /^title: (.*)$/m.exec(original)![1]!;
  expect(page).toContain(`\n${title}\n`);
  const addedPage = `${page.replace(`\n${title}\n`, '\n（上接第9版）\n')}\n本版为测试新增的版面，2020年3月2日\n`;
  sandbox.writeSource(ADDED_SOURCE, addedPage);
  story(ADDED_ID, ADDED_SOURCE, addedPage, '2020-03-02');
  story(JUMP_ID, JUMP_SOURCE, jumpPage, '2020-03-02', `\ncontinuedIn: ${ADDED_ID}`);
  incremental = build();

  // A clean build of the same content: no previous build to copy from.
  renameSync(path.join(sandbox.root, 'dist'), path.join(sandbox.root, 'dist-incremental'));
  rmSync(path.join(sandbox.root, '.astro-cache'), { recursive: true, force: true });
  clean = build();
}, BUILD_TIMEOUT);
afterAll(() => sandbox.remove());

describe('an article added', () => {
  it('is built incrementally: the new article’s pages are rendered, most pages copied', () => {
    expect(copiedPages(first)).toEqual([]);
    const rendered = renderedPages(incremental);
    expect(rendered).toContain(`/articles/${ADDED_ID}/index.html`);
    expect(rendered).toContain(`/sources/${ADDED_SOURCE}/index.html`);
    // Pages the new article does not touch: a story of another year, far from it in time, and its printed page.
    expect(copiedPages(incremental)).toEqual(
      expect.arrayContaining([
        '/articles/zhuhai-wuda-xingdong/index.html',
        '/sources/001_3f31efd273dffd98/index.html',
        '/pages/001_3f31efd273dffd98/index.html',
      ]),
    );
    expect(rendered).not.toContain('/articles/zhuhai-wuda-xingdong/index.html');
    expect(copiedPages(clean)).toEqual([]);
  });

  it('finds the pages it keeps in place, linked from the cache, and copies none', () => {
    const copied = copiedPages(incremental);
    expect(copied.length).toBeGreaterThan(100);
    expect(linkedPages(incremental)).toEqual(copied);
  });

  it('re-renders a list’s own page (its figures) and the page it lands on, and keeps the older pages', () => {
    const rendered = renderedPages(incremental);
    expect(rendered).toEqual(expect.arrayContaining(['/zones/kunshan/index.html', '/zones/kunshan/2/index.html']));
    expect(linkedPages(incremental)).toEqual(
      expect.arrayContaining(['/zones/kunshan/1/index.html', '/articles/1/index.html']),
    );
  });

  it('lets a reader page through a list newest first, each article once, and back', () => {
    const dist = path.join(sandbox.root, 'dist');
    const pages = paginated('/zones/kunshan/', dist);
    const reprint = (i: number) => `kunshan-reprint-${i}`;
    const half = REPRINTS / 2;
    const original = path.basename(ORIGINAL, '.md');
    expect(pages.flatMap(listedArticleIds)).toEqual([
      ...Array.from({ length: half }, (_, i) => reprint(REPRINTS - i)),
      // Of one issue: by page (source), newest first.
      JUMP_ID,
      ADDED_ID,
      original,
      ...Array.from({ length: half }, (_, i) => reprint(half - i)),
    ]);
    const urls = ['/zones/kunshan/', '/zones/kunshan/2/', '/zones/kunshan/1/'];
    expect(pages).toHaveLength(urls.length);
    pages.forEach((html, i) => {
      expect(html, urls[i]).toMatch(i === 0 ? /共 63 篇/ : new RegExp(`第 ${3 - i} 页`));
      if (i > 0) expect(html, urls[i]).toContain(`rel="prev" href="${urls[i - 1]}"`);
      else expect(html).not.toContain('rel="prev"');
    });
    expect(new Set(pages.map((html) => /<title>([^<]*)<\/title>/.exec(html)![1])).size).toBe(pages.length);
  });

  it('links the parts of a story printed on two pages both ways, the second with the headline of the first', () => {
    expect(renderedPages(incremental)).toContain(`/articles/${JUMP_ID}/index.html`);
    const html = (id: string) => readFileSync(path.join(sandbox.root, 'dist', 'articles', id, 'index.html'), 'utf8');
    const link = (direction: string, id: string, words: string) =>
      new RegExp(`data-continuation="${direction}"[^>]*>\\s*<a[^>]* href="/articles/${id}/"[^>]*>\\s*${words}`);
    expect(html(JUMP_ID)).toMatch(link('into', ADDED_ID, '下转第9版：'));
    expect(html(ADDED_ID)).toMatch(link('from', JUMP_ID, '上接第9版：'));
    expect(html(path.basename(ORIGINAL, '.md'))).not.toContain('data-continuation');
  });

  it('gives the same dist/ as a clean build, every file byte for byte (search index included)', () => {
    const incrementalFiles = fileHashes(path.join(sandbox.root, 'dist-incremental'));
    const cleanFiles = fileHashes(path.join(sandbox.root, 'dist'));
    expect([...incrementalFiles.keys()].sort()).toEqual([...cleanFiles.keys()].sort());
    const differing = [...cleanFiles]
      .filter(([file, hash]) => incrementalFiles.get(file) !== hash)
      .map(([file]) => file);
    expect(differing).toEqual([]);
    expect(cleanFiles.has(`articles/${ADDED_ID}/index.html`)).toBe(true);
  });
});

describe('a change of code or dependencies', () => {
  it('renders every HTML page again when a component of every page changes', { timeout: BUILD_TIMEOUT }, () => {
    appendFileSync(path.join(sandbox.root, 'src/components/SiteFooter.astro'), '\n<!-- changed -->\n');
    const output = build();
    expect(copiedPages(output).filter((page) => page.endsWith('.html'))).toEqual([]);
  });

  it('renders every page again when the lockfile changes', { timeout: BUILD_TIMEOUT }, () => {
    // Unchanged since the last build: everything is copied.
    expect(renderedPages(build()).filter((page) => /^\/articles\/[^/]+\/index\.html$/.test(page))).toEqual([]);
    appendFileSync(path.join(sandbox.root, 'package-lock.json'), '\n');
    expect(copiedPages(build())).toEqual([]);
  });

  it(
    'never writes a file of the published site, which an earlier build linked from the cache',
    { timeout: BUILD_TIMEOUT },
    () => {
      const cacheDir = path.join(sandbox.root, '.astro-cache');
      const page = 'zones/kunshan/index.html';
      const published = path.join(sandbox.root, 'dist', page);
      // Nothing changed: every page is linked, and the published file is the cache's (Astro's layout, read as it is).
      const output = build();
      expect(linkedPages(output)).toContain(`/${page}`);
      expect(readCachedPages(cacheDir).map((cached) => cached.outputFile)).toContain(page);
      expect(statSync(published).ino).toBe(statSync(cachedOutputPath(cacheDir, page)).ino);
      // A reader's view of the published file, as a server holding it open would have it.
      const before = readFileSync(published, 'utf8');
      const held = path.join(sandbox.root, 'held-page.html');
      linkSync(published, held);
      appendFileSync(path.join(sandbox.root, 'src/components/SiteFooter.astro'), '\n<!-- changed again -->\n');
      expect(renderedPages(build())).toContain(`/${page}`);
      expect(readFileSync(path.join(sandbox.root, 'dist', page), 'utf8')).not.toBe(before);
      expect(readFileSync(held, 'utf8')).toBe(before);
    },
  );

  it('renders every page that reads the archive again when the schema changes', { timeout: BUILD_TIMEOUT }, () => {
    appendFileSync(path.join(sandbox.root, 'src/content.config.ts'), '\n// changed\n');
    // Only the open-data schemas, made from code alone, may be copied.
    expect(copiedPages(build()).filter((page) => !page.startsWith('/data/schema/'))).toEqual([]);
  });
});
