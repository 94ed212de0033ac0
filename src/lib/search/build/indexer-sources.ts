/**
 * The project's own code an index part is made by: a part's process script and every project
 * module it imports, directly or not (part-cache.ts digests them all). Found by following the
 * static imports of relative paths, as the project writes them (with their `.ts`), so that no
 * list has to be kept in step with the code: a module the part's process comes to load is
 * digested from then on.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** `import … from './x.ts'`, `export … from '../y.ts'` and `import './z.ts'`: relative paths only. */
const RELATIVE_IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"](\.{1,2}\/[^'"]+)['"]/g;

/** The files `entry` imports, directly or not, `entry` first; paths relative to `root`, `/`-separated. */
export function importClosure(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Comments are no imports (a line comment from its line's start: `//` inside a string is not one).
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const [, specifier] of text.matchAll(RELATIVE_IMPORT)) {
      const target = path.resolve(path.dirname(file), specifier!);
      if (!existsSync(target))
        throw new Error(`${path.relative(root, file)}: 找不到导入的 ${specifier}（索引代码须以相对路径连同 .ts 导入）`);
      visit(target);
    }
  };
  visit(path.resolve(root, entry));
  return [...seen].map((file) => path.relative(root, file).split(path.sep).join('/'));
}
