import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CachedPage } from '../../src/lib/astro-page-cache.ts';
import { outputFilesByPathname, pagesToLink, pathnameKey } from '../../src/lib/page-reuse.ts';

const cached = (component: string, pathname: string, cacheKey: string, outputFile: string): CachedPage => ({
  component,
  pathname,
  cacheKey,
  outputFile,
});

describe('pathnameKey', () => {
  it('is the same for a path with and without its trailing slash, encoded or not', () => {
    expect(pathnameKey('/people/宋显晖/')).toBe('/people/宋显晖');
    expect(pathnameKey('/people/%E5%AE%8B%E6%98%BE%E6%99%96/')).toBe('/people/宋显晖');
    expect(pathnameKey('/zones/rss.xml')).toBe('/zones/rss.xml');
    expect(pathnameKey('/')).toBe('/');
  });

  it('keeps a pathname that is not valid percent-encoding as it is', () => {
    expect(pathnameKey('/a%zz/')).toBe('/a%zz');
  });

  it('maps any path of a request URL back to the pathname it was made from', () => {
    const segment = fc
      .string({ minLength: 1, maxLength: 6 })
      .filter((s) => !/[/?#%\\]/.test(s) && s.trim() === s && s !== '.' && s !== '..');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean(), (segments, slash) => {
        const pathname = `/${segments.join('/')}${slash ? '/' : ''}`;
        const requested = new URL(`${encodeURI(pathname)}`, 'http://localhost').pathname;
        expect(pathnameKey(requested)).toBe(pathnameKey(pathname));
      }),
    );
  });
});

describe('pagesToLink', () => {
  const last = [
    cached('src/pages/articles/[id].astro', '/articles/a/', 'k1', 'articles/a/index.html'),
    cached('src/pages/articles/[id].astro', '/articles/b/', 'k2', 'articles/b/index.html'),
    cached('src/pages/zones/[zone]/[...page].astro', '/zones/x/', 'k3', 'zones/x/index.html'),
  ];

  it('links a page only where its route, path and key are those of the last build', () => {
    const linked = pagesToLink(
      [
        { component: 'src/pages/articles/[id].astro', pathname: '/articles/a/', cacheKey: 'k1' },
        { component: 'src/pages/articles/[id].astro', pathname: '/articles/b/', cacheKey: 'changed' },
        { component: 'src/pages/other.astro', pathname: '/zones/x/', cacheKey: 'k3' },
        { component: 'src/pages/articles/[id].astro', pathname: '/articles/new/', cacheKey: 'k9' },
      ],
      last,
    );
    expect(linked.map((page) => page.outputFile)).toEqual(['articles/a/index.html']);
  });

  it('never links a page without a key, which Astro always renders', () => {
    expect(pagesToLink([{ component: 'src/pages/articles/[id].astro', pathname: '/articles/a/' }], last)).toEqual([]);
  });

  it('links nothing without a last build', () => {
    expect(pagesToLink([{ component: 'c', pathname: '/p/', cacheKey: 'k' }], [])).toEqual([]);
  });
});

describe('outputFilesByPathname', () => {
  it('finds every file the last build made for a path, by the path as a request names it', () => {
    const files = outputFilesByPathname([
      cached('a.astro', '/people/宋显晖/', 'k', 'people/宋显晖/index.html'),
      cached('b.astro', '/people/宋显晖/', 'k', 'people/宋显晖/index.html'),
      cached('c.ts', '/zones/x/rss.xml', 'k', 'zones/x/rss.xml'),
    ]);
    expect(files.get(pathnameKey('/people/%E5%AE%8B%E6%98%BE%E6%99%96/'))).toEqual(['people/宋显晖/index.html']);
    expect(files.get(pathnameKey('/zones/x/rss.xml'))).toEqual(['zones/x/rss.xml']);
    expect(files.get(pathnameKey('/zones/y/'))).toBeUndefined();
  });
});
