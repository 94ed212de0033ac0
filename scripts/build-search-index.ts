/**
 * Builds the search index: `node scripts/build-search-index.ts <site> <inputs> [<published site>]`.
 * The search-index integration (src/integrations/search-index.ts) runs it during every
 * `astro build`, in a child process on the same Node, so a build leaves a complete, searchable
 * site. From the folder <inputs>, as the page build hands it over (index-inputs.ts in
 * src/lib/search/build: records.json, one record per article with its printed parts and where
 * its body is, its file and the file's digest; t2s.json), it writes into <site>:
 *   - search/facets.json: every article's filters (src/lib/search/shared/facets.ts);
 *   - the index in parts by date (src/lib/search/shared/parts.ts), each written by
 *     scripts/build-search-part.ts in a process of its own, which reads its articles' bodies and
 *     cuts their text into searchable segments: pagefind/<part>/, search/parts/<part>/ (its layout and chunk starts)
 *     and search/articles/<n>.json (what a result shows of article n) for its articles;
 *   - search/parts.json: the parts, in date order.
 * A part of the published site with the same name (the same indexer and the same articles' text,
 * src/lib/search/build/part-cache.ts) is linked (src/lib/link-tree.ts) instead of built again,
 * with its articles' result files (src/lib/search/build/result-files.ts), while the changed parts
 * build.
 * Articles are numbered in date order throughout.
 *
 * SEARCH_PART_ARTICLES sets the articles per part (default PART_ARTICLES); SEARCH_INDEX_JOBS how
 * many parts are built at once (default 1: each takes the memory of its part, and Astro renders
 * beside them). A line `pages done` on standard input (the integration sends it when Astro has
 * rendered the pages) lets SEARCH_INDEX_JOBS_AFTER_PAGES run at once from then on (default: a
 * part per core, as memory allows: PART_PEAK_BYTES).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { safeJson } from '../src/lib/json.ts';
import { encodeFacets } from '../src/lib/search/shared/facets.ts';
import { byDate } from '../src/lib/search/shared/layout.ts';
import type { IndexPart, PartsFile, PublishedPart } from '../src/lib/search/shared/parts.ts';
import { pagefindMetaFileName } from '../src/lib/search/build/pagefind-files.ts';
import { SEARCH_LANGUAGE } from '../src/lib/search/shared/data.ts';
import { INDEX_INPUT_FILES, indexNodeOptions } from '../src/lib/search/build/index-inputs.ts';
import type { IndexRecord } from '../src/lib/search/build/records.ts';
import { keptResultFile } from '../src/lib/search/build/result-files.ts';
import {
  indexerDigest,
  indexerInputs,
  indexParts,
  partArticlesSetting,
  positiveIntegerSetting,
} from '../src/lib/search/build/part-cache.ts';
import { searchFilePath, searchFiles } from '../src/lib/search/shared/files.ts';
import { workPool } from '../src/lib/search/build/work-pool.ts';
import { linkFile, linkTree } from '../src/lib/link-tree.ts';
import { stopWithParent } from '../src/lib/process-group.ts';
import { collectAndRelease } from '../src/lib/release-memory.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const partScript = path.join(root, 'scripts', 'build-search-part.ts');
const [siteArg, inputsArg, publishedArg] = process.argv.slice(2);
if (!siteArg || !inputsArg)
  throw new Error('用法：node scripts/build-search-index.ts <站点目录> <输入目录> [<已发布的站点目录>]');
const site = path.resolve(siteArg);
const published = publishedArg ? path.resolve(publishedArg) : undefined;
const recordsFile = path.join(inputsArg, INDEX_INPUT_FILES.records);
const t2sFile = path.join(inputsArg, INDEX_INPUT_FILES.t2s);
const started = performance.now();

// Standard input, read from the start: the line `pages done`, whenever it comes, and, when this
// runs in a build, its end, which means the build has gone (this process and its parts then stop).
let told = '';
const pagesDone = () => told.split('\n').includes('pages done');
let onPagesDone = () => {};
const listening = (chunk: string) => {
  told += chunk;
  if (pagesDone()) onPagesDone();
};
process.stdin.setEncoding('utf8').on('data', listening);
const stopWatchingParent = stopWithParent(process.stdin);

const partArticles = partArticlesSetting();
const jobs = positiveIntegerSetting('SEARCH_INDEX_JOBS', 1);
/** A part of PART_ARTICLES takes some 2.3 GB at its peak (Pagefind's indexer and the part's process). */
const PART_PEAK_BYTES = 3 * 2 ** 30;
const jobsAfterPages = positiveIntegerSetting(
  'SEARCH_INDEX_JOBS_AFTER_PAGES',
  Math.max(jobs, Math.min(availableParallelism(), Math.floor(totalmem() / PART_PEAK_BYTES))),
);

let records: IndexRecord[] = byDate(JSON.parse(readFileSync(recordsFile, 'utf8')) as IndexRecord[]);
const articleCount = records.length;
/** Article n's result file in a site. */
const resultPath = (dir: string, n: number) => path.join(dir, searchFilePath(searchFiles.article(n)));
// The parts' processes write their articles' result files into it.
rmSync(path.dirname(resultPath(site, 0)), { recursive: true, force: true });
mkdirSync(path.dirname(resultPath(site, 0)), { recursive: true });

const parts: IndexPart[] = indexParts(
  records,
  indexerDigest(indexerInputs(root, readFileSync(t2sFile, 'utf8'))),
  partArticles,
);

