import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { indexHeapMiB, indexNodeOptions } from '../../../../src/lib/search/build/index-inputs.ts';

describe('an index process', () => {
  it('gets a heap limit of at least 512 MiB, eight times its inputs beyond that', () => {
    expect(indexHeapMiB(0)).toBe(512);
    expect(indexHeapMiB(64 * 2 ** 20)).toBe(512);
    expect(indexHeapMiB(100 * 2 ** 20)).toBe(800);
  });

  it('runs under options Node accepts: that heap limit, a small young generation, gc on demand', () => {
    const inputBytes = 200 * 2 ** 20;
    const report = execFileSync(
      process.execPath,
      [
        ...indexNodeOptions(inputBytes),
        '-e',
        `const v8 = require('node:v8');
         console.log(JSON.stringify({ limit: v8.getHeapStatistics().heap_size_limit, gc: typeof gc }));`,
      ],
      { encoding: 'utf8' },
    );
    const { limit, gc } = JSON.parse(report) as { limit: number; gc: string };
    const heap = indexHeapMiB(inputBytes) * 2 ** 20;
    // V8's limit is the old generation's and three halves of the young one's (by default here
    // 64 MiB a half, so 192 MiB more).
    expect(limit).toBeGreaterThanOrEqual(heap);
    expect(limit - heap).toBeLessThanOrEqual(3 * 4 * 2 ** 20);
    expect(gc).toBe('function');
  });
});
