import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const buildScript = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> })
  .scripts.build!;

describe('npm run build', () => {
  it("runs Astro on the project's Node with gc on demand and the allocator settings of scripts/build.env", () => {
    const [command, ...args] = buildScript.split(' ');
    expect(command).toBe('node');
    expect(args.at(-2)).toBe('node_modules/astro/bin/astro.mjs');
    expect(args.at(-1)).toBe('build');
    // The same options, before Astro's file: what its process would see.
    const seen = JSON.parse(
      execFileSync(
        process.execPath,
        [
          ...args.slice(0, -2),
          '-e',
          'console.log(JSON.stringify({ gc: typeof gc, thp: process.env.MIMALLOC_ALLOW_THP, purge: process.env.MIMALLOC_PURGE_DELAY, abandoned: process.env.MIMALLOC_ABANDONED_PAGE_PURGE }))',
        ],
        { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH } },
      ),
    ) as Record<string, string | undefined>;
    expect(seen).toEqual({ gc: 'function', thp: '0', purge: '0', abandoned: '1' });
  });
});
