import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { removeTree } from '../helpers/remove-tree.ts';

/** A folder of many small files, as a built site is. */
function manyFiles(dir: string) {
  for (let i = 0; i < 60; i++) {
    mkdirSync(path.join(dir, `d${i}`), { recursive: true });
    for (let j = 0; j < 40; j++) writeFileSync(path.join(dir, `d${i}`, `f${j}`), 'x');
  }
}

it('removes a folder whole while another process removes a folder inside it', async () => {
  for (let round = 0; round < 5; round++) {
    const root = mkdtempSync(path.join(tmpdir(), 'archive-remove-tree-'));
    manyFiles(path.join(root, 'site.discarded'));
    for (let i = 0; i < 20; i++) writeFileSync(path.join(root, `file-${i}`), 'x');
    // As publish.ts removes a replaced site: a process of its own.
    const remover = spawn(
      process.execPath,
      [
        '-e',
        'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })',
        path.join(root, 'site.discarded'),
      ],
      { stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => remover.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 30 + round * 10));
    removeTree(root);
    expect(existsSync(root), `round ${round}`).toBe(false);
    await exited;
  }
});
