import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  headersFile,
  IMMUTABLE_CACHE_CONTROL,
  IMMUTABLE_FOLDERS,
  SECURITY_HEADERS,
} from '../../src/lib/security-headers.ts';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

describe('Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows no inline script and no eval; WebAssembly only through wasm-unsafe-eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('keeps everything same-origin and forbids plugins', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
  });
});

describe('_headers', () => {
  it('lists every security header for all paths, with frame-ancestors only a header can carry', () => {
    const file = headersFile();
    expect(file.startsWith('/*\n')).toBe(true);
    for (const name of ['Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy'])
      expect(file).toMatch(new RegExp(`^  ${name}: \\S`, 'm'));
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    const all = file.split('\n\n')[0]!;
    expect(all.trimEnd().split('\n')).toHaveLength(1 + Object.keys(SECURITY_HEADERS).length);
  });

  it('serves the raw OCR pages as UTF-8 text, in a block of their own after the site-wide one', () => {
    const blocks = headersFile().trimEnd().split('\n\n');
    expect(blocks[0]!.startsWith('/*\n')).toBe(true);
    expect(blocks).toContain('/sources/*.txt\n  Content-Type: text/plain; charset=utf-8');
    // Every line is a path pattern or an indented header: nothing a host would misread.
    for (const line of headersFile().split('\n').filter(Boolean)) expect(line).toMatch(/^(\/\S*|  [\w-]+: \S.*)$/);
  });

  it('lets browsers keep the files of the folders whose names change with their content, and only those', () => {
    const blocks = headersFile().trimEnd().split('\n\n');
    expect(IMMUTABLE_FOLDERS).toEqual(['/_astro/', '/pagefind/', '/search/parts/']);
    for (const folder of IMMUTABLE_FOLDERS)
      expect(blocks).toContain(`${folder}*\n  Cache-Control: ${IMMUTABLE_CACHE_CONTROL}`);
    expect(IMMUTABLE_CACHE_CONTROL).toMatch(/\bimmutable\b/);
    expect(headersFile().match(/Cache-Control/g)).toHaveLength(IMMUTABLE_FOLDERS.length);
    // Not the site-wide block: a page's name stays when it changes.
    expect(blocks[0]).not.toContain('Cache-Control');
  });
});
