/**
 * Drafts waiting for an editor: `npm run review`. Lists every draft article with what stands
 * between it and publication, judged by the same schema the build applies to published
 * articles. Publishing is deleting the `draft: true` line once the list for it is empty.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articleSchema } from '../src/content.config.ts';
import { inspectArticleText } from '../src/lib/article-files.ts';
import { articleProblems, provenanceProblems, readSourceText } from '../src/lib/content-checks.ts';
import { contentPath } from '../src/lib/content-paths.ts';
import { SourceIndex } from '../src/lib/provenance.ts';

export interface DraftReview {
  file: string;
  title: string;
  problems: string[];
}

export function reviewDrafts(articlesDir = contentPath('articles')): DraftReview[] {
  const reviews: DraftReview[] = [];
  const root = path.dirname(articlesDir);
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
    const inspected = inspectArticleText(text, relative, file.split(path.sep)[0]);
    const article = {
      filePath: relative,
      body: match[2]!.trim(),
      data: {
        title: String(data.title ?? ''),
        ...(typeof data.kicker === 'string' && { kicker: data.kicker }),
        ...(typeof data.subtitle === 'string' && { subtitle: data.subtitle }),
        source: String(data.source ?? ''),
        order: Number(data.order),
        corrections: (data.corrections as never) ?? [],
        credits: (data.credits as never) ?? [],
        captions: (data.captions as never) ?? [],
      },
      facts: inspected.facts,
    };
    const source = readSourceText(article.data.source, root);
    // Judged as if published: the same checks the build applies once draft: true is gone.
    const found = [
      ...inspected.problems,
      ...articleProblems(article, () => source),
      ...(source === undefined ? [] : provenanceProblems(article, SourceIndex.of(source))),
    ];
    problems.push(...found.map((p) => p.replace(`${relative}: `, '')));
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
