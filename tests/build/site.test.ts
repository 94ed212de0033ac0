import { gunzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, readArticles, readData, zonesOf, type ArticleFile } from '../helpers/content.ts';
import { articlesMatching, type FacetsFile } from '../../src/lib/search/shared/facets.ts';
import type { SearchArticle } from '../../src/lib/search/shared/data.ts';
import { decodeLengths, type BundlesFile } from '../../src/lib/search/shared/layout.ts';
import { FILTER_KEYS, MAX_QUERY_LENGTH } from '../../src/lib/search/shared/state.ts';
import { searchFilePath, searchPreloads } from '../../src/lib/search/shared/files.ts';
import { IMMUTABLE_FOLDERS } from '../../src/lib/security-headers.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import {
  DIST,
  distFiles,
  elementsWith,
  fileForUrl,
  htmlText,
  ids,
  indexParts,
  internalLinks,
  listedArticleIds,
  paginated,
  readDist,
  requireDist,
} from '../helpers/dist.ts';

const articles = readArticles();
const zones = readData('zones.yaml');
const campaigns = readData('campaigns.yaml');
const topics = readData('topics.yaml');
const newspapers = readData('newspapers.yaml');

const idsWhere = (test: (a: ArticleFile) => boolean) =>
  articles
    .filter(test)
    .map((a) => a.id)
    .sort();
const listed = (url: string) => paginated(url).flatMap(listedArticleIds).sort();

beforeAll(() => requireDist());

