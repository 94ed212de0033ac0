import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendAll, extent } from '../../src/lib/arrays.ts';

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

describe('extent', () => {
  it('is the least and the greatest value, as Math.min and Math.max give them', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 200 }), (values) => {
        expect(extent(values)).toEqual([Math.min(...values), Math.max(...values)]);
      }),
    );
    expect(extent([])).toBeUndefined();
  });

  it('takes more values than fit on the stack as arguments', () => {
    const values = Array.from({ length: 2_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(extent(values)).toEqual([0, 1_000_002]);
  });
});
