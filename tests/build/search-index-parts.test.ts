/**
 * The search index in parts by date, built by scripts/build-search-index.ts as `astro build`
 * runs it: a build keeps the parts of the published site whose articles did not change, builds
 * only the others, and gives, byte for byte, the site a full build of the same articles gives.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IndexRecord } from '../../src/lib/search/build/records.ts';
import { searchFilePath, searchFiles } from '../../src/lib/search/shared/files.ts';
import type { BundlesFile } from '../../src/lib/search/shared/layout.ts';
import { fileHashes, indexParts } from '../helpers/dist.ts';
import { indexRecords, textWithBodyFile } from '../helpers/search-index.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'search-index-parts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Articles of 2018 to 2021, three a year, each with its own text; with `added`, one more on that
 * date; `zone`, what results call the zone.
 */
function records(added?: string, zone = '珠海高新区', edited?: number): IndexRecord[] {
  const dates = [2018, 2019, 2020, 2021].flatMap((year) => [1, 2, 3].map((month) => `${year}-0${month}-01`));
  const articles = dates.map((date, n) => ({ date, n }));
  if (added) articles.push({ date: added, n: articles.length });
  return articles.map(({ date, n }) => ({
    url: `/articles/a${n}/`,
    text: textWithBodyFile(
      path.join(scratch, 'bodies'),
      { title: `第${n}篇 ${date}` },
      `${date}，高新区党工委召开第${n}次会议。${n === edited ? '会议强调，要以党建引领发展。' : ''}`,
    ),
    filters: { zone: [zone], campaign: [], year: [date.slice(0, 4)], newspaper: ['珠海特区报'] },
    meta: { date, zone },
    sort: { date },
  }));
}

/** A site indexed from what the page build hands over, with `published` the site it replaces. */
function indexSite(
  name: string,
  articles: IndexRecord[],
  published?: string,
  { env = {}, stdin }: { env?: Record<string, string>; stdin?: string } = {},
): { dir: string; output: string } {
  const dir = path.join(scratch, name);
  const result = indexRecords(dir, articles, { published, env: { SEARCH_PART_ARTICLES: '4', ...env }, stdin });
  expect(result.status, result.stderr).toBe(0);
  return { dir, output: result.stdout };
}

/** The two sites hold the same files, byte for byte. */
function expectSameFiles(site: string, expected: string) {
  const [actual, clean] = [fileHashes(site), fileHashes(expected)];
  expect([...actual.keys()].sort()).toEqual([...clean.keys()].sort());
  expect([...clean].filter(([file, hash]) => actual.get(file) !== hash).map(([file]) => file)).toEqual([]);
}

