import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverage, pageText } from '../../src/lib/coverage.ts';
import { hanOnly } from '../../src/lib/text.ts';
import { CONTENT, readArticles } from '../helpers/content.ts';

const articles = readArticles();
const sources = readdirSync(path.join(CONTENT, 'sources')).filter((f) => f.endsWith('.txt'));

/** Everything of an article a reader sees as its text: headline parts, body, captions, bylines, column. */
function articleHan(a: (typeof articles)[number]): string {
  const d = a.data;
  return hanOnly(
    [d.column, d.pageName, d.kicker, d.title, d.subtitle, a.body, ...(d.captions ?? []).flatMap((c) => [c.text, c.credit]), ...(d.credits ?? []).flatMap((c) => [c.label, c.title, c.name])]
      .filter(Boolean)
      .join('\n'),
  );
}

describe('the curated articles hold the text of their seed pages', () => {
  it.each(sources)('%s: at least 97% of its Han characters', (file) => {
    const id = file.replace(/\.txt$/, '');
    const onPage = articles.filter((a) => a.data.source === id);
    expect(onPage.length, `no article names ${id} as its source`).toBeGreaterThan(0);
    const { text } = pageText(readFileSync(path.join(CONTENT, 'sources', file), 'utf8'));
    const all = coverage(text, onPage.map(articleHan));
    const bodies = coverage(text, onPage.map((a) => hanOnly(a.body)));
    console.log(`${id}: ${onPage.length} articles, ${all.covered}/${all.total} = ${(all.ratio * 100).toFixed(2)}% (bodies alone ${(bodies.ratio * 100).toFixed(2)}%)`);
    expect(all.ratio, `not held:\n${all.missing.filter((m) => m.length > 3).join('\n')}`).toBeGreaterThanOrEqual(0.97);
  });

  it('every source page is kept byte for byte as it was received', () => {
    for (const file of sources) {
      const text = readFileSync(path.join(CONTENT, 'sources', file));
      expect(text.length).toBeGreaterThan(0);
      // A raw page keeps its OCR debris: if it were cleaned, provenance would be lost.
      expect(text.includes(0xfffd), `${file} contains replacement characters`).toBe(false);
    }
  });
});
