/**
 * The pages of one issue (a newspaper's date) already in the archive, published parts and drafts
 * alike, each with its jump marks and the story each belongs to, as the page's line-by-line view
 * attributes its lines: for ingest to link a new page's stories to their other parts
 * (page-links.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitArticleFile } from '../article-file.ts';
import { readSourceText, type ArticleForChecks } from '../content-checks.ts';
import { contentPath } from '../content-paths.ts';
import { attributeLines, pageTextsOf, splitLines, storySegments } from '../source-lines.ts';
import { pageJumps, type IssuePage } from './page-links.ts';
import { storyOf } from './review.ts';

export interface IssuePart {
  /** The file, as the report names it. */
  file: string;
  article: ArticleForChecks;
  page: string | undefined;
}

export interface Issue {
  pages: IssuePage[];
  parts: Map<string, IssuePart>;
  /** Parts some part's continuedIn names. */
  named: Set<string>;
  /** Parts whose continuedIn is set. */
  naming: Set<string>;
}

/**
 * The issue of `newspaper` (undefined: the name is not printed) on `date`, as the articles'
 * folder for its year holds it. A file that cannot be read as an article is passed over: the
 * build and the review tell it; here it only links nothing.
 */
export function readIssue(root: string, newspaper: string | undefined, date: string): Issue {
  const issue: Issue = { pages: [], parts: new Map(), named: new Set(), naming: new Set() };
  const folder = path.join(contentPath('articles', root), date.slice(0, 4));
  if (!existsSync(folder)) return issue;
  const bySource = new Map<string, string[]>();
  for (const name of readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const file = path.join(folder, name);
    const contents = readFileSync(file, 'utf8');
    // Only a file that holds the date is parsed: a year's folder may hold thousands.
    if (!contents.includes(date)) continue;
    let split;
    try {
      split = splitArticleFile(contents);
    } catch {
      continue;
    }
    const { data, body } = split;
    if (String(data.date) !== date || (data.newspaper ?? undefined) !== newspaper || typeof data.source !== 'string')
      continue;
    const id = name.replace(/\.md$/, '');
    const shown = path.relative(process.cwd(), file);
    const page = data.page === undefined || data.page === null ? undefined : String(data.page);
    issue.parts.set(id, { file: shown, article: storyOf(shown, data, body, undefined), page });
    if (typeof data.continuedIn === 'string') (issue.named.add(data.continuedIn), issue.naming.add(id));
    bySource.set(data.source, [...(bySource.get(data.source) ?? []), id]);
  }
  for (const [source, ids] of bySource) {
    let text;
    try {
      text = readSourceText(source, root);
    } catch {
      continue;
    }
    if (text === undefined) continue;
    // In the page's order, as its line-by-line view attributes it.
    const stories = ids
      .map((id) => ({ id, ...issue.parts.get(id)! }))
      .sort((a, b) => a.article.data.order - b.article.data.order);
    const lines = attributeLines(
      text,
      stories.map(({ id, article }) => ({ id, segments: storySegments({ ...article.data, body: article.body }) })),
      { pageTexts: pageTextsOf(stories.map((s) => s.article.data)) },
    );
    const ownerOf = (n: number) => {
      const line = lines[n - 1];
      return line?.kind === 'article' ? line.article : undefined;
    };
    issue.pages.push({
      source,
      page: stories.find((s) => s.page !== undefined)?.page,
      jumps: pageJumps(splitLines(text), ownerOf),
    });
  }
  return issue;
}
