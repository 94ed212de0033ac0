/**
 * Search benchmark: `npm run bench:search [-- --articles N] [-- --no-build] [-- --queries 500]`
 * [-- --build-only] [-- --incremental] [-- --add-page [--added-date past|newest]] [-- --latency ms].
 *
 * Builds the site (the real archive, or a synthetic one of N articles written outside
 * content/), generates query sets from the built articles' text with a fixed seed (random
 * substrings, names, their Traditional forms, punctuation and spacing variants, words of
 * captions and credits, single characters, passages copied across sentence ends), computes
 * ground truth by exact substring over headline, body, captions and credit names, runs every
 * query in headless Chromium through the
 * search page's own engine, and prints recall, precision, latency (warm, and cold: a word's
 * first search, a fresh page's first search), transfer and index figures, and the latency of
 * every character of the archive. The build is a whole one (the output and its caches set aside
 * first, and deleted once it is measured) unless --incremental asks it to build on the last;
 * --add-page (with --articles) adds a page of four articles to the synthetic archive and builds
 * on the last build without it: a copy of a page in the archive's past (the default), or of its
 * newest page, as a new issue would be.
 * --latency adds a network round trip of that many milliseconds to every request of the pages
 * the engine is timed in (Chromium's network emulation), as a reader's connection would.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commandLineOrExit } from './command-line.ts';
import { build } from 'esbuild';
import { decodeSupport, decodeT2S, type SearchSupportFile, type SearchT2SFile } from '../src/lib/search/shared/data.ts';
import type { BrowserContext, Request } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';
import { readArchive } from './bench/archive-text.ts';
import { percentile, perArticleReport, scoreSet, type QueryOutcome } from './bench/metrics.ts';
import {
  buildCorpus,
  captionCreditQueries,
  distinctHanCharacters,
  namedQueries,
  oneCharacterQueries,
  passageQueries,
  mixedSubstrings,
  randomSubstrings,
  traditionalForms,
  variants,
  type BenchQuery,
} from './bench/queries.ts';
import { seededRandom } from './bench/random.ts';
import { removeSetAside, setAside } from './bench/set-aside.ts';
import { processTable } from './bench/process-table.ts';
import { addSyntheticPage, writeSyntheticArchive, type AddedPageDate } from './bench/synthetic.ts';
import { PAGEFIND_DIR, SEARCH_DIR, searchFilePath, searchFiles } from '../src/lib/search/shared/files.ts';
import type { BundlesFile } from '../src/lib/search/shared/layout.ts';
import type { PartsFile } from '../src/lib/search/shared/parts.ts';

declare global {
  interface Window {
    /** A cold query's bytes up to its first results shown, when (performance.now()), and up to all of them (coldQueryBytes). */
    benchShown?: Promise<{ first: number; firstAt: number; all: number; allAt: number }>;
    /** When the search results first took each state (arrivalMs). */
    benchStates?: Record<string, number>;
  }
}

const { values: args } = commandLineOrExit(
  {
    articles: { type: 'string' },
    queries: { type: 'string', default: '500' },
    seed: { type: 'string', default: '7714' },
    'no-build': { type: 'boolean', default: false },
    'cold-runs': { type: 'string', default: '5' },
    'build-only': { type: 'boolean', default: false },
    incremental: { type: 'boolean', default: false },
    'add-page': { type: 'boolean', default: false },
    'added-date': { type: 'string', default: 'past' },
    latency: { type: 'string', default: '0' },
  },
  false,
  'bench:search 失败：',
);

const ROOT = path.resolve('.');
/** A round trip added to every request of the pages the engine is timed in, as a reader's network would (0: the local server's own). */
const latencyMs = Number(args.latency);
if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error(`--latency ${args.latency}: 应为不小于 0 的毫秒数`);
const articlesWanted = args.articles ? Number(args.articles) : undefined;
const addedDate = args['added-date'];
if (addedDate !== 'past' && addedDate !== 'newest') throw new Error(`--added-date ${addedDate}: past or newest`);
const addedPage: AddedPageDate | undefined = args['add-page'] ? addedDate : undefined;
const workDir = articlesWanted ? path.join(tmpdir(), `archive-bench-${articlesWanted}`) : ROOT;
const contentDir = articlesWanted ? path.join(workDir, 'content') : path.join(ROOT, 'content');
const outDir = articlesWanted ? path.join(workDir, 'dist') : path.join(ROOT, 'dist');
// The seed archive is built as the site is (its cache in node_modules/.astro); a synthetic one
// into its own folder, its cache beside it (astro.config.ts).
const env = {
  ...process.env,
  ...(articlesWanted && { ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_OUT_DIR: outDir }),
  ASTRO_TELEMETRY_DISABLED: '1',
};

