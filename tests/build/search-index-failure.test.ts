import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../helpers/sandbox.ts';

/**
 * When the search index cannot be built, the build fails with the index's own message, and
 * the records it was given (every article's full text) are not left in dist/.
 */
let sandbox: Sandbox;
beforeAll(() => {
  sandbox = createSandbox();
  cpSync('content/articles', path.join(sandbox.root, 'content', 'articles'), { recursive: true });
  sandbox.write(
    'scripts/build-search-index.ts',
    [
      "import { existsSync } from 'node:fs';",
      "import path from 'node:path';",
      "const records = path.join(process.argv[2]!, 'search', 'records.json');",
      "console.error(existsSync(records) ? '收到 records.json' : '没有 records.json');",
      "console.error('索引脚本故障：磁盘已满');",
      'process.exit(3);',
      '',
    ].join('\n'),
  );
});
afterAll(() => sandbox.remove());

it('a failing index fails the build with its message, and leaves no records.json', { timeout: 120_000 }, () => {
  const result = sandbox.astro('build');
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toContain('搜索索引构建失败（退出码 3）');
  expect(result.output).toContain('索引脚本故障：磁盘已满');
  // The records were there when the index build began, and are gone now.
  expect(result.output).toContain('收到 records.json');
  expect(existsSync(path.join(sandbox.root, 'dist', 'search', 'records.json'))).toBe(false);
  // Nor in the staging folder the build wrote them to (src/integrations/publish.ts).
  expect(existsSync(path.join(sandbox.root, 'dist.staging'))).toBe(false);
});
