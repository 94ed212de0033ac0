import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const buildScript = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> })
  .scripts.build!;
const [command, ...args] = buildScript.split(' ');
/** The options before Astro's file: what its process runs with. */
const nodeOptions = args.slice(0, -2);

const run = (options: string[], script: string) =>
  execFileSync(process.execPath, [...options, '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });

/**
 * Counts the full collections while 500 MiB of page-sized buffers pass through, each held for a
 * while as a page's bytes are while it is written.
 */
const FULL_COLLECTIONS_WHILE_PAGES_ARE_WRITTEN = `
  import { PerformanceObserver, constants } from 'node:perf_hooks';
  let full = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) full++;
  }).observe({ entryTypes: ['gc'] });
  let held = [];
  for (let i = 0; i < 2000; i++) {
    held.push(new Uint8Array(256 * 1024).fill(1));
    if (held.length > 64) held = held.slice(32);
    if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  console.log(full);
`;

describe('npm run build', () => {
  it("runs Astro on the project's Node with gc on demand and the allocator settings of scripts/build.env", () => {
    expect(command).toBe('node');
    expect(args.at(-2)).toBe('node_modules/astro/bin/astro.mjs');
    expect(args.at(-1)).toBe('build');
    const seen = JSON.parse(
      run(
        nodeOptions,
        'console.log(JSON.stringify({ gc: typeof gc, thp: process.env.MIMALLOC_ALLOW_THP, purge: process.env.MIMALLOC_PURGE_DELAY, abandoned: process.env.MIMALLOC_ABANDONED_PAGE_PURGE }))',
      ),
    ) as Record<string, string | undefined>;
    expect(seen).toEqual({ gc: 'function', thp: '0', purge: '0', abandoned: '1' });
  });

  it('does not start a full collection for every few pages written (scripts/build.env says why)', () => {
    const withBuildOptions = Number(run(nodeOptions, FULL_COLLECTIONS_WHILE_PAGES_ARE_WRITTEN));
    // The same Node without the options, to show the count measures what it should.
    const withDefaults = Number(run([], FULL_COLLECTIONS_WHILE_PAGES_ARE_WRITTEN));
    expect(withDefaults).toBeGreaterThanOrEqual(4);
    expect(withBuildOptions).toBeLessThanOrEqual(1);
  });
});