interface Measured {
  seconds: number;
  peakMiB: number;
}

interface BuildFigures {
  /** The whole build, wall time. */
  seconds: number;
  /** Astro's own part: until the pages are written, and the build's memory without the index's. */
  astroBuild: Measured;
  /** The search index (scripts/build-search-index.ts and the Pagefind indexer it starts), built while the pages render. */
  indexing: Measured;
  /** How long the build waited for the index once the pages were written. */
  waitedSeconds: number;
  /** The whole build's process tree at its peak: Astro waits, holding its memory, while the index is built. */
  peakMiB?: number;
  /** CPU seconds of the whole process tree: unlike wall time, not inflated by other work on the machine. */
  cpuSeconds?: number | undefined;
  /**
   * CPU seconds of every process of the build as last sampled, Pagefind's indexers too: they
   * are stopped, not waited for, so cpuSeconds (the children reaped) leaves them out.
   */
  sampledCpuSeconds?: number | undefined;
  /**
   * The kernel's part of cpuSeconds (writing files, faulting pages in): on this machine the part
   * that varies most from one build of the same archive to the next.
   */
  kernelSeconds?: number | undefined;
  /** Where the index's time went, as it prints it. */
  indexPhases?: string | undefined;
}

/**
 * CPU seconds of this process's finished children and their own finished children, and the
 * kernel's part of them (Linux: cutime and cstime of /proc/self/stat, in clock ticks of 1/100
 * s); undefined elsewhere.
 */
function childrenCpuSeconds(): { cpu: number; kernel: number } | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    // After the command's closing parenthesis, cutime and cstime are the 14th and 15th fields.
    return { cpu: (Number(fields[13]) + Number(fields[14])) / 100, kernel: Number(fields[14]) / 100 };
  } catch {
    return undefined;
  }
}

/**
 * Runs `npm run build` and measures wall time and the peak memory of its whole process tree
 * (resident memory summed over Astro and every process it starts, sampled every 200 ms), and
 * of the search index's part of it: the child process the search-index integration starts
 * (src/integrations/search-index.ts), with the Pagefind indexer it starts in turn. GNU time
 * would count neither. The index's time is the one it prints.
 */
async function measuredBuild(): Promise<BuildFigures> {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  // The build as a newcomer runs it. Its log goes to a file, read once it is done: a build on
  // the last one prints a line per kept page (75,000 at 30,000 articles), and through a pipe
  // the lines after them went missing.
  const logFile = path.join(tmpdir(), `bench-build-${process.pid}.log`);
  const log = openSync(logFile, 'w');
  const child = spawn('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', log, 'pipe'],
  });
  closeSync(log);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  let peakKiB = 0;
  let astroPeakKiB = 0;
  let indexPeakKiB = 0;
  /** Each process of the build's CPU seconds, as last sampled. */
  const cpuOf = new Map<number, number>();
  const sample = () => {
    const rows = processTable();
    const treeOf = (roots: number[]) => {
      const tree = new Set(roots);
      for (let grew = true; grew;) {
        grew = false;
        for (const { pid, ppid } of rows) if (tree.has(ppid) && !tree.has(pid)) (tree.add(pid), (grew = true));
      }
      return tree;
    };
    const rssOf = (tree: Set<number>) =>
      rows.filter(({ pid }) => tree.has(pid)).reduce((sum, { rssKiB }) => sum + rssKiB, 0);
    const tree = treeOf([child.pid!]);
    const index = treeOf(
      rows.filter(({ pid, args }) => tree.has(pid) && args.includes('build-search-index.ts')).map(({ pid }) => pid),
    );
    for (const { pid, cpuSeconds } of rows) if (tree.has(pid)) cpuOf.set(pid, cpuSeconds);
    const [all, indexing] = [rssOf(tree), rssOf(index)];
    peakKiB = Math.max(peakKiB, all);
    indexPeakKiB = Math.max(indexPeakKiB, indexing);
    astroPeakKiB = Math.max(astroPeakKiB, all - indexing);
  };
  const timer = setInterval(sample, 200);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  let indexSeconds: number | undefined;
  let waitedSeconds: number | undefined;
  let indexPhases: string | undefined;
  /** Each part's articles and seconds, as it prints them. */
  const partTimes: string[] = [];
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    const part = /search index part (\S+): (\d+) articles .*?, ([\d.]+) s \(/.exec(line);
    if (part) partTimes.push(`${part[1]}: ${part[2]} articles ${part[3]} s`);
    const seconds = /search index: .*?, ([\d.]+) s,/.exec(line)?.[1];
    if (seconds) indexSeconds = Number(seconds);
    if (seconds) indexPhases = [/\(([^()]*)\)$/.exec(line)?.[1], ...partTimes].join('; ');
    const waited = /search index: done ([\d.]+) s after the pages/.exec(line)?.[1];
    if (waited) waitedSeconds = Number(waited);
  }
  if (status !== 0 || indexSeconds === undefined || waitedSeconds === undefined) {
    process.stderr.write(stderr);
    throw new Error(
      `${status !== 0 ? 'npm run build failed' : 'npm run build printed no search index lines'}: its log is ${logFile}`,
    );
  }
  rmSync(logFile);
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = childrenCpuSeconds();
  return {
    cpuSeconds: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter.cpu - cpuBefore.cpu,
    kernelSeconds: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter.kernel - cpuBefore.kernel,
    sampledCpuSeconds: [...cpuOf.values()].reduce((sum, cpu) => sum + cpu, 0),
    seconds,
    astroBuild: { seconds: seconds - waitedSeconds, peakMiB: astroPeakKiB / 1024 },
    indexing: { seconds: indexSeconds, peakMiB: indexPeakKiB / 1024 },
    waitedSeconds,
    indexPhases,
    peakMiB: peakKiB / 1024,
  };
}

