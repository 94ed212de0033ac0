import { describe, expect, it } from 'vitest';
import { appendAll } from '../../src/lib/append.ts';

describe('appendAll', () => {
  it('appends in order, and returns the target', () => {
    const target = [1, 2];
    expect(appendAll(target, [3, 4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
    expect(appendAll([] as string[], new Set(['a', 'b']))).toEqual(['a', 'b']);
  });

  it('takes more items than fit on the stack as arguments', () => {
    const items = Array.from({ length: 2_000_000 }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    expect(appendAll([], items)).toHaveLength(2_000_000);
  });
});
