import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { writeFileSync } from 'node:fs';
import { articleMarkdown } from './src/lib/article-markdown.ts';
import cachedPages from './src/integrations/cached-pages.ts';
import publish from './src/integrations/publish.ts';
import review from './src/integrations/review.ts';
import searchIndex from './src/integrations/search-index.ts';
import siteFiles from './src/integrations/site-files.ts';
import sitemap from './src/integrations/sitemap.ts';
import { headersFile } from './src/lib/security-headers.ts';

// The archive is served from the site root; SITE_URL sets the public origin for canonical links, feeds and sitemap.
const site = process.env.SITE_URL || 'http://localhost:4321';

// Where the incremental build keeps the previous build's pages and the content checks their
// passes: a build into another folder (a benchmark's archive, a test's second build) keeps its
// own beside it, so builds of other content never share one. The site's own: node_modules/.astro.
const cacheDir =
  process.env.ARCHIVE_CACHE_DIR ??
  (process.env.ARCHIVE_OUT_DIR && `${process.env.ARCHIVE_OUT_DIR.replace(/\/+$/, '')}.cache`);

export default defineConfig({
  site,
  // Benchmarks build synthetic archives elsewhere; the site itself always builds to dist/.
  // `astro build` writes <outDir>.staging/ and publishes it here only if it all succeeds (publish below).
  outDir: process.env.ARCHIVE_OUT_DIR ?? './dist',
  ...(cacheDir && { cacheDir }),
  trailingSlash: 'always',
  // External files only: a strict Content-Security-Policy forbids inline scripts and styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Two files that would share one URL are an error, not a warning.
  prerenderConflictBehavior: 'error',
  markdown: {
    processor: articleMarkdown,
  },
  integrations: [
    // Pages the incremental build reuses are linked from its cache, not copied one by one.
    cachedPages(),
    // The search page is for readers, not crawlers (robots.txt disallows it too).
    sitemap({ exclude: (pathname) => pathname === '/search/' }),
    {
      // Security headers for hosts that read a _headers file; the same policy is in every page's <meta>.
      name: 'security-headers',
      hooks: {
        'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
      },
    },
    // Citation files and raw OCR pages, written directly rather than rendered as pages, while
    // the search index is still being built.
    siteFiles(),
    // The search index, built beside the pages from the records the page build hands over;
    // the build waits for it here.
    searchIndex(),
    // The editors' review screen, /_review/, in `astro dev` only; a build stops at an interrupted ingest.
    review(),
    {
      // A build for localhost says so, so no one publishes it by mistake.
      name: 'site-url',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (!process.env.SITE_URL) logger.warn(`SITE_URL 未设置：规范链接、订阅源和站点地图使用 ${site}`);
        },
      },
    },
    // Last: checks the staged site and swaps it into outDir; a failed build leaves outDir as it was.
    publish(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
  // A page from getStaticPaths is copied from the previous build when its cacheKey (a digest of
  // what it shows: src/lib/cache-keys.ts) and its code are unchanged; a changed lockfile or
  // config rebuilds every page.
  experimental: { incrementalBuild: true },
});
