/** Reading the built site in dist/ for build-level checks. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { searchFilePath, searchFiles } from '../../src/lib/search/shared/files.ts';
import type { PartsFile, PublishedPart } from '../../src/lib/search/shared/parts.ts';

export const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

/** The parts of a built site's search index, in date order (src/lib/search/shared/parts.ts). */
export function indexParts(dir = DIST): PublishedPart[] {
  return (JSON.parse(readFileSync(path.join(dir, searchFilePath(searchFiles.parts())), 'utf8')) as PartsFile).parts;
}

/** Every file of a folder, by its `/`-separated path relative to it, with its SHA-256: two builds compared byte for byte. */
export function fileHashes(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const relative = path.relative(dir, file).split(path.sep).join('/');
        return [relative, createHash('sha256').update(readFileSync(file)).digest('hex')] as const;
      }),
  );
}

export function requireDist(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST} 不存在或不完整：先运行 npm run build`);
}

export function distFiles(ext: string): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(ext))
    .map((file) => file.split(path.sep).join('/'));
}

export function readDist(file: string): string {
  return readFileSync(path.join(DIST, file), 'utf8');
}

/** The file a site URL is served from (directory URLs → index.html), or undefined. */
export function fileForUrl(url: string, dir = DIST): string | undefined {
  const clean = decodeURIComponent(url.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.map((c) => c.replace(/^\//, '')).find((c) => existsSync(path.join(dir, c)) && !c.endsWith('/'));
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;

/** Internal links and resources of an HTML page (absolute paths on this site). */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(ATTRIBUTE)]
    .map((m) => m[1]!.replaceAll('&amp;', '&'))
    .filter((href) => href.startsWith('/') && !href.startsWith('//'));
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
}

/** Article links in the main lists of a listing page (marked by data-article-id). */
export function listedArticleIds(html: string): string[] {
  return [...html.matchAll(/data-article-id="([^"]+)"/g)].map((m) => m[1]!);
}

/** All pages of a paginated listing, following rel="next". */
export function paginated(firstUrl: string, dir = DIST): string[] {
  const pages: string[] = [];
  let url: string | undefined = firstUrl;
  while (url) {
    const file = fileForUrl(url, dir);
    if (!file) throw new Error(`listing page ${url} missing in ${dir}`);
    const html = readFileSync(path.join(dir, file), 'utf8');
    pages.push(html);
    url = /<a[^>]*rel="next"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*rel="next"/
      .exec(html)
      ?.slice(1)
      .find(Boolean);
  }
  return pages;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of an HTML fragment: tags dropped, character references decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#x([\da-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex?: string, dec?: string, name?: string) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : (ENTITIES[name!] ?? whole),
    );
}

/**
 * Every element carrying the attribute, in document order: the attribute's value and the
 * element's inner HTML. For the well-formed HTML Astro writes (each element closed).
 */
export function elementsWith(html: string, attribute: string): { value: string; inner: string }[] {
  const opening = new RegExp(`<([a-z][\\w-]*)\\b[^>]*\\s${attribute}(?:="([^"]*)")?[\\s/>]`, 'gi');
  const found: { value: string; inner: string }[] = [];
  for (const match of html.matchAll(opening)) {
    const tag = match[1]!;
    const start = html.indexOf('>', match.index) + 1;
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = start;
    let depth = 1;
    let end = start;
    for (let next = tags.exec(html); next && depth > 0; next = tags.exec(html)) {
      depth += next[1] ? -1 : 1;
      end = next.index;
    }
    if (depth !== 0) throw new Error(`<${tag} ${attribute}> is not closed`);
    found.push({ value: match[2] ?? '', inner: html.slice(start, end) });
  }
  return found;
}
