import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../helpers/scratch.ts';
import { linkTree } from '../../src/lib/link-tree.ts';

const scratch = scratchFolders('link-tree-');

function sampleTree(root: string) {
  mkdirSync(path.join(root, 'index', 'deep'), { recursive: true });
  writeFileSync(path.join(root, 'meta.pf_meta'), 'meta');
  writeFileSync(path.join(root, 'index', 'a.pf_index'), new Uint8Array([0x1f, 0x8b, 1, 2]));
  writeFileSync(path.join(root, 'index', 'deep', 'b.pf_index'), '');
}
const files = ['meta.pf_meta', 'index/a.pf_index', 'index/deep/b.pf_index'];

describe('linkTree', () => {
  it('links every file, folders included, to the same bytes', () => {
    const from = path.join(scratch(), 'part');
    const to = path.join(scratch(), 'site', 'pagefind', 'part');
    sampleTree(from);
    expect(linkTree(from, to)).toBe(0);
    for (const file of files) {
      expect(readFileSync(path.join(to, file))).toEqual(readFileSync(path.join(from, file)));
      expect(statSync(path.join(to, file)).ino).toBe(statSync(path.join(from, file)).ino);
    }
  });

  it('copies where the file system refuses a link, and says how many', () => {
    const from = path.join(scratch(), 'part');
    const to = path.join(scratch(), 'copy');
    sampleTree(from);
    const refuse = () => {
      throw Object.assign(new Error('cross-device link'), { code: 'EXDEV' });
    };
    expect(linkTree(from, to, refuse)).toBe(files.length);
    for (const file of files) {
      expect(readFileSync(path.join(to, file))).toEqual(readFileSync(path.join(from, file)));
      expect(statSync(path.join(to, file)).ino).not.toBe(statSync(path.join(from, file)).ino);
    }
  });

  it('lets other errors through, and refuses what is neither file nor folder', () => {
    const from = path.join(scratch(), 'part');
    sampleTree(from);
    const broken = () => {
      throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
    };
    expect(() => linkTree(from, path.join(scratch(), 'x'), broken)).toThrow('no space left');
    symlinkSync(path.join(from, 'meta.pf_meta'), path.join(from, 'link'));
    expect(() => linkTree(from, path.join(scratch(), 'y'))).toThrow(/neither a file nor a folder/);
  });
});
