/**
 * The editors' review screen, for `npm run dev` only: /_review/ lists the drafts, each beside its
 * source page's numbered lines (src/lib/ingest/review.ts). The route is injected for the dev
 * command alone, so `astro build` never renders it and dist/ never holds it. The page reads the
 * drafts from disk on each request; a change to an article file reloads it, since Astro's
 * content layer watches the articles' folder and reloads open pages when one changes. The source
 * pages and zones.yaml are no collection's entries, so the dev server's watcher is told about
 * them here, and a change to one reloads open pages too (the browser test checks both).
 *
 * For builds it checks one thing: an ingest killed after its commit and not yet finished
 * (src/lib/ingest/transaction.ts) stops the build, naming the command that finishes it.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentPath, contentRoot } from '../lib/content-paths.ts';
import { interruptedIngest } from '../lib/ingest/transaction.ts';

export const REVIEW_ROUTE = '/_review';

/** Vite's dev server, as Astro hands it to integrations. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

export default function review(): AstroIntegration {
  return {
    name: 'review',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'build') {
          const interrupted = interruptedIngest(contentRoot());
          if (interrupted) throw new Error(interrupted);
        }
        if (command === 'dev')
          injectRoute({
            pattern: REVIEW_ROUTE,
            entrypoint: new URL('./review-page.astro', import.meta.url),
          });
      },
      'astro:server:setup': ({ server }) => reloadOnReviewInputs(server),
    },
  };
}

/**
 * What the review screen reads besides the drafts: the source pages (the numbered lines, what
 * each became) and zones.yaml (the zone ids the schema accepts, the zones a page names that it
 * lacks). A change to one reloads open pages; zones.yaml is read when the schema's module is
 * evaluated, so the server-side modules are evaluated afresh first.
 */
export function reloadOnReviewInputs(server: Pick<DevServer, 'watcher' | 'environments'>): void {
  const sources = contentPath('sources');
  const zones = contentPath('zones');
  server.watcher.add([sources, zones]);
  const isInput = (file: string) => path.resolve(file) === zones || isInside(sources, file);
  const reload = (file: string) => {
    if (!isInput(file)) return;
    if (path.resolve(file) === zones) server.environments.ssr?.moduleGraph.invalidateAll();
    server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
}

const isInside = (folder: string, file: string) => {
  const relative = path.relative(folder, path.resolve(file));
  return !!relative && !relative.startsWith('..') && !path.isAbsolute(relative);
};
