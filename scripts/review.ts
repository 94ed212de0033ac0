/**
 * Drafts waiting for an editor: `npm run review`. Lists every draft article with what stands
 * between it and publication, judged by the same schema the build applies to published
 * articles. Publishing is deleting the `draft: true` line once the list for it is empty.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articleSchema } from '../src/content.config.ts';
import { articleProblems, readSourceText } from '../src/lib/content-checks.ts';
import { contentPath } from '../src/lib/content-paths.ts';

export interface DraftReview {
  file: string;
  title: string;
  problems: string[];
}

export function reviewDrafts(articlesDir = contentPath('articles')): DraftReview[] {
  const reviews: DraftReview[] = [];
  for (const file of readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const text = readFileSync(path.join(articlesDir, file), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match) continue;
    const data = (parse(match[1]!) ?? {}) as Record<string, unknown>;
    if (data.draft !== true) continue;
    const { draft: _draft, ...published } = data;
    const problems: string[] = [];
    const result = articleSchema.safeParse(published);
    if (!result.success)
      for (const issue of result.error.issues)
        problems.push(`${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
    const relative = path.join(path.relative(process.cwd(), articlesDir), file);
    problems.push(
      ...articleProblems(
        {
          filePath: relative,
          body: match[2]!,
          data: {
            title: String(data.title ?? ''),
            source: String(data.source ?? ''),
            order: Number(data.order),
            corrections: (data.corrections as never) ?? [],
          },
        },
        (id) => readSourceText(id),
      ).map((p) => p.replace(`${relative}: `, '')),
    );
    if (String(data.title ?? '').includes('待定')) problems.push('title: 标题待定');
    reviews.push({ file: relative, title: String(data.title ?? ''), problems });
  }
  return reviews;
}

if (import.meta.main) {
  const reviews = reviewDrafts();
  if (reviews.length === 0) console.log('没有待审的草稿。');
  for (const review of reviews) {
    console.log(`${review.file}  「${review.title}」`);
    if (review.problems.length === 0) console.log('  可以发布：删去 draft: true 一行');
    for (const problem of review.problems) console.log(`  - ${problem}`);
  }
  console.log(`\n${reviews.length} 篇草稿，${reviews.filter((r) => r.problems.length === 0).length} 篇可发布。`);
}
