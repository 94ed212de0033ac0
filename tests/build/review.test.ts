/** The review screen belongs to `npm run dev`: the built site has no trace of it. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles, readDist, requireDist } from '../helpers/dist.ts';

describe('the built site', () => {
  it('has no review screen', () => {
    requireDist();
    expect(existsSync(path.join(DIST, '_review'))).toBe(false);
    expect(distFiles('.html').filter((file) => /review/i.test(file))).toEqual([]);
    for (const file of distFiles('.html')) expect(readDist(file), file).not.toContain('草稿审阅');
    for (const file of distFiles('.xml')) expect(readDist(file), file).not.toContain('_review');
  });
});
