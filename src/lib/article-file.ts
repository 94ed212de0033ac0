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

/**
 * Frontmatter as parseFrontmatter finds it: at the file's start (after a byte order mark, or after
 * blank lines), a `---` (or TOML's `+++`) delimiter, its text up to a newline, and the next
 * delimiter. tests/unit/article-file.test.ts holds articleFileBody to parseFrontmatter itself.
 */
const FRONTMATTER_BLOCK = /^(?:\uFEFF|\s*\n)?(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * The body as splitArticleFile gives it, without parsing the frontmatter: pages read a body
 * several times per build (page, source lines, open data, search, feeds), and parsing the YAML
 * each time cost more than reading the file. For a file the loader has already accepted.
 */
export function articleFileBody(contents: string): string {
  const block = FRONTMATTER_BLOCK.exec(contents);
  if (!block) return contents.trim();
  // Like parseFrontmatter, blank out the first "<opening delimiter><text><opening delimiter>":
  // the text as many spaces, newlines kept (a file that closes with the other delimiter has none).
  const [, delimiter, text] = block as unknown as [string, string, string];
  const frontmatter = delimiter + text + delimiter;
  const at = contents.indexOf(frontmatter);
  if (at < 0) return contents.trim();
  const blank = `   ${text.replace(/[^\r\n]/g, ' ')}   `;
  return (contents.slice(0, at) + blank + contents.slice(at + frontmatter.length)).trim();
}

/** The body of the article at `filePath`, relative to the project root as Astro's entries give it. */
export function readArticleBody(filePath: string): string {
  return articleFileBody(readFileSync(path.resolve(filePath), 'utf8'));
}
