/**
 * The index in parts by date. Articles (numbered in date order, layout.ts byDate) are cut into
 * consecutive parts of at most a bounded number, each indexed by its own Pagefind run in a
 * process of its own (scripts/build-search-index.ts), so that the indexer's memory is bounded
 * by the part, not by the archive. A part is named by its years and a digest of what it
 * indexes, so a build keeps, unchanged, every part whose articles did not change.
 *
 * Parts follow whole years where they can: consecutive years are grouped, oldest first, while
 * they fit; a year that does not fit alone is cut into equal slices. An article added to a year
 * changes the part that holds that year (and, if it no longer fits, how the years after it are
 * grouped), never a part before it. New articles are mostly the newest, in the last part.
 *
 * The browser searches the newest part first (its results show at once), then the others
 * (../browser/pagefind.ts).
 */

/** /search/parts.json: the index's parts, in date order (the newest last). */
export interface PartsFile {
  parts: IndexPart[];
}

export interface IndexPart {
  /** The part's folder under /pagefind/ and /search/parts/: its years, and a digest of its content. */
  name: string;
  /** Archive index (date order) of its first article. */
  first: number;
  /** Its number of articles. */
  count: number;
}

/** A part before it is named: its years, as they appear in its name, and its articles. */
export interface PartSlice {
  label: string;
  first: number;
  count: number;
}

/**
 * Articles per part, at most. Pagefind holds some 0.35 GB per 1,000 articles while it indexes a
 * part (its words and their locations); parts of 4,000 keep the indexer near 1.5 GB, beside the
 * Astro build it runs in.
 */
export const PART_ARTICLES = 4000;

/**
 * The parts of an archive whose articles, in date order, have these years (non-decreasing),
 * with at most maxArticles articles each.
 */
export function partSlices(years: readonly number[], maxArticles: number = PART_ARTICLES): PartSlice[] {
  if (!Number.isInteger(maxArticles) || maxArticles < 1) throw new RangeError(`maxArticles ${maxArticles}: 至少为 1`);
  const runs: { year: number; first: number; count: number }[] = [];
  years.forEach((year, n) => {
    const last = runs.at(-1);
    if (last && year < last.year) throw new RangeError(`第 ${n} 篇文章的年份 ${year} 早于前一篇的 ${last.year}`);
    if (last?.year === year) last.count++;
    else runs.push({ year, first: n, count: 1 });
  });
  const slices: PartSlice[] = [];
  let group: { from: number; to: number; first: number; count: number } | undefined;
  const flush = () => {
    if (!group) return;
    const label = group.from === group.to ? `${group.from}` : `${group.from}-${group.to}`;
    slices.push({ label, first: group.first, count: group.count });
    group = undefined;
  };
  for (const run of runs) {
    if (run.count > maxArticles) {
      flush();
      const pieces = Math.ceil(run.count / maxArticles);
      let first = run.first;
      for (let i = 0; i < pieces; i++) {
        // Equal slices, the larger first: the same year always cuts the same way.
        const count = Math.floor(run.count / pieces) + (i < run.count % pieces ? 1 : 0);
        slices.push({ label: `${run.year}.${i + 1}`, first, count });
        first += count;
      }
    } else if (group && group.count + run.count <= maxArticles) {
      group.to = run.year;
      group.count += run.count;
    } else {
      flush();
      group = { from: run.year, to: run.year, first: run.first, count: run.count };
    }
  }
  flush();
  return slices;
}

/** The year of a date sort key (dates.ts, dateSortKey: YYYY-MM-DD). */
export function sortKeyYear(sortKey: string): number {
  const year = Number(/^(\d{4})-/.exec(sortKey)?.[1]);
  if (!Number.isInteger(year)) throw new RangeError(`日期排序键 ${sortKey}：不是 YYYY-MM-DD`);
  return year;
}
