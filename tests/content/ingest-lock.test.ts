/**
 * The ingest lock under contention: runs that start, give up and end all at once never hold it
 * two at a time, never fail for a reason other than the run holding it, and leave no work folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { WORK_DIR } from '../../src/lib/ingest/transaction.ts';

const root = mkdtempSync(path.join(tmpdir(), 'archive-ingest-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Tally {
  held: number;
  refused: number;
  overlaps: number;
  errors: string[];
}

const worker = (rounds: number, startAt: number) =>
  new Promise<Tally>((resolve, reject) => {
    const child = spawn(process.execPath, ['tests/helpers/lock-worker.ts', root, String(rounds), String(startAt)]);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (status) => (status === 0 ? resolve(JSON.parse(out) as Tally) : reject(new Error(err))));
  });

it('is held by one run at a time, and refuses the others only while it is held', async () => {
  // Two seconds for the processes to start, however loaded the machine.
  const startAt = Date.now() + 2000;
  const tallies = await Promise.all([1, 2, 3, 4].map(() => worker(250, startAt)));
  expect(tallies.flatMap((t) => t.errors)).toEqual([]);
  expect(tallies.reduce((n, t) => n + t.overlaps, 0)).toBe(0);
  // Every run got the lock now and then, and met it held now and then: they did contend.
  for (const tally of tallies) expect(tally.held + tally.refused).toBe(250);
  expect(tallies.reduce((n, t) => n + t.refused, 0)).toBeGreaterThan(0);
  expect(existsSync(path.join(root, WORK_DIR))).toBe(false);
});
