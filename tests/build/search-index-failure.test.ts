import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readArticles } from '../helpers/content.ts';
import { createSandbox, type Sandbox } from '../helpers/sandbox.ts';

/**
 * The search index starts while the pages render, on the records the page build hands over.
 * When it cannot be built, the build fails with the index's own message, and the inputs it was
 * given (every article's full text) are not left behind.
 */
let sandbox: Sandbox;
beforeAll(() => {
  sandbox = createSandbox();
  cpSync('content/articles', path.join(sandbox.root, 'content', 'articles'), { recursive: true });
  sandbox.write(
    'scripts/build-search-index.ts',
    [
      "import { existsSync, readFileSync } from 'node:fs';",
      "import path from 'node:path';",
      "const records = path.join(process.argv[3]!, 'records.json');",
      "console.error(existsSync(records) ? `收到 ${records}` : '没有 records.json');",
      "console.error(`${JSON.parse(readFileSync(records, 'utf8')).length} 篇文章`);",
      // The zone pages are the last Astro writes.
      "console.error(existsSync(path.join(process.argv[2]!, 'zones')) ? '页面已写完' : '页面未写完');",
      "console.error('索引脚本故障：磁盘已满');",
      'process.exit(3);',
      '',
    ].join('\n'),
  );
});
afterAll(() => sandbox.remove());

// Whether the index's first line runs before Astro writes the zone pages is a race it wins by far,
// but can lose on a machine busy with other builds (once in a CI run of 2026-12-05): retried.
it(
  'a failing index fails the build with its message, and leaves no records behind',
  { timeout: 120_000, retry: 2 },
  () => {
    // A retry builds from nothing too: pages kept from the attempt before would be written sooner.
    rmSync(path.join(sandbox.root, '.astro-cache'), { recursive: true, force: true });
    const result = sandbox.astro('build');
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('搜索索引构建失败（退出码 3）');
    expect(result.output).toContain('索引脚本故障：磁盘已满');
    // The records were there when the index build began, and are gone now.
    const records = /收到 (\S+records\.json)/.exec(result.output)?.[1];
    expect(records, result.output).toBeDefined();
    expect(existsSync(records!)).toBe(false);
    expect(result.output).toContain(`${readArticles().filter((a) => !a.data.draft).length} 篇文章`);
    expect(result.output).toContain('页面未写完');
    expect(existsSync(path.join(sandbox.root, 'dist'))).toBe(false);
    // Nor in the staging folder the build wrote them to (src/integrations/publish.ts).
    expect(existsSync(path.join(sandbox.root, 'dist.staging'))).toBe(false);
  },
);
