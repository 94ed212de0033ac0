import { gzipSync } from 'node:zlib';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers.ts';
import { SITE } from '../../src/lib/site.ts';
import { readArticles } from '../helpers/content.ts';
import { distFiles, fileForUrl, readDist, requireDist } from '../helpers/dist.ts';

beforeAll(() => requireDist());

const stylesheets = (html: string) =>
  [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
const scripts = (html: string) => [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);

describe('valid HTML', () => {
  it('every page in dist/ passes html-validate with no errors', async () => {
    const validator = new HtmlValidate(
      new StaticConfigLoader({
        extends: ['html-validate:recommended'],
        rules: {
          'no-trailing-whitespace': 'off',
          // HTML5 allows ids that start with a digit; rehype-slug gives "1-深处…" for a head "1 深处…".
          'valid-id': ['error', { relaxed: true }],
        },
      }),
    );
    const problems: string[] = [];
    for (const file of distFiles('.html')) {
      const report = await validator.validateString(readDist(file), file);
      for (const result of report.results) {
        for (const message of result.messages)
          if (message.severity === 2)
            problems.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every canonical link names a page of the site; a page kept out of search engines names none', () => {
    const broken: string[] = [];
    for (const file of distFiles('.html')) {
      const html = readDist(file);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (html.includes('<meta name="robots" content="noindex"')) {
        if (canonical) broken.push(`${file}: noindex, canonical ${canonical}`);
      } else if (!canonical || !fileForUrl(new URL(canonical).pathname)) broken.push(`${file}: ${canonical}`);
    }
    expect(broken).toEqual([]);
    expect(readDist('404.html')).not.toContain('rel="canonical"');
  });

  it("every page a search engine may list but the home page describes itself, not with the site's description", () => {
    const generic: string[] = [];
    for (const file of distFiles('.html')) {
      const html = readDist(file);
      if (file === 'index.html' || html.includes('<meta name="robots" content="noindex"')) continue;
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
      if (!description || description === SITE.description) generic.push(file);
    }
    expect(generic).toEqual([]);
  });

  // html-validate reads past </html>; a script Astro renders outside the layout lands there.
  it('every page ends with </html>, nothing after it', () => {
    const trailing = distFiles('.html').filter((file) => !readDist(file).trimEnd().endsWith('</html>'));
    expect(trailing).toEqual([]);
  });
});

describe('safe', () => {
  it('every page carries the Content-Security-Policy and referrer policy as <meta>', () => {
    const policy = CONTENT_SECURITY_POLICY;
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    for (const file of distFiles('.html')) {
      const html = readDist(file);
      expect(html, file).toContain(
        `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", '&#39;')}"`.replace(
          /&#39;/g,
          "'",
        ),
      );
      expect(html, file).toContain('<meta name="referrer"');
      expect(html, file).not.toMatch(/\sstyle="/);
      expect(html, file).not.toMatch(/\son[a-z]+="/);
    }
  });

  it('_headers gives hosts the same policy plus the headers only a server can send', () => {
    const headers = readDist('_headers');
    for (const name of [
      'Content-Security-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options: nosniff',
      'Permissions-Policy',
      "frame-ancestors 'none'",
    ])
      expect(headers).toContain(name);
  });
});

describe('budgets', () => {
  const articles = readArticles();

  it('article pages: HTML + CSS under 40 KB gzipped, and under 1 KB of deferred script', () => {
    const sizes: string[] = [];
    for (const article of articles) {
      const html = readDist(fileForUrl(`/articles/${article.id}/`)!);
      const scriptBytes = scripts(html).reduce((sum, src) => sum + gzipSync(readDist(fileForUrl(src)!)).length, 0);
      expect(scriptBytes, article.id).toBeLessThan(1024);
      // Module scripts are deferred: they never hold up the article's first paint.
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, article.id).toMatch(/\btype="module"/);
      const bytes =
        gzipSync(html).length +
        stylesheets(html).reduce((sum, href) => sum + gzipSync(readDist(fileForUrl(href)!)).length, 0);
      sizes.push(`${article.id} ${(bytes / 1024).toFixed(1)} KB`);
      expect(bytes, article.id).toBeLessThan(40 * 1024);
    }
    console.log(`article pages (HTML+CSS, gzip):\n  ${sizes.join('\n  ')}`);
  });

  it('uses system fonts only: no web font is declared or shipped', () => {
    for (const file of distFiles('.css')) expect(readDist(file), file).not.toMatch(/@font-face/);
    expect([...distFiles('.woff2'), ...distFiles('.woff'), ...distFiles('.ttf'), ...distFiles('.otf')]).toEqual([]);
  });

  it('sets CJK spacing and line height in the stylesheet', () => {
    const css = distFiles('.css').map(readDist).join('\n');
    expect(css).toMatch(/text-autospace:\s*normal/);
    expect(css).toMatch(/text-spacing-trim:\s*normal/);
  });
});
