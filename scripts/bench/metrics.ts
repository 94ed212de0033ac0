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
