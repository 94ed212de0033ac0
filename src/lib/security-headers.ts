/**
 * The site's security policy, stated once: delivered as <meta http-equiv> on every page and
 * as a _headers file for hosts that read one, with the headers some paths need (a charset, how
 * long a file may be kept). No inline script, no eval; Pagefind's WebAssembly needs
 * 'wasm-unsafe-eval' and its search runs in a same-origin worker.
 */
import { PAGEFIND_DIR, PARTS_DIR } from './search/shared/files.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Headers only a server can send (frame-ancestors and nosniff have no <meta> form). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'Referrer-Policy': REFERRER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/**
 * Folders whose files never change under their names, since a name changes with its content:
 * Astro's assets (a digest in each name) and the search index's parts (each part's folder named
 * by a digest of everything its files are made from, search/build/part-cache.ts). A browser
 * keeps them for a year without asking again, so a reader who comes back loads neither the
 * search engine nor the index chunks already read.
 */
export const IMMUTABLE_FOLDERS: readonly string[] = ['/_astro/', PAGEFIND_DIR, PARTS_DIR];
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/**
 * Every other file keeps its name when its content changes: a browser asks again before using
 * its copy. Without it, browsers keep a file sent with a date and no Cache-Control for a tenth of
 * its age, and after a new build would show a page whose assets are gone, or search with a list
 * of parts that no longer exist. (Netlify and Cloudflare Pages send the like by default, so
 * _headers needs only the immutable folders; nginx sends nothing.)
 */
export const REVALIDATED_CACHE_CONTROL = 'no-cache';

/**
 * Headers for some paths only. The raw OCR pages are UTF-8 text: served as text/plain with
 * no charset, browsers decode them as windows-1252 and show mojibake.
 */
export const PATH_HEADERS: Record<string, Record<string, string>> = {
  '/sources/*.txt': { 'Content-Type': 'text/plain; charset=utf-8' },
  ...Object.fromEntries(
    IMMUTABLE_FOLDERS.map((folder) => [`${folder}*`, { 'Cache-Control': IMMUTABLE_CACHE_CONTROL }]),
  ),
};

const block = (pattern: string, headers: Record<string, string>) =>
  `${pattern}\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;

/**
 * Netlify / Cloudflare Pages `_headers` syntax: a path pattern, then indented headers. The
 * security headers apply to every path; a request matching several patterns gets them all.
 */
export function headersFile(headers = SECURITY_HEADERS, paths = PATH_HEADERS): string {
  return [block('/*', headers), ...Object.entries(paths).map(([pattern, extra]) => block(pattern, extra))].join('\n');
}
