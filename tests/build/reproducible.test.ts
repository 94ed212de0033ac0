import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST, fileHashes, indexParts, requireDist } from '../helpers/dist.ts';
import { removeTree } from '../helpers/remove-tree.ts';

const second = mkdtempSync(path.join(tmpdir(), 'archive-rebuild-'));
// The build's cache sits next to its output (astro.config.ts).
afterAll(() => [second, `${second}.cache`].forEach(removeTree));

/** A second build of the same commit, by `astro build` alone, as any host would run it. */
let output = '';
beforeAll(() => {
  requireDist();
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    env: { ...process.env, ARCHIVE_OUT_DIR: second, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
}, 300_000);

it('a second clean build of the same commit gives a byte-identical dist/', () => {
  const first = fileHashes(DIST);
  const again = fileHashes(second);
  expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
  const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
});

it('`astro build` alone builds the search index, and leaves no records of the full text', () => {
  expect(output).toMatch(/\[search-index\] search index: \d+ articles/);
  const parts = indexParts(second);
  expect(parts.length).toBeGreaterThan(0);
  for (const part of parts)
    expect(existsSync(path.join(second, 'pagefind', part.name, 'pagefind-entry.json'))).toBe(true);
  expect(existsSync(path.join(second, 'search', 'records.json'))).toBe(false);
});

it.skipIf(process.env.SITE_URL)('without SITE_URL, says in one line that links use localhost', () => {
  const warnings = output.split('\n').filter((line) => line.includes('SITE_URL'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/\[WARN\] \[site-url\] SITE_URL 未设置：.*http:\/\/localhost:4321$/);
});
