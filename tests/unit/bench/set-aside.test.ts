import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeSetAside, setAside } from '../../../scripts/bench/set-aside.ts';

describe("the benchmark's folders set aside before a whole build", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'bench-set-aside-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A folder holding one file, its inode number returned: a rename keeps it, a copy would not. */
  function folderWithFile(name: string): number {
    mkdirSync(path.join(root, name, 'sub'), { recursive: true });
    const file = path.join(root, name, 'sub', 'index.html');
    writeFileSync(file, name);
    return statSync(file).ino;
  }

  it('moves the folders that exist, by rename, apart from one another, and nothing else', () => {
    const inodes = [folderWithFile('dist'), folderWithFile('other/dist')];
    const trashRoot = path.join(root, '.trash');
    const trash = setAside(
      ['dist', 'other/dist', 'missing'].map((name) => path.join(root, name)),
      trashRoot,
      'run',
    );
    expect(trash).toBe(path.join(trashRoot, 'run'));
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
    expect(existsSync(path.join(root, 'other/dist'))).toBe(false);
    expect(existsSync(path.join(root, 'other'))).toBe(true);
    const moved = readdirSync(trash!).sort();
    expect(moved).toEqual(['0-dist', '1-dist']);
    moved.forEach((name, i) => {
      const file = path.join(trash!, name, 'sub', 'index.html');
      expect(readFileSync(file, 'utf8')).toBe(i === 0 ? 'dist' : 'other/dist');
      expect(statSync(file).ino).toBe(inodes[i]);
    });
  });

  it('makes no folder when there is nothing to move', () => {
    const trashRoot = path.join(root, '.trash');
    expect(setAside([path.join(root, 'missing')], trashRoot)).toBeUndefined();
    expect(existsSync(trashRoot)).toBe(false);
  });

  it('deletes everything set aside, an earlier run’s leftovers too', () => {
    const trashRoot = path.join(root, '.trash');
    folderWithFile('dist');
    mkdirSync(path.join(trashRoot, 'interrupted-run'), { recursive: true });
    setAside([path.join(root, 'dist')], trashRoot, 'run');
    expect(removeSetAside(trashRoot)).toBeGreaterThanOrEqual(0);
    expect(existsSync(trashRoot)).toBe(false);
  });
});
