/**
 * Pagefind's own index, cut into many small chunks and into parts (each its own Pagefind index,
 * joined in the browser by Pagefind's mergeIndex), searched in Chromium by the search page's
 * engine. The build reads Pagefind's chunk table (src/lib/search/build/pagefind-files.ts) and
 * the browser loads, before a prefix search, the chunks that begin inside the prefix
 * (src/lib/search/browser/plan.ts, chunkProbes): neither is documented by Pagefind, and the unit
 * tests check them against a model of Pagefind only. Here the real indexer writes the index
 * (scripts/build-search-index.ts, at a chunk size of a few hundred locations) and the real
 * Pagefind searches it: every query must find exactly the articles that contain it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPresenceWord } from '../../src/lib/search/build/bundles.ts';
import { readPagefindMeta } from '../../src/lib/search/build/pagefind-files.ts';
import { articleSegments, type ArticleParts } from '../../src/lib/search/build/document.ts';
import { chunkStartsWithin } from '../../src/lib/search/browser/plan.ts';
import { SEARCH_LANGUAGE } from '../../src/lib/search/shared/data.ts';
import type { IndexRecord } from '../../src/lib/search/build/records.ts';
import { normalizedRuns, type BodySegment } from '../../src/lib/search/shared/text.ts';
import type { IndexPart } from '../../src/lib/search/shared/parts.ts';
import { searchFilePath, searchFiles } from '../../src/lib/search/shared/files.ts';
import type { BundlesFile } from '../../src/lib/search/shared/layout.ts';
import { launchBrowser, watchErrors } from '../helpers/browser.ts';
import { indexParts } from '../helpers/dist.ts';
import { indexRecords, textWithBodyFile } from '../helpers/search-index.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { seededRandom } from '../../scripts/bench/random.ts';

/** Small chunks: a one-character prefix runs over many of them. */
const CHUNK_SIZE = 200;
/** Articles per part of the index: three parts of the 24 articles. */
const PART_ARTICLES = 8;
const ALPHABET = [...'甲乙丙丁戊'];

// The benchmark's seeded generator: the same archive every run.
const random = seededRandom(20261130);
const text = (length: number) =>
  Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]!).join('');

/** Articles in date order, each with a headline, a body, captions and credits. */
const texts: { parts: ArticleParts; markdown: string }[] = Array.from({ length: 24 }, (_, n) => ({
  parts: {
    title: text(6),
    captions: n % 3 === 0 ? [{ text: text(20), credit: `本报记者 ${text(3)} 摄` }] : [],
    credits: n % 2 === 0 ? [{ role: 'writer', label: '采写', name: text(3) }] : [],
  },
  markdown: `${text(120)}。${text(80)}\n\n${text(100)}`,
}));
// Line breaks inside a paragraph, in characters no other article holds: a poem's stanza (a
// hard break after each line but the last), a paragraph an editor wrapped; and two paragraphs.
texts[5]!.markdown += '\n\n子丑寅卯\\\n辰巳午未';
texts[13]!.markdown += '\n\n申酉\n戌亥';
texts[21]!.markdown += '\n\n天地\n\n玄黄';
const articles: BodySegment[][] = texts.map(({ parts, markdown }) => articleSegments(parts, markdown));
const site = mkdtempSync(path.join(tmpdir(), 'pagefind-chunks-'));
const records: IndexRecord[] = texts.map(({ parts, markdown }, n) => ({
  url: `/articles/a${n}/`,
  text: textWithBodyFile(`${site}.bodies`, parts, markdown),
  filters: { zone: [], campaign: [], year: ['2020'], newspaper: ['报名未印'] },
  meta: { date: '2020年', zone: '' },
  sort: { date: `2020-01-${String(n + 1).padStart(2, '0')}` },
}));

/** The articles whose normalised text holds the word: exact substring, no match across segments or sentences. */
function truth(word: string): number[] {
  return articles.flatMap((segments, n) =>
    segments.some((s) => normalizedRuns(s.text, {}).some((run) => run.includes(word))) ? [n] : [],
  );
}

let server: StaticServer;
let browser: Browser;
/** The index's parts, and the chunk starts of the newest. */
let parts: IndexPart[];
let chunkStarts: string[];
let engineScript: string;