describe('the search index in parts', { timeout: 120_000 }, () => {
  it('cuts the articles into parts by year, of at most the size asked', () => {
    const { dir, output } = indexSite('first', records());
    expect(indexParts(dir).map((part) => [part.name.split('-').slice(0, -1).join('-'), part.count])).toEqual([
      ['2018', 3],
      ['2019', 3],
      ['2020', 3],
      ['2021', 3],
    ]);
    expect(output).toMatch(/search index: 12 articles in 4 part\(s\) of at most 4, .*\(4 built, 0 kept\)/);
    expect(output).not.toMatch(/pages done/);
    // Every bundle's page named before Pagefind wrote the index: it wrote none of their fragments.
    const partLines = output.split('\n').filter((line) => line.startsWith('search index part '));
    expect(partLines).toHaveLength(4);
    for (const line of partLines) expect(line).toMatch(/; 0 page name\(s\) not foreseen\)$/);
  });

  it('builds several parts at once once told the pages are done, to the same bytes', () => {
    const { dir, output } = indexSite('widened', records(), undefined, {
      env: { SEARCH_INDEX_JOBS_AFTER_PAGES: '3' },
      stdin: 'pages done\n',
    });
    const lines = output.split('\n');
    const widened = lines.findIndex((line) => /the pages are done: up to 3 parts at once/.test(line));
    expect(widened).toBeGreaterThanOrEqual(0);
    expect(widened).toBeLessThan(lines.findIndex((line) => line.startsWith('search index part ')));
    expect(fileHashes(dir)).toEqual(fileHashes(path.join(scratch, 'first')));
  });

  it('keeps the parts an added article does not touch, and gives what a full build of the same articles gives', () => {
    const first = path.join(scratch, 'first');
    const again = indexSite('again', records(), first);
    expect(again.output).toMatch(/\(0 built, 4 kept\)/);
    expect(fileHashes(again.dir)).toEqual(fileHashes(first));
    // Kept parts, and what results show of their articles, are the published files themselves,
    // linked, not copies.
    const partFiles = [...fileHashes(first).keys()].filter((file) => /^(pagefind|search\/articles)\//.test(file));
    expect(partFiles.filter((file) => file.startsWith('search/articles/'))).toHaveLength(12);
    for (const file of partFiles)
      expect(statSync(path.join(again.dir, file)).ino, file).toBe(statSync(path.join(first, file)).ino);

    const grown = indexSite('grown', records('2021-04-01'), first);
    expect(grown.output).toMatch(/\(1 built, 3 kept\)/);
    expect(grown.output).toMatch(/search index part 2021-[0-9a-f]+: 4 articles/);
    const full = indexSite('full', records('2021-04-01'));
    expect(full.output).toMatch(/\(4 built, 0 kept\)/);
    expectSameFiles(grown.dir, full.dir);
  });

  it('keeps the later parts when an earlier one grows, their articles renumbered, and what results show updated', () => {
    const first = path.join(scratch, 'first');
    // An article of 2019 moves every later article's number on by one.
    const shifted = indexSite('shifted', records('2019-04-01'), first);
    expect(shifted.output).toMatch(/\(1 built, 3 kept\)/);
    expectSameFiles(shifted.dir, indexSite('shifted-full', records('2019-04-01')).dir);
    // The zone's name as results show it changes: no part holds it, so each is kept.
    const renamed = indexSite('renamed', records('2019-04-01', '珠海国家高新区'), shifted.dir);
    expect(renamed.output).toMatch(/\(0 built, 4 kept\)/);
    expectSameFiles(renamed.dir, indexSite('renamed-full', records('2019-04-01', '珠海国家高新区')).dir);
  });

  it("chooses a part's common words from articles spread over its dates, not only its first", () => {
    // One part of 400 articles; only its last 100, the year's end, speak of 党史学习教育, three times each.
    const articles: IndexRecord[] = Array.from({ length: 400 }, (_, n) => {
      const date = n < 300 ? '2020-01-01' : '2020-12-01';
      const body =
        n < 300 ? `高新区召开第${n}次会议。` : `第${n}次党史学习教育。党史学习教育深入人心，党史学习教育见成效。`;
      return {
        url: `/articles/c${n}/`,
        text: textWithBodyFile(path.join(scratch, 'bodies'), { title: `第${n}篇` }, body),
        filters: { zone: ['珠海高新区'], campaign: [], year: ['2020'], newspaper: ['珠海特区报'] },
        meta: { date, zone: '珠海高新区' },
        sort: { date },
      };
    });
    const { dir } = indexSite('common-words', articles, undefined, { env: { SEARCH_PART_ARTICLES: '1000' } });
    const [part] = indexParts(dir);
    const layout = JSON.parse(
      readFileSync(path.join(dir, searchFilePath(searchFiles.bundles(part!.name))), 'utf8'),
    ) as BundlesFile;
    expect(part!.count).toBe(400);
    expect(layout.common).toEqual(expect.arrayContaining(['党史学', '史学习', '学习教', '习教育', '高新区']));
  });

  it("rebuilds the part of an article whose body alone changed, read from the body's file", () => {
    const first = path.join(scratch, 'first');
    // Article 4 is of 2019; its headline is the same, its body one sentence longer.
    const edited = indexSite('edited', records(undefined, '珠海高新区', 4), first);
    expect(edited.output).toMatch(/\(1 built, 3 kept\)/);
    expect(edited.output).toMatch(/search index part 2019-[0-9a-f]+: 3 articles/);
    expectSameFiles(edited.dir, indexSite('edited-full', records(undefined, '珠海高新区', 4)).dir);
    const shown = readFileSync(path.join(edited.dir, 'search', 'articles', '4.json'), 'utf8');
    expect(shown).toContain('会议强调，要以党建引领发展。');
    expect(readFileSync(path.join(first, 'search', 'articles', '4.json'), 'utf8')).not.toContain('会议强调');
  });
});