function dirBytes(dir: string, include: (file: string) => boolean = () => true): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file))
    .filter((file) => statSync(file).isFile() && include(path.basename(file)))
    .reduce((sum, file) => sum + statSync(file).size, 0);
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

// 1. The archive and its build. What a build replaces is set aside, and deleted once the build is
// measured: deleting it just before would slow the build down (bench/set-aside.ts).
const setAsideRoot = path.join(workDir, articlesWanted ? '.set-aside' : 'node_modules/.cache/bench-set-aside');
const building = !args['no-build'] || !existsSync(path.join(outDir, 'pagefind'));
// A whole build, unless asked to build on the last one (astro.config.ts: the caches beside the output).
const incremental = args.incremental || addedPage !== undefined;
setAside(
  [...(articlesWanted ? [contentDir] : []), ...(building && !incremental ? [outDir, `${outDir}.cache`] : [])],
  setAsideRoot,
);
if (articlesWanted) {
  console.log(`writing a synthetic archive of ${articlesWanted} articles to ${contentDir}`);
  writeSyntheticArchive(path.join(ROOT, 'content'), contentDir, articlesWanted);
  // An editor's added page, built on the last build of the archive without it.
  if (addedPage)
    console.log(
      `added a page of ${addSyntheticPage(contentDir, 4, addedPage).length} articles (${addedPage}); building on the last build`,
    );
}
// Build figures are kept beside the build, so a --no-build run still reports them.
const buildMetricsFile = path.join(
  workDir,
  articlesWanted ? 'build-metrics.json' : 'node_modules/.cache/bench-build-metrics.json',
);
let buildFigures: BuildFigures | undefined;
if (building) {
  console.log(incremental ? 'building on the last build…' : 'building…');
  buildFigures = await measuredBuild();
  mkdirSync(path.dirname(buildMetricsFile), { recursive: true });
  writeFileSync(buildMetricsFile, JSON.stringify(buildFigures));
  const { seconds, astroBuild, indexing } = buildFigures;
  console.log(
    `build: ${seconds.toFixed(1)} s (pages ${astroBuild.seconds.toFixed(1)} s, index ${indexing.seconds.toFixed(1)} s beside them)`,
  );
} else if (existsSync(buildMetricsFile)) {
  buildFigures = JSON.parse(readFileSync(buildMetricsFile, 'utf8')) as BuildFigures;
}
// Before any query is timed, so that deleting does not run beside them either.
if (existsSync(setAsideRoot)) console.log(`deleted what was replaced in ${removeSetAside(setAsideRoot).toFixed(1)} s`);
/** What the build took, for the reports below. */
function buildReport({
  seconds,
  astroBuild,
  indexing,
  waitedSeconds,
  peakMiB,
  cpuSeconds,
  kernelSeconds,
  sampledCpuSeconds,
  indexPhases,
}: BuildFigures): string {
  const peak =
    (peakMiB === undefined ? '' : `, peak of the whole build ${peakMiB.toFixed(0)} MiB`) +
    (cpuSeconds === undefined ? '' : `, ${cpuSeconds.toFixed(1)} CPU s`) +
    (kernelSeconds === undefined ? '' : `, ${kernelSeconds.toFixed(1)} of them in the kernel`) +
    (sampledCpuSeconds === undefined
      ? ''
      : ` (${sampledCpuSeconds.toFixed(1)} CPU s with Pagefind's indexers, sampled every 200 ms)`) +
    (indexPhases === undefined ? '' : `\n  search index: ${indexPhases}`);
  return `build: ${seconds.toFixed(1)} s: astro until the pages are written ${astroBuild.seconds.toFixed(1)} s (peak ${astroBuild.peakMiB.toFixed(0)} MiB), search index ${indexing.seconds.toFixed(1)} s beside the pages (peak ${indexing.peakMiB.toFixed(0)} MiB), then ${waitedSeconds.toFixed(1)} s waiting for it${peak}`;
}

