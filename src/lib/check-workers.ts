/**
 * The loader's checks of many printed pages at once, over the machine's cores: a whole build's
 * checks (each story against its page, each page's lines) take some 20 s of one core at 10,000
 * articles, while nothing else of the build runs. The loader's own thread checks one share of
 * the pages; worker threads (check-worker.ts, each loading the checks again) the others. A
 * build that checks few stories (an edit) checks them all here.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { factsFromPortable, portableFacts, type PortableFacts } from './article-files.ts';
import type { ArticleForChecks, PageCheckJob, PageCheckResult } from './content-checks.ts';

/** Below this many stories to check, a worker (the checks' modules loaded again, ~0.5 s) costs more than it saves. */
export const WORKER_THRESHOLD = 400;

/** Threads used at most, the loader's own included. */
export const MAX_THREADS = 4;

/** What checking a job costs, roughly: its stale stories, and its page's lines when checked. */
const weight = (job: PageCheckJob) => job.stale.length + (job.lines ? job.articles.length : 0);

/** How many stories the jobs check. */
export const storiesToCheck = (jobs: readonly PageCheckJob[]) => jobs.reduce((sum, job) => sum + job.stale.length, 0);

/**
 * The jobs' places dealt into `count` shares of about equal weight (each job to the lightest
 * share so far, heaviest first), each share in the jobs' order.
 */
export function shareJobs(jobs: readonly PageCheckJob[], count: number): number[][] {
  const shares = Array.from({ length: count }, () => ({ weight: 0, jobs: [] as number[] }));
  const order = jobs.map((_, j) => j).sort((a, b) => weight(jobs[b]!) - weight(jobs[a]!) || a - b);
  for (const j of order) {
    const lightest = shares.reduce((min, share) => (share.weight < min.weight ? share : min));
    lightest.weight += weight(jobs[j]!);
    lightest.jobs.push(j);
  }
  return shares.map((share) => share.jobs.sort((a, b) => a - b)).filter((share) => share.length > 0);
}

/** A job as a worker thread is sent it: its stories' facts without their field lines' getter (portableFacts). */
export type PortableJob = Omit<PageCheckJob, 'articles'> & {
  articles: (Omit<ArticleForChecks, 'facts'> & { facts?: PortableFacts | undefined })[];
};

export const portableJob = (job: PageCheckJob): PortableJob => ({
  ...job,
  articles: job.articles.map((article) => ({ ...article, facts: article.facts && portableFacts(article.facts) })),
});

/** The job again, in the worker thread. */
export const restoredJob = (job: PortableJob): PageCheckJob => ({
  ...job,
  articles: job.articles.map((article) => ({ ...article, facts: article.facts && factsFromPortable(article.facts) })),
});

export interface PageChecks {
  /** The results, in the jobs' order. */
  results: PageCheckResult[];
  /** Threads whose checks were used, the loader's own included. */
  threads: number;
}

/**
 * Runs `check` on every job: here when they are few, otherwise one share here and the others in
 * worker threads running `workerFile`. A worker that fails has its share checked here.
 */
export async function runPageChecks(
  jobs: readonly PageCheckJob[],
  check: (job: PageCheckJob) => PageCheckResult,
  workerFile: string,
  threads = Math.min(MAX_THREADS, availableParallelism()),
): Promise<PageChecks> {
  const results = new Array<PageCheckResult>(jobs.length);
  const count = storiesToCheck(jobs) < WORKER_THRESHOLD ? 1 : threads;
  const [own = [], ...others] = shareJobs(jobs, Math.max(1, count));
  let threadsUsed = 1;
  const checkHere = (share: number[]) => {
    for (const j of share) results[j] = check(jobs[j]!);
  };
  const away = others.map(
    (share) =>
      new Promise<void>((resolve) => {
        const worker = new Worker(workerFile, { workerData: share.map((j) => portableJob(jobs[j]!)) });
        let settled = false;
        const settle = (answer: PageCheckResult[] | undefined) => {
          if (settled) return;
          settled = true;
          if (answer) {
            share.forEach((j, i) => (results[j] = answer[i]!));
            threadsUsed++;
          } else checkHere(share);
          void worker.terminate();
          resolve();
        };
        worker.once('message', (answer: PageCheckResult[]) => settle(answer));
        // Checked here instead: the same checks, only slower.
        worker.once('error', () => settle(undefined));
        worker.once('exit', () => settle(undefined));
      }),
  );
  checkHere(own);
  await Promise.all(away);
  return { results, threads: threadsUsed };
}