describe('pages', () => {
  it('one page per article, with its headline and marked search text', () => {
    for (const article of articles) {
      const file = fileForUrl(`/articles/${article.id}/`);
      expect(file, article.id).toBeDefined();
      const html = readDist(file!);
      expect(html).toContain(article.data.title.replaceAll('"', '&quot;').split('“')[0]!.slice(0, 6));
      expect(html).toMatch(/data-search-source/);
      expect(html).toMatch(/<html lang="zh-CN"/);
    }
    const articleDirs = readdirSync(path.join(DIST, 'articles'), { withFileTypes: true }).filter(
      (d) => d.isDirectory() && !/^\d+$/.test(d.name),
    );
    expect(articleDirs.map((d) => d.name).sort()).toEqual(articles.map((a) => a.id).sort());
  });

  it("gives each zone's themed pages its accent, mixed with white for the dark scheme, in the zones' stylesheet", () => {
    const css = readFileSync(path.join(DIST, 'zones', 'accents.css'), 'utf8');
    for (const zone of readData<{ id: string; accent: string }>('zones.yaml')) {
      expect(css).toContain(`.zone-${zone.id}{--zone-accent:${zone.accent}}`);
      expect(css).toContain(`.zone-${zone.id}{--zone-accent:color-mix(in srgb,${zone.accent} 55%,white)}`);
    }
  });

  it("gives every listed article's heading the level under its list's own heading", () => {
    let lists = 0;
    for (const file of distFiles('.html')) {
      const html = readDist(file).replace(/<template[\s\S]*?<\/template>/g, '');
      for (const item of html.matchAll(/<li[^>]*data-article-id="[^"]*"[^>]*>[\s\S]*?<h([2-6])/g)) {
        const outside = html.slice(0, item.index).replace(/<li[^>]*data-article-id[\s\S]*?<\/li>/g, '');
        const before = [...outside.matchAll(/<h([1-6])\b/g)].at(-1);
        expect(Number(item[1]), `${file}: ${item[0].slice(0, 80)}`).toBe(Number(before![1]) + 1);
        lists++;
      }
    }
    expect(lists).toBeGreaterThan(100);
  });

  it('lets no search box take more than a search reads (MAX_QUERY_LENGTH), on every page', () => {
    let boxes = 0;
    for (const file of distFiles('.html')) {
      for (const box of readDist(file).match(/<input[^>]*name="q"[^>]*>/g) ?? []) {
        expect(box, file).toContain(`maxlength="${MAX_QUERY_LENGTH}"`);
        boxes++;
      }
    }
    expect(boxes).toBeGreaterThan(distFiles('.html').length);
  });

  it('never skips a heading level going down, on any page (h1 → h3 leaves a screen reader a gap)', () => {
    const skips: string[] = [];
    for (const file of distFiles('.html')) {
      const html = readDist(file).replace(/<template[\s\S]*?<\/template>/g, '');
      let level = 0;
      for (const heading of html.matchAll(/<h([1-6])\b/g)) {
        const next = Number(heading[1]);
        if (next > level + 1) skips.push(`${file}: h${level} → h${next}`);
        level = next;
      }
    }
    expect([...new Set(skips)]).toEqual([]);
  });

  it('marks an inferred newspaper as such in the lists and the facts, and a printed one not', () => {
    const items = new Map<string, string>();
    for (const html of paginated('/articles/'))
      for (const match of html.matchAll(/<li[^>]*data-article-id="([^"]+)"[\s\S]*?<\/li>/g))
        items.set(match[1]!, htmlText(match[0]));
    const inferred = articles.filter((a) => a.data.newspaper && a.data.newspaperPrinted === false);
    expect(inferred.length).toBeGreaterThan(0);
    for (const article of articles) {
      const name = newspapers.find((n) => n.id === article.data.newspaper)?.name;
      if (!name) continue;
      const mark = inferred.includes(article) ? `${name}（推定）` : `${name} `;
      expect(`${items.get(article.id)} `, article.id).toContain(mark);
      expect(htmlText(readDist(fileForUrl(`/articles/${article.id}/`)!)), article.id).toContain(mark.trim());
      // The printed page and its raw OCR text name the paper in their headings as the lists do.
      for (const url of [`/pages/${article.data.source}/`, `/sources/${article.data.source}/`]) {
        const heading = htmlText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readDist(fileForUrl(url)!))![1]!);
        expect(`${heading} `, url).toContain(inferred.includes(article) ? mark : `${name} `);
      }
    }
  });

  it("names each listed article's zone, but not on that zone's own page", () => {
    const entries = (html: string) =>
      [...html.matchAll(/<li[^>]*data-article-id="([^"]+)"[\s\S]*?<\/li>/g)].map((m) => ({ id: m[1]!, html: m[0] }));
    const zoneOf = new Map(articles.map((a) => [a.id, a.data.zone]));
    const zoneLink = (zone: string) => `href="/zones/${zone}/"`;
    for (const entry of paginated('/articles/').flatMap(entries))
      expect(entry.html, entry.id).toContain(zoneLink(zoneOf.get(entry.id)!));
    let own = 0;
    let others = 0;
    for (const zone of zones.filter((z) => fileForUrl(`/zones/${z.id}/`))) {
      for (const entry of paginated(`/zones/${zone.id}/`).flatMap(entries)) {
        const articleZone = zoneOf.get(entry.id)!;
        if (articleZone === zone.id) {
          own++;
          expect(entry.html, `${zone.id}: ${entry.id}`).not.toContain(zoneLink(zone.id));
        } else {
          others++;
          expect(entry.html, `${zone.id}: ${entry.id}`).toContain(zoneLink(articleZone));
        }
      }
    }
    // The seed archive lists both: articles on their own zone's page, and on a related zone's.
    expect(own).toBeGreaterThan(0);
    expect(others).toBeGreaterThan(0);
  });

  it("names each listed story's paper and page, but not among the stories of the printed page that names them", () => {
    const metas = (html: string) =>
      [...html.matchAll(/<p class="entry-meta">([\s\S]*?)<\/p>/g)].map((m) => htmlText(m[1]!));
    const paperOf = (a: ArticleFile) => newspapers.find((n) => n.id === a.data.newspaper)?.name;
    const printed = articles.filter((a) => paperOf(a) && a.data.page);
    expect(printed.length).toBeGreaterThan(0);
    const all = paginated('/articles/').flatMap(metas);
    for (const article of printed) {
      const said = `${paperOf(article)}`;
      expect(all.some((meta) => meta.includes(said))).toBe(true);
      const printedPage = readDist(fileForUrl(`/pages/${article.data.source}/`)!);
      expect(metas(printedPage).length).toBeGreaterThan(0);
      for (const meta of metas(printedPage)) expect(meta, article.data.source).not.toContain(said);
      // The article's own page lists the other stories of its printed page.
      const samePage = /aria-label="同版其他文章"[\s\S]*?<\/aside>/.exec(
        readDist(fileForUrl(`/articles/${article.id}/`)!),
      )![0];
      for (const meta of metas(samePage)) expect(meta, article.id).not.toContain(said);
    }
  });

  it('marks exactly what the article says with data-search-source: headline parts, body, captions, credit names', () => {
    /** Letters and digits only: what the page and the Markdown have in common, whatever the spacing and markup. */
    const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
    const markdownText = (markdown: string): string => {
      const visit = (node: { type: string; value?: string; children?: unknown[] }): string =>
        node.type === 'text' || node.type === 'inlineCode'
          ? (node.value ?? '')
          : (node.children ?? []).map((child) => visit(child as typeof node)).join('');
      return visit(fromMarkdown(markdown));
    };
    for (const article of articles) {
      const marked = elementsWith(readDist(fileForUrl(`/articles/${article.id}/`)!), 'data-search-source').map(
        ({ value, inner }) => ({ part: value, text: htmlText(inner).trim() }),
      );
      const of = (part: string) => marked.filter((m) => m.part === part).map((m) => m.text);
      const { kicker, title, subtitle, captions = [], credits = [] } = article.data;
      expect(of('kicker'), article.id).toEqual(kicker ? [kicker] : []);
      expect(of('title'), article.id).toEqual([title]);
      expect(of('subtitle'), article.id).toEqual(subtitle ? [subtitle] : []);
      expect(of('body').map(letters), article.id).toEqual([letters(markdownText(article.body))]);
      expect(of('caption'), article.id).toEqual(captions.map((c) => c.text));
      expect(of('caption-credit'), article.id).toEqual(captions.flatMap((c) => (c.credit ? [c.credit] : [])));
      expect(of('credit').sort(), article.id).toEqual(credits.map((c) => c.name).sort());
      // Nothing else: not the corrections, the citation, the breadcrumbs or the facts' labels.
      expect(
        marked.filter(
          (m) => !['kicker', 'title', 'subtitle', 'body', 'caption', 'caption-credit', 'credit'].includes(m.part),
        ),
      ).toEqual([]);
    }
  });

  it.each(zones.map((z) => z.id))('zone %s lists exactly the articles that carry it', (zone) => {
    expect(listed(`/zones/${zone}/`)).toEqual(idsWhere((a) => zonesOf(a).includes(zone)));
  });

  it.each(campaigns.map((c) => c.id))('campaign %s lists exactly its articles', (campaign) => {
    expect(listed(`/campaigns/${campaign}/`)).toEqual(idsWhere((a) => (a.data.campaigns ?? []).includes(campaign)));
  });

  it.each(topics.map((t) => t.id))('topic %s lists exactly its articles (or has no page when empty)', (topic) => {
    const expected = idsWhere((a) => a.data.topics.includes(topic));
    if (expected.length === 0) expect(fileForUrl(`/topics/${topic}/`)).toBeUndefined();
    else expect(listed(`/topics/${topic}/`)).toEqual(expected);
  });

  it('each year and month page lists exactly the articles dated in it', () => {
    const years = [...new Set(articles.map((a) => a.data.date.slice(0, 4)))];
    expect(years.length).toBeGreaterThan(0);
    for (const year of years)
      expect(listed(`/archive/${year}/`), year).toEqual(idsWhere((a) => a.data.date.startsWith(year)));
    const months = [...new Set(articles.map((a) => a.data.date.slice(0, 7)).filter((m) => m.length === 7))];
    for (const month of months)
      expect(listed(`/archive/${month}/`), month).toEqual(idsWhere((a) => a.data.date.startsWith(month)));
  });

  it('each newspaper lists its printed pages, and each printed page exactly its stories in order', () => {
    const sources = [...new Set(articles.map((a) => a.data.source))];
    for (const source of sources) {
      const onPage = articles.filter((a) => a.data.source === source).sort((a, b) => a.data.order - b.data.order);
      const html = readDist(fileForUrl(`/pages/${source}/`)!);
      expect(listedArticleIds(html)).toEqual(onPage.map((a) => a.id));
      const paper = onPage[0]!.data.newspaper ?? 'unprinted';
      expect(paginated(`/papers/${paper}/`).join('\n')).toContain(`href="/pages/${source}/"`);
    }
    for (const paper of newspapers) {
      const carried = articles.filter((a) => a.data.newspaper === paper.id);
      if (carried.length) expect(fileForUrl(`/papers/${paper.id}/`)).toBeDefined();
    }
  });

  it('every raw source page is published byte for byte', () => {
    for (const file of readdirSync(path.join(CONTENT, 'sources'))) {
      expect(
        readFileSync(path.join(DIST, 'sources', file)).equals(readFileSync(path.join(CONTENT, 'sources', file))),
        file,
      ).toBe(true);
    }
  });

  it('has the site-wide pages: home, indexes, search, about, 404, feeds, sitemap, robots, open data', () => {
    for (const url of [
      '/',
      '/zones/',
      '/campaigns/',
      '/topics/',
      '/archive/',
      '/papers/',
      '/search/',
      '/about/',
      '/articles/',
    ])
      expect(fileForUrl(url), url).toBeDefined();
    for (const file of ['404.html', 'rss.xml', 'sitemap-index.xml', 'robots.txt', 'data/index.html'])
      expect(readDist(file).length, file).toBeGreaterThan(0);
    for (const zone of zones) expect(readDist(`zones/${zone.id}/rss.xml`)).toContain('<rss');
  });

  it('publishes open data as one JSON file per year, listed on /data/, holding every article once', () => {
    const listed = [...readDist('data/index.html').matchAll(/href="\/data\/(\d{4})\.json"/g)].map((m) => m[1]!);
    const years = [...new Set(articles.map((a) => String(a.data.date).slice(0, 4)))].sort();
    expect([...listed].sort()).toEqual(years);
    const seen: string[] = [];
    for (const year of listed) {
      const data = JSON.parse(readDist(`data/${year}.json`)) as {
        year: number;
        articles: {
          id: string;
          date: string;
          text: string;
          pageName: string | null;
          column: string | null;
          order: number;
          reordered: boolean;
        }[];
      };
      expect(data.year).toBe(Number(year));
      for (const record of data.articles) {
        expect(record.date.startsWith(year), `${record.id} in ${year}.json`).toBe(true);
        expect(record.text.length, record.id).toBeGreaterThan(0);
        // Where the story stands in print, as its file says.
        const { pageName, column, order, reordered } = articles.find((a) => a.id === record.id)!.data;
        expect(
          { pageName: record.pageName, column: record.column, order: record.order, reordered: record.reordered },
          record.id,
        ).toEqual({ pageName: pageName ?? null, column: column ?? null, order, reordered: reordered === true });
        seen.push(record.id);
      }
    }
    expect(seen.sort()).toEqual(articles.map((a) => a.id).sort());
  });

  it('no page ships inline scripts, and only the search and highlight scripts exist', () => {
    for (const file of distFiles('.html')) {
      const html = readDist(file);
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });
});