const pagefindDir = path.join(outDir, 'pagefind');
const uiFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\b/;
if (args['build-only']) {
  const distBytes = dirBytes(outDir);
  console.log(
    `index on disk: ${mib(dirBytes(pagefindDir, (f) => !uiFiles.test(f)))} used by search, dist/ ${mib(distBytes)}`,
  );
  if (buildFigures) {
    console.log(buildReport(buildFigures));
    console.log(perArticleReport(readArchive(contentDir).length, buildFigures, distBytes));
  }
  process.exit(0);
}

// 2. Query sets and ground truth, from the articles' own text.
const readJson = <T>(file: string) => JSON.parse(readFileSync(path.join(outDir, 'search', file), 'utf8')) as T;
const support = decodeSupport(
  readJson<SearchSupportFile>('support.json'),
  decodeT2S(readJson<SearchT2SFile>('t2s.json').pairs),
);
const corpus = buildCorpus(readArchive(contentDir), support.t2s, support.aliases);
const random = seededRandom(Number(args.seed));
const queryCount = Number(args.queries);
const randomSet = randomSubstrings(corpus, random, queryCount);
// The reader queries the product brief names, besides the names found in the data and the text.
const briefQueries = [
  '苏兆征',
  '宋显晖',
  '金鼎',
  '十万党员进党校',
  '536亿元',
  '仲恺',
  '黨史學習教育',
  '不忘初心牢记使命',
];
const namesSet = namedQueries(corpus, random, Math.max(50, Math.round(queryCount / 5)), [
  ...corpus.articles.flatMap((a) => a.people),
  ...briefQueries,
]);
const variantSet = variants(corpus, random, [...randomSet.filter((q) => [...q.query].length >= 4), ...namesSet]);
// Drawn after the older sets, which stay what they were.
const asideSet = captionCreditQueries(corpus, random, Math.max(50, Math.round(queryCount / 2)));
const oneCharSet = oneCharacterQueries(corpus, random, Math.max(50, Math.round(queryCount / 2)));
const passageSet = passageQueries(corpus, random, Math.max(50, Math.round(queryCount / 2)));
const mixedSet = mixedSubstrings(corpus, random, Math.max(50, Math.round(queryCount / 2)));
const sets: BenchQuery[] = [
  ...randomSet,
  ...namesSet,
  ...traditionalForms([...randomSet, ...namesSet]),
  ...variantSet,
  ...asideSet,
  ...oneCharSet,
  ...passageSet,
  ...mixedSet,
];

// 3. Article numbers (date order) → URLs, from what each search result shows.
const articlesDir = path.join(outDir, 'search', 'articles');
const urlOf = (n: number) =>
  (JSON.parse(readFileSync(path.join(articlesDir, `${n}.json`), 'utf8')) as { url: string }).url;

// 4. The browser: the search page's engine, bundled for the benchmark.
const bundle = await build({
  entryPoints: [path.join(ROOT, 'scripts', 'bench', 'browser-entry.ts')],
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'browser',
  target: 'es2022',
});
const benchScript = bundle.outputFiles[0]!.text;
const server = await serveDist(outDir);
const browser = await launchBrowser();

/** Where the search's own files are (the page, its styles and its script are not counted). */
const SEARCH_FILE_FOLDERS = [PAGEFIND_DIR, SEARCH_DIR];
const isSearchFile = (pathname: string) =>
  pathname !== SEARCH_DIR && SEARCH_FILE_FOLDERS.some((folder) => pathname.startsWith(folder));

