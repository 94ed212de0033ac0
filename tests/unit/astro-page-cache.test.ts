import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../helpers/scratch.ts';
import { cachedOutputPath, readCachedPages } from '../../src/lib/astro-page-cache.ts';

// The layout itself is held to Astro's real cache by tests/build/incremental-build.test.ts.
const scratch = scratchFolders('astro-page-cache-');

describe('readCachedPages', () => {
  it('reads each keyed page of the manifest, its output file decoded', () => {
    const dir = scratch();
    writeFileSync(
      path.join(dir, 'incremental-build.json'),
      JSON.stringify({
        version: 1,
        routes: {
          'src/pages/people/[person]/[...page].astro': {
            dependencyHash: 'x',
            paths: {
              '/people/宋显晖/': { cacheKey: 'k1', outputFile: 'people/%E5%AE%8B%E6%98%BE%E6%99%96/index.html' },
              '/people/unkeyed/': { outputFile: 'people/unkeyed/index.html' },
            },
          },
        },
      }),
    );
    expect(readCachedPages(dir)).toEqual([
      {
        component: 'src/pages/people/[person]/[...page].astro',
        pathname: '/people/宋显晖/',
        cacheKey: 'k1',
        outputFile: 'people/宋显晖/index.html',
      },
    ]);
    expect(cachedOutputPath(dir, 'people/宋显晖/index.html')).toBe(
      path.join(dir, 'dist', 'people', '宋显晖', 'index.html'),
    );
  });

  it('reads no manifest, a broken one or one of another version as no cache', () => {
    const dir = scratch();
    expect(readCachedPages(dir)).toEqual([]);
    writeFileSync(path.join(dir, 'incremental-build.json'), '{');
    expect(readCachedPages(dir)).toEqual([]);
    writeFileSync(path.join(dir, 'incremental-build.json'), JSON.stringify({ version: 2, routes: {} }));
    expect(readCachedPages(dir)).toEqual([]);
  });
});