describe('links', () => {
  it('every internal link and anchor resolves in dist/', () => {
    const broken: string[] = [];
    const cache = new Map<string, Set<string>>();
    for (const file of distFiles('.html')) {
      for (const href of internalLinks(readDist(file))) {
        const target = fileForUrl(href);
        if (!target) {
          broken.push(`${file} → ${href}`);
          continue;
        }
        const hash = href.split('#')[1];
        if (hash && target.endsWith('.html')) {
          if (!cache.has(target)) cache.set(target, ids(readDist(target)));
          if (!cache.get(target)!.has(decodeURIComponent(hash))) broken.push(`${file} → ${href} (no #${hash})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('every URL in the feeds and the sitemap resolves in dist/', () => {
    const urls = [
      ...distFiles('.xml').flatMap((file) =>
        [...readDist(file).matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)].map((m) => m[1]!),
      ),
    ];
    expect(urls.length).toBeGreaterThan(articles.length);
    const broken = urls.map((u) => new URL(u).pathname).filter((p) => !fileForUrl(p));
    expect(broken).toEqual([]);
  });

  it('the sitemap leaves out the search page, which robots.txt disallows', () => {
    expect(readDist('robots.txt')).toContain('Disallow: /search/');
    const sitemaps = distFiles('.xml').filter((file) => file.startsWith('sitemap-'));
    expect(sitemaps.length).toBeGreaterThan(1);
    const paths = sitemaps.flatMap((file) =>
      [...readDist(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
    );
    expect(paths).toContain('/articles/');
    expect(paths.filter((p) => p.startsWith('/search/'))).toEqual([]);
  });

  it('the sitemap lists every page once, in order, but the search and error pages', () => {
    const index = readDist('sitemap-index.xml');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1));
    expect(files).toEqual(['sitemap-0.xml']);
    const listed = files.flatMap((file) =>
      [...readDist(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURIComponent(new URL(m[1]!).pathname)),
    );
    expect(listed).toEqual([...new Set(listed)].sort());
    const pages = distFiles('.html')
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `/${file.slice(0, -'index.html'.length)}`)
      .filter((page) => page !== '/search/');
    expect([...listed].sort()).toEqual(pages.sort());
    expect(distFiles('.html').filter((file) => !file.endsWith('index.html'))).toEqual(['404.html']);
  });
});

describe('search index', () => {
  const readJson = <T>(file: string) => JSON.parse(readFileSync(path.join(DIST, 'search', file), 'utf8')) as T;
  /** Every part's layout, in date order, as one: its bundles each of bundleSize articles but the last. */
  const bundles = () => {
    const files = indexParts().map((part) => readJson<BundlesFile>(`parts/${part.name}/bundles.json`));
    for (const file of files)
      expect(file.bundles.slice(0, -1).every(([, b]) => b.length === file.bundleSize)).toBe(true);
    return { bundles: files.flatMap((file) => file.bundles) };
  };
  /** What a result shows of article n (numbered in date order). */
  const shown = () =>
    Array.from({ length: readdirSync(path.join(DIST, 'search', 'articles')).length }, (_, n) =>
      readJson<SearchArticle>(`articles/${n}.json`),
    );

  it('has one result text per article and nothing else (no navigation, no list pages), numbered in date order', () => {
    const texts = shown();
    expect(texts.map((t) => t.url).sort()).toEqual(articles.map((a) => `/articles/${a.id}/`).sort());
    const dates = texts.map((t) => articles.find((a) => t.url === `/articles/${a.id}/`)!.data.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('lays out every article once, in bundles Pagefind wrote, in parts that follow each other', () => {
    const file = bundles();
    const blocks = file.bundles.flatMap(([, b]) => decodeLengths(b, b.length));
    expect(blocks).toHaveLength(articles.length);
    expect(blocks.every((units) => units >= 1)).toBe(true);
    let next = 0;
    for (const part of indexParts()) {
      expect(part.first).toBe(next);
      next += part.count;
      const layout = readJson<BundlesFile>(`parts/${part.name}/bundles.json`);
      expect(layout.bundles.flatMap(([, b]) => decodeLengths(b, b.length))).toHaveLength(part.count);
      const dir = path.join(DIST, 'pagefind', part.name);
      const meta = readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!;
      const metaText = gunzipSync(readFileSync(path.join(dir, meta))).toString('latin1');
      for (const [page] of layout.bundles) expect(metaText, page).toContain(page);
    }
    expect(next).toBe(articles.length);
  });

  it('gives the captions, and the credits, of exactly the articles that have them a part of their block', () => {
    const file = bundles();
    const lengths = (part: 2 | 4) => file.bundles.flatMap((bundle) => decodeLengths(bundle[part], bundle[1].length));
    const has = (field: 'captions' | 'credits') =>
      shown().map((text) => (articles.find((a) => text.url === `/articles/${a.id}/`)!.data[field] ?? []).length > 0);
    expect(lengths(2).map((units) => units > 0)).toEqual(has('captions'));
    expect(lengths(4).map((units) => units > 0)).toEqual(has('credits'));
    expect(has('captions')).toContain(true);
  });

  it('gives each article the headline part its own headline needs, not the longest of the archive', () => {
    const file = bundles();
    const headlines = file.bundles.flatMap((bundle) => decodeLengths(bundle[3], bundle[1].length));
    expect(headlines.every((units) => units >= 1)).toBe(true);
    expect(new Set(headlines).size).toBeGreaterThan(1);
  });

  it('holds, in the folders hosts are told to keep for a year, only files whose names change with their content', () => {
    // Astro's assets carry a digest of their content in their names.
    const assets = readdirSync(path.join(DIST, '_astro'));
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) expect(asset).toMatch(/[.-][\w-]{8}\.(js|css)$/);
    // The index's folders hold one folder per part, named by its digest (search/build/part-cache.ts).
    const names = indexParts().map((part) => part.name);
    for (const name of names) expect(name).toMatch(/-[0-9a-f]{16}$/);
    for (const folder of IMMUTABLE_FOLDERS.filter((f) => f !== '/_astro/')) {
      const entries = readdirSync(path.join(DIST, folder), { withFileTypes: true });
      expect(entries.every((entry) => entry.isDirectory())).toBe(true);
      expect(entries.map((entry) => entry.name).sort()).toEqual([...names].sort());
    }
  });

  it("preloads, in the search page's HTML, the newest part's files, each of which exists", () => {
    const html = readDist('search/index.html');
    const hrefs = (rel: string) =>
      [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]*? href="([^"]+)"`, 'g'))].map((match) => match[1]!);
    const newest = indexParts().at(-1)!.name;
    const expected = searchPreloads(newest);
    expect(hrefs('modulepreload')).toEqual(expected.modules);
    expect(hrefs('preload')).toEqual(expected.fetches);
    // The part's own files, named by Pagefind or by the index: a name the index did not write is a wasted request.
    for (const href of [...expected.modules, ...expected.fetches])
      expect(readFileSync(path.join(DIST, searchFilePath(href.split('?')[0]!))).length, href).toBeGreaterThan(0);
    expect(expected.fetches.filter((href) => href.includes(newest))).toHaveLength(3);
  });

  it("does not publish Pagefind's fragments, which hold only index tokens", () => {
    for (const part of indexParts())
      expect(readdirSync(path.join(DIST, 'pagefind', part.name))).not.toContain('fragment');
  });

  it("gives each zone's, campaign's, year's and newspaper's list a search that selects exactly the articles it lists", () => {
    const facets = readJson<FacetsFile>('facets.json');
    const urlOf = shown().map((text) => text.url.split('/').at(-2)!);
    const lists = [
      ...zones.map((z) => `/zones/${z.id}/`),
      ...campaigns.map((c) => `/campaigns/${c.id}/`),
      ...[...new Set(articles.map((a) => a.data.date.slice(0, 4)))].map((year) => `/archive/${year}/`),
      ...zones.flatMap((z) => campaigns.map((c) => `/zones/${z.id}/campaigns/${c.id}/`)),
    ].filter((url) => fileForUrl(url));
    let searched = 0;
    for (const url of lists) {
      const forms = readDist(fileForUrl(url)!).match(/<form[^>]*class="list-search[^"]*"[^>]*>[\s\S]*?<\/form>/g) ?? [];
      const ids = listed(url);
      if (ids.length === 0) continue;
      expect(forms, url).toHaveLength(1);
      const filters = Object.fromEntries(
        [...forms[0]!.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
      );
      expect(Object.keys(filters).length, url).toBeGreaterThan(0);
      expect(forms[0], url).toContain(`的 ${ids.length} 篇文章中检索`);
      expect(
        articlesMatching(facets, filters)
          .map((n) => urlOf[n])
          .sort(),
        url,
      ).toEqual(ids);
      searched++;
    }
    expect(searched).toBeGreaterThan(zones.length);
    // A newspaper's page lists its printed pages; its search selects the stories on them.
    for (const paper of [...newspapers, { id: 'unprinted' }]) {
      const file = fileForUrl(`/papers/${paper.id}/`);
      if (!file) continue;
      const form = /<form[^>]*class="list-search[^"]*"[^>]*>[\s\S]*?<\/form>/.exec(readDist(file))?.[0];
      const value = form && /<input type="hidden" name="newspaper" value="([^"]*)"/.exec(form)?.[1];
      expect(value, paper.id).toBeDefined();
      const own = idsWhere((a) => (a.data.newspaper ?? 'unprinted') === paper.id);
      expect(form).toContain(`的 ${own.length} 篇文章中检索`);
      expect(
        articlesMatching(facets, { newspaper: value! })
          .map((n) => urlOf[n])
          .sort(),
        paper.id,
      ).toEqual(own);
      searched++;
    }
    // A month's or a topic's list is no search filter's: its page offers none.
    for (const url of ['/archive/2021-06/', ...topics.map((t) => `/topics/${t.id}/`)].filter((u) => fileForUrl(u)))
      expect(readDist(fileForUrl(url)!), url).not.toContain('list-search');
  });

  it("carries each article's filters: zone, campaign, year, newspaper", () => {
    const facets = readJson<FacetsFile>('facets.json');
    const name = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)!.name;
    shown().forEach((text, n) => {
      const article = articles.find((a) => text.url === `/articles/${a.id}/`)!;
      const values = (key: (typeof FILTER_KEYS)[number]) =>
        facets.articles[n]![FILTER_KEYS.indexOf(key)]!.map((i) => facets.values[key][i]!).sort();
      expect(values('zone'), article.id).toEqual(
        zonesOf(article)
          .map((z) => name(zones, z))
          .sort(),
      );
      expect(values('campaign')).toEqual((article.data.campaigns ?? []).map((c) => name(campaigns, c)).sort());
      expect(values('year')).toEqual([article.data.date.slice(0, 4)]);
      expect(values('newspaper')).toEqual([
        article.data.newspaper ? name(newspapers, article.data.newspaper) : '报名未印',
      ]);
    });
    expect(facets.articles).toHaveLength(articles.length);
  });
});
