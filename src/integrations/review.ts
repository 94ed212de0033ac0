/**
 * The editors' review screen, for `npm run dev` only: /_review/ lists the drafts, each beside its
 * source page's numbered lines (src/lib/ingest/review.ts). The route is injected for the dev
 * command alone, so `astro build` never renders it and dist/ never holds it. The page reads the
 * drafts from disk on each request; a change to an article file reloads it, since Astro's
 * content layer watches the articles' folder and reloads open pages when one changes (the
 * browser test checks that).
 *
 * For builds it checks one thing: an ingest killed after its commit and not yet finished
 * (src/lib/ingest/transaction.ts) stops the build, naming the command that finishes it.
 */
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/content-paths.ts';
import { interruptedIngest } from '../lib/ingest/transaction.ts';

export const REVIEW_ROUTE = '/_review';

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
    },
  };
}
