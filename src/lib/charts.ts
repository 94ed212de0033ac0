/**
 * The archive's pictures as plain data, drawn at build time: a matrix of rows (the archive, a
 * zone, a campaign) against periods (years, or months when the span is short), each cell the
 * count of one list and the link to it. The component only turns the layout into SVG, so what
 * is drawn, what the table alternative says and what the links open all come from here.
 */
import { extent } from './arrays.ts';
import type { ArticleRecord } from './archive.ts';
import { comparePeriods, countArticles, periodLabel, selectionUrl, type Period, type Selection } from './counts.ts';

export type Resolution = 'year' | 'month';

/** How a row is drawn: the total as bars, or a row of cells in one of the palette's tones. */
export type Tone = 'total' | `c${number}`;

/** Distinct campaign tones before they repeat; rows are labelled, so colour is never the only cue. */
export const TONES = 8;

export interface ChartRowSpec {
  label: string;
  selection: Selection;
  tone: Tone;
}

export interface ChartCell {
  period: Period;
  count: number;
  /** The list the cell links to; undefined for an empty cell, which has no list. */
  href: string | undefined;
  /** What a screen reader hears for the cell: row, period and count. */
  name: string;
}

export interface ChartRow extends ChartRowSpec {
  href: string;
  total: number;
  cells: ChartCell[];
}

export interface Chart {
  title: string;
  resolution: Resolution;
  columns: Period[];
  rows: ChartRow[];
  /** Largest cell count, which the darkest cell and the tallest bar stand for. */
  max: number;
}

/**
 * Months when the articles fit in two calendar years and some are dated to the month; years
 * otherwise (ten years of months would be 120 columns, and estimates to the year have no month).
 */
export function chartResolution(articles: readonly ArticleRecord[]): Resolution {
  if (articles.length === 0) return 'year';
  const [first, last] = extent(articles.map((a) => a.date.year))!;
  const hasMonths = articles.some((a) => a.date.month !== undefined);
  return hasMonths && last - first <= 1 ? 'month' : 'year';
}

/**
 * The chart's columns: every year from the first to the last (empty years included, so gaps
 * show), or every month from the first dated month to the last, each year's "month unknown"
 * column first where some article of the year is dated only to the year.
 */
