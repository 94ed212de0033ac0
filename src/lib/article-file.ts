/**
 * An article file split as Astro splits Markdown entries: the frontmatter's data and the body,
 * trimmed. The articles' loader (src/lib/content-checks.ts) keeps only the data in Astro's
 * content store; pages read a body from its file when they show it (src/data/article-body.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

export interface ArticleFileParts {
  data: Record<string, unknown>;
  body: string;
}

/** Throws the YAML parser's error on broken frontmatter (the loader then names the field). */
export function splitArticleFile(contents: string): ArticleFileParts {
  const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  return { data: parsed.frontmatter, body: parsed.content.trim() };
}

/** The body of the article at `filePath`, relative to the project root as Astro's entries give it. */
export function readArticleBody(filePath: string): string {
  return splitArticleFile(readFileSync(path.resolve(filePath), 'utf8')).body;
}
