import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSyntheticPage, writeSyntheticArchive } from '../../../scripts/bench/synthetic.ts';

/** Every article of an archive folder: its id, date and source. */
function articlesOf(dir: string): { id: string; date: string; source: string }[] {
  const root = path.join(dir, 'articles');
  return readdirSync(root).flatMap((year) =>
    readdirSync(path.join(root, year)).map((name) => {
      const text = readFileSync(path.join(root, year, name), 'utf8');
      return {
        id: name.replace(/\.md$/, ''),
        date: /^date: "?([\d-]+)"?$/m.exec(text)![1]!,
        source: /^source: (\S+)$/m.exec(text)![1]!,
      };
    }),
  );
}

describe("the benchmark's added page", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bench-synthetic-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['past', 'newest'] as const)('copies a page of four stories under a new source (%s)', (date) => {
    const target = path.join(dir, date);
    writeSyntheticArchive(path.resolve('content'), target, 300);
    const before = articlesOf(target);
    // The dates of the archive's printed pages of four stories.
    const dates = [...Map.groupBy(before, (article) => article.source).values()]
      .filter((list) => list.length === 4)
      .map((list) => list[0]!.date);
    const ids = addSyntheticPage(target, 4, date);
    const after = articlesOf(target);
    const added = after.filter((article) => ids.includes(article.id));
    expect(after).toHaveLength(before.length + 4);
    expect(added).toHaveLength(4);
    expect(new Set(added.map((article) => article.source)).size).toBe(1);
    expect(before.map((article) => article.source)).not.toContain(added[0]!.source);
    const pin = readFileSync(path.join(target, 'sources.sha256'), 'utf8');
    expect(pin).toContain(`sources/${added[0]!.source}.txt`);
    // The newest page is as new as any page of four; the past one is older than that.
    const newest = dates.reduce((a, b) => (a > b ? a : b));
    if (date === 'newest') expect(added[0]!.date).toBe(newest);
    else expect(added[0]!.date < newest).toBe(true);
  });
});
