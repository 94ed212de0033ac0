/**
 * The index in parts by date. Articles (numbered in date order, layout.ts byDate) are cut into
 * consecutive parts of at most a bounded number, each indexed by its own Pagefind run in a
 * process of its own (scripts/build-search-index.ts), so that the indexer's memory is bounded
 * by the part, not by the archive. A part is named by its years and a digest of what it
 * indexes, so a build keeps, unchanged, every part whose articles did not change.
 *
 * Parts follow whole years where they can: consecutive years are grouped, oldest first, while
 * they fit; a year that does not fit alone is cut by the calendar (halves, thirds, quarters… of
 * the year). An article added to a year changes the part that holds it (and, if that no longer
 * fits, how the year is cut or the years after it are grouped), never a part before it; in a
 * year cut by the calendar, no other slice of the year. New articles are mostly the newest, in
 * the last part.
 *
 * The browser searches the newest part first (its results show at once), then the others
 * (../browser/pagefind.ts).
 */

/** /search/parts.json: the index's parts, in date order (the newest last). */
export interface PartsFile {
  parts: PublishedPart[];
}

/** A part as the site lists it: with its Pagefind metadata, which the engine fetches ahead of Pagefind. */
export interface PublishedPart extends IndexPart {
  /** The file name of the part's Pagefind metadata, in its folder under /pagefind/ (named by Pagefind). */
  meta: string;
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
 * Months per slice, coarsest first, when a year that does not fit in one part is cut by the
 * calendar: halves, thirds, quarters, two months, single months.
 */
const CALENDAR_CUTS = [6, 4, 3, 2, 1] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A year of more than maxArticles articles, cut by the calendar: into the coarsest even cut
 * (CALENDAR_CUTS) whose slices all fit, empty slices left out. Its boundaries are the
 * calendar's, not the articles', so an article added to the year changes only the slice of its
 * month, until that slice no longer fits and the year is cut finer. A month that does not fit
 * alone is cut into equal slices. Articles dated by their year alone (month 0) go with January.
 */
function yearSlices(year: number, first: number, months: readonly number[], maxArticles: number): PartSlice[] {
  for (const span of CALENDAR_CUTS) {
    const counts = new Array<number>(12 / span).fill(0);
    months.forEach((count, month) => (counts[Math.floor(Math.max(month - 1, 0) / span)]! += count));
    if (span > 1 && counts.some((count) => count > maxArticles)) continue;
    const slices: PartSlice[] = [];
    let next = first;
    counts.forEach((count, i) => {
      if (count === 0) return;
      const from = i * span + 1;
      const label = span === 1 ? `${year}.${pad2(from)}` : `${year}.${pad2(from)}-${pad2(from + span - 1)}`;
      // Only single months can be left over the size here: each is cut into equal slices, the larger first.
      const pieces = Math.ceil(count / maxArticles);
      for (let piece = 0; piece < pieces; piece++) {
        const size = Math.floor(count / pieces) + (piece < count % pieces ? 1 : 0);
        slices.push({ label: pieces === 1 ? label : `${label}.${piece + 1}`, first: next, count: size });
        next += size;
      }
    });
    return slices;
  }
  throw new Error('unreachable: single months always cut');
}

/**
 * The parts of an archive whose articles, in date order, have these date sort keys
 * (dates.ts, dateSortKey: YYYY-MM-DD), with at most maxArticles articles each.
 */
export function partSlices(sortKeys: readonly string[], maxArticles: number = PART_ARTICLES): PartSlice[] {
  if (!Number.isInteger(maxArticles) || maxArticles < 1) throw new RangeError(`maxArticles ${maxArticles}: 至少为 1`);
  /** Each year's articles: where they start, and how many in each month (0: dated by the year alone). */
  const runs: { year: number; first: number; count: number; months: number[] }[] = [];
  sortKeys.forEach((key, n) => {
    const { year, month } = sortKeyDate(key);
    if (n > 0 && key < sortKeys[n - 1]!)
      throw new RangeError(`第 ${n} 篇文章的日期 ${key} 早于前一篇的 ${sortKeys[n - 1]}`);
    let last = runs.at(-1);
    if (last?.year !== year) runs.push((last = { year, first: n, count: 0, months: new Array<number>(13).fill(0) }));
    last.count++;
    last.months[month]!++;
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
      slices.push(...yearSlices(run.year, run.first, run.months, maxArticles));
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

/** The year and month (0 when the date gives none) of a date sort key (dates.ts, dateSortKey: YYYY-MM-DD). */
export function sortKeyDate(sortKey: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(sortKey);
  const month = Number(match?.[2]);
  if (!match || month > 12) throw new RangeError(`日期排序键 ${sortKey}：不是 YYYY-MM-DD`);
  return { year: Number(match[1]), month };
}
