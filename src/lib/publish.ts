/**
 * Publishing a build: the site is built into a staging folder next to the output folder, checked,
 * and only then swapped in with renames, so a failed build never replaces a good site
 * (src/integrations/publish.ts does the file work). Pure: the checks take a list of files, and
 * the swap takes the few file operations it needs.
 */
import { searchFilePath, searchFiles } from './search/shared/files.ts';
import type { PublishedPart } from './search/shared/parts.ts';
import { urls } from './urls.ts';

/** The output folder, the staging folder the build writes, and where the old site waits during the swap. */
export interface PublishPaths {
  out: string;
  staging: string;
  previous: string;
}

/** Siblings of the output folder (same filesystem, so the swap is two renames): dist → dist.staging, dist.previous. */
export function publishPaths(out: string): PublishPaths {
  const base = out.replace(/[\\/]+$/, '');
  return { out: base, staging: `${base}.staging`, previous: `${base}.previous` };
}

/**
 * The site a build staged in `staging` will replace (dist.staging → dist), if there is one:
 * where the search index and the site files find what they may keep.
 */
export function replacedSite(staging: string, exists: (dir: string) => boolean): string | undefined {
  const base = staging.replace(/[\\/]+$/, '');
  if (!base.endsWith('.staging')) return undefined;
  const out = base.slice(0, -'.staging'.length);
  return exists(out) ? out : undefined;
}

/**
 * Where a replaced site waits while a background process removes it: a name of its own per
 * build, so that a removal still running never meets the next build's folders.
 */
export function discardedPath(paths: PublishPaths, pid: number, now: number): string {
  return `${paths.out}.discarded-${now}-${pid}`;
}

/** Files a site must have to be published (paths inside it, `/`-separated). */
export const REQUIRED_FILES = [
  'index.html',
  '404.html',
  '_headers',
  'sitemap-index.xml',
  searchFilePath(searchFiles.parts()),
  searchFilePath(searchFiles.facets()),
  searchFilePath(searchFiles.support()),
  searchFilePath(searchFiles.t2s()),
] as const;

/** Code a published site must not have: what the build renders pages with (Astro removes it once the pages are written). */
const SERVER_CODE = '.prerender/';

/** The folder of the search's result files, and the folder of the article pages. */
const SEARCH_ARTICLES = searchFilePath(searchFiles.article(0)).replace(/\/[^/]*$/, '');
const ARTICLE_PAGES = searchFilePath(urls.article('x')).split('/')[0]!;

const SEARCH_ARTICLE = new RegExp(`^${searchFilePath(searchFiles.article(0)).replace('0.json', '(\\d+)\\.json')}$`);
/** articles/<id>/index.html; a number is a page of the article list (/articles/2/), not an article. */
const ARTICLE_PAGE = new RegExp(`^${searchFilePath(urls.article('(?!\\d+/)([^/]+)'))}index\\.html$`);

