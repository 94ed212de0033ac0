import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkedFiles,
  publishPaths,
  recover,
  replacedSite,
  REQUIRED_FILES,
  searchArticleFiles,
  swapIn,
  verifySite,
  type SiteReader,
  type SwapFs,
} from '../../src/lib/publish.ts';
import type { PublishedPart } from '../../src/lib/search/shared/parts.ts';

const URLS = ['/articles/zhuhai-wuda-xingdong/', '/articles/jining-zhuti/', '/articles/kunshan/'];
/** The index in two parts, of two articles and of one. */
const PARTS: PublishedPart[] = [
  { name: '2021-aaaa', first: 0, count: 2, meta: 'pagefind.und_aaaa.pf_meta' },
  { name: '2022-bbbb', first: 2, count: 1, meta: 'pagefind.und_bbbb.pf_meta' },
];
/** A part's metadata file, as Pagefind would name it. */
const metaOf = (name: string) => `pagefind.und_${name.split('-').at(-1)}.pf_meta`;
const partFiles = (name: string) => [
  `pagefind/${name}/pagefind-entry.json`,
  `pagefind/${name}/${metaOf(name)}`,
  `pagefind/${name}/pagefind.js`,
  `search/parts/${name}/bundles.json`,
];
/** A complete small site: the required files, three articles with their pages and search files, the index's parts, a page of the list. */
const SITE = [
  ...REQUIRED_FILES,
  ...PARTS.flatMap((part) => partFiles(part.name)),
  'about/index.html',
  'articles/index.html',
  'articles/2/index.html',
  'pagefind/2021-aaaa/index/und_1.pf_index',
  ...URLS.map((url) => `${url.slice(1)}index.html`),
  ...URLS.map((_, n) => `search/articles/${n}.json`),
];

describe('verifySite', () => {
  it('passes a complete site; a page of the article list is not an article', () => {
    expect(verifySite(SITE, URLS, PARTS)).toEqual([]);
  });

  it('names every required file that is missing', () => {
    for (const file of ['index.html', '404.html', 'search/parts.json'])
      expect(
        verifySite(
          SITE.filter((f) => f !== file),
          URLS,
          PARTS,
        ),
      ).toEqual([`缺少 ${file}`]);
  });

  it('names every part of the index whose files are missing, and parts that do not cover the articles in order', () => {
    for (const file of partFiles('2022-bbbb'))
      expect(
        verifySite(
          SITE.filter((f) => f !== file),
          URLS,
          PARTS,
        ),
      ).toEqual([`缺少索引分部 2022-bbbb 的 ${file}`]);
    expect(verifySite(SITE, URLS, [PARTS[0]!])).toEqual(['索引分部共有 2 篇文章，搜索数据有 3 篇']);
    expect(verifySite(SITE, URLS, [PARTS[0]!, { ...PARTS[1]!, first: 1, count: 2 }])).toEqual([
      '索引分部 2022-bbbb 从第 1 篇开始，应从第 2 篇',
    ]);
  });

  it('refuses the code that rendered the pages', () => {
    const code = ['.prerender/prerender-entry.mjs', '.prerender/chunks/about.mjs'];
    expect(verifySite([...SITE, ...code], URLS, PARTS)).toEqual(['不应发布 .prerender/（2 个文件）']);
  });

  it('finds an article without its page, and a page the search does not know', () => {
    const withoutPage = SITE.filter((f) => f !== 'articles/kunshan/index.html');
    expect(verifySite(withoutPage, URLS, PARTS)).toEqual(['1 篇文章没有页面：/articles/kunshan/']);
    expect(verifySite([...SITE, 'articles/extra/index.html'], URLS, PARTS)).toEqual([
      '1 个文章页面不在搜索数据中：/articles/extra/',
    ]);
  });

  it('wants the search articles numbered 0…n−1, one URL each, and at least one', () => {
    expect(
      verifySite([...SITE.filter((f) => f !== 'search/articles/1.json'), 'search/articles/3.json'], URLS, PARTS),
    ).toEqual(['搜索数据的文章编号不连续：缺少 search/articles/1.json']);
    expect(verifySite(SITE, URLS.slice(0, 2), PARTS)).toContainEqual('搜索数据有 3 个文章文件，读到 2 个网址');
    expect(
      verifySite(
        SITE.filter((f) => !f.startsWith('search/articles/')),
        [],
        [],
      ),
    ).toContainEqual(expect.stringContaining('搜索数据中没有文章'));
  });

  it('lists at most five examples of a problem', () => {
    const many = Array.from({ length: 7 }, (_, n) => `/articles/a${n}/`);
    const files = [...REQUIRED_FILES, ...partFiles('p'), ...many.map((_, n) => `search/articles/${n}.json`)];
    expect(verifySite(files, many, [{ name: 'p', first: 0, count: 7, meta: metaOf('p') }])).toEqual([
      '7 篇文章没有页面：/articles/a0/、/articles/a1/、/articles/a2/、/articles/a3/、/articles/a4/ …',
    ]);
  });
});

