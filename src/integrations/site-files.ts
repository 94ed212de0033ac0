/**
 * Writes the site files of src/lib/site-files.ts (citation files, raw OCR pages) into the built
 * site at the end of `astro build`, from what the page build hands over once the archive is
 * loaded; under `astro dev`, serves them through one route (site-file-route.ts) from the same
 * functions. Register it before the publish integration, whose checks read the site.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listen } from '../lib/build-handoff.ts';
import { replacedSite } from '../lib/publish.ts';
import { siteFilesChannel, writeSiteFiles, type SiteFile } from '../lib/site-files.ts';

/** The URLs of the site files (src/data/site-files.ts), as route patterns. */
export const SITE_FILE_PATTERNS = [
  '/articles/[id]/citation.ris',
  '/articles/[id]/citation.json',
  '/sources/[source].txt',
] as const;

export default function siteFiles(): AstroIntegration {
  let files: Promise<Iterable<SiteFile>> | undefined;
  return {
    name: 'site-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        const entrypoint = new URL('./site-file-route.ts', import.meta.url);
        for (const pattern of SITE_FILE_PATTERNS) injectRoute({ pattern, entrypoint });
      },
      'astro:build:start': () => {
        // Asked for at once: the code that makes the files is loaded while the pages render;
        // Astro removes it before the build ends. They are made one at a time as they are written.
        listen(siteFilesChannel, (offered) => {
          files ??= offered();
          files.catch(() => {});
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        listen(siteFilesChannel, undefined);
        if (!files) throw new Error('站点文件：页面构建没有交出（src/data/build-handoffs.ts）');
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { written, linked } = writeSiteFiles(site, await files, replacedSite(site, existsSync));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${written} site files in ${seconds} s (${linked} unchanged, linked from the published site)`);
      },
    },
  };
}