/** The search's result files (search/articles/<n>.json), in article order. */
export function searchArticleFiles(files: readonly string[]): string[] {
  return files
    .map((file) => SEARCH_ARTICLE.exec(file))
    .filter((match) => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((match) => match[0]);
}

/**
 * What stands between a built site and publication: missing or forbidden files, and articles
 * without a page or out of the search. `files` is every file of the site, or those of
 * checkedFiles; `articleUrls` the URL of
 * each article the search knows (from searchArticleFiles, in order); `parts` the index's parts
 * (search/parts.json). Empty when it may go out.
 */
export function verifySite(
  files: readonly string[],
  articleUrls: readonly string[],
  parts: readonly PublishedPart[],
): string[] {
  const present = new Set(files);
  const problems: string[] = [];
  for (const file of REQUIRED_FILES) if (!present.has(file)) problems.push(`缺少 ${file}`);
  const serverCode = files.filter((file) => file.startsWith(SERVER_CODE)).length;
  if (serverCode) problems.push(`不应发布 ${SERVER_CODE}（${serverCode} 个文件）`);

  const numbered = searchArticleFiles(files);
  if (numbered.length === 0) problems.push(`搜索数据中没有文章（${searchFilePath(searchFiles.article(0))} 等）`);
  const gap = numbered.findIndex((file, n) => file !== searchFilePath(searchFiles.article(n)));
  if (gap >= 0) problems.push(`搜索数据的文章编号不连续：缺少 ${searchFilePath(searchFiles.article(gap))}`);
  if (articleUrls.length !== numbered.length)
    problems.push(`搜索数据有 ${numbered.length} 个文章文件，读到 ${articleUrls.length} 个网址`);

  let next = 0;
  for (const part of parts) {
    for (const file of partFiles(part)) if (!present.has(file)) problems.push(`缺少索引分部 ${part.name} 的 ${file}`);
    if (part.first !== next) problems.push(`索引分部 ${part.name} 从第 ${part.first} 篇开始，应从第 ${next} 篇`);
    next = part.first + part.count;
  }
  if (next !== numbered.length) problems.push(`索引分部共有 ${next} 篇文章，搜索数据有 ${numbered.length} 篇`);

  const searched = new Set(articleUrls);
  const withoutPage = articleUrls.filter((url) => !present.has(`${searchFilePath(url)}index.html`));
  if (withoutPage.length) problems.push(`${withoutPage.length} 篇文章没有页面：${sample(withoutPage)}`);
  const unsearched = files
    .map((file) => ARTICLE_PAGE.exec(file)?.[1])
    .filter((id) => id !== undefined)
    .map((id) => urls.article(id))
    .filter((url) => !searched.has(url));
  if (unsearched.length) problems.push(`${unsearched.length} 个文章页面不在搜索数据中：${sample(unsearched)}`);
  return problems;
}

/** The files a part of the search index must have. */
function partFiles(part: PublishedPart): string[] {
  return [
    `${searchFilePath(searchFiles.pagefind(part.name))}pagefind-entry.json`,
    searchFilePath(searchFiles.pagefindMeta(part.name, part.meta)),
    searchFilePath(searchFiles.pagefindScript(part.name)),
    searchFilePath(searchFiles.bundles(part.name)),
  ];
}

/** What checkedFiles reads of a site (paths inside it, `/`-separated). */
export interface SiteReader {
  /** Whether the path is a regular file. */
  isFile(file: string): boolean;
  /** Every regular file under the folder, at any depth; none if it is not a folder. */
  filesUnder(dir: string): string[];
  /** The names of the folder's sub-folders; none if it is not a folder. */
  folders(dir: string): string[];
}

/**
 * The files of a site that verifySite looks at, of the index in `parts`: it gives the same
 * verdict on them as on every file of the site. Listing every folder of a large site took
 * seconds (one folder per page: 75,000 at 30,000 articles); these are some 30,000 look-ups.
 */
export function checkedFiles(site: SiteReader, parts: readonly PublishedPart[]): string[] {
  const candidates = [...REQUIRED_FILES, ...parts.flatMap(partFiles)];
  const articlePages = site.folders(ARTICLE_PAGES).map((name) => `${ARTICLE_PAGES}/${name}/index.html`);
  return [
    ...new Set([
      ...candidates.filter((file) => site.isFile(file)),
      ...site.filesUnder(SERVER_CODE.slice(0, -1)),
      ...site.filesUnder(SEARCH_ARTICLES),
      ...articlePages.filter((file) => site.isFile(file)),
    ]),
  ];
}

const sample = (items: string[]) => items.slice(0, 5).join('、') + (items.length > 5 ? ' …' : '');

/** The file operations the swap needs (paths are the host's; remove is recursive and ignores a missing path). */
export interface SwapFs {
  exists(path: string): boolean;
  rename(from: string, to: string): void;
  remove(path: string): void;
}

/**
 * Puts the staged site in place of the output folder: the old site moves aside to `previous`,
 * the staged one takes its name. If either rename fails, the old site is where it was. The
 * caller removes `previous` afterwards: cleanup, not publication (if it fails, the next build's
 * recover() does it).
 */
export function swapIn(paths: PublishPaths, fs: SwapFs): void {
  const { out, staging, previous } = paths;
  fs.remove(previous);
  if (!fs.exists(out)) return fs.rename(staging, out);
  fs.rename(out, previous);
  try {
    fs.rename(staging, out);
  } catch (error) {
    fs.rename(previous, out);
    throw error;
  }
}

/**
 * Before a build: a swap cut short between its two renames (the process killed) left the old site
 * in `previous` and nothing in `out`: it goes back. Leftovers of earlier builds are removed.
 * Returns true when a site was put back.
 */
export function recover(paths: PublishPaths, fs: SwapFs): boolean {
  const { out, staging, previous } = paths;
  let restored = false;
  if (fs.exists(previous) && !fs.exists(out)) {
    fs.rename(previous, out);
    restored = true;
  }
  fs.remove(previous);
  fs.remove(staging);
  return restored;
}
