/**
 * A throwaway copy of the project whose content/ is ours to break: the code is copied, the
 * content is written fresh, so `astro sync` runs the real schema against bad input.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { splitLines } from '../../src/lib/source-lines.ts';
import { removeTree } from './remove-tree.ts';

const ROOT = path.resolve('.');
// Code is copied, not linked: Vite resolves a linked src/ to two different paths.
// scripts/ holds the search index build, which `astro build` runs at its end.
const COPIED = ['src', 'public', 'scripts', 'astro.config.ts', 'package.json', 'tsconfig.json'];

export interface Sandbox {
  root: string;
  write(file: string, text: string | Uint8Array): void;
  /** A new raw page in content/sources/, pinned as `npm run ingest` pins it. */
  writeSource(name: string, bytes: string | Uint8Array): void;
  astro(...args: string[]): { status: number | null; output: string };
  remove(): void;
}

/**
 * A frontmatter line recording every line of a real page as left out on purpose: a fixture of a
 * few words on a page whose other stories the sandbox does not hold would otherwise leave the
 * rest of the page out, which the build tells in notices (src/lib/left-out-lines.ts).
 */
export function omittingPage(source: string): string {
  return omittingAllOf(readFileSync(path.join(ROOT, 'content', 'sources', `${source}.txt`), 'utf8'));
}

/** The same, for a page given by its text. */
export function omittingAllOf(pageText: string): string {
  return `omittedLines: [{ lines: 1-${splitLines(pageText).length}, reason: 测试：本版其余各篇不在此测试中 }]`;
}

export function createSandbox(): Sandbox {
  const root = mkdtempSync(path.join(tmpdir(), 'archive-sandbox-'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
  for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  mkdirSync(path.join(root, 'content', 'articles'), { recursive: true });
  for (const data of ['zones.yaml', 'campaigns.yaml', 'topics.yaml', 'newspapers.yaml'])
    cpSync(path.join(ROOT, 'content', data), path.join(root, 'content', data));
  cpSync(path.join(ROOT, 'content', 'sources'), path.join(root, 'content', 'sources'), { recursive: true });
  cpSync(path.join(ROOT, 'content', 'sources.sha256'), path.join(root, 'content', 'sources.sha256'));
  return {
    root,
    write(file, text) {
      const target = path.join(root, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    },
    writeSource(name, bytes) {
      const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
      writeFileSync(path.join(root, 'content', 'sources', `${name}.txt`), data);
      // The line `npm run ingest` writes (sha256sum format).
      const hash = createHash('sha256').update(data).digest('hex');
      appendFileSync(path.join(root, 'content', 'sources.sha256'), `${hash}  sources/${name}.txt\n`);
    },
    astro(...args) {
      const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'astro'), args, {
        cwd: root,
        encoding: 'utf8',
        // Its own cache folder: node_modules is shared, and sandboxes build side by side.
        env: {
          ...process.env,
          ARCHIVE_CONTENT_DIR: undefined,
          ARCHIVE_CACHE_DIR: path.join(root, '.astro-cache'),
          FORCE_COLOR: '0',
          NO_COLOR: '1',
        },
        timeout: 120_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      // A replaced site may still be being removed in the background (src/integrations/publish.ts).
      removeTree(root);
    },
  };
}
