/**
 * An article's Markdown body, read from its file when a page shows it: the content store keeps
 * frontmatter only (see the articles' loader in src/lib/content-checks.ts). Not cached, so a
 * build never holds every body at once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readArticleBody } from '../lib/article-file.ts';
import type { ArticleBodyFile } from '../lib/search/build/records.ts';
import type { ArticleEntry } from './archive.ts';

export function articleBody(entry: Pick<ArticleEntry, 'id' | 'filePath'>): string {
  if (!entry.filePath) throw new Error(`文章 ${entry.id} 没有文件路径 (an article entry without its file)`);
  return readArticleBody(entry.filePath);
}

/**
 * Whether the article's file is gone. Only `astro dev` can ask so: Astro's content cache may keep
 * listing an article for a while after its file was removed (until the next change reaches it).
 */
export function articleFileRemoved(entry: Pick<ArticleEntry, 'filePath'>): boolean {
  return entry.filePath !== undefined && !existsSync(path.resolve(entry.filePath));
}

/** Where the body is, and the digest of its file as the articles' loader stored it: for the search index's parts. */
export function articleBodyFile(entry: Pick<ArticleEntry, 'id' | 'filePath' | 'digest'>): ArticleBodyFile {
  if (!entry.filePath || entry.digest === undefined)
    throw new Error(`文章 ${entry.id} 没有文件路径或摘要 (an article entry without its file or digest)`);
  return { file: entry.filePath, digest: String(entry.digest) };
}
