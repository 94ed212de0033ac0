import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStatusPage, SITEMAP_INDEX, sitemapFiles } from '../../src/lib/sitemap.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
const unescape = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!,
  );

describe('sitemapFiles', () => {
  it('lists each page once, absolute, sorted, and an index of the files last', () => {
    const files = sitemapFiles('https://example.org', ['/b/', '/', '/a/', '/b/']);
    expect(files.map((f) => f.name)).toEqual(['sitemap-0.xml', SITEMAP_INDEX]);
    expect(locs(files[0]!.xml)).toEqual(['https://example.org/', 'https://example.org/a/', 'https://example.org/b/']);
    expect(files[0]!.xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
    );
    expect(locs(files[1]!.xml)).toEqual(['https://example.org/sitemap-0.xml']);
    expect(files[1]!.xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  });

  it('keeps the path of a site served below the root, and percent-encodes Chinese paths', () => {
    const [urls, index] = sitemapFiles('https://example.org/archive', ['/people/张三/', 'zones/']);
    expect(locs(urls!.xml)).toEqual([
      'https://example.org/archive/people/%E5%BC%A0%E4%B8%89/',
      'https://example.org/archive/zones/',
    ]);
    expect(locs(index!.xml)).toEqual(['https://example.org/archive/sitemap-0.xml']);
  });

  it('escapes what XML reserves', () => {
    const [urls] = sitemapFiles('https://example.org/', ["/a&b'c/"]);
    expect(urls!.xml).toContain('<loc>https://example.org/a&amp;b&apos;c/</loc>');
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => sitemapFiles('https://example.org/', ['/'], 0)).toThrow(/limit/);
  });

  it('splits at the limit: every page in exactly one file, in order, none over the limit', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}$/), { maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        (names, limit) => {
          const files = sitemapFiles(
            'https://example.org/',
            names.map((name) => `/${name}/`),
            limit,
          );
          const index = files.at(-1)!;
          const chunks = files.slice(0, -1);
          expect(index.name).toBe(SITEMAP_INDEX);
          expect(chunks.length).toBe(Math.ceil(names.length / limit));
          expect(locs(index.xml)).toEqual(chunks.map((f) => `https://example.org/${f.name}`));
          const listed = chunks.flatMap((f) => locs(f.xml).map(unescape));
          for (const f of chunks) expect(locs(f.xml).length).toBeLessThanOrEqual(limit);
          const expected = names.map((name) => `https://example.org/${name}/`).sort();
          expect(listed).toEqual(expected);
        },
      ),
    );
  });
});

describe('isStatusPage', () => {
  it('is true for the error pages only', () => {
    for (const path of ['/404/', '/404', '404', '/500/', '/404.html']) expect(isStatusPage(path)).toBe(true);
    for (const path of ['/', '/articles/404/', '/4040/', '/zones/500/']) expect(isStatusPage(path)).toBe(false);
  });
});
