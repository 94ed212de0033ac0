import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byDate, planShards, PRIMARY_BASE_PATH, SEARCH_SHARD_SIZE, shardSizeFrom } from '../../src/lib/search-shards.ts';

describe('planShards', () => {
  it('keeps a small archive in the one primary bundle', () => {
    expect(planShards(16)).toEqual([{ name: '0', basePath: PRIMARY_BASE_PATH, start: 0, end: 16 }]);
    expect(planShards(0)).toEqual([{ name: '0', basePath: PRIMARY_BASE_PATH, start: 0, end: 0 }]);
  });

  it('splits evenly into the fewest shards of at most the given size', () => {
    expect(planShards(10, 4).map((s) => [s.start, s.end])).toEqual([
      [0, 4],
      [4, 7],
      [7, 10],
    ]);
    expect(planShards(10_000).length).toBe(Math.ceil(10_000 / SEARCH_SHARD_SIZE));
  });

  it('puts every shard but the first beneath the primary bundle, under its own name', () => {
    expect(planShards(9, 3).map((s) => s.basePath)).toEqual(['/pagefind/', '/pagefind/shard-1/', '/pagefind/shard-2/']);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => planShards(10, 0)).toThrow(/positive integer/);
    expect(() => planShards(10, 2.5)).toThrow(/positive integer/);
  });

  it('property: consecutive ranges covering every record once, none above the size, sizes differing by one at most', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 5_000 }), (count, size) => {
        const shards = planShards(count, size);
        expect(shards[0]!.start).toBe(0);
        expect(shards.at(-1)!.end).toBe(count);
        shards.forEach((shard, i) => {
          if (i > 0) expect(shard.start).toBe(shards[i - 1]!.end);
          expect(shard.end - shard.start).toBeLessThanOrEqual(size);
          expect(shard.name).toBe(String(i));
        });
        const sizes = shards.map((s) => s.end - s.start);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(shards.length).toBe(Math.max(1, Math.ceil(count / size)));
      }),
    );
  });
});

describe('byDate', () => {
  it('orders by date key, keeping the order of articles of the same day', () => {
    const records = [
      { id: 'c', sort: { date: '2021-06-00' } },
      { id: 'a', sort: { date: '2019-00-00' } },
      { id: 'd', sort: { date: '2021-06-00' } },
      { id: 'b', sort: { date: '2020-01-02' } },
    ];
    expect(byDate(records).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(records[0]!.id).toBe('c');
  });
});

describe('shardSizeFrom', () => {
  it('takes ARCHIVE_SEARCH_SHARD_SIZE when set, the default otherwise', () => {
    expect(shardSizeFrom({})).toBe(SEARCH_SHARD_SIZE);
    expect(shardSizeFrom({ ARCHIVE_SEARCH_SHARD_SIZE: '' })).toBe(SEARCH_SHARD_SIZE);
    expect(shardSizeFrom({ ARCHIVE_SEARCH_SHARD_SIZE: '5' })).toBe(5);
  });

  it('names the variable and the value it refuses', () => {
    expect(() => shardSizeFrom({ ARCHIVE_SEARCH_SHARD_SIZE: 'five' })).toThrow(/ARCHIVE_SEARCH_SHARD_SIZE.*"five"/);
    expect(() => shardSizeFrom({ ARCHIVE_SEARCH_SHARD_SIZE: '0' })).toThrow(/ARCHIVE_SEARCH_SHARD_SIZE/);
  });
});
