import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workPool } from '../../../../src/lib/search/build/work-pool.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Tasks that each wait for the test to let them end, recording how many ran at once. */
function gatedTasks() {
  const gates = new Map<number, () => void>();
  const started: number[] = [];
  let running = 0;
  let most = 0;
  const run = (task: number) =>
    new Promise<void>((resolve) => {
      started.push(task);
      running++;
      most = Math.max(most, running);
      gates.set(task, () => {
        running--;
        resolve();
      });
    });
  const end = async (task: number) => {
    gates.get(task)!();
    await tick();
  };
  return { run, end, started, most: () => most };
}

describe('workPool', () => {
  it('runs every task, never more at once than allowed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 4 }),
        async (delays, concurrency) => {
          let running = 0;
          let most = 0;
          const ran: number[] = [];
          const pool = workPool(
            delays.map((delay, i) => ({ delay, i })),
            async ({ delay, i }) => {
              running++;
              most = Math.max(most, running);
              await new Promise((resolve) => setTimeout(resolve, delay));
              ran.push(i);
              running--;
            },
            concurrency,
          );
          await pool.done;
          expect(ran.sort((a, b) => a - b)).toEqual(delays.map((_, i) => i));
          expect(most).toBeLessThanOrEqual(concurrency);
          if (delays.length >= concurrency) expect(most).toBe(concurrency);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('starts more tasks at once when widened', async () => {
    const tasks = gatedTasks();
    const pool = workPool([1, 2, 3, 4, 5], tasks.run, 1);
    await tick();
    await tasks.end(1);
    expect(tasks.started).toEqual([1, 2]);
    expect(tasks.most()).toBe(1);
    pool.widen(3);
    await tick();
    expect(tasks.started).toEqual([1, 2, 3, 4]);
    pool.widen(2); // never fewer
    await tasks.end(2);
    expect(tasks.started).toEqual([1, 2, 3, 4, 5]);
    for (const task of [3, 4, 5]) await tasks.end(task);
    await pool.done;
    expect(tasks.most()).toBe(3);
  });

  it('on a failure, starts no other task and rejects once the running ones have ended', async () => {
    const tasks = gatedTasks();
    let failedTask: (() => void) | undefined;
    const pool = workPool(
      [1, 2, 3, 4],
      (task) =>
        task === 1
          ? new Promise<void>((_, reject) => (failedTask = () => reject(new Error('part 1 failed'))))
          : tasks.run(task),
      2,
    );
    let settled = false;
    pool.done.then(
      () => (settled = true),
      () => (settled = true),
    );
    await tick();
    failedTask!();
    await tick();
    expect(tasks.started).toEqual([2]);
    expect(settled).toBe(false);
    await tasks.end(2);
    await expect(pool.done).rejects.toThrow('part 1 failed');
    expect(tasks.started).toEqual([2]);
  });

  it('fails like a rejection when a task throws at once', async () => {
    const pool = workPool(
      [1],
      () => {
        throw new Error('no such part');
      },
      1,
    );
    await expect(pool.done).rejects.toThrow('no such part');
  });

  it('is done at once with no tasks, and refuses a concurrency below one', async () => {
    await workPool([], async () => {}, 1).done;
    expect(() => workPool([1], async () => {}, 0)).toThrow(/positive integer/);
  });
});
