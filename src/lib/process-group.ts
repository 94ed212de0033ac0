/**
 * A process that starts processes of its own (the search index starts a process per index part,
 * and each part starts Pagefind's binary) is started as the leader of a process group, so the
 * build can stop all of them at once, synchronously, in its `exit` handler: nothing of the group
 * writes into the staging folder once the build has given up on it.
 *
 * Being in a group of its own, the leader no longer gets the terminal's Ctrl-C with the build; it
 * stops its group itself when the build's end of its standard input closes (stopWithParent).
 * On Windows, where there are no process groups, the leader alone is started and stopped.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import type { Readable } from 'node:stream';

const groups = process.platform !== 'win32';

/** The environment variable that tells a group's leader to stop its group when its parent goes. */
export const STOP_WITH_PARENT = 'ARCHIVE_STOP_WITH_PARENT';

/** Starts `command` as the leader of a new process group (standard input must be a pipe). */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  return spawn(command, args, {
    ...options,
    detached: groups,
    env: { ...(options.env ?? process.env), [STOP_WITH_PARENT]: '1' },
  });
}

/**
 * Stops a group started by spawnGroup, its leader and every process still in it, even when the
 * leader has already ended. Synchronous: usable in an `exit` handler.
 */
export function stopGroup(leader: ChildProcess, kill: typeof process.kill = process.kill): void {
  if (leader.pid === undefined) return;
  try {
    if (groups) kill(-leader.pid, 'SIGKILL');
    else leader.kill('SIGKILL');
  } catch (error) {
    // ESRCH: every process of the group has already ended.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/**
 * In a process started by spawnGroup: when `input` (its standard input, whose other end its
 * parent holds) ends, the parent has gone, and the whole group stops. Elsewhere, nothing.
 * Returns a function that stops watching (before the process lets go of its input).
 */
export function stopWithParent(input: Readable = process.stdin): () => void {
  if (process.env[STOP_WITH_PARENT] !== '1') return () => {};
  const stop = () => (groups ? process.kill(-process.pid, 'SIGKILL') : process.exit(1));
  input.on('end', stop);
  // Reading is what notices the end; the data itself is for other listeners.
  input.resume();
  return () => input.off('end', stop);
}
