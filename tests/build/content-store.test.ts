/**
 * Astro bundles its whole content store into the build, so what it holds per article bounds the
 * archive's size (at 100,000 articles, bodies with their HTML made a store too large to bundle).
 * The store keeps each article's frontmatter and no more: neither its body nor its HTML. The
 * article page reads its body from the file (src/data/article-body.ts) and renders it
 * (src/data/article-html.ts) with the site's Markdown settings.
 */
import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../helpers/content.ts';
import { readDist } from '../helpers/dist.ts';

const STORE = 'node_modules/.astro/data-store.json';
const articles = readArticles();

describe("Astro's content store", () => {
  it('keeps no body and no rendered HTML, only each article with its digest', () => {
    expect(existsSync(STORE), `${STORE}: run npm run build first`).toBe(true);
    const store = readFileSync(STORE, 'utf8');
    // The store is devalue's flattened JSON: each entry's fields appear as its keys.
    expect(store).toContain('"digest":');
    expect(store).not.toContain('"body":');
    expect(store).not.toContain('"rendered":');
    let bodiesLookedFor = 0;
    for (const article of articles) {
      // A paragraph of the body that the frontmatter does not also hold (a lead may repeat a headline).
      const frontmatter = JSON.stringify(article.data);
      const paragraph = article.body
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line.length > 20 && !line.startsWith('#') && !frontmatter.includes(line.slice(0, 20)));
      if (paragraph) {
        bodiesLookedFor++;
        expect(store.includes(paragraph.slice(0, 20)), `${article.id}: body in the store`).toBe(false);
      }
      expect(store.includes(JSON.stringify(article.data.title)), `${article.id}: title in the store`).toBe(true);
    }
    expect(bodiesLookedFor).toBeGreaterThan(articles.length / 2);
  });

  it("leaves each article page its body's HTML, headings with their slugged ids", () => {
    const withHeads = articles.filter((article) => /^## /m.test(article.body));
    expect(withHeads.length).toBeGreaterThan(0);
    for (const article of withHeads) {
      const html = readDist(`articles/${article.id}/index.html`);
      const slugger = new GithubSlugger();
      for (const [, head] of article.body.matchAll(/^## (.+)$/gm)) {
        expect(html, `${article.id}: ${head}`).toContain(`<h2 id="${slugger.slug(head!.trim())}">`);
      }
      const paragraph = article.body.split('\n').find((line) => line.length > 20 && !line.startsWith('#'));
      expect(html, article.id).toContain(`<p>${paragraph!.trim()}`);
    }
  });
});
