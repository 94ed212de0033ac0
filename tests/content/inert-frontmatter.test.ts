import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../helpers/sandbox.ts';

/**
 * Markup in a frontmatter string is text, never markup: Astro escapes every expression, so a
 * title like "<script>…" is shown as typed. (Markup in the body fails the build instead: see
 * schema.test.ts; a body is prose, and raw HTML there is always a mistake to fix.)
 */
// An OCR tool writes <img> for a picture (ocr-markup.ts), which no page prints as text: <svg> runs a script as well.
const PAYLOAD = '<script>window.__xss=1</script><svg onload="window.__xss=1">';
const quoted = JSON.stringify(PAYLOAD);

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = createSandbox();
  // Every word an article publishes must be printed on its page: here, a page that prints markup.
  sandbox.writeSource('markup-page', `${PAYLOAD}\n\n正文。\n`);
  sandbox.write(
    'content/articles/2019/markup-in-frontmatter.md',
    [
      '---',
      `kicker: ${quoted}`,
      `title: ${quoted}`,
      `subtitle: ${quoted}`,
      'date: "2019-10"',
      `dateEvidence: ${quoted}`,
      'source: markup-page',
      'order: 1',
      'newspaperPrinted: false',
      `newspaperNote: ${quoted}`,
      `page: ${quoted}`,
      `pageName: ${quoted}`,
      `column: ${quoted}`,
      'zone: jining',
      'topics: [jiceng-dangjian]',
      `credits: [{ role: writer, label: ${quoted}, title: ${quoted}, name: ${quoted} }]`,
      `captions: [{ text: ${quoted}, credit: ${quoted} }]`,
      `editorialNotes: [${quoted}]`,
      '---',
      '',
      '正文。',
      '',
    ].join('\n'),
  );
  // A draft from `npm run ingest` is checked loosely and left out of the site.
  sandbox.write('content/articles/2019/waiting-draft.md', ['---', 'draft: true', 'title: "待审草稿标题"', 'date: "2019"', 'source: 004_0c38c2483bdfdc45', 'order: 2', 'newspaperPrinted: false', '---', '', '草稿正文。', ''].join('\n'));
});
afterAll(() => sandbox.remove());

it('frontmatter strings with markup are built, and shown as text on every page', { timeout: 300_000 }, () => {
  const result = sandbox.astro('build', '--silent');
  expect(result.status, result.output).toBe(0);
  const dist = path.join(sandbox.root, 'dist');
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') || f.endsWith('.xml') || f.endsWith('.json'));
  let shown = 0;
  for (const file of pages) {
    const text = readFileSync(path.join(dist, file), 'utf8');
    // Inside a quoted attribute value "<" is inert (Astro escapes the quotes); markup anywhere else is not.
    const outsideAttributes = text.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes, file).not.toContain('<script>window.__xss');
    expect(outsideAttributes, file).not.toMatch(/<svg[^>]*onload/);
    if (text.includes('&lt;script&gt;window.__xss') || text.includes('\\u003cscript') || text.includes('<\\/script>')) shown++;
  }
  expect(shown).toBeGreaterThan(3);
  const everything = pages.map((file) => readFileSync(path.join(dist, file), 'utf8')).join('\n');
  expect(everything).not.toContain('待审草稿标题');
  expect(pages.some((file) => file.includes('waiting-draft'))).toBe(false);
});
