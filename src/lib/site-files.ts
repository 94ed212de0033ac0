/**
 * Files of the built site that no page renders: they only copy or format data (an article's
 * citation files, a raw OCR page byte for byte). Astro's page pipeline costs about a
 * millisecond a file whatever the file, more than the file itself; these are written directly
 * (src/integrations/site-files.ts) from what the page build hands over (src/lib/build-handoff.ts).
 */
import { linkSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { channel } from './build-handoff.ts';

export interface SiteFile {
  /** Its URL path in the site: `/articles/<id>/citation.ris`. */
  url: string;
  content: string | Uint8Array<ArrayBuffer>;
}

export const siteFilesChannel = channel<Iterable<SiteFile>>('site-files');

/** Where a file's URL path lies in the site folder; an error for a path that would leave it. */
export function siteFilePath(site: string, url: string): string {
  const parts = url.split('/');
  if (
    !url.startsWith('/') ||
    url.endsWith('/') ||
    parts.some((part, i) => i > 0 && (part === '' || part === '.' || part === '..'))
  )
    throw new Error(`站点文件路径无效：${JSON.stringify(url)}`);
  return path.join(site, ...parts.slice(1));
}

/** The same bytes: a file's content as given, and a file as read. */
function sameContent(content: SiteFile['content'], existing: Buffer): boolean {
  return typeof content === 'string'
    ? existing.length === Buffer.byteLength(content) && existing.toString('utf8') === content
    : Buffer.from(content.buffer, content.byteOffset, content.byteLength).equals(existing);
}

/**
 * Writes the files into the site; returns how many, and how many were linked from `published`
 * (the site this build replaces) because it holds them byte for byte: a link writes no data,
 * and most of them are unchanged from one build to the next. Two files of one URL are an error.
 */
export function writeSiteFiles(
  site: string,
  files: Iterable<SiteFile>,
  published?: string,
): { written: number; linked: number } {
  const written = new Set<string>();
  let linked = 0;
  for (const file of files) {
    if (written.has(file.url)) throw new Error(`站点文件重复：${file.url}`);
    written.add(file.url);
    const target = siteFilePath(site, file.url);
    const previous = published && siteFilePath(published, file.url);
    const existing = previous && readIfFile(previous);
    if (previous && existing && sameContent(file.content, existing)) {
      try {
        inFolder(target, () => linkSync(previous, target));
        linked++;
        continue;
      } catch {
        // A file system without links: the file is written.
      }
    }
    inFolder(target, () => writeFileSync(target, file.content));
  }
  return { written: written.size, linked };
}

/**
 * Makes a file by `make`, making its folder first only if it is missing: nearly every folder
 * exists already (an article's holds its page), and asking for it costs a call per file.
 */
function inFolder(file: string, make: () => void): void {
  try {
    make();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    make();
  }
}

/** A regular file's bytes; none for anything else (missing, a folder, a link). */
function readIfFile(file: string): Buffer | undefined {
  try {
    return lstatSync(file).isFile() ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}
