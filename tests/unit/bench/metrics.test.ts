import { describe, expect, it } from 'vitest';
import { percentile, perArticleReport, scoreSet } from '../../../scripts/bench/metrics.ts';

describe('scoreSet', () => {
  it('micro-averages recall and precision and counts full and empty answers', () => {
    const score = scoreSet([
      { expected: new Set(['a', 'b']), found: ['a', 'c'] },
      { expected: new Set(['d']), found: [] },
      { expected: new Set(['e']), found: ['e'] },
    ]);
    expect(score).toEqual({ queries: 3, recall: 2 / 4, fullRecall: 1 / 3, zeroResults: 1 / 3, precision: 2 / 3 });
  });
});

describe('percentile', () => {
  it('is the value at the rank that covers the share asked', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });
});

describe('perArticleReport', () => {
  it("divides the build's time, CPU, peak memory and dist/ by its articles", () => {
    expect(perArticleReport(10_000, { seconds: 75.6, cpuSeconds: 103.7, peakMiB: 2597 }, 600 * 1024 * 1024)).toBe(
      "per article (10,000 articles): 7.56 ms of the build's time, 10.37 ms of its CPU, 265.9 KiB of its peak memory, 61.4 KiB of dist/",
    );
  });

  it('leaves out what was not measured, and refuses an empty archive', () => {
    expect(perArticleReport(16, { seconds: 8 })).toBe("per article (16 articles): 500.00 ms of the build's time");
    expect(() => perArticleReport(0, { seconds: 8 })).toThrow(/0 articles/);
  });
});
