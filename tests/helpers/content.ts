/**
 * The archive's content read straight from content/, independently of the site code, so
 * build checks compare what the pages show with what the files say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const CONTENT = path.resolve('content');

export interface ArticleFile {
  id: string;
  file: string;
  data: Record<string, unknown> & {
    title: string;
    kicker?: string;
    subtitle?: string;
    date: string;
    zone: string;
    relatedZones?: string[];
    campaigns?: string[];
    topics: string[];
    newspaper?: string;
    source: string;
    order: number;
    captions?: { text: string; credit?: string }[];
    credits?: { name: string; label?: string; title?: string }[];
    column?: string;
    pageName?: string;
    corrections?: { original: string; corrected: string }[];
  };
  body: string;
}

export function readArticles(root = CONTENT): ArticleFile[] {
  const dir = path.join(root, 'articles');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${f}: no frontmatter`);
      return { id: path.basename(f, '.md'), file: f, data: parse(match[1]!), body: match[2]! };
    });
}

export function readData<T = { id: string; name: string }>(name: string, root = CONTENT): T[] {
  return parse(readFileSync(path.join(root, name), 'utf8')) as T[];
}

export function zonesOf(a: ArticleFile): string[] {
  return [a.data.zone, ...(a.data.relatedZones ?? [])];
}