/** What a request of a cold query fetched, for the breakdown of its bytes. */
function resourceKind(url: string): string {
  if (url.endsWith('.pf_meta') || url.endsWith('pagefind-entry.json')) return 'meta';
  if (url.endsWith('.pf_index')) return 'index';
  if (url.startsWith(searchFiles.article(0).replace(/0\.json$/, ''))) return 'articles';
  if (url.endsWith('/bundles.json') || url === searchFiles.parts()) return 'layout';
  if (url === searchFiles.facets()) return 'facets';
  if (url.endsWith('.pagefind')) return 'wasm';
  if (url.endsWith('.js')) return 'scripts';
  return 'other';
}

/**
 * Bytes over the wire for one cold query through the real search page, in a fresh context.
 * Prepared: Enter is pressed once the page has prepared the typed query (as it does while a
 * reader types); otherwise at once, as when a query is pasted and sent.
 */
async function coldQueryBytes(
  query: string,
  prepared = false,
): Promise<{
  shown: number;
  shownMs: number;
  all: number;
  bytes: number;
  requests: number;
  byKind: Map<string, number>;
  ms: number;
}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  const byKind = new Map<string, number>();
  const pending: Promise<void>[] = [];
  // Context-wide, so the requests of Pagefind's web worker count too; from the page's opening,
  // since the search page preloads the files its engine begins with (searchPreloads).
  const onFinished = (request: Request) => {
    const { pathname } = new URL(request.url());
    if (!isSearchFile(pathname)) return;
    pending.push(
      request.sizes().then((sizes) => {
        const size = sizes.responseBodySize + sizes.responseHeadersSize;
        const kind = resourceKind(pathname);
        byKind.set(kind, (byKind.get(kind) ?? 0) + size);
        bytes += size;
        requests++;
      }),
    );
  };
  context.on('requestfinished', onFinished);
  await page.goto(`${server.origin}/search/`);
  await page.waitForLoadState('networkidle');
  // What the results needed: the bytes of every search file the page completed since it opened,
  // typing included, by the moment they are shown (resource entries are added as requests
  // complete). The filters' counts, which follow the results, fetch every article's filters after
  // that. The first results show as soon as the newest part of the index has answered (state
  // "partial"), or all at once when the index is in one part ("done").
  await page.evaluate((folders) => {
    const results = document.querySelector('#search-results')!;
    const transferred = () =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => folders.some((folder) => new URL(e.name).pathname.startsWith(folder)))
        .reduce((sum, e) => sum + e.transferSize, 0);
    window.benchShown = new Promise((resolve) => {
      let first: { bytes: number; at: number } | undefined;
      const observer = new MutationObserver(() => {
        const state = results.getAttribute('data-search-state');
        if (state !== 'partial' && state !== 'done') return;
        first ??= { bytes: transferred(), at: performance.now() };
        if (state !== 'done') return;
        observer.disconnect();
        resolve({ first: first.bytes, firstAt: first.at, all: transferred(), allAt: performance.now() });
      });
      observer.observe(results, { attributes: true, attributeFilter: ['data-search-state'] });
    });
  }, SEARCH_FILE_FOLDERS);
  await page.fill('#search-input', query);
  if (prepared) await page.waitForSelector(`search-page[data-search-prepared="${query}"]`, { timeout: 60_000 });
  // From Enter to the results shown: the engine loaded, the search run, the first results' texts
  // fetched. Timed in the page, as the results' state changes.
  const enteredAt = await page.evaluate(() => performance.now());
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#search-results[data-search-state="done"]', { timeout: 60_000 });
  const { first: shown, firstAt, all, allAt } = await page.evaluate(() => window.benchShown!);
  const shownMs = firstAt - enteredAt;
  const ms = allAt - enteredAt;
  await page.waitForLoadState('networkidle');
  // A request that finishes after this is not counted: its sizes, asked for once the context is
  // closed, would fail (a late one, once, crashed the benchmark).
  context.off('requestfinished', onFinished);
  await Promise.all(pending);
  await context.close();
  return { shown, shownMs, all, bytes, requests, byKind, ms };
}

const coldRuns = Number(args['cold-runs']);
/** The most common characters: in the most articles, the largest answers. */
const commonChars = [...new Set(corpus.normalized.flatMap((text) => [...new Set(text)]))]
  .filter((c) => /\p{Script=Han}/u.test(c))
  .map((c) => ({ c, n: corpus.normalized.filter((text) => text.includes(c)).length }))
  .sort((a, b) => b.n - a.n)
  .slice(0, coldRuns)
  .map(({ c }) => c);
