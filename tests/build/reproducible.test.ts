import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DIST, requireDist } from '../helpers/dist.ts';

const second = mkdtempSync(path.join(tmpdir(), 'archive-rebuild-'));
afterAll(() => rmSync(second, { recursive: true, force: true }));

function hashes(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const;
      }),
  );
}

it('a second clean build of the same commit gives a byte-identical dist/', { timeout: 300_000 }, () => {
  requireDist();
  const env = { ...process.env, ARCHIVE_OUT_DIR: second };
  for (const [command, args] of [
    ['node_modules/.bin/astro', ['build', '--silent']],
    [process.execPath, ['scripts/build-search-index.ts', second]],
  ] as const) {
    const result = spawnSync(command, args, { env, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
  }
  const first = hashes(DIST);
  const again = hashes(second);
  expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
  const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
});
