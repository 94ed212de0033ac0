/** The ingest lock on a file system without hard links (exFAT, some network shares): created in place. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { acquireLock, WORK_DIR } from '../../../src/lib/ingest/transaction.ts';

vi.mock('node:fs', async (original) => ({
  ...(await original<typeof import('node:fs')>()),
  linkSync: () => {
    throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
  },
}));

const root = mkdtempSync(path.join(tmpdir(), 'archive-lock-no-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('takes the lock with the run’s number in it, refuses a second taker, and leaves nothing once let go', () => {
  const release = acquireLock(root);
  const lock = path.join(root, WORK_DIR, 'lock');
  expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
  expect(() => acquireLock(root)).toThrow(/another ingest is running/);
  expect(existsSync(lock)).toBe(true);
  release();
  expect(existsSync(path.join(root, WORK_DIR))).toBe(false);
});