const coldSets: [string, string[]][] = [
  ['names', namesSet.slice(0, coldRuns).map((q) => q.query)],
  ['captions+credits', asideSet.slice(0, coldRuns).map((q) => q.query)],
  ['one character', [...new Set([...commonChars, ...oneCharSet.slice(0, coldRuns).map((q) => q.query)])]],
];
/**
 * A reader who arrives with the query in the URL (the search box of every other page sends it
 * so), in a fresh context: from the start of the navigation to the first results shown, and to
 * all of them. The page's own loading is in it, as the reader waits for it.
 */
async function arrivalMs(query: string): Promise<{ shownMs: number; ms: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // In place before the page's own script runs; performance.now() counts from the navigation.
  await page.addInitScript(() => {
    const states: Record<string, number> = {};
    window.benchStates = states;
    new MutationObserver(() => {
      const state = document.querySelector('#search-results')?.getAttribute('data-search-state');
      if (state && !(state in states)) states[state] = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-search-state'] });
  });
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search-results[data-search-state="done"]', { timeout: 60_000 });
  const states = await page.evaluate(() => window.benchStates!);
  await context.close();
  return { shownMs: states.partial ?? states.done!, ms: states.done! };
}

type ColdRun = {
  query: string;
  wordMs?: number;
  prepared: Awaited<ReturnType<typeof coldQueryBytes>>;
  arrival: Awaited<ReturnType<typeof arrivalMs>>;
} & Awaited<ReturnType<typeof coldQueryBytes>>;
const coldBySet = new Map<string, ColdRun[]>();
for (const [set, queries] of coldSets) {
  const list: ColdRun[] = [];
  for (const query of queries)
    list.push({
      query,
      ...(await coldQueryBytes(query)),
      prepared: await coldQueryBytes(query, true),
      arrival: await arrivalMs(query),
    });
  coldBySet.set(set, list);
}
const cold = coldBySet.get('names')!;

/** A search page with the benchmark's engine, in a context of its own (an empty HTTP cache) when asked. */
async function enginePage(context?: BrowserContext) {
  const page = await (context ?? browser).newPage();
  if (latencyMs > 0) {
    // Chromium's own network emulation: every request of the page waits the round trip.
    const session = await page.context().newCDPSession(page);
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: latencyMs,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  // Served from the site's own origin: the Content-Security-Policy allows no inline script.
  await page.route('**/__bench-search.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: benchScript }),
  );
  await page.goto(`${server.origin}/search/`);
  await page.addScriptTag({ url: '/__bench-search.js', type: 'module' });
  await page.waitForFunction(() => typeof window.benchSearch === 'function');
  return page;
}

/** A search page with the benchmark's engine loaded and warmed up by one query. */
async function benchPage() {
  const page = await enginePage();
  await page.evaluate(() => window.benchSearch('党建'));
  return page;
}

/**
 * A word's first search, cold: in a fresh context whose engine is loaded (Pagefind's script,
 * WebAssembly and metadata, bundles.json), but nothing fetched for any word: the time includes
 * fetching the word's index chunks and, for a zone or campaign name, the facets.
 */
async function coldWordMs(query: string): Promise<number> {
  const context = await browser.newContext();
  const page = await enginePage(context);
  await page.evaluate(() => window.benchLoad());
  const { ms } = await page.evaluate((q) => window.benchSearch(q), query);
  await context.close();
  return ms;
}

for (const list of coldBySet.values()) for (const run of list) run.wordMs = await coldWordMs(run.query);
/**
 * The word a loaded engine has searched already (warmUp: the character the most of the newest
 * part's articles hold): its newest part's answer is at hand, so it is left out of the cold word figures.
 */
const warmUpWord = (() => {
  const { parts } = JSON.parse(
    readFileSync(path.join(outDir, searchFilePath(searchFiles.parts())), 'utf8'),
  ) as PartsFile;
  const newest = parts.at(-1)!.name;
  return (
    JSON.parse(readFileSync(path.join(outDir, searchFilePath(searchFiles.bundles(newest))), 'utf8')) as BundlesFile
  ).commonest;
})();
const page = await benchPage();
const latencies: number[] = [];
const firstLatencies: number[] = [];
const latencyBySet = new Map<string, number[]>();
/** Each warm query's time, to name the slowest (what to look at next). */
const timedQueries: { set: string; query: string; ms: number; firstMs: number }[] = [];
const outcomes = new Map<string, (QueryOutcome & { raw?: Set<string> })[]>();
console.log(`running ${sets.length} queries…`);
for (const [index, q] of sets.entries()) {
  if (index > 0 && index % 500 === 0) console.log(`  ${index}/${sets.length}`);
  const { ids, ms, firstMs } = await page.evaluate((query) => window.benchSearch(query), q.query);
  latencies.push(ms);
  firstLatencies.push(firstMs);
  latencyBySet.set(q.set, [...(latencyBySet.get(q.set) ?? []), ms]);
  timedQueries.push({ set: q.set, query: q.query, ms, firstMs });
  const found = ids.map(urlOf);
  const list = outcomes.get(q.set) ?? [];
  list.push({ expected: q.expected, found, ...(q.rawExpected && { raw: q.rawExpected }) });
  outcomes.set(q.set, list);
}

/** The same queries in a fresh page, each typed first: the search page prepares the query while the reader types. */
async function typedLatencies(): Promise<number[]> {
  const typed = await benchPage();
  const times: number[] = [];
  for (const q of sets) {
    await typed.evaluate((query) => window.benchPrepare(query), q.query);
    times.push((await typed.evaluate((query) => window.benchSearch(query), q.query)).ms);
  }
  await typed.close();
  return times;
}
// Every distinct character of the archive, warm: the slowest one-character query there is.
const everyChar = distinctHanCharacters(corpus.normalized);
console.log(`running every character of the archive (${everyChar.length})…`);
const charLatencies: { query: string; ms: number; again: number }[] = [];
for (const query of everyChar) {
  const { ms } = await page.evaluate((q) => window.benchSearch(q), query);
  // The same search again: its index chunks at hand.
  const again = (await page.evaluate((q) => window.benchSearch(q), query)).ms;
  charLatencies.push({ query, ms, again });
}

console.log('running them again, each prepared first, as while typed…');
const afterTyping = await typedLatencies();
await browser.close();
await server.close();

// 5. Report.
console.log(
  `\nSearch benchmark — ${corpus.articles.length} articles (${articlesWanted ? 'synthetic' : 'seed archive'}), seed ${args.seed}\n`,
);
console.log('set            queries  recall    full-recall  zero-results  precision');
for (const [set, list] of outcomes) {
  const s = scoreSet(list);
  console.log(
    `${set.padEnd(14)} ${String(s.queries).padStart(7)}  ${pct(s.recall).padStart(7)}  ${pct(s.fullRecall).padStart(11)}  ${pct(s.zeroResults).padStart(12)}  ${pct(s.precision).padStart(9)}`,
  );
  const rawPairs = list.filter((o) => o.raw);
  if (rawPairs.length) {
    const raw = scoreSet(rawPairs.map((o) => ({ expected: o.raw!, found: o.found })));
    console.log(
      `${'  (as typed)'.padEnd(14)} ${''.padStart(7)}  ${pct(raw.recall).padStart(7)}  ${pct(raw.fullRecall).padStart(11)}  ${''.padStart(12)}  ${pct(raw.precision).padStart(9)}   exact raw substring, punctuation not ignored`,
    );
  }
}
if (latencyMs > 0) console.log(`\nevery timed page waits ${latencyMs} ms more for each request (--latency)`);
console.log(
  `\nwarm query latency, to all results: median ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms (${latencies.length} queries)`,
);
console.log(
  `  to the newest part's results, shown at once (the search page's first answer, before the other parts'): median ${percentile(firstLatencies, 50).toFixed(1)} ms, p95 ${percentile(firstLatencies, 95).toFixed(1)} ms`,
);
console.log(
  `  after typing (the query prepared while it is typed, as the search page does): median ${percentile(afterTyping, 50).toFixed(1)} ms, p95 ${percentile(afterTyping, 95).toFixed(1)} ms`,
);
for (const [set, values] of latencyBySet)
  console.log(
    `  ${set.padEnd(14)} median ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, max ${Math.max(...values).toFixed(0)} ms`,
  );
console.log(
  `  slowest: ${[...timedQueries]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 8)
    .map((t) => `${JSON.stringify(t.query)} (${t.set}) ${t.ms.toFixed(0)} ms, newest part ${t.firstMs.toFixed(0)}`)
    .join('; ')}`,
);
const slowestChar = charLatencies.reduce((a, b) => (b.ms > a.ms ? b : a), { query: '', ms: 0, again: 0 });
const charTimes = charLatencies.map((c) => c.ms);
const charAgain = charLatencies.map((c) => c.again);
console.log(
  `every character, warm (${charTimes.length}): median ${percentile(charTimes, 50).toFixed(1)} ms, p95 ${percentile(charTimes, 95).toFixed(1)} ms, max ${slowestChar.ms.toFixed(0)} ms (${slowestChar.query}); searched again: median ${percentile(charAgain, 50).toFixed(1)} ms, max ${Math.max(...charAgain).toFixed(0)} ms`,
);
console.log(
  'cold: a word first searched on a loaded engine (its index chunks fetched meanwhile); the whole first search of a fresh page, Enter to results shown, Enter pressed at once or once the typed query is prepared; arriving with the query in the URL, from the navigation to results shown; what that page fetched',
);
for (const [set, list] of coldBySet) {
  const words = list.filter((c) => c.query !== warmUpWord).map((c) => c.wordMs!);
  const pages = list.map((c) => c.ms);
  const firstMs = list.map((c) => c.shownMs);
  const shown = list.map((c) => c.shown);
  const all = list.map((c) => c.all);
  const bytes = list.map((c) => c.bytes);
  const preparedFirst = list.map((c) => c.prepared.shownMs);
  const preparedAll = list.map((c) => c.prepared.ms);
  const arrivedFirst = list.map((c) => c.arrival.shownMs);
  const arrivedAll = list.map((c) => c.arrival.ms);
  console.log(
    `  ${set.padEnd(16)} word median ${percentile(words, 50).toFixed(0)} ms, max ${Math.max(...words).toFixed(0)} ms; page: first results median ${percentile(firstMs, 50).toFixed(0)} ms, max ${Math.max(...firstMs).toFixed(0)} ms, all median ${percentile(pages, 50).toFixed(0)} ms, max ${Math.max(...pages).toFixed(0)} ms; page, typed query prepared: first results median ${percentile(preparedFirst, 50).toFixed(0)} ms, max ${Math.max(...preparedFirst).toFixed(0)} ms, all median ${percentile(preparedAll, 50).toFixed(0)} ms, max ${Math.max(...preparedAll).toFixed(0)} ms; arriving with ?q=: first results median ${percentile(arrivedFirst, 50).toFixed(0)} ms, max ${Math.max(...arrivedFirst).toFixed(0)} ms, all median ${percentile(arrivedAll, 50).toFixed(0)} ms, max ${Math.max(...arrivedAll).toFixed(0)} ms; transfer to first results median ${kib(percentile(shown, 50))}, max ${kib(Math.max(...shown))}; to all ${kib(Math.max(...all))}; with the filters' counts max ${kib(Math.max(...bytes))}`,
  );
  console.log(
    `    ${list.map((c) => `${c.query}${c.query === warmUpWord ? ' (the warm-up word, its word time not counted)' : ''} ${c.wordMs!.toFixed(0)}/${c.ms.toFixed(0)}/${c.prepared.ms.toFixed(0)} ms ${kib(c.shown)}`).join('; ')}`,
  );
}
const coldBytes = cold.map((c) => c.shown);
const coldAll = cold.map((c) => c.all);
console.log(
  `cold first query transfer, to all results shown (every part of the index): median ${kib(percentile(coldAll, 50))}, max ${kib(Math.max(...coldAll))}`,
);
console.log(
  `cold first query transfer, to first results shown: median ${kib(percentile(coldBytes, 50))}, max ${kib(Math.max(...coldBytes))} over ${cold.length} queries (${cold.map((c) => `${c.query} ${kib(c.shown)}`).join('; ')}); the filters' counts then fetch ${kib(
    percentile(
      cold.map((c) => c.byKind.get('facets') ?? 0),
      50,
    ),
  )}`,
);
const kinds = ['scripts', 'wasm', 'meta', 'layout', 'index', 'articles', 'facets', 'other'];
console.log(
  `  median by kind: ${kinds
    .map(
      (k) =>
        `${k} ${kib(
          percentile(
            cold.map((c) => c.byKind.get(k) ?? 0),
            50,
          ),
        )}`,
    )
    .join(', ')}`,
);
console.log(
  `index on disk: ${mib(dirBytes(pagefindDir, (f) => !uiFiles.test(f)))} used by search (${mib(dirBytes(pagefindDir))} with Pagefind's unused UI bundles); search data ${mib(dirBytes(path.join(outDir, 'search')))}, of which result texts ${mib(dirBytes(articlesDir))}`,
);
if (buildFigures) {
  console.log(buildReport(buildFigures));
  console.log(perArticleReport(corpus.articles.length, buildFigures, dirBytes(outDir)));
}
