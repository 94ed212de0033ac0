import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../../src/lib/search/browser/bounded-cache.ts';

describe('BoundedCache', () => {
  it('forgets the least recently used first', () => {
    const cache = new BoundedCache<string, number>(3);
    cache.set('a', 1, 1);
    cache.set('b', 2, 1);
    cache.set('c', 3, 1);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('d', 4, 1);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([1, 3, 4]);
  });

  it('peeks without making an entry the most recent', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1, 1);
    cache.set('b', 2, 1);
    expect(cache.peek('a')).toBe(1);
    cache.set('c', 3, 1);
    expect([cache.peek('a'), cache.peek('b'), cache.peek('c')]).toEqual([undefined, 2, 3]);
  });

  it('keeps the weights within the limit, and does not keep what alone exceeds it', () => {
    const cache = new BoundedCache<string, string>(10);
    cache.set('a', 'a', 4);
    cache.set('b', 'b', 4);
    cache.set('c', 'c', 4);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.weight).toBe(8);
    cache.set('huge', 'huge', 11);
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.weight).toBe(8);
    cache.set('b', 'b2', 1);
    expect([cache.get('b'), cache.weight, cache.size]).toEqual(['b2', 5, 2]);
  });

  it('matches a model: the most recent entries that fit, newest first', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('set' as const),
        key: fc.integer({ min: 0, max: 6 }),
        weight: fc.integer({ min: 0, max: 12 }),
      }),
      fc.record({ kind: fc.constant('get' as const), key: fc.integer({ min: 0, max: 6 }) }),
      fc.record({ kind: fc.constant('delete' as const), key: fc.integer({ min: 0, max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const limit = 10;
        const cache = new BoundedCache<number, number>(limit);
        /** Most recent last. */
        let model: { key: number; value: number; weight: number }[] = [];
        ops.forEach((o, step) => {
          if (o.kind === 'set') {
            cache.set(o.key, step, o.weight);
            model = model.filter((e) => e.key !== o.key);
            if (o.weight <= limit) model.push({ key: o.key, value: step, weight: o.weight });
            while (model.reduce((sum, e) => sum + e.weight, 0) > limit) model.shift();
          } else if (o.kind === 'get') {
            const found = model.find((e) => e.key === o.key);
            expect(cache.get(o.key)).toBe(found?.value);
            if (found) model = [...model.filter((e) => e !== found), found];
          } else {
            cache.delete(o.key);
            model = model.filter((e) => e.key !== o.key);
          }
          expect(cache.size).toBe(model.length);
          expect(cache.weight).toBe(model.reduce((sum, e) => sum + e.weight, 0));
        });
      }),
    );
  });
});
