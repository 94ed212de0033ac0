/**
 * A process of the ingest lock's test (tests/content/ingest-lock.test.ts): from the time given
 * on, takes and lets go of the lock of the archive given, round after round, and while it holds it creates a file only
 * one holder at a time may (so two holders at once show). Prints what it got, as JSON.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { acquireLock } from '../../src/lib/ingest/transaction.ts';

const [root, rounds, startAt] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
// All the processes start at the time given, so that they contend however slowly each started.
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(0, startAt - Date.now()));
const tally = { held: 0, refused: 0, overlaps: 0, errors: [] as string[] };
for (let round = 0; round < rounds; round++) {
  let release: () => void;
  try {
    release = acquireLock(root);
  } catch (error) {
    if (/another ingest is running/.test((error as Error).message)) tally.refused++;
    else tally.errors.push((error as Error).message);
    continue;
  }
  tally.held++;
  const inside = path.join(root, 'held-by');
  try {
    writeFileSync(inside, String(process.pid), { flag: 'wx' });
    rmSync(inside);
  } catch {
    tally.overlaps++;
  }
  try {
    release();
  } catch (error) {
    tally.errors.push((error as Error).message);
  }
}
console.log(JSON.stringify(tally));
