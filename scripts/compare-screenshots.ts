/**
 * Do two builds look the same? `node scripts/compare-screenshots.ts <before-dist> <after-dist> [url…]`
 *
 * Serves both builds, takes a full-page screenshot of each URL in Chromium at 360 and 1280 px
 * wide, in light and dark mode, and compares them pixel by pixel. Prints one line per URL, width
 * and scheme, and writes the screenshots of every pair that differs to $TMPDIR/screenshots/.
 * Exits 1 if any pair differs. Without URLs it takes a sample of every kind of page of the
 * second build. For changes that should cut bytes and nothing else.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { fileKind, FILE_KINDS } from '../src/lib/dist-bytes.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';

const [before, after, ...given] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node scripts/compare-screenshots.ts <before-dist> <after-dist> [url…]');
  process.exit(2);
}
const beforeRoot = path.resolve(before);
const afterRoot = path.resolve(after);
const outDir = path.join(tmpdir(), 'screenshots');

/** Up to three pages of each kind (first, middle, last in path order), plus the home page. */
function samplePages(root: string): string[] {
  const html = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'))
    .sort();
  const urls = ['/'];
  for (const kind of FILE_KINDS) {
    const files = html.filter((f) => fileKind(f) === kind);
    for (const f of new Set([files[0], files[Math.floor(files.length / 2)], files.at(-1)]))
      if (f) urls.push(`/${f.replace(/index\.html$/, '')}`);
  }
  return [...new Set(urls)];
}

/** Counts the pixels that differ between two PNGs, decoded by the browser in a blank page (no site CSP). */
async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  await page.goto('about:blank');
  return page.evaluate(
    async ([a64, b64]) => {
      const decode = async (b64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a64!), decode(b64!)]);
      if (x.width !== y.width || x.height !== y.height) return -1;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4)
        if (
          x.data[i] !== y.data[i] ||
          x.data[i + 1] !== y.data[i + 1] ||
          x.data[i + 2] !== y.data[i + 2] ||
          x.data[i + 3] !== y.data[i + 3]
        )
          differing += 1;
      return differing;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

const urls = given.length > 0 ? given : samplePages(afterRoot);
const [serverBefore, serverAfter] = await Promise.all([serveDist(beforeRoot), serveDist(afterRoot)]);
const browser = await launchBrowser();
let failures = 0;
try {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
      const page = await context.newPage();
      const shot = async (origin: string, url: string) => {
        // Network idle: the search page's results come from its script.
        await page.goto(origin + url, { waitUntil: 'networkidle' });
        return page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
      };
      for (const url of urls) {
        const a = await shot(serverBefore.origin, url);
        const b = await shot(serverAfter.origin, url);
        const differing = a.equals(b) ? 0 : await differingPixels(page, a, b);
        const label = `${url} ${width}px ${colorScheme}`;
        if (differing === 0) {
          console.log(`same      ${label}`);
          continue;
        }
        failures += 1;
        console.log(`DIFFERENT ${label}: ${differing < 0 ? 'page size differs' : `${differing} pixels`}`);
        mkdirSync(outDir, { recursive: true });
        const name = `${url.replace(/\W+/g, '_')}-${width}-${colorScheme}`;
        writeFileSync(path.join(outDir, `${name}-before.png`), a);
        writeFileSync(path.join(outDir, `${name}-after.png`), b);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await Promise.all([serverBefore.close(), serverAfter.close()]);
}
console.log(`${urls.length} pages × 2 widths × 2 schemes: ${failures} differ${failures ? ` (see ${outDir})` : ''}`);
process.exit(failures ? 1 : 0);
