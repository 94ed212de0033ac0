import { existsSync, rmSync } from 'node:fs';

/** How long removeTree goes on: each try removes what it reaches, so only a folder that keeps filling outlasts it. */
const GIVE_UP_AFTER_MS = 60_000;

/**
 * Removes a folder and all it holds, also while another process removes part of it. Node 24's
 * `rmSync` with `force` stops without a word when an entry vanishes under it (a build's detached
 * remover, src/integrations/publish.ts; nginx deleting its pid file as it exits), leaving the
 * rest behind: every test run left its sandboxes in the temporary folder. So it tries again
 * until the folder is gone: on a loaded machine the other process may cut 20 tries short in a
 * row, so the bound is a time, not a count.
 */
export function removeTree(dir: string): void {
  const deadline = Date.now() + GIVE_UP_AFTER_MS;
  for (let tries = 1; existsSync(dir); tries++) {
    if (Date.now() > deadline) throw new Error(`${dir}：删除 ${tries - 1} 次、${GIVE_UP_AFTER_MS / 1000} 秒后仍在`);
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}
