import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importClosure } from '../../../../src/lib/search/build/indexer-sources.ts';
import { scratchFolders } from '../../../helpers/scratch.ts';

const newFolder = scratchFolders('indexer-sources-');

function project(files: Record<string, string>): string {
  const root = newFolder();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('the code an index part is made by', () => {
  it("is the part's script and every project module it loads, in any folder", () => {
    const sources = importClosure(process.cwd(), 'scripts/build-search-part.ts');
    expect(sources[0]).toBe('scripts/build-search-part.ts');
    // The body is read by code outside the search folders: a change to it must rename every part.
    for (const file of [
      'src/lib/article-file.ts',
      'src/lib/search/build/document.ts',
      'src/lib/search/build/records.ts',
    ])
      expect(sources).toContain(file);
    expect(sources.every((file) => !file.includes('node_modules'))).toBe(true);
  });

  it('follows every form of relative import, once each, through cycles, and no package', () => {
    const root = project({
      'scripts/entry.ts': [
        "import { readFileSync } from 'node:fs';",
        "import { a } from '../src/a.ts';",
        'import {',
        '  b,',
        "} from '../src/b.ts';",
        "import type { T } from '../src/types.ts';",
        "import '../src/side-effect.ts';",
        "export * from '../src/reexported.ts';",
        "const lazy = 'not an import: ./nowhere.ts';",
        "// import { old } from '../src/removed.ts';",
        "/* export { older } from '../src/removed-too.ts'; */",
      ].join('\n'),
      'src/a.ts': "import { b } from './b.ts';\nexport const a = b;",
      'src/b.ts': "import { a } from './a.ts';\nimport yaml from 'yaml';\nexport const b = 1;",
      'src/types.ts': 'export type T = number;',
      'src/side-effect.ts': '',
      'src/reexported.ts': "export { a } from './deeper/c.ts';",
      'src/deeper/c.ts': 'export const c = 3;',
      'src/unused.ts': 'export const unused = 0;',
    });
    expect(importClosure(root, 'scripts/entry.ts').sort()).toEqual(
      [
        'scripts/entry.ts',
        'src/a.ts',
        'src/b.ts',
        'src/types.ts',
        'src/side-effect.ts',
        'src/reexported.ts',
        'src/deeper/c.ts',
      ].sort(),
    );
  });

  it('refuses an import it cannot find, naming the file', () => {
    const root = project({ 'scripts/entry.ts': "import { x } from '../src/x';" });
    expect(() => importClosure(root, 'scripts/entry.ts')).toThrow(/scripts\/entry\.ts: 找不到导入的 \.\.\/src\/x/);
  });
});