beforeAll(async () => {
  writeFileSync(
    path.join(site, 'index.html'),
    '<!doctype html><html lang="zh-CN"><title>t</title><body></body></html>',
  );
  const built = indexRecords(site, records, {
    env: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(CHUNK_SIZE), SEARCH_PART_ARTICLES: String(PART_ARTICLES) },
  });
  if (built.status !== 0) throw new Error(built.stderr);
  parts = indexParts(site);
  chunkStarts = readPagefindMeta(path.join(site, 'pagefind', parts.at(-1)!.name), SEARCH_LANGUAGE).chunks.map(
    (chunk) => chunk.from,
  );
  const bundle = await build({
    entryPoints: [path.resolve('scripts/bench/browser-entry.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    target: 'es2022',
  });
  engineScript = bundle.outputFiles[0]!.text;
  server = await serveDist(site);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
  rmSync(`${site}.bodies`, { recursive: true, force: true });
});

/** A fresh page of the site with the search page's engine (scripts/bench/browser-entry.ts). */
async function enginePage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.route('**/__engine.js', (route) => route.fulfill({ contentType: 'text/javascript', body: engineScript }));
  await page.goto(`${server.origin}/`);
  await page.addScriptTag({ url: '/__engine.js', type: 'module' });
  await page.waitForFunction(() => typeof window.benchSearch === 'function');
  return { page, errors };
}

describe('a real Pagefind index in small chunks, searched in Chromium', () => {
  it('has parts, and prefixes whose words run over several chunks', () => {
    expect(parts.map((part) => part.count)).toEqual([8, 8, 8]);
    expect(chunkStarts.length).toBeGreaterThan(10);
    // The layout file lists the positional chunks' starts: those a prefix may run into.
    const layout = JSON.parse(
      readFileSync(path.join(site, searchFilePath(searchFiles.bundles(parts.at(-1)!.name))), 'utf8'),
    ) as BundlesFile;
    expect(layout.chunkStarts).toEqual(
      chunkStarts
        .slice(1)
        .filter((start) => !isPresenceWord(start))
        .sort(),
    );
    expect(layout.chunkStarts.length).toBeGreaterThan(10);
    // Five letters make 125 three-character words, each some twenty times in a part's text: all
    // are common, so the three-character queries below are answered by their presence tokens.
    expect(layout.common).toHaveLength(ALPHABET.length ** 3);
    for (const char of ALPHABET) expect(chunkStartsWithin(char, chunkStarts).length, char).toBeGreaterThan(1);
  });

  it('Pagefind alone, without the probes, misses words of a prefix that lie in later chunks', async () => {
    const { page, errors } = await enginePage();
    // A prefix search straight to Pagefind: it loads the one chunk whose range holds the term.
    // (A string: the test runner would rewrite a dynamic import in a function.)
    const locations = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/${parts.at(-1)!.name}/pagefind.js');
      await pagefind.options({ noWorker: true });
      document.documentElement.lang = 'und';
      await pagefind.init();
      const answer = await pagefind.search(${JSON.stringify(ALPHABET[0])});
      return answer.results.reduce((sum, result) => sum + result.words.length, 0);
    })()`)) as number;
    const newest = parts.at(-1)!;
    const occurrences = articles
      .slice(newest.first)
      .flat()
      .flatMap((s) => normalizedRuns(s.text, {}))
      .reduce((sum, run) => sum + [...run].filter((c) => c === ALPHABET[0]).length, 0);
    expect(locations).toBeLessThan(occurrences);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a passage copied across a line break inside a paragraph, never across paragraphs', async () => {
    const { page, errors } = await enginePage();
    // As the search box takes a passage copied across a line: the newline dropped.
    const found: Record<string, number[]> = {};
    for (const query of ['寅卯辰巳', '子丑寅卯辰巳午未', '酉戌', '申酉戌亥', '地玄', '天地', '玄黄'])
      found[query] = [...(await page.evaluate((q) => window.benchSearch(q), query)).ids].sort((a, b) => a - b);
    expect(found).toEqual({
      寅卯辰巳: [5],
      子丑寅卯辰巳午未: [5],
      酉戌: [13],
      申酉戌亥: [13],
      地玄: [],
      天地: [21],
      玄黄: [21],
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds exactly the articles holding each query: every character, pair, three-character word, and longer words', async () => {
    const { page, errors } = await enginePage();
    const queries = [
      ...ALPHABET,
      ...ALPHABET.flatMap((a) => ALPHABET.map((b) => a + b)),
      ...ALPHABET.flatMap((a) => ALPHABET.flatMap((b) => ALPHABET.map((c) => a + b + c))),
      ...Array.from({ length: 40 }, () => text(4 + Math.floor(random() * 4))),
      // Text of captions and credits.
      ...articles.flatMap((segments) =>
        segments.filter((s) => s.kind === 'caption' || s.kind === 'credit').map((s) => normalizedRuns(s.text, {})[0]!),
      ),
    ];
    const wrong: string[] = [];
    for (const query of queries) {
      const { ids } = await page.evaluate((q) => window.benchSearch(q), query);
      const expected = truth(query);
      if (JSON.stringify([...ids].sort((a, b) => a - b)) !== JSON.stringify(expected))
        wrong.push(`${query}: found ${[...ids].sort((a, b) => a - b).join(',')}, expected ${expected.join(',')}`);
    }
    expect(wrong).toEqual([]);
    expect(queries.filter((q) => truth(q).length > 0).length).toBeGreaterThan(150);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
