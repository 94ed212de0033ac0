import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coverage } from '../../src/lib/coverage.ts';
import { hanOnly } from '../../src/lib/text.ts';
import { CONTENT, readArticles, type ArticleFile } from '../helpers/content.ts';
import { DIST, fileForUrl, readDist, requireDist } from '../helpers/dist.ts';

const articles = readArticles();
const sources = [...new Set(articles.map((a) => a.data.source))].sort();

beforeAll(() => requireDist());

interface Row {
  number: number;
  kind: string;
  article?: string | undefined;
  text: string;
}

const unescape = (html: string) =>
  html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/**
 * The view of a source as groups (tbody) of rows, read from the built HTML. A row is of its
 * group's kind and story (the tbody's data-group and data-article) unless it says it is blank.
 */
function view(source: string): { html: string; groups: { html: string; rows: Row[] }[] } {
  const file = fileForUrl(`/sources/${source}/`);
  expect(file, `/sources/${source}/`).toBeDefined();
  const html = readDist(file!);
  const groups = [...html.matchAll(/<tbody([^>]*)>([\s\S]*?)<\/tbody>/g)].map((m) => {
    const kind = /data-group="([^"]+)"/.exec(m[1]!)![1]!;
    const article = /data-article="([^"]+)"/.exec(m[1]!)?.[1];
    return {
      html: m[2]!,
      rows: [...m[2]!.matchAll(/<tr id="L(\d+)"([^>]*)>[\s\S]*?<span[^>]*data-raw[^>]*>([\s\S]*?)<\/span>/g)].map(
        (r) => {
          const blank = /data-kind="blank"/.test(r[2]!);
          return {
            number: Number(r[1]),
            kind: blank ? 'blank' : kind,
            article: blank ? undefined : article,
            text: unescape(r[3]!),
          };
        },
      ),
    };
  });
  return { html, groups };
}

/** The lines of a raw page, split independently of the site code. */
function rawLines(source: string): string[] {
  const lines = readFileSync(path.join(CONTENT, 'sources', `${source}.txt`), 'utf8').split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Everything of an article printed on the page: headline, body, bylines, captions, corrected readings. */
function articleHan(a: ArticleFile): string {
  const d = a.data;
  return hanOnly(
    [
      d.kicker,
      d.title,
      d.subtitle,
      a.body,
      ...(d.captions ?? []).flatMap((c) => [c.text, c.credit]),
      // The label again after the name: a byline prints either "摄 乔冠宇" or "乔冠宇/摄".
      ...(d.credits ?? []).flatMap((c) => [c.label, c.title, c.name, c.label]),
      ...(d.corrections ?? []).map((c) => c.original),
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

describe('source views', () => {
  it.each(sources)('%s: every line of the raw page, numbered, exactly as received', (source) => {
    const { html, groups } = view(source);
    const rows = groups.flatMap((g) => g.rows);
    const raw = rawLines(source);
    expect(rows.map((r) => r.number)).toEqual(raw.map((_, i) => i + 1));
    expect(rows.map((r) => r.text)).toEqual(raw);
    // OCR debris is text, never markup: no <mark> or heading comes from a line.
    expect(html).not.toMatch(/<span[^>]*data-raw[^>]*>[^<]*<(?!\/span>)/);
    expect(html).toMatch(/<html lang="zh-CN"/);
  });

  it.each(sources)("%s: each story's lines are marked and sit under a link to the story", (source) => {
    const { groups } = view(source);
    const onPage = articles.filter((a) => a.data.source === source);
    for (const group of groups) {
      const stories = new Set(group.rows.filter((r) => r.kind === 'article').map((r) => r.article));
      expect(stories.size, `one story per group in ${source}`).toBeLessThanOrEqual(1);
      for (const id of stories) expect(group.html).toContain(`href="/articles/${id}/"`);
    }
    const rows = groups.flatMap((g) => g.rows);
    for (const article of onPage) {
      const marked = rows.filter((r) => r.article === article.id);
      expect(marked.length, article.id).toBeGreaterThan(0);
      // The marked lines hold the story: almost all of its body, and each line belongs to it.
      const held = coverage(hanOnly(article.body), [hanOnly(marked.map((r) => r.text).join('\n'))]);
      expect(held.ratio, `${article.id}: body not in its marked lines: ${held.missing.join(' / ')}`).toBeGreaterThan(
        0.97,
      );
      const text = articleHan(article);
      for (const row of marked) {
        const han = hanOnly(row.text);
        const found = han.length < 8 ? (text.includes(han) ? 1 : 0) : coverage(han, [text]).ratio;
        expect(found, `${source} L${row.number} is not in ${article.id}: ${row.text}`).toBeGreaterThanOrEqual(0.5);
      }
    }
    expect(rows.filter((r) => r.article && !onPage.some((a) => a.id === r.article))).toEqual([]);
  });

  it.each(sources)(
    "%s: a line's markup beyond its text stays small (the look comes from the table's rules, not each line's classes)",
    (source) => {
      const { html } = view(source);
      const rows = [...html.matchAll(/<tr id="L\d+"[\s\S]*?<\/tr>/g)].map((m) => m[0]);
      expect(rows.length).toBeGreaterThan(50);
      for (const row of rows) {
        const text = /<span[^>]*data-raw[^>]*>([\s\S]*?)<\/span>/.exec(row)![1]!;
        // A line of page furniture also names the rule that set it aside.
        const rule = /<\/span><span/.test(row) ? 200 : 0;
        expect(row.length - text.length, row.slice(0, 120)).toBeLessThanOrEqual(120 + rule);
      }
    },
  );

  it("links each article to its view at the story's first line, and each printed page to its view", () => {
    for (const article of articles) {
      const source = article.data.source;
      const first = view(source)
        .groups.flatMap((g) => g.rows)
        .find((r) => r.article === article.id)!;
      const html = readDist(fileForUrl(`/articles/${article.id}/`)!);
      expect(html, article.id).toContain(`href="/sources/${source}/#L${first.number}"`);
      expect(readDist(fileForUrl(`/pages/${source}/`)!)).toContain(`href="/sources/${source}/"`);
    }
  });

  it.each(sources)('%s: the view links the raw text, which is published byte for byte', (source) => {
    expect(view(source).html).toContain(`href="/sources/${source}.txt"`);
    const published = readFileSync(path.join(DIST, 'sources', `${source}.txt`));
    expect(published.equals(readFileSync(path.join(CONTENT, 'sources', `${source}.txt`)))).toBe(true);
  });
});

describe('_headers', () => {
  it('serves the raw pages as UTF-8, and keeps the security headers for every path', () => {
    const headers = readDist('_headers');
    expect(headers).toMatch(/^\/sources\/\*\.txt\n {2}Content-Type: text\/plain; charset=utf-8$/m);
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: /);
    // Hosts read a path line, then its indented headers: nothing else.
    for (const line of headers.split('\n').filter(Boolean)) expect(line).toMatch(/^(\/\S*|  [\w-]+: \S.*)$/);
  });
});
