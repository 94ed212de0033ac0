/**
 * Builds the search index during `astro build`, so the build alone leaves a complete, searchable
 * site, or fails.
 *
 * As soon as the page build has loaded the archive, it hands over the index's inputs (every
 * article's record and the Traditional → Simplified map: src/lib/search/build/index-inputs.ts,
 * through src/lib/build-handoff.ts).
 * They are written to a scratch folder outside the site, and scripts/build-search-index.ts
 * starts on them at once, in a child process of its own, on the Node that runs Astro
 * (process.execPath), while Astro renders the pages: on a machine of two cores the two take
 * one each. `astro:build:done` waits for it. Its memory is its own (Pagefind's indexer is the
 * largest part of a large build), and is given back when it ends.
 *
 * If the child fails, the build fails with its message. Whatever ends the build, the child and
 * every process it started are stopped (src/lib/process-group.ts), before the publish
 * integration removes the staging folder they write into, and the scratch folder (the articles'
 * records) is removed.
 *
 * The child keeps its own heap small (indexHeapMiB), and builds the index in parts by date,
 * each in a process of its own (src/lib/search/shared/parts.ts). The parts of the published
 * site that have not changed are kept: the child is given the output folder the build will
 * replace.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listen, provide } from '../lib/build-handoff.ts';
import { spawnGroup, stopGroup } from '../lib/process-group.ts';
import { replacedSite } from '../lib/publish.ts';
import { collectAndRelease } from '../lib/release-memory.ts';
import {
  INDEX_INPUT_FILES,
  indexNodeOptions,
  newestSearchPartChannel,
  searchIndexInputsChannel,
  type SearchIndexInputs,
} from '../lib/search/build/index-inputs.ts';
import { indexerDigest, indexerInputs, newestPart, partArticlesSetting } from '../lib/search/build/part-cache.ts';
import { byDate } from '../lib/search/shared/layout.ts';

/**
 * Writes the inputs to a new scratch folder, with the name of the index's newest part (as the
 * index will name it: part-cache.ts), which the search page preloads; returns the folder, the
 * records' size and that name (none for no articles).
 */
function writeInputs(
  { records, t2s }: SearchIndexInputs,
  root: string,
): { dir: string; recordsBytes: number; preloaded: string | undefined } {
  const recordsJson = JSON.stringify(records);
  const t2sJson = JSON.stringify(t2s);
  const preloaded = newestPart(
    byDate(records),
    indexerDigest(indexerInputs(root, t2sJson)),
    partArticlesSetting(),
  )?.name;
  const dir = mkdtempSync(path.join(tmpdir(), 'search-index-inputs-'));
  writeFileSync(path.join(dir, INDEX_INPUT_FILES.records), recordsJson);
  writeFileSync(path.join(dir, INDEX_INPUT_FILES.t2s), t2sJson);
  if (preloaded) writeFileSync(path.join(dir, INDEX_INPUT_FILES.preloaded), preloaded);
  return { dir, recordsBytes: Buffer.byteLength(recordsJson), preloaded };
}

/**
 * Runs the index script; resolves with its output lines when it succeeds, rejects with its
 * message. The lines wait for the build's to end: Astro writes each page's line in two pieces.
 */
function runIndex(
  script: string,
  args: { site: string; inputs: string; published: string | undefined; recordsBytes: number },
  started: (child: ChildProcess) => void,
): Promise<{ lines: string[]; warning: string }> {
  return new Promise((resolve, reject) => {
    // It leads a process group: the parts' processes and Pagefind's are stopped with it.
    const child = spawnGroup(
      process.execPath,
      [
        ...indexNodeOptions(args.recordsBytes),
        script,
        args.site,
        args.inputs,
        ...(args.published ? [args.published] : []),
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    // Told when the pages are done (pagesDone); if it has ended by then, that is no error here.
    child.stdin!.on('error', () => {});
    started(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) {
        resolve({ lines: stdout.split('\n').filter((line) => line.trim()), warning: stderr.trim() });
      } else {
        const how = signal ? `被信号 ${signal} 终止` : `退出码 ${code}`;
        reject(new Error(`搜索索引构建失败（${how}）：\n${stderr.trim() || '（无输出）'}`));
      }
    });
  });
}

export default function searchIndex(): AstroIntegration {
  let root: URL;
  let outDir: URL;
  let indexing: Promise<{ lines: string[]; warning: string }> | undefined;
  let child: ChildProcess | undefined;
  let inputsDir: string | undefined;
  let pagesDone = false;
  /**
   * Once the pages are done, the index may build several parts at once (scripts/build-search-index.ts).
   * Its standard input stays open: its end tells the child that the build has gone.
   */
  const tellPagesDone = () => {
    if (pagesDone && child?.exitCode === null && child.stdin?.writable) child.stdin.write('pages done\n');
  };
  const cleanUp = () => {
    // Once only: the group's number may later be another's.
    if (child) stopGroup(child);
    child = undefined;
    if (inputsDir) rmSync(inputsDir, { recursive: true, force: true });
  };
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        // A build that fails or stops anywhere (a page, another integration, this one) exits
        // without the child and without the inputs. First of the exit handlers: the publish
        // integration's, which removes the staging folder, must find no process writing into it.
        process.prependOnceListener('exit', cleanUp);
        const script = fileURLToPath(new URL('scripts/build-search-index.ts', root));
        const site = fileURLToPath(outDir);
        let named!: (name: string | undefined) => void;
        const newestName = new Promise<string | undefined>((resolve) => (named = resolve));
        // The search page asks for it while it renders.
        provide(newestSearchPartChannel, () => newestName);
        listen(searchIndexInputsChannel, (inputs) => {
          if (indexing) return;
          indexing = inputs().then((data) => {
            const written = writeInputs(data, fileURLToPath(root));
            named(written.preloaded);
            inputsDir = written.dir;
            return runIndex(
              script,
              {
                site,
                inputs: written.dir,
                published: replacedSite(site, existsSync),
                recordsBytes: written.recordsBytes,
              },
              (started) => {
                child = started;
                tellPagesDone();
                // Loading the archive left Astro's heap at several times what the pages need,
                // which V8 would keep while the index is built beside them: once the inputs are
                // let go (npm run build gives Astro --expose-gc).
                setImmediate(collectAndRelease);
              },
            );
          });
          // Its failure is the build's, reported when the pages are done (astro:build:done); the
          // search page then renders without the newest part's files, rather than waiting.
          indexing.catch(() => named(undefined));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        listen(searchIndexInputsChannel, undefined);
        provide(newestSearchPartChannel, undefined);
        try {
          if (!indexing) throw new Error('搜索索引构建失败：页面构建没有交出文章记录（src/data/build-handoffs.ts）');
          if (path.resolve(fileURLToPath(dir)) !== path.resolve(fileURLToPath(outDir)))
            throw new Error(`搜索索引写在 ${fileURLToPath(outDir)}，构建输出却在 ${fileURLToPath(dir)}`);
          const waited = performance.now();
          pagesDone = true;
          tellPagesDone();
          const { lines, warning } = await indexing;
          lines.forEach((line) => logger.info(line));
          if (warning) logger.warn(warning);
          logger.info(`search index: done ${((performance.now() - waited) / 1000).toFixed(1)} s after the pages`);
        } finally {
          cleanUp();
        }
      },
    },
  };
}
