/**
 * The search index is split into shards of consecutive dates, each a Pagefind index of its
 * own that the browser merges into the first. Pagefind's exact-phrase check and its sort cost
 * grow with the square of the matching pages in one index, and its indexer holds a whole index
 * in memory, so bounded shards keep both queries and builds in bounds as the archive grows.
 */

/** Articles per shard, at most. */
export const SEARCH_SHARD_SIZE = 2500;

/**
 * The shard size a build uses: ARCHIVE_SEARCH_SHARD_SIZE when set (tests build the small seed
 * archive in several shards with it), else SEARCH_SHARD_SIZE. Read by the page build and by
 * the indexer alike, so both plan the same shards.
 */
export function shardSizeFrom(env: Record<string, string | undefined>): number {
  const value = env.ARCHIVE_SEARCH_SHARD_SIZE;
  if (value === undefined || value === '') return SEARCH_SHARD_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new Error(`ARCHIVE_SEARCH_SHARD_SIZE 必须是正整数，而不是 "${value}"`);
  return size;
}

/** Pagefind filter naming an article's shard: a date-sorted search asks one shard at a time. */
export const SHARD_FILTER = 'shard';

export interface SearchShard {
  /** Filter value and directory name. */
  name: string;
  /** URL of the shard's Pagefind bundle. */
  basePath: string;
  /** Range of the date-sorted records it holds: [start, end). */
  start: number;
  end: number;
}

export const PRIMARY_BASE_PATH = '/pagefind/';

/**
 * Splits `count` date-sorted records into the fewest shards of at most `size`, as even as
 * possible. The first shard is Pagefind's primary bundle; the others live beneath it.
 */
export function planShards(count: number, size = SEARCH_SHARD_SIZE): SearchShard[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`shard size must be a positive integer, not ${size}`);
  const shardCount = Math.max(1, Math.ceil(count / size));
  const base = Math.floor(count / shardCount);
  const larger = count % shardCount;
  const shards: SearchShard[] = [];
  let start = 0;
  for (let i = 0; i < shardCount; i++) {
    const end = start + base + (i < larger ? 1 : 0);
    const name = String(i);
    shards.push({ name, basePath: i === 0 ? PRIMARY_BASE_PATH : `${PRIMARY_BASE_PATH}shard-${name}/`, start, end });
    start = end;
  }
  return shards;
}

/** Records in date order (stable: same-day articles keep the archive's order). */
export function byDate<T extends { sort: { date: string } }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.sort.date < b.sort.date ? -1 : a.sort.date > b.sort.date ? 1 : 0));
}