describe('searchArticleFiles', () => {
  it('gives the search articles in number order, and nothing else', () => {
    const files = ['search/articles/10.json', 'search/articles/9.json', 'search/articles/x.json', 'search/facets.json'];
    expect(searchArticleFiles(files)).toEqual(['search/articles/9.json', 'search/articles/10.json']);
  });
});

describe('publishPaths', () => {
  it('puts the staging and previous folders next to the output folder', () => {
    expect(publishPaths('/srv/site/dist/')).toEqual({
      out: '/srv/site/dist',
      staging: '/srv/site/dist.staging',
      previous: '/srv/site/dist.previous',
    });
  });
});

describe('replacedSite', () => {
  it('is the output folder a staging folder will replace, when it exists', () => {
    const exists = (dir: string) => dir === '/srv/site/dist';
    expect(replacedSite('/srv/site/dist.staging/', exists)).toBe('/srv/site/dist');
    expect(replacedSite(publishPaths('/srv/site/dist').staging, exists)).toBe('/srv/site/dist');
    expect(replacedSite('/srv/site/other.staging', exists)).toBeUndefined();
    expect(replacedSite('/srv/site/dist', exists)).toBeUndefined();
    expect(replacedSite('/srv/site/dist.staging-x', exists)).toBeUndefined();
  });
});

/**
 * Folders as names → contents. `failAt` makes the n-th operation fail: once ('error') or, as
 * when the process is killed, with every later operation failing too ('kill').
 */
function fakeFs(folders: Record<string, string>, failAt = -1, mode: 'error' | 'kill' = 'error') {
  const state = new Map(Object.entries(folders));
  let ops = 0;
  let dead = false;
  const step = () => {
    if (dead || ops++ === failAt) {
      if (mode === 'kill') dead = true;
      throw new Error('EIO');
    }
  };
  const fs: SwapFs = {
    exists: (path) => state.has(path),
    rename(from, to) {
      step();
      if (!state.has(from) || state.has(to)) throw new Error(`rename ${from} → ${to}`);
      state.set(to, state.get(from)!);
      state.delete(from);
    },
    remove(path) {
      step();
      state.delete(path);
    },
  };
  return { fs, state, ops: () => ops };
}

const paths = publishPaths('/srv/dist');

describe('swapIn', () => {
  it('puts the staged site in place of the old one, which waits in previous', () => {
    const { fs, state } = fakeFs({ '/srv/dist': 'old', '/srv/dist.staging': 'new' });
    swapIn(paths, fs);
    expect(Object.fromEntries(state)).toEqual({ '/srv/dist': 'new', '/srv/dist.previous': 'old' });
  });

  it('publishes a first site', () => {
    const { fs, state } = fakeFs({ '/srv/dist.staging': 'new' });
    swapIn(paths, fs);
    expect(Object.fromEntries(state)).toEqual({ '/srv/dist': 'new' });
  });

  it('replaces the leftover of an earlier swap', () => {
    const { fs, state } = fakeFs({ '/srv/dist': 'old', '/srv/dist.staging': 'new', '/srv/dist.previous': 'older' });
    swapIn(paths, fs);
    expect(Object.fromEntries(state)).toEqual({ '/srv/dist': 'new', '/srv/dist.previous': 'old' });
  });

  const operations = fakeFs({ '/srv/dist': 'old', '/srv/dist.staging': 'new' });
  swapIn(paths, operations.fs);
  const count = operations.ops();

  it('leaves the old site in place when any step fails', () => {
    for (let n = 0; n < count; n++) {
      const { fs, state } = fakeFs({ '/srv/dist': 'old', '/srv/dist.staging': 'new' }, n);
      expect(() => swapIn(paths, fs), `step ${n}`).toThrow();
      expect(state.get('/srv/dist'), `step ${n}`).toBe('old');
    }
  });

  it('killed at any step, leaves a site that the next build puts back in place, with no leftovers', () => {
    for (let n = 0; n <= count; n++) {
      const killed = fakeFs({ '/srv/dist': 'old', '/srv/dist.staging': 'new' }, n, 'kill');
      try {
        swapIn(paths, killed.fs);
      } catch {
        // killed
      }
      const next = fakeFs(Object.fromEntries(killed.state));
      recover(paths, next.fs);
      expect(['old', 'new'], `step ${n}`).toContain(next.state.get('/srv/dist'));
      expect([...next.state.keys()], `step ${n}`).toEqual(['/srv/dist']);
    }
  });
});

