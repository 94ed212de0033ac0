/**
 * Writes the sitemap (src/lib/sitemap.ts) of the pages Astro built, leaving out the error pages
 * and the paths `exclude` names.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { isStatusPage, sitemapFiles } from '../lib/sitemap.ts';

export default function sitemap({
  exclude = () => false,
}: { exclude?: (pathname: string) => boolean } = {}): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.base, config.site) : undefined;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) throw new Error('sitemap: astro.config 没有 site，无法写出绝对 URL');
        const pathnames = pages
          .map(({ pathname }) => `/${pathname.replace(/^\//, '')}`)
          .filter((pathname) => !isStatusPage(pathname) && !exclude(pathname));
        const files = sitemapFiles(site, pathnames);
        for (const { name, xml } of files) writeFileSync(new URL(name, dir), xml);
        logger.info(`${pathnames.length} pages in ${files.length - 1} sitemap files`);
      },
    },
  };
}
