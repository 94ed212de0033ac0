/**
 * A large archive's search index is split into date-ordered shards (src/lib/search-shards.ts).
 * The seed archive fits in one, so this builds it a second time in shards of five articles and
 * checks that readers get the same answers from both: the same articles for every query and
 * filter, and the date orders intact across shard boundaries.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../helpers/content.ts';
import { DIST, requireDist } from '../helpers/dist.ts';
import { allResultIds, launchBrowser, searchDone, watchErrors } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

const SHARD_SIZE = 5;
const articles = readArticles();
const shardCount = Math.ceil(articles.length / SHARD_SIZE);
const dateKey = new Map(
  articles.map((a) => {
    const [year, month = '00', day = '00'] = String(a.data.date).split('-');
    return [a.id, `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`];
  }),
);
const sharded = mkdtempSync(path.join(tmpdir(), 'archive-sharded-'));
let single: StaticServer;
let split: StaticServer;
let browser: Browser;

beforeAll(() => {
  requireDist();
  const env = { ...process.env, ARCHIVE_OUT_DIR: sharded, ARCHIVE_SEARCH_SHARD_SIZE: String(SHARD_SIZE) };
  for (const [command, args] of [
    ['node_modules/.bin/astro', ['build', '--silent']],
    [process.execPath, ['scripts/build-search-index.ts', sharded]],
  ] as const) {
    const result = spawnSync(command, args, { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  }
}, 300_000);
beforeAll(async () => {
  single = await serveDist(DIST);
  split = await serveDist(sharded);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await single?.close();
  await split?.close();
  rmSync(sharded, { recursive: true, force: true });
});

/** Every result of a search page, in the order shown, across its result pages. */
async function results(server: StaticServer, query: string): Promise<{ total: number; ids: string[] }> {
  const page: Page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.origin}/search/?${query}`);
  const total = await searchDone(page);
  const ids = await allResultIds(page);
  await page.close();
  expect(errors).toEqual([]);
  return { total, ids };
}

function inDateOrder(ids: string[], direction: 'asc' | 'desc'): boolean {
  const keys = ids.map((id) => dateKey.get(id)!);
  return keys.every((key, i) => i === 0 || (direction === 'asc' ? keys[i - 1]! <= key : keys[i - 1]! >= key));
}

describe('a search index split into shards', () => {
  it(`is written as ${shardCount} Pagefind bundles, the others beneath the primary`, () => {
    expect(existsSync(path.join(sharded, 'pagefind', 'pagefind.js'))).toBe(true);
    for (let i = 1; i < shardCount; i++) expect(existsSync(path.join(sharded, 'pagefind', `shard-${i}`, 'pagefind-entry.json')), `shard-${i}`).toBe(true);
    expect(existsSync(path.join(sharded, 'pagefind', `shard-${shardCount}`))).toBe(false);
  });

  const queries = ['q=党员', 'q=党建', 'q=高新区 党员', 'q=%22党史学习教育%22', 'q=黨史學習教育', 'q=仲恺', 'q=党', 'q=党员&zone=珠海高新区'];
  for (const query of queries) {
    it(`finds the same articles as one index: ${decodeURIComponent(query)}`, async () => {
      const [one, many] = await Promise.all([results(single, query), results(split, query)]);
      expect(many.total).toBeGreaterThan(0);
      expect(many.total).toBe(one.total);
      expect([...many.ids].sort()).toEqual([...one.ids].sort());
    });
  }

  for (const query of ['q=党员&sort=date-desc', 'q=党员&sort=date-asc', 'year=2019', 'zone=珠海高新区', 'newspaper=中国高新技术产业导报&sort=date-asc']) {
    it(`keeps the date order across shards: ${decodeURIComponent(query)}`, async () => {
      const [one, many] = await Promise.all([results(single, query), results(split, query)]);
      const direction = query.includes('date-asc') ? 'asc' : 'desc';
      expect(many.ids.length).toBeGreaterThan(0);
      expect(inDateOrder(many.ids, direction), many.ids.map((id) => dateKey.get(id)).join(' ')).toBe(true);
      expect([...many.ids].sort()).toEqual([...one.ids].sort());
    });
  }

  it('orders a query matching every shard by date, newest first', async () => {
    const many = await results(split, 'q=党&sort=date-desc');
    const years = new Set(many.ids.map((id) => dateKey.get(id)!.slice(0, 4)));
    expect(years.size).toBeGreaterThan(1);
    expect(inDateOrder(many.ids, 'desc')).toBe(true);
  });
});
