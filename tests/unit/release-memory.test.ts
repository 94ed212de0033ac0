import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const releaseMemory = fileURLToPath(new URL('../../src/lib/release-memory.ts', import.meta.url));

describe('collectAndRelease', () => {
  it('gives back the pages an ordinary gc() keeps', () => {
    const script = `
      import { collectAndRelease } from ${JSON.stringify(releaseMemory)};
      let held = [];
      for (let i = 0; i < 3_000_000; i++) held.push({ i, s: 'x' + i });
      held = [];
      gc();
      const afterGc = process.memoryUsage().rss;
      collectAndRelease();
      console.log(JSON.stringify({ afterGc, afterRelease: process.memoryUsage().rss }));`;
    const { afterGc, afterRelease } = JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' }),
    ) as { afterGc: number; afterRelease: number };
    expect(afterGc - afterRelease).toBeGreaterThan(100 * 2 ** 20);
  });
});
