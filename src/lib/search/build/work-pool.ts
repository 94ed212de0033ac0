/**
 * Runs tasks a few at a time, and more once asked: the index's parts are built one at a time
 * while Astro renders the pages (two processes for two cores), and side by side once the pages
 * are done and the machine is the index's (scripts/build-search-index.ts).
 */
export interface WorkPool {
  /** Resolves when every task has run; rejects with the first failure, once the tasks running have ended. */
  done: Promise<void>;
  /** Lets up to `concurrency` tasks run at once from now on (never fewer than before). */
  widen(concurrency: number): void;
}

export function workPool<T>(tasks: Iterable<T>, run: (task: T) => Promise<void>, concurrency: number): WorkPool {
  const queue = [...tasks];
  let running = 0;
  let allowed = 0;
  let failure: { error: unknown } | undefined;
  let finish!: () => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const settle = () => {
    if (running > 0) return;
    if (failure) fail(failure.error);
    else if (queue.length === 0) finish();
  };
  const fill = () => {
    while (!failure && running < allowed && queue.length > 0) {
      const task = queue.shift()!;
      running++;
      // A task that throws at once fails like one that rejects.
      Promise.resolve(task)
        .then(run)
        .then(
          () => {
            running--;
            fill();
            settle();
          },
          (error: unknown) => {
            running--;
            failure ??= { error };
            settle();
          },
        );
    }
  };
  const widen = (wanted: number) => {
    if (!Number.isInteger(wanted) || wanted < 1) throw new Error(`work pool: ${wanted} is not a positive integer`);
    allowed = Math.max(allowed, wanted);
    fill();
    settle();
  };
  widen(concurrency);
  return { done, widen };
}
