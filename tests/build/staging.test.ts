import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../helpers/sandbox.ts';
import { fileHashes } from '../helpers/dist.ts';

/**
 * A failed build never replaces a good site: in a copy of the archive, a good build is published
 * to dist/, then a fault at each stage of the build in turn (the pages, the search index, the
 * build's own checks) fails the build with its message, and dist/ keeps the good site byte for byte.
 */
let sandbox: Sandbox;
let dist: string;
let good: Map<string, string>;
let first: { status: number | null; output: string };

beforeAll(() => {
  sandbox = createSandbox();
  dist = path.join(sandbox.root, 'dist');
  cpSync('content/articles', path.join(sandbox.root, 'content', 'articles'), { recursive: true });
  // An older site, and the leftovers of a build that was killed: the good build replaces the one
  // and removes the others.
  sandbox.write('dist/index.html', 'an older site');
  sandbox.write('dist/gone.html', 'a page the new site no longer has');
  sandbox.write('dist.staging/index.html', 'a killed build');
  first = sandbox.astro('build');
  good = existsSync(dist) ? fileHashes(dist) : new Map();
}, 120_000);
afterAll(() => sandbox.remove());

/** Builds with one file of the sandbox changed (or removed), then puts it back. */
function buildWith(file: string, text: string | undefined) {
  const target = path.join(sandbox.root, file);
  const original = readFileSync(target, 'utf8');
  if (text === undefined) rmSync(target);
  else sandbox.write(file, text);
  try {
    return sandbox.astro('build');
  } finally {
    sandbox.write(file, original);
  }
}

function expectKept(result: { status: number | null; output: string }) {
  expect(result.status, result.output).not.toBe(0);
  const now = fileHashes(dist);
  expect([...now.keys()].sort()).toEqual([...good.keys()].sort());
  expect([...good].filter(([file, hash]) => now.get(file) !== hash).map(([file]) => file)).toEqual([]);
  expect(existsSync(`${dist}.staging`), 'staging folder left behind').toBe(false);
  expect(existsSync(`${dist}.previous`), 'previous folder left behind').toBe(false);
  const lines = result.output.trim().split('\n');
  expect(lines.filter((line) => line.includes('未发布'))).toEqual([
    expect.stringMatching(/\[publish\] 构建失败，未发布：dist\/ 仍是之前的站点$/),
  ]);
}

describe('a good build', () => {
  it('is published to dist/, in place of the older site, and says so in one line', () => {
    expect(first.status, first.output).toBe(0);
    expect(good.get('index.html')).toBeDefined();
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain('<html lang="zh-CN">');
    expect(good.has('gone.html')).toBe(false);
    expect(good.has('search/parts.json')).toBe(true);
    expect(existsSync(`${dist}.staging`)).toBe(false);
    expect(existsSync(`${dist}.previous`)).toBe(false);
    expect(first.output).toMatch(/\[publish\] 站点已发布到 dist\/：\d+ 篇文章/);
    expect(first.output).not.toContain('未发布');
  });

  it('leaves the older site to a background removal, which removes it', async () => {
    const discarded = () => readdirSync(sandbox.root).filter((name) => name.startsWith('dist.discarded-'));
    await expect.poll(discarded, { timeout: 30_000, interval: 200 }).toEqual([]);
    expect(readdirSync(sandbox.root).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
  });
});

describe('a failed build keeps the previous site in dist/, byte for byte', () => {
  it('(1) a page that fails to generate', { timeout: 120_000 }, () => {
    const result = buildWith('src/pages/about.astro', "---\nthrow new Error('页面故障：关于页无法生成');\n---\n");
    expectKept(result);
    expect(result.output).toContain('页面故障：关于页无法生成');
  });

  it(
    '(2) a search index that fails, leaving a process that goes on writing into the site',
    { timeout: 120_000 },
    async () => {
      // As a part's process or Pagefind's binary would, after the index process itself has ended.
      const writer = [
        "const { mkdirSync, writeFileSync } = require('node:fs');",
        'const site = process.argv[1];',
        "setInterval(() => { try { mkdirSync(site, { recursive: true }); writeFileSync(site + '/late.txt', 'late'); } catch {} }, 50);",
        'setTimeout(() => process.exit(), 120000);',
      ].join('\n');
      const failingIndex = [
        "import { spawn } from 'node:child_process';",
        `spawn(process.execPath, ['-e', ${JSON.stringify(writer)}, process.argv[2]], { stdio: 'ignore' });`,
        "console.error('索引故障');",
        'process.exit(3);',
      ].join('\n');
      const result = buildWith('scripts/build-search-index.ts', failingIndex);
      // Time for a writer left behind to write again.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expectKept(result);
      expect(result.output).toContain('搜索索引构建失败（退出码 3）');
    },
  );

  it("(3) a site the build's own checks refuse: no 404 page", { timeout: 120_000 }, () => {
    const result = buildWith('src/pages/404.astro', undefined);
    expectKept(result);
    expect(result.output).toContain('发布前检查未通过');
    expect(result.output).toContain('缺少 404.html');
  });
});
