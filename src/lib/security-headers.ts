/**
 * The site's security policy, stated once: delivered as <meta http-equiv> on every page and
 * as a _headers file for hosts that read one. No inline script, no eval; Pagefind's
 * WebAssembly needs 'wasm-unsafe-eval' and its search runs in a same-origin worker.
 */

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
 * Headers for some paths only. The raw OCR pages are UTF-8 text: served as text/plain with
 * no charset, browsers decode them as windows-1252 and show mojibake.
 */
export const PATH_HEADERS: Record<string, Record<string, string>> = {
  '/sources/*.txt': { 'Content-Type': 'text/plain; charset=utf-8' },
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