describe('recover', () => {
  it('puts back a site left in previous by a swap cut short', () => {
    const { fs, state } = fakeFs({ '/srv/dist.previous': 'old', '/srv/dist.staging': 'new' });
    expect(recover(paths, fs)).toBe(true);
    expect(Object.fromEntries(state)).toEqual({ '/srv/dist': 'old' });
  });

  it('removes the leftovers of earlier builds and keeps the site', () => {
    const { fs, state } = fakeFs({ '/srv/dist': 'new', '/srv/dist.previous': 'old', '/srv/dist.staging': 'half' });
    expect(recover(paths, fs)).toBe(false);
    expect(Object.fromEntries(state)).toEqual({ '/srv/dist': 'new' });
  });
});

/** A site given as its list of files, read as checkedFiles reads a folder. */
function readerOf(files: readonly string[]): SiteReader {
  const present = new Set(files);
  return {
    isFile: (file) => present.has(file),
    filesUnder: (dir) => files.filter((file) => file.startsWith(`${dir}/`)),
    folders: (dir) => [
      ...new Set(
        files
          .filter((file) => file.startsWith(`${dir}/`) && file.slice(dir.length + 1).includes('/'))
          .map((file) => file.slice(dir.length + 1).split('/')[0]!),
      ),
    ],
  };
}

describe('checkedFiles', () => {
  /** Files a site may have beyond SITE: pages, an article's other files, nested and stray ones, server code. */
  const EXTRA = [
    'articles/extra/index.html',
    'articles/extra/citation.ris',
    'articles/kunshan/citation.json',
    'articles/3/index.html',
    'articles/index.json',
    'articles/deep/er/index.html',
    'search/articles/3.json',
    'search/articles/old/0.json',
    'search/articles.json',
    '.prerender/prerender-entry.mjs',
    '.prerender/chunks/about.mjs',
    'pagefind/2022-bbbb/index/und_1.pf_index',
    'pagefind/2023-cccc/pagefind-entry.json',
    'people/a/index.html',
    'sources/x.txt',
  ];

  it('gives verifySite the verdict every file of the site gives, whatever the site lacks or holds beyond', () => {
    fc.assert(
      fc.property(
        fc.subarray(SITE),
        fc.subarray(EXTRA),
        fc.subarray(URLS),
        fc.subarray(PARTS),
        (kept, extra, urls, parts) => {
          const files = [...kept, ...extra];
          const checked = checkedFiles(readerOf(files), parts);
          expect(checked.every((file) => files.includes(file))).toBe(true);
          expect(verifySite(checked, urls, parts)).toEqual(verifySite(files, urls, parts));
        },
      ),
    );
  });

  it('leaves out the pages and files the checks do not look at', () => {
    expect(checkedFiles(readerOf([...SITE, ...EXTRA]), PARTS).sort()).toEqual(
      [
        ...SITE.filter(
          (file) =>
            !['about/index.html', 'articles/index.html', 'pagefind/2021-aaaa/index/und_1.pf_index'].includes(file),
        ),
        'articles/extra/index.html',
        'articles/3/index.html',
        'search/articles/3.json',
        'search/articles/old/0.json',
        '.prerender/prerender-entry.mjs',
        '.prerender/chunks/about.mjs',
      ].sort(),
    );
  });
});
