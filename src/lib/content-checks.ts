/**
 * Checks that need more than one frontmatter: the body, the raw source page, and the
 * collection as a whole. They run inside the articles loader so `astro build` fails on them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { contentPath, contentRoot } from './content-paths.ts';
import { inspectMarkdown } from './markdown-safety.ts';

export class ContentError extends Error {
  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field}: ${message}`);
    this.name = 'ContentError';
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The permalink id of an article is its file name; the year folder only organises files. */
export function articleIdFromPath(entry: string): string {
  const id = path.basename(entry).replace(/\.md$/, '');
  if (!SLUG.test(id)) {
    throw new ContentError(entry, 'id', `文件名 "${id}" 应为小写拼音词，用 - 连接 (lowercase ASCII slug)`);
  }
  return id;
}

/** Ids of a YAML data file (zones, campaigns…), with a clear error when the file is broken. */
export function readDataIds(file: string): string[] {
  const display = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(display, 'yaml', (error as Error).message);
  }
  if (!Array.isArray(data)) throw new ContentError(display, 'root', '应为条目列表 (expected a list of entries)');
  return data.map((entry, index) => {
    const id = (entry as { id?: unknown })?.id;
    if (typeof id !== 'string') throw new ContentError(display, `[${index}].id`, '缺少 id');
    return id;
  });
}

function listMarkdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** Two files whose names give the same id would share one URL: name both. */
export function findDuplicateIds(files: string[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const file of files) {
    const id = path.basename(file).replace(/\.md$/, '');
    const first = seen.get(id);
    if (first) problems.push(`content/articles/${file}: id: 与 content/articles/${first} 重复 (duplicate id "${id}")`);
    else seen.set(id, file);
  }
  return problems;
}

export interface ArticleForChecks {
  filePath: string;
  body: string;
  data: {
    title: string;
    kicker?: string;
    subtitle?: string;
    source: string;
    order: number;
    corrections: { original: string; corrected: string }[];
  };
}

const collapse = (s: string) => s.replace(/\s+/g, '');

/** Problems of one article that the frontmatter schema cannot see. */
export function articleProblems(article: ArticleForChecks, readSource: (id: string) => string | undefined): string[] {
  const problems: string[] = [];
  const file = article.filePath;
  const body = inspectMarkdown(article.body);
  for (const finding of body.rawHtml) {
    problems.push(
      `${file}: body: 第${finding.line}行含原始 HTML，正文只允许 Markdown (raw HTML is not allowed): ${finding.html}`,
    );
  }
  for (const line of body.topLevelHeadings) {
    problems.push(`${file}: body: 第${line}行使用了一级标题，小标题请用 ## (use ## for section heads)`);
  }
  const source = readSource(article.data.source);
  if (source === undefined) {
    problems.push(`${file}: source: content/sources/${article.data.source}.txt 不存在`);
  }
  const articleText = collapse(
    [article.data.kicker, article.data.title, article.data.subtitle, article.body].join('\n'),
  );
  article.data.corrections.forEach((correction, index) => {
    // Whitespace is compared loosely: a correction may span a column break in the OCR.
    if (source !== undefined && !collapse(source).includes(collapse(correction.original))) {
      problems.push(`${file}: corrections[${index}].original: 在原始版面中找不到 "${correction.original}"`);
    }
    if (correction.corrected && !articleText.includes(collapse(correction.corrected))) {
      problems.push(`${file}: corrections[${index}].corrected: 在文章中找不到 "${correction.corrected}"`);
    }
  });
  return problems;
}

/** Stories of one page must have distinct positions. */
export function duplicatePositions(articles: ArticleForChecks[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const article of articles) {
    const key = `${article.data.source}#${article.data.order}`;
    const first = seen.get(key);
    if (first)
      problems.push(
        `${article.filePath}: order: 与 ${first} 在同一版面 ${article.data.source} 上位置相同 (${article.data.order})`,
      );
    else seen.set(key, article.filePath);
  }
  return problems;
}

export function readSourceText(id: string, root = contentRoot()): string | undefined {
  const file = path.join(contentPath('sources', root), `${id}.txt`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Wraps the glob loader: refuse duplicate ids before loading, check every article after. */
export function checkArticleCollection(inner: Loader): Loader {
  return {
    name: 'checked-articles',
    async load(context: LoaderContext) {
      const duplicates = findDuplicateIds(listMarkdownFiles(contentPath('articles')));
      if (duplicates.length) throw new Error(duplicates.join('\n'));
      await inner.load(context);
      const entries = [...context.store.values()].map((entry) => ({
        filePath: entry.filePath ?? entry.id,
        body: entry.body ?? '',
        data: entry.data as ArticleForChecks['data'],
      }));
      const sourceCache = new Map<string, string | undefined>();
      const readSource = (id: string) => {
        if (!sourceCache.has(id)) sourceCache.set(id, readSourceText(id));
        return sourceCache.get(id);
      };
      const problems = [
        ...entries.flatMap((entry) => articleProblems(entry, readSource)),
        ...duplicatePositions(entries),
      ];
      if (problems.length) throw new Error(`内容检查未通过 (content check failed):\n${problems.join('\n')}`);
    },
  };
}
