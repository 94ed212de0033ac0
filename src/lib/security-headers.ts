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

/** Netlify / Cloudflare Pages `_headers` syntax: a path pattern, then indented headers. */
export function headersFile(headers = SECURITY_HEADERS): string {
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
}