export function chartColumns(articles: readonly ArticleRecord[], resolution: Resolution): Period[] {
  if (articles.length === 0) return [];
  const [first, last] = extent(articles.map((a) => a.date.year))!;
  const columns: Period[] = [];
  if (resolution === 'year') {
    for (let year = first; year <= last; year++) columns.push({ year });
    return columns;
  }
  const monthIndex = (a: ArticleRecord) => a.date.year * 12 + a.date.month! - 1;
  const dated = articles.filter((a) => a.date.month !== undefined).map(monthIndex);
  const unknownYears = new Set(articles.filter((a) => a.date.month === undefined).map((a) => a.date.year));
  const months = extent(dated) ?? [0, -1];
  for (let index = months[0]!; index <= months[1]!; index++)
    columns.push({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  for (const year of unknownYears) columns.push({ year, month: 'unknown' });
  return columns.sort(comparePeriods);
}

/** "2019", "6月", "不详": a column's label under the chart; years of month columns go on a second line. */
export function columnLabel(period: Period): string {
  if (period.month === undefined) return String(period.year);
  return period.month === 'unknown' ? '不详' : `${period.month}月`;
}

export function buildChart(
  articles: readonly ArticleRecord[],
  spec: { title: string; rows: ChartRowSpec[]; resolution: Resolution; columns: Period[] },
): Chart {
  const rows = spec.rows.map((row): ChartRow => {
    const cells = spec.columns.map((period): ChartCell => {
      const selection = { ...row.selection, period };
      const count = countArticles(articles, selection);
      return {
        period,
        count,
        href: count > 0 ? selectionUrl(selection) : undefined,
        name: `${row.label}，${periodLabel(period)}：${count} 篇`,
      };
    });
    return { ...row, href: selectionUrl(row.selection), total: countArticles(articles, row.selection), cells };
  });
  const max = Math.max(0, extent(rows.flatMap((row) => row.cells.map((cell) => cell.count)))?.[1] ?? 0);
  return { title: spec.title, resolution: spec.resolution, columns: spec.columns, rows, max };
}

/** A campaign's tone: the same campaign keeps its colour on every page of the build. */
export function campaignTone(campaignIds: readonly string[], id: string): Tone {
  const index = campaignIds.indexOf(id);
  return `c${(index < 0 ? 0 : index) % TONES}`;
}

/** On a zone page: the zone's articles per period, then one row per campaign it reported on. */
export function zoneChart(
  articles: readonly ArticleRecord[],
  zone: { id: string; name: string },
  zoneArticles: readonly ArticleRecord[],
  campaigns: readonly { id: string; name: string }[],
): Chart {
  const resolution = chartResolution(zoneArticles);
  const reported = campaigns
    .map((campaign) => ({ campaign, count: countArticles(articles, { zone: zone.id, campaign: campaign.id }) }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
  const campaignIds = campaigns.map((c) => c.id);
  return buildChart(articles, {
    title: `${zone.name}：各${resolution === 'year' ? '年' : '月'}报道数，按活动分列`,
    resolution,
    columns: chartColumns(zoneArticles, resolution),
    rows: [
      { label: '全部报道', selection: { zone: zone.id }, tone: 'total' },
      ...reported.map(({ campaign }) => ({
        label: campaign.name,
        selection: { zone: zone.id, campaign: campaign.id },
        tone: campaignTone(campaignIds, campaign.id),
      })),
    ],
  });
}

/** On a campaign page: each zone that reported on it, over time. */
export function campaignChart(
  articles: readonly ArticleRecord[],
  campaign: { id: string; name: string },
  campaignArticles: readonly ArticleRecord[],
  zones: readonly { id: string; name: string }[],
  campaignIds: readonly string[],
): Chart {
  const resolution = chartResolution(campaignArticles);
  const tone = campaignTone(campaignIds, campaign.id);
  const rows = zones
    .map((zone) => ({ zone, count: countArticles(articles, { zone: zone.id, campaign: campaign.id }) }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count)
    .map(({ zone }) => ({ label: zone.name, selection: { zone: zone.id, campaign: campaign.id }, tone }));
  return buildChart(articles, {
    title: `${campaign.name}：各园区与地区的报道，按${resolution === 'year' ? '年' : '月'}`,
    resolution,
    columns: chartColumns(campaignArticles, resolution),
    rows,
  });
}

/** On the date archive: zones × years, the whole archive's row first. */
export function archiveChart(
  articles: readonly ArticleRecord[],
  zones: readonly { id: string; name: string }[],
): Chart {
  const rows: ChartRowSpec[] = zones
    .map((zone) => ({ zone, count: countArticles(articles, { zone: zone.id }) }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count)
    .map(({ zone }) => ({ label: zone.name, selection: { zone: zone.id }, tone: 'c0' }));
  return buildChart(articles, {
    title: '各园区与地区每年的报道数',
    resolution: 'year',
    columns: chartColumns(articles, 'year'),
    rows: [{ label: '全部报道', selection: {}, tone: 'total' }, ...rows],
  });
}

/** Every list a chart links to, for the routes to generate: the chart's non-empty cells. */
export function chartSelections(chart: Chart): Selection[] {
  return chart.rows.flatMap((row) =>
    row.cells.filter((cell) => cell.count > 0).map((cell) => ({ ...row.selection, period: cell.period })),
  );
}

/** SVG geometry, in CSS pixels. */
export const GEOMETRY = {
  column: 40,
  row: 28,
  bars: 64,
  gap: 4,
  axis: 40,
  font: 13,
  labelChars: 14,
} as const;

export interface Layout {
  width: number;
  height: number;
  labelWidth: number;
  rows: {
    label: string;
    /** Shortened label drawn in the picture; the full one is in the link's name and the table. */
    shownLabel: string;
    y: number;
    height: number;
    bars: boolean;
    tone: Tone;
    cells: {
      x: number;
      /** The drawn mark: a bar from the row's foot, or a cell filling the row. */
      rect: { x: number; y: number; width: number; height: number };
      /** 0–1: how dark a cell is drawn, by its count against the chart's largest. */
      strength: number;
      text: { x: number; y: number };
      cell: ChartCell;
    }[];
  }[];
  /** Column labels, and below the months their year where it changes. */
  axis: { x: number; y: number; label: string }[];
}

/**
 * How opaque a cell's colour is drawn, by its strength (0–1). Cells stay light enough for the
 * figure in them to keep 4.5:1 in both modes: the palette's lightest dark-mode hue, lime-300,
 * at the full 0.4 over the dark ground still gives more than 5:1.
 */
export function cellOpacity(strength: number): number {
  return Math.round((0.08 + 0.32 * Math.min(1, Math.max(0, strength))) * 100) / 100;
}

function shorten(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

export function layoutChart(chart: Chart): Layout {
  const g = GEOMETRY;
  const longest = Math.max(2, ...chart.rows.map((row) => [...row.label].length));
  const labelWidth = Math.min(longest, g.labelChars) * g.font + 12;
  let y = 0;
  const rows = chart.rows.map((row) => {
    const bars = row.tone === 'total';
    const height = bars ? g.bars : g.row;
    const top = y;
    y += height + g.gap;
    return {
      label: row.label,
      shownLabel: shorten(row.label, g.labelChars),
      y: top,
      height,
      bars,
      tone: row.tone,
      cells: row.cells.map((cell, index) => {
        const x = labelWidth + index * g.column;
        const ratio = chart.max > 0 ? cell.count / chart.max : 0;
        // A bar leaves room above it for its figure; a cell is the row's full height.
        const barHeight = cell.count > 0 ? Math.max(2, Math.round(ratio * (height - g.font - 6))) : 0;
        const rect = bars
          ? { x: x + 6, y: top + height - barHeight, width: g.column - 12, height: barHeight }
          : { x: x + 2, y: top, width: g.column - 4, height };
        const text = bars
          ? { x: x + g.column / 2, y: top + height - barHeight - 4 }
          : { x: x + g.column / 2, y: top + height / 2 + g.font / 2 - 2 };
        return { x, rect, strength: Math.round(ratio * 100) / 100, text, cell };
      }),
    };
  });
  const axisTop = y + g.font;
  const axis = chart.columns.flatMap((period, index) => {
    const x = labelWidth + index * g.column + g.column / 2;
    const labels = [{ x, y: axisTop, label: columnLabel(period) }];
    const previous = chart.columns[index - 1];
    if (period.month !== undefined && previous?.year !== period.year)
      labels.push({ x, y: axisTop + g.font + 6, label: `${period.year}年` });
    return labels;
  });
  const height = axisTop + (chart.resolution === 'month' ? g.font + 10 : 4) + 4;
  return { width: labelWidth + chart.columns.length * g.column + 4, height, labelWidth, rows, axis };
}
