import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A build as it is published: `npm run build` with SITE_URL set, from a shell whose first
 * `node` stands in for a machine's own Node, older than the project's floor. It runs npm's own
 * CLI (npm may run on any Node) and refuses everything else, so the build passes only if every
 * step runs on the Node the project pins (the `node` devDependency).
 */
const SITE = 'https://archive.example.org';
const PINNED = (createRequire(import.meta.url)('node/package.json') as { version: string }).version;

const dir = mkdtempSync(path.join(tmpdir(), 'archive-public-build-'));
const out = path.join(dir, 'dist');
const bin = path.join(dir, 'bin');
// A fresh shell: the stand-in first, and no project's node_modules/.bin (npm adds this one's).
const PATH = [
  bin,
  ...(process.env.PATH ?? '').split(path.delimiter).filter((d) => !d.endsWith('node_modules/.bin')),
].join(path.delimiter);
const env = { ...process.env, PATH, SITE_URL: SITE, ARCHIVE_OUT_DIR: out, FORCE_COLOR: '0', NO_COLOR: '1' };
let output = '';
let status: number | null = null;

beforeAll(() => {
  mkdirSync(bin);
  writeFileSync(
    path.join(bin, 'node'),
    [
      '#!/bin/sh',
      'case "$(readlink -f "$1")" in',
      `  */npm/bin/npm-cli.js) exec '${process.execPath}' "$@" ;;`,
      'esac',
      'echo "wrong node: node $*" >&2',
      'exit 1',
      '',
    ].join('\n'),
  );
  chmodSync(path.join(bin, 'node'), 0o755);
  const result = spawnSync('npm', ['run', 'build'], { env, encoding: 'utf8', timeout: 240_000 });
  output = `${result.stdout}\n${result.stderr}`;
  status = result.status;
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file the build wrote, relative to its output directory. */
const built = () =>
  readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)));

describe('npm run build, with an older Node first on PATH', () => {
  it('the stand-in is the Node that PATH gives', () => {
    const result = spawnSync('node', ['--version'], { env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('wrong node');
  });

  it('succeeds, and the build ran on the pinned Node', () => {
    expect(status, output).toBe(0);
    expect(output).not.toContain('wrong node');
    const recorded = /search index: .*, Node v(\S+) →/.exec(output)?.[1];
    expect(recorded, output).toBe(PINNED);
  });
});

describe('a build with SITE_URL set', () => {
  it('writes no localhost anywhere: pages, feeds, sitemap, open data, robots.txt', () => {
    const files = built();
    for (const ext of ['.html', '.xml', '.json', '.txt'])
      expect(
        files.some((f) => f.endsWith(ext)),
        ext,
      ).toBe(true);
    const withLocalhost = files.filter((file) => readFileSync(path.join(out, file)).includes('localhost'));
    expect(withLocalhost).toEqual([]);
    expect(readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE}/</loc>`);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${SITE}/"`);
  });

  it('gives no SITE_URL warning', () => {
    expect(output).not.toContain('SITE_URL');
  });

  it('leaves the search page out of the sitemap, and no records.json in dist', () => {
    expect(readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8')).not.toContain('/search/');
    expect(existsSync(path.join(out, 'search', 'records.json'))).toBe(false);
    expect(existsSync(path.join(out, 'search', 'parts.json'))).toBe(true);
  });
});
