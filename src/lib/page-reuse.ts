/**
 * Which of the last build's pages a build puts in place before Astro renders, and which files a
 * page about to be rendered must first be freed from (src/integrations/cached-pages.ts). Pure.
 *
 * Astro copies a page it may reuse from its cache into the new output folder; a hard link made
 * beforehand spares the copy, and Astro then keeps the file it finds. A page it renders instead
 * is written in place, so neither its new file nor the cache's may still be a link to a file of
 * the published site: both are unlinked first.
 */
import type { CachedPage } from './astro-page-cache.ts';

/** A path as this build's getStaticPaths gives it. */
export interface BuildPath {
  component: string;
  pathname: string;
  cacheKey?: string | undefined;
}

/** A pathname as a lookup key: decoded, without a trailing slash (a page's request URL has one). */
export function pathnameKey(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURI(pathname);
  } catch {
    // Not percent-encoded: the pathname as it is.
  }
  return decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
}

/**
 * The cached pages this build may reuse: same route component, same path and same cacheKey as
 * the last build rendered. Astro also asks that the route's code be unchanged; where it is not,
 * it renders the page, and the link is removed first (filesToFree).
 */
export function pagesToLink(paths: Iterable<BuildPath>, cached: Iterable<CachedPage>): CachedPage[] {
  const byPath = new Map<string, CachedPage>();
  for (const page of cached) byPath.set(`${page.component}\0${page.pathname}`, page);
  const linked: CachedPage[] = [];
  for (const { component, pathname, cacheKey } of paths) {
    if (cacheKey === undefined) continue;
    const page = byPath.get(`${component}\0${pathname}`);
    if (page?.cacheKey === cacheKey) linked.push(page);
  }
  return linked;
}

/** Every cached page's output file by its pathname key, for the pages a build renders. */
export function outputFilesByPathname(cached: Iterable<CachedPage>): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const { pathname, outputFile } of cached) {
    const key = pathnameKey(pathname);
    const list = files.get(key);
    if (!list) files.set(key, [outputFile]);
    else if (!list.includes(outputFile)) list.push(outputFile);
  }
  return files;
}
