/**
 * The sitemap (sitemaps.org 0.9): every page's URL once, sorted, in files of at most
 * SITEMAP_ENTRY_LIMIT URLs (`sitemap-0.xml`, `sitemap-1.xml`, …), and `sitemap-index.xml`
 * listing them. Our own, not @astrojs/sitemap: that one sorts every URL with a locale-aware
 * comparison, 3.6 s at 30,000 articles and growing faster than the archive.
 */

/** Under the protocol's 50,000 URLs (and 50 MB) per file. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

export const SITEMAP_INDEX = 'sitemap-index.xml';

export interface SitemapFile {
  /** Its name at the site's root. */
  name: string;
  xml: string;
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The error pages, which are no pages of the site's own. */
export function isStatusPage(pathname: string): boolean {
  return /^\/?(?:404|500)(?:\/|\.html)?$/.test(pathname);
}

/**
 * The sitemap files for pages at these paths of the site (`/`, `/about/`, …; repeats count
 * once), made absolute under `site` (its path included): the URL files first, the index last.
 */
export function sitemapFiles(
  site: string | URL,
  pathnames: Iterable<string>,
  limit = SITEMAP_ENTRY_LIMIT,
): SitemapFile[] {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`sitemap: limit ${limit} is not a positive integer`);
  const root = new URL(site);
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  const absolute = (pathname: string) => new URL(pathname.replace(/^\/+/, ''), root).href;
  // Code-unit order: the same on every machine and in every locale, and fast.
  const urls = [...new Set([...pathnames].map(absolute))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: SitemapFile[] = [];
  for (let start = 0; start < urls.length; start += limit) {
    const entries = urls.slice(start, start + limit).map((url) => `<url><loc>${escapeXml(url)}</loc></url>`);
    files.push({
      name: `sitemap-${files.length}.xml`,
      xml: `${XML_HEADER}<urlset xmlns="${NAMESPACE}">${entries.join('')}</urlset>`,
    });
  }
  const listed = files.map(({ name }) => `<sitemap><loc>${escapeXml(absolute(name))}</loc></sitemap>`);
  files.push({
    name: SITEMAP_INDEX,
    xml: `${XML_HEADER}<sitemapindex xmlns="${NAMESPACE}">${listed.join('')}</sitemapindex>`,
  });
  return files;
}
