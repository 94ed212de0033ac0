/** Scores of a query set against its ground truth, and latency percentiles. */

export interface QueryOutcome {
  expected: Set<string>;
  found: string[];
}

export interface SetScore {
  queries: number;
  recall: number;
  fullRecall: number;
  zeroResults: number;
  precision: number;
}

/** Micro-averaged recall and precision; shares of queries with full recall and with no result. */
export function scoreSet(outcomes: QueryOutcome[]): SetScore {
  let relevant = 0;
  let relevantFound = 0;
  let found = 0;
  let full = 0;
  let zero = 0;
  for (const { expected, found: results } of outcomes) {
    const hits = results.filter((url) => expected.has(url)).length;
    relevant += expected.size;
    relevantFound += hits;
    found += results.length;
    if (hits === expected.size) full++;
    if (results.length === 0) zero++;
  }
  const n = outcomes.length || 1;
  return {
    queries: outcomes.length,
    recall: relevant ? relevantFound / relevant : 1,
    fullRecall: full / n,
    zeroResults: zero / n,
    precision: found ? relevantFound / found : 1,
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** What a build measured, as the benchmark keeps it: the parts a figure per article is made of. */
export interface BuildTotals {
  seconds: number;
  cpuSeconds?: number | undefined;
  peakMiB?: number | undefined;
}

/**
 * A build's figures divided by its articles, so that archives of different sizes compare
 * (issue: time and memory grow at most as fast as the archive). Parts not measured are left out.
 */
export function perArticleReport(articles: number, { seconds, cpuSeconds, peakMiB }: BuildTotals, distBytes?: number) {
  if (!(articles > 0)) throw new Error(`perArticleReport: ${articles} articles`);
  const parts = [`${((seconds * 1000) / articles).toFixed(2)} ms of the build's time`];
  if (cpuSeconds !== undefined) parts.push(`${((cpuSeconds * 1000) / articles).toFixed(2)} ms of its CPU`);
  if (peakMiB !== undefined) parts.push(`${((peakMiB * 1024) / articles).toFixed(1)} KiB of its peak memory`);
  if (distBytes !== undefined) parts.push(`${(distBytes / 1024 / articles).toFixed(1)} KiB of dist/`);
  return `per article (${articles.toLocaleString('en-US')} articles): ${parts.join(', ')}`;
}
