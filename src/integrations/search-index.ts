/**
 * Builds the search index at the end of `astro build`, so the build alone leaves a complete,
 * searchable site, or fails.
 *
 * The page build writes every article's full text to search/records.json; on `astro:build:done`
 * scripts/build-search-index.ts turns it into the index and deletes it. The script runs in a
 * child process of its own, on the Node that runs Astro (process.execPath): its memory is its
 * own (Pagefind's indexer is the largest part of a large build), and is given back when it ends.
 *
 * If the child fails, the build fails with its message. Whatever ends the build, records.json
 * is not left behind: the full text without an index is no site to publish.
 *
 * Astro holds its memory while the child runs (some 2 GB at 10,000 articles), so the child
 * keeps its own small (indexHeapMiB), and builds the index in parts by date, each in a process
 * of its own (src/lib/search/shared/parts.ts). The parts of the published site that have not
 * changed are kept: the child is given the output folder the build will replace.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** Where the page build leaves the records, under the output directory. */
export const RECORDS_FILE = 'search/records.json';

/**
 * The index child's V8 heap limit, in MiB: room for the records it parses and tokenises (their
 * text a few times over), not V8's default (a share of the machine's memory), under which it
 * lets garbage pile up rather than collect it. It may also collect on demand (--expose-gc).
 */
export function indexHeapMiB(recordsBytes: number): number {
  return Math.max(512, Math.ceil((recordsBytes * 8) / 2 ** 20));
}

/** Runs the index script on the built site; resolves when it succeeds, rejects with its message. */
function buildIndex(
  script: string,
  outDir: string,
  published: string | undefined,
  logger: AstroIntegrationLogger,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // A missing records file is the script's to report.
    const records = path.join(outDir, RECORDS_FILE);
    const heap = indexHeapMiB(existsSync(records) ? statSync(records).size : 0);
    const args = [`--max-old-space-size=${heap}`, '--expose-gc', script, outDir, ...(published ? [published] : [])];
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partLine = '';
    let stderr = '';
    /** The child's output lines, as the build's own. */
    const log = (lines: string[]) => lines.filter((line) => line.trim()).forEach((line) => logger.info(line));
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (partLine + chunk).split('\n');
      partLine = lines.pop()!;
      log(lines);
    });
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      log([partLine]);
      if (code === 0) {
        if (stderr.trim()) logger.warn(stderr.trim());
        resolve();
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
  const removeRecords = () => rmSync(new URL(RECORDS_FILE, outDir), { force: true });
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        outDir = config.outDir;
      },
      // Registered once a build starts: a build that fails or stops anywhere (a page, another
      // integration, this one) exits without the records.
      'astro:build:start': () => {
        process.once('exit', removeRecords);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const script = fileURLToPath(new URL('scripts/build-search-index.ts', root));
        try {
          const staging = fileURLToPath(dir);
          // The publish integration stages the build beside the site it will replace (dist.staging/ → dist/).
          const published = staging.replace(/\.staging[\\/]*$/, '');
          await buildIndex(
            script,
            staging,
            published !== staging && existsSync(published) ? published : undefined,
            logger,
          );
        } finally {
          removeRecords();
        }
      },
    },
  };
}
