import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPage, readSourceText, type ArticleForChecks, type PageCheckJob } from '../../src/lib/content-checks.ts';
import { factsOfFile } from '../../src/lib/article-files.ts';
import { runPageChecks, shareJobs, storiesToCheck, WORKER_THRESHOLD } from '../../src/lib/check-workers.ts';
import { readArticles } from '../helpers/content.ts';

const WORKER_FILE = path.resolve('src/lib/check-worker.ts');

/** The seed archive's pages as the loader hands them out, every story stale, `copies` times over. */
function seedJobs(copies: number): PageCheckJob[] {
  const bySource = new Map<string, ArticleForChecks[]>();
  for (const a of readArticles()) {
    const article = {
      filePath: `content/articles/${a.file}`,
      body: a.body,
      data: { corrections: [], ...a.data } as unknown as ArticleForChecks['data'],
    };
    bySource.set(a.data.source, [...(bySource.get(a.data.source) ?? []), article]);
  }
  const pages = [...bySource].map(([source, articles]): PageCheckJob => {
    articles.sort((a, b) => a.data.order - b.data.order);
    return {
      source,
      text: readSourceText(source),
      articles,
      keys: articles.map((a) => `key ${a.filePath}`),
      stale: articles.map((_, i) => i),
      pageKey: `page ${source}`,
      lines: true,
    };
  });
  return Array.from({ length: copies }, () => pages).flat();
}

const job = (stale: number, lines: boolean, stories = stale): PageCheckJob => ({
  source: 's',
  text: '',
  articles: Array.from({ length: stories }, () => ({}) as ArticleForChecks),
  keys: [],
  stale: Array.from({ length: stale }, (_, i) => i),
  pageKey: '',
  lines,
});

describe('shareJobs', () => {
  it('deals every job to exactly one share, each share in the jobs’ order, about equally heavy', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.boolean()), { maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (specs, count) => {
          const jobs = specs.map(([stale, lines]) => job(stale, lines, Math.max(stale, 1)));
          const shares = shareJobs(jobs, count);
          expect(shares.flat().sort((a, b) => a - b)).toEqual(jobs.map((_, j) => j));
          expect(shares.length).toBeLessThanOrEqual(count);
          for (const share of shares) expect(share).toEqual([...share].sort((a, b) => a - b));
          const weights = shares.map((share) =>
            share.reduce((sum, j) => sum + jobs[j]!.stale.length + (jobs[j]!.lines ? jobs[j]!.articles.length : 0), 0),
          );
          // Greedy, heaviest first: no share heavier than another by more than the heaviest job.
          const heaviest = Math.max(0, ...jobs.map((j) => j.stale.length + (j.lines ? j.articles.length : 0)));
          if (weights.length > 1) expect(Math.max(...weights) - Math.min(...weights)).toBeLessThanOrEqual(heaviest);
        },
      ),
    );
  });
});

describe('runPageChecks', () => {
  it('checks a few pages in the loader’s own thread', async () => {
    const jobs = seedJobs(1);
    expect(storiesToCheck(jobs)).toBeLessThan(WORKER_THRESHOLD);
    const { results, threads } = await runPageChecks(jobs, checkPage, WORKER_FILE, 2);
    expect(threads).toBe(1);
    expect(results).toEqual(jobs.map(checkPage));
  });

  it('checks many pages in worker threads too, with the same results, in the jobs’ order', async () => {
    const jobs = seedJobs(Math.ceil(WORKER_THRESHOLD / 16) + 1);
    const { results, threads } = await runPageChecks(jobs, checkPage, WORKER_FILE, 3);
    expect(threads).toBe(3);
    const here = jobs.map(checkPage);
    expect(results).toEqual(here);
    // The seed pages pass, each with its attribution: a comparison of something.
    expect(here.every((r) => r.problems.length === 0 && r.attribution !== undefined)).toBe(true);
  }, 60_000);

  it('checks a failed worker’s share here', async () => {
    const jobs = seedJobs(Math.ceil(WORKER_THRESHOLD / 16) + 1);
    const { results, threads } = await runPageChecks(jobs, checkPage, path.resolve('src/lib/no-such-worker.ts'), 2);
    expect(threads).toBe(1);
    expect(results).toEqual(jobs.map(checkPage));
  }, 60_000);

  it('sends a story’s facts without reading its file again; a worker reads it only for a message, at the right line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-workers-'));
    try {
      const jobs = seedJobs(Math.ceil(WORKER_THRESHOLD / 16) + 1);
      // Every story's field lines in a file that is not there: read by the copy to a worker, they would fail it.
      const missing = path.join(dir, 'missing.md');
      const distinct = [...new Set(jobs.flatMap((job) => job.articles))];
      for (const article of distinct) article.facts = factsOfFile(9, 1, { file: missing, shown: article.filePath });
      // One story with a headline its page does not print, its field lines in a real file (title on line 2).
      const changed = distinct[0]!;
      const file = path.join(dir, 'changed.md');
      writeFileSync(file, `---\ntitle: 页面上没有的标题\n---\n\n${changed.body}\n`);
      changed.data = { ...changed.data, title: '页面上没有的标题' };
      changed.facts = factsOfFile(4, 1, { file, shown: changed.filePath });
      const { results, threads } = await runPageChecks(jobs, checkPage, WORKER_FILE, 3);
      expect(threads).toBe(3);
      expect(results).toEqual(jobs.map(checkPage));
      const told = results
        .flatMap((r) => r.problems)
        .filter((p) => p.startsWith(`${changed.filePath}: title: 第2行：`));
      // Once for each copy of its page, in the workers' shares and this thread's.
      expect(told.length).toBe(Math.ceil(WORKER_THRESHOLD / 16) + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
