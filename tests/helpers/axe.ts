/** axe-core in a page: the WCAG 2.2 AA violations, one line each. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const COLOR_SCHEMES = ['light', 'dark'] as const;

export async function axeViolations(page: Page): Promise<string[]> {
  // Parsing axe's 550 KB costs more than a run on this machine: once per document is enough.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Violations are all a test reads; axe then keeps one node of each passing rule, not all.
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
  });
}

/**
 * The violations of the loaded page in light and in dark mode. The page's colours are CSS
 * media queries, so one load serves both: the scheme is switched in place, not reloaded.
 */
export async function axeViolationsInEachScheme(page: Page): Promise<Record<(typeof COLOR_SCHEMES)[number], string[]>> {
  const found = { light: [] as string[], dark: [] as string[] };
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    found[colorScheme] = await axeViolations(page);
  }
  return found;
}
