import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendAll, extent, findAfter, findBefore, someAfterUntil } from '../../src/lib/arrays.ts';

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

describe('findAfter, findBefore, someAfterUntil', () => {
  const items = fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 30 });
  const index = fc.integer({ min: -3, max: 33 });
  const digit = fc.integer({ min: 0, max: 9 });

  it('find as find and findLast on the slice after or before the index', () => {
    fc.assert(
      fc.property(items, index, digit, (values, at, wanted) => {
        const test = (value: number) => value >= wanted;
        expect(findAfter(values, at, test)).toBe(values.slice(Math.max(at + 1, 0)).find(test));
        expect(findBefore(values, at, test)).toBe(values.slice(0, Math.max(at, 0)).findLast(test));
      }),
    );
  });

  it('someAfterUntil looks from after the index to the first item that stops it', () => {
    fc.assert(
      fc.property(items, index, digit, digit, (values, at, wanted, stopAt) => {
        const after = values.slice(Math.max(at + 1, 0));
        const end = after.indexOf(stopAt);
        const expected = (end < 0 ? after : after.slice(0, end)).includes(wanted);
        expect(
          someAfterUntil(
            values,
            at,
            (v) => v === wanted,
            (v) => v === stopAt,
          ),
        ).toBe(expected);
      }),
    );
  });
});
