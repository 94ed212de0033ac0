import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4321/search/');
const out = await page.evaluate(async () => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const n = await (await fetch('/search/normalize.json')).json();
  const res = { map: ['苏','兆','征','亿','元','不','忘'].map(c => n.t2s[c] ?? '-').join('') };
  for (const q of ['"苏兆 兆征"', '苏兆 兆征', '"53 36 6亿 亿元"']) {
    const r = await pf.search(q); const r2 = await pf.search(q, {filters:{}}); res[q+'/f'] = r2.results.length;
    res[q] = r.results.length;
  }
  return res;
});
console.log(JSON.stringify(out));
await browser.close();
