import { existsSync, rmSync } from 'node:fs';

/**
 * Removes a folder and all it holds, also while another process removes part of it. Node 24's
 * `rmSync` with `force` stops without a word when an entry vanishes under it (a build's detached
 * remover, src/integrations/publish.ts; nginx deleting its pid file as it exits), leaving the
 * rest behind: every test run left its sandboxes in the temporary folder.
 */
export function removeTree(dir: string): void {
  for (let tries = 0; existsSync(dir); tries++) {
    if (tries === 20) throw new Error(`${dir}：删除 20 次后仍在`);
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}
