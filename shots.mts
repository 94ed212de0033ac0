import { launchBrowser } from './tests/helpers/browser.ts';
const browser = await launchBrowser();
const origin = process.argv[2]!;
const pages = process.argv.slice(3);
for (const width of [360, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  for (const p of pages) {
    await page.goto(origin + p, { waitUntil: 'networkidle', timeout: 120000 });
    await page.waitForTimeout(400);
    const name = p.replace(/[^a-z0-9]+/gi, '_') || 'home';
    await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, clip: { x: 0, y: 0, width, height: Math.min(4000, await page.evaluate(() => document.documentElement.scrollHeight)) } });
    console.log(name, width);
  }
  await ctx.close();
}
await browser.close();
