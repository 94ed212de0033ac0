import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFileBody, splitArticleFile } from '../../src/lib/article-file.ts';
import { CONTENT } from '../helpers/content.ts';

const articlesDir = path.join(CONTENT, 'articles');
const articleFiles = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md'))
  .map((file) => readFileSync(path.join(articlesDir, file), 'utf8'));

/** Pieces that sit near frontmatter's edges: delimiters, blank lines, BOMs, CRLF, rules in the body. */
const piece = fc.constantFrom(
  '---',
  '+++',
  '---\n',
  '\n---\n',
  '\n',
  '\r\n',
  '  ',
  '\t',
  '\uFEFF',
  'title: 党建\n',
  'date: 2021-07-01\n',
  'order: 1\n',
  '正文第一段。',
  '# 标题',
  '***',
  '- 列表',
  '--- not a rule',
  'a: "---"\n',
);
const fileLike = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));

/** The body Astro's splitting gives, or undefined where its YAML parser refuses the frontmatter. */
function astroBody(contents: string): string | undefined {
  try {
    return splitArticleFile(contents).body;
  } catch {
    return undefined;
  }
}

describe('articleFileBody', () => {
  it('gives every article of the archive the body parseFrontmatter gives it', () => {
    expect(articleFiles.length).toBeGreaterThan(10);
    for (const contents of articleFiles) expect(articleFileBody(contents)).toBe(splitArticleFile(contents).body);
  });

  it('agrees with parseFrontmatter on files pieced from frontmatter edges', () => {
    fc.assert(
      fc.property(fileLike, (contents) => {
        const expected = astroBody(contents);
        if (expected !== undefined) expect(articleFileBody(contents)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on the archive’s own files with their edges disturbed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...articleFiles),
        fc.constantFrom('', '\uFEFF', '\n', '\n\n', '  \n', '\r\n'),
        fc.constantFrom('', '\n---\n', '\n\n***\n', '\n+++\n'),
        (contents, before, after) => {
          const disturbed = before + contents + after;
          const expected = astroBody(disturbed);
          if (expected !== undefined) expect(articleFileBody(disturbed)).toBe(expected);
        },
      ),
    );
  });

  it('keeps a body that holds a rule of dashes', () => {
    const contents = '---\ntitle: 标题\n---\n\n第一段。\n\n---\n\n第二段。\n';
    expect(articleFileBody(contents)).toBe('第一段。\n\n---\n\n第二段。');
  });
});
