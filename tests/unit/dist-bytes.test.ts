import { describe, expect, it } from 'vitest';
import { fileKind, HTML_PARTS, htmlParts, summarise, utf8Bytes } from '../../src/lib/dist-bytes.ts';

describe('fileKind', () => {
  it.each([
    ['articles/zhuhai-wuda-xingdong/index.html', 'article page'],
    ['articles/index.html', 'list page'],
    ['articles/3/index.html', 'list page'],
    ['articles/zhuhai-wuda-xingdong/citation.json', 'article citation'],
    ['articles/zhuhai-wuda-xingdong/citation.ris', 'article citation'],
    ['sources/gaoxin-2019-10-28-p9/index.html', 'source view'],
    ['sources/gaoxin-2019-10-28-p9.txt', 'source text'],
    ['pages/gaoxin-2019-10-28-p9/index.html', 'printed page'],
    ['people/wang-wei/index.html', 'person page'],
    ['people/wang-wei/2/index.html', 'person page'],
    ['people/index.html', 'list page'],
    ['people/wang-wei/rss.xml', 'feed'],
    ['rss.xml', 'feed'],
    ['zones/jining/rss.xml', 'feed'],
    ['zones/jining/index.html', 'list page'],
    ['index.html', 'list page'],
    ['data/2019.json', 'data'],
    ['data/index.html', 'data'],
    ['pagefind/pagefind.js', 'search'],
    ['search/index.html', 'search'],
    ['_astro/index.abc.css', 'assets'],
    ['sitemap-0.xml', 'sitemap'],
    ['sitemap-index.xml', 'sitemap'],
    ['favicon.svg', 'other'],
    ['_headers', 'other'],
  ])('%s is a %s', (file, kind) => {
    expect(fileKind(file)).toBe(kind);
  });
});

const page = (main: string) =>
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>标题</title></head>' +
  '<body class="min-h-screen"><a href="#main" class="sr-only">跳到正文</a><header class="site-header">站名</header>' +
  `<main id="main" class="mx-auto"><nav aria-label="面包屑" class="text-sm"><ol><li>首页</li></ol></nav>${main}</main>` +
  '<footer class="mt-16">页脚</footer></body></html>';

describe('htmlParts', () => {
  it("splits a page into parts that add up to the page's bytes", () => {
    for (const html of [
      page('<p class="a b">正文</p>'),
      page('\n  <ul>\n    <li data-id="x">一</li>\n  </ul>\n'),
      '<p>no head or main</p>',
      page('<a title="a>b" class="link">链</a><!-- c -->'),
    ]) {
      const parts = htmlParts(html);
      expect(HTML_PARTS.reduce((sum, part) => sum + parts[part], 0)).toBe(utf8Bytes(html));
    }
  });

  it('counts text, class and data attributes, whitespace and the chrome apart', () => {
    const parts = htmlParts(page('\n  <p class="lead" data-slot="x">正文 text</p>\n'));
    expect(parts.text).toBe(utf8Bytes('正文 text'));
    expect(parts.classes).toBe(utf8Bytes(' class="lead"') + utf8Bytes(' class="mx-auto"'));
    expect(parts.data).toBe(utf8Bytes(' data-slot="x"'));
    expect(parts.whitespace).toBe(4);
    expect(parts.head).toBe(utf8Bytes('<head><meta charset="utf-8"><title>标题</title></head>'));
    // Skip link, header, breadcrumbs and footer; not the page's own text.
    expect(parts.chrome).toBeGreaterThan(utf8Bytes('跳到正文站名首页页脚'));
    expect(parts.text).not.toBeGreaterThan(utf8Bytes('正文 text'));
  });

  it('reads a ">" inside a quoted attribute value as part of the tag, not text', () => {
    const parts = htmlParts(page('<abbr title="a > b">x</abbr>'));
    expect(parts.text).toBe(1);
  });
});

describe('summarise', () => {
  it('sums per folder and kind, and counts article pages as the articles', () => {
    const files = [
      { file: 'articles/a/index.html', bytes: 100 },
      { file: 'articles/b/index.html', bytes: 200 },
      { file: 'articles/2/index.html', bytes: 50 },
      { file: 'data/2019.json', bytes: 30 },
      { file: 'favicon.svg', bytes: 5 },
    ];
    const summary = summarise(files, () => page('<p>x</p>'));
    expect(summary.articles).toBe(2);
    expect(summary.totalBytes).toBe(385);
    expect(summary.byFolder.get('articles/')).toEqual({ files: 3, bytes: 350 });
    expect(summary.byFolder.get('(top-level files)')).toEqual({ files: 1, bytes: 5 });
    expect(summary.byKind.get('article page')).toMatchObject({ files: 2, bytes: 300 });
    expect(summary.byKind.get('list page')?.html).toMatchObject({ files: 1, bytes: 50 });
    expect(summary.byKind.get('list page')?.html?.parts.text).toBe(1);
    expect(summary.byKind.get('data')?.html).toBeUndefined();
  });
});
