/**
 * An article's body as HTML, rendered at page time with the site's Markdown settings
 * (astro.config.ts), instead of kept in Astro's content store for every article at once.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { articleRenderer } from '../lib/article-markdown.ts';
import type { ArticleEntry } from './archive.ts';
import { articleBody } from './article-body.ts';

export async function articleHtml(entry: ArticleEntry): Promise<{ html: string; headings: MarkdownHeading[] }> {
  const result = await (
    await articleRenderer()
  ).render(articleBody(entry), {
    frontmatter: entry.data,
    ...(entry.filePath && { fileURL: pathToFileURL(path.resolve(entry.filePath)) }),
  });
  return { html: result.code, headings: result.metadata.headings };
}