// The search page's HTML preloads the newest part's files, named as the integration named it
// (src/integrations/search-index.ts): the same code on the same inputs, so the same name.
const preloadedFile = path.join(inputsArg, INDEX_INPUT_FILES.preloaded);
const preloaded = existsSync(preloadedFile) ? readFileSync(preloadedFile, 'utf8') : undefined;
if (preloaded !== undefined && preloaded !== parts.at(-1)?.name)
  throw new Error(
    `搜索页预载的索引分部 ${preloaded} 不是最新的分部 ${parts.at(-1)?.name}：两处命名不一致（src/lib/search/build/part-cache.ts）`,
  );

/** The published site's parts, by name. */
function publishedParts(dir: string): Map<string, IndexPart> {
  const file = path.join(dir, searchFilePath(searchFiles.parts()));
  if (!existsSync(file)) return new Map();
  return new Map((JSON.parse(readFileSync(file, 'utf8')) as PartsFile).parts.map((part) => [part.name, part]));
}

/**
 * Every article's filters, and what a result shows of each article of a kept part, from the
 * published site's file: written while the parts build.
 */
function writeResultFiles(kept: readonly { part: IndexPart; was: IndexPart }[]) {
  writeFileSync(
    path.join(site, searchFilePath(searchFiles.facets())),
    safeJson(encodeFacets(records.map((record) => record.filters))),
  );
  for (const { part, was } of kept)
    for (let i = 0; i < part.count; i++) {
      const [from, to] = [resultPath(published!, was.first + i), resultPath(site, part.first + i)];
      const before = readFileSync(from, 'utf8');
      const now = keptResultFile(before, records[part.first + i]!);
      if (now === before) linkFile(from, to);
      else writeFileSync(to, now);
    }
}

/** A part's two folders in a site. */
const partDirs = (dir: string, part: string) => [
  path.join(dir, searchFilePath(searchFiles.pagefind(part))),
  path.join(dir, searchFilePath(searchFiles.bundles(part)), '..'),
];

const scratch = mkdtempSync(path.join(tmpdir(), 'search-index-'));
/** Each part that may be kept, and where the published site has it. */
const keptParts: { part: IndexPart; was: IndexPart }[] = [];
const toBuild: { part: IndexPart; records: string; options: string[] }[] = [];
try {
  const before = published ? publishedParts(published) : new Map<string, IndexPart>();
  for (const part of parts) {
    const was = before.get(part.name);
    if (was && partDirs(published!, part.name).every((dir) => existsSync(dir))) keptParts.push({ part, was });
    else {
      const file = path.join(scratch, `${part.name}.json`);
      const partRecords = records.slice(part.first, part.first + part.count);
      const json = JSON.stringify(partRecords);
      writeFileSync(file, json);
      // The part's process holds its records and, one at a time, the bodies it reads from their files.
      const bodies = partRecords.reduce((bytes, record) => bytes + statSync(record.text.body.file).size, 0);
      toBuild.push({ part, records: file, options: indexNodeOptions(Buffer.byteLength(json) + bodies) });
    }
  }

  const partProcesses = new Set<ChildProcess>();
  /** Builds one part in a process of its own, its output as this one's. */
  const buildPart = ({ part, records: file, options }: (typeof toBuild)[number]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [...options, partScript, site, part.name, String(part.first), file, t2sFile],
        { stdio: ['ignore', 'inherit', 'inherit'] },
      );
      partProcesses.add(child);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        partProcesses.delete(child);
        if (code === 0) resolve();
        else reject(new Error(`索引分部 ${part.name} 构建失败（${signal ?? `退出码 ${code}`}）`));
      });
    });
  const pool = workPool(toBuild, buildPart, jobs);
  // The pool starts its first parts on the next turn of the event loop, before the work below.
  await new Promise((resolve) => setImmediate(resolve));
  // While the parts build, each in its own process: the result files, and the kept parts,
  // linked from the published site (its files are never written in place; it is replaced whole).
  try {
    writeResultFiles(keptParts);
    for (const { part } of keptParts)
      partDirs(site, part.name).forEach((dir, i) => linkTree(partDirs(published!, part.name)[i]!, dir));
  } catch (error) {
    // The parts building stop (the pool then starts no other), and this failure is the one told.
    pool.done.catch(() => {});
    for (const child of partProcesses) child.kill();
    throw error;
  }
  // Each part's process reads its own; this one lets go of the archive's text, and of the
  // memory it took, while they run (it runs with --expose-gc, search-index.ts).
  records = [];
  collectAndRelease();
  // Once Astro has rendered the pages, the machine is the index's.
  let widened = false;
  onPagesDone = () => {
    if (widened) return;
    widened = true;
    pool.widen(jobsAfterPages);
    console.log(`search index: the pages are done: up to ${jobsAfterPages} parts at once`);
  };
  if (pagesDone()) onPagesDone();
  await pool.done;
} finally {
  rmSync(scratch, { recursive: true, force: true });
  stopWatchingParent();
  process.stdin.off('data', listening).destroy();
}

// Each part's metadata file, as Pagefind named it: the engine fetches it ahead of Pagefind.
const listed: PublishedPart[] = parts.map((part) => ({
  ...part,
  meta: pagefindMetaFileName(path.join(site, searchFilePath(searchFiles.pagefind(part.name))), SEARCH_LANGUAGE),
}));
writeFileSync(path.join(site, searchFilePath(searchFiles.parts())), safeJson({ parts: listed } satisfies PartsFile));

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `search index: ${articleCount} articles in ${parts.length} part(s) of at most ${partArticles}, ${seconds} s, Node ${process.version} → ${path.relative(process.cwd(), path.join(site, 'pagefind'))} (${toBuild.length} built, ${keptParts.length} kept)`,
);
