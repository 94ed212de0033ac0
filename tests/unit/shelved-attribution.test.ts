import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/data/archive.ts';
import { sourceLines } from '../../src/data/source-lines.ts';
import { attributionShelf, splitLines } from '../../src/lib/source-lines.ts';

/**
 * The page build takes a page's attribution from the articles' loader, which computed it for its
 * check of lines left out, only when it was computed with the same stories as their files stand.
 */
const SOURCE = '002_d900017915a012f7';
const FILE = 'content/articles/2021/huizhou-zhongkai-dangjian-yinling.md';
const lineCount = splitLines(readFileSync(`content/sources/${SOURCE}.txt`, 'utf8')).length;

const story = (digest: string, source = SOURCE) =>
  ({
    id: 'huizhou-zhongkai-dangjian-yinling',
    source,
    column: undefined,
    pageName: undefined,
    entry: {
      id: 'huizhou-zhongkai-dangjian-yinling',
      filePath: FILE,
      digest,
      data: { title: '党建引领 奋力迈进国家一流高新区', omittedLines: [], corrections: [], credits: [], captions: [] },
    },
  }) as unknown as Article;

/** A made-up attribution no matcher would give: every line (blank ones too) the story's. */
const everyLine = () => ({
  stories: [{ id: 'huizhou-zhongkai-dangjian-yinling', digest: 'd1' }],
  compact: Array.from({ length: lineCount }, () => 0),
});

describe('sourceLines and the loader’s attribution', () => {
  it('takes the loader’s attribution for the same stories as their files stand', () => {
    attributionShelf.put(SOURCE, everyLine());
    const lines = sourceLines(SOURCE, [story('d1')]);
    expect(lines.every((line) => line.kind === 'article')).toBe(true);
  });

  it('computes its own when a story’s file changed since (another digest)', () => {
    // Another page: the first call of a page keeps its attribution for the rest of the build.
    const other = '000_159cc9506a3264e1';
    const count = splitLines(readFileSync(`content/sources/${other}.txt`, 'utf8')).length;
    attributionShelf.put(other, { ...everyLine(), compact: Array.from({ length: count }, () => 0) });
    const lines = sourceLines(other, [story('d2', other)]);
    // Matched afresh: this story's text is not on that page, so most lines are no story's.
    expect(lines.filter((line) => line.kind === 'article').length).toBeLessThan(count / 2);
  });
});
