/**
 * Puts the pages Astro may reuse from its incremental cache in place by hard links before it
 * renders, so that it finds them there and keeps them, instead of copying each file (at 30,000
 * articles, 70,000 copies were most of an incremental build's page step). Through Astro's public
 * prerenderer hook: the default prerenderer, wrapped.
 *
 * Safety: a published page, the cache's copy and the new site's file are then one file on disk.
 * Astro writes a page it renders in place, in the new site and in its cache; before it renders
 * one, both are unlinked here, so the published site is never written to (src/lib/page-reuse.ts).
 * Where the file system refuses links, nothing is linked and Astro copies as before.
 */
import { linkSync, mkdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { cachedOutputPath, readCachedPages } from '../lib/astro-page-cache.ts';
import { LINK_REFUSED } from '../lib/link-tree.ts';
import { outputFilesByPathname, pagesToLink, pathnameKey } from '../lib/page-reuse.ts';

/** Removes a file if it is there. */
function unlinkIfPresent(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export default function cachedPages(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let incremental = false;
  return {
    name: 'cached-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        incremental = Boolean(config.experimental.incrementalBuild);
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        if (!incremental) return;
        /** The last build's output files by pathname: what a page about to be rendered is freed from. */
        let lastFiles = new Map<string, string[]>();
        setPrerenderer((astro): AstroPrerenderer => ({
          ...astro,
          name: 'cached-pages',
          setup: () => astro.setup?.() ?? Promise.resolve(),
          getStaticPaths: async () => {
            const paths = await astro.getStaticPaths();
            const cached = readCachedPages(cacheDir);
            lastFiles = outputFilesByPathname(cached);
            const started = performance.now();
            const folders = new Set<string>();
            let linked = 0;
            for (const page of pagesToLink(
              paths.map(({ pathname, route, cacheKey }) => ({ component: route.component, pathname, cacheKey })),
              cached,
            )) {
              const target = path.join(outDir, ...page.outputFile.split('/'));
              const folder = path.dirname(target);
              if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
              folders.add(folder);
              try {
                linkSync(cachedOutputPath(cacheDir, page.outputFile), target);
                linked++;
              } catch (error) {
                // Not in the cache (Astro renders it), already there, or no links here (Astro copies it).
                const code = (error as NodeJS.ErrnoException).code;
                if (code === 'ENOENT' || code === 'EEXIST') continue;
                if (LINK_REFUSED.has(code ?? '')) break;
                throw error;
              }
            }
            const seconds = ((performance.now() - started) / 1000).toFixed(1);
            if (cached.length) logger.info(`${linked} pages of the last build linked in ${seconds} s`);
            return paths;
          },
          render: (request, options) => {
            for (const file of lastFiles.get(pathnameKey(new URL(request.url).pathname)) ?? []) {
              unlinkIfPresent(path.join(outDir, ...file.split('/')));
              unlinkIfPresent(cachedOutputPath(cacheDir, file));
            }
            return astro.render(request, options);
          },
        }));
      },
    },
  };
}
