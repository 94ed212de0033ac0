/**
 * All or nothing for `npm run ingest`. A run takes a lock (content/.ingest/lock, created
 * exclusively, so two runs at once cannot both check for duplicates and both write), writes
 * every file into a staging folder, and then writes the journal (the list of moves) in one
 * atomic rename: that rename is the commit. The moves that follow are repeatable. If the run is
 * killed:
 *   - before the journal exists, the next run deletes the staging folder (nothing happened);
 *   - after it, the next run finishes the moves (everything happened), and until then the build
 *     refuses to run (see interruptedIngest), naming the folder and the command.
 * A lock whose process is gone is a killed run's, and is taken over.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { IngestError } from './decode.ts';

export const WORK_DIR = '.ingest';
const LOCK = 'lock';
const JOURNAL = 'journal.json';

export interface StagedFile {
  /** Relative to the content root, with / separators. */
  target: string;
  data: string | Uint8Array;
  /** The pins file is replaced; nothing else ever is. */
  replace?: boolean;
}

interface Journal {
  moves: { staged: string; target: string; replace: boolean }[];
}

const workDir = (root: string) => path.join(root, WORK_DIR);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock; a second run while one is going fails, naming the first. The lock is written
 * under a name of the run's own and then linked into place, so it never exists without the
 * number of the process holding it: a run that found it empty would take it for a killed run's.
 * Runs that end, start and give up all at once may find the lock or its folder gone between two
 * steps: they look again. Each such miss means another run let go meanwhile, so on a loaded
 * machine four runs can miss ten times in a row; the bound is only against a loop without end.
 */
export function acquireLock(root: string): () => void {
  const dir = workDir(root);
  const lock = path.join(dir, LOCK);
  const mine = `${lock}.${process.pid}`;
  for (let attempt = 0; attempt < 1000; attempt++) {
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(mine, `${process.pid}\n`);
      placeLock(mine, lock);
      return () => {
        rmSync(lock, { force: true });
        removeIfEmpty(dir);
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // The folder went with a run that just ended.
      if (code === 'ENOENT') continue;
      if (code !== 'EEXIST') throw error;
      const pid = holder(lock);
      // Released since: look again.
      if (pid === undefined) continue;
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        rmSync(mine, { force: true });
        removeIfEmpty(dir);
        throw new IngestError(
          lock,
          'lock',
          `另一个导入正在进行（进程 ${pid}），请等它结束再试 (another ingest is running)`,
        );
      }
      // The run that held it was killed: its lock goes, its staging is dealt with by recover().
      rmSync(lock, { force: true });
    } finally {
      rmSync(mine, { force: true });
    }
  }
  throw new IngestError(lock, 'lock', '无法取得导入锁 (could not take the ingest lock)');
}

/** Links the run's own file into place as the lock; on a file system without links, creates it. */
function placeLock(mine: string, lock: string): void {
  try {
    linkSync(mine, lock);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    writeFileSync(lock, readFileSync(mine), { flag: 'wx' });
  }
}

/** The process that holds the lock; undefined once it is gone. */
function holder(lock: string): number | undefined {
  try {
    return Number.parseInt(readFileSync(lock, 'utf8'), 10);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Leaves no trace of a run that is over: the work folder goes once nothing is in it. */
function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw error;
  }
}

/** Writes everything into a fresh staging folder, then commits it by writing the journal. */
export function stage(root: string, files: StagedFile[]): string {
  const staging = path.join(workDir(root), `staging-${process.pid}-${Date.now()}`);
  mkdirSync(staging, { recursive: true });
  const journal: Journal = { moves: [] };
  files.forEach((file, index) => {
    const staged = path.join(staging, String(index));
    writeFileSync(staged, file.data, { flag: 'wx' });
    journal.moves.push({ staged: String(index), target: file.target, replace: !!file.replace });
  });
  const pending = path.join(staging, `${JOURNAL}.tmp`);
  writeFileSync(pending, JSON.stringify(journal), { flag: 'wx' });
  renameSync(pending, path.join(staging, JOURNAL));
  return staging;
}

/**
 * Carries out a committed journal: each staged file renamed into place. Repeatable: a target
 * already holding the staged bytes is done; one holding other bytes is never overwritten.
 * `limit` stops after that many moves (tests use it to stand for a killed run).
 */
export function applyStaged(root: string, staging: string, limit = Infinity): void {
  const journal = JSON.parse(readFileSync(path.join(staging, JOURNAL), 'utf8')) as Journal;
  let moved = 0;
  for (const move of journal.moves) {
    const from = path.join(staging, move.staged);
    const to = path.join(root, ...move.target.split('/'));
    if (!existsSync(from)) continue;
    if (moved++ >= limit) return;
    mkdirSync(path.dirname(to), { recursive: true });
    if (existsSync(to) && !move.replace) {
      if (readFileSync(to).equals(readFileSync(from))) {
        unlinkSync(from);
        continue;
      }
      throw new IngestError(to, 'file', '已存在，不会覆盖 (exists)');
    }
    renameSync(from, to);
  }
  rmSync(staging, { recursive: true, force: true });
}

export interface Recovery {
  finished: string[];
  discarded: string[];
}

/** What a killed run left: committed journals are finished, uncommitted staging is deleted. */
export function recover(root: string): Recovery {
  const recovery: Recovery = { finished: [], discarded: [] };
  const dir = workDir(root);
  if (!existsSync(dir)) return recovery;
  for (const entry of readdirSync(dir).sort()) {
    const staging = path.join(dir, entry);
    if (!entry.startsWith('staging-') || !statSync(staging).isDirectory()) continue;
    if (existsSync(path.join(staging, JOURNAL))) {
      const journal = JSON.parse(readFileSync(path.join(staging, JOURNAL), 'utf8')) as Journal;
      applyStaged(root, staging);
      recovery.finished.push(...journal.moves.map((m) => m.target));
    } else {
      rmSync(staging, { recursive: true, force: true });
      recovery.discarded.push(entry);
    }
  }
  return recovery;
}

/** For the build: a committed ingest not yet carried out, described; undefined when there is none. */
export function interruptedIngest(root: string): string | undefined {
  const dir = workDir(root);
  if (!existsSync(dir)) return undefined;
  const pending = readdirSync(dir).filter(
    (entry) => entry.startsWith('staging-') && existsSync(path.join(dir, entry, JOURNAL)),
  );
  if (!pending.length) return undefined;
  return `${path.join(dir, pending[0]!)}: 上次导入在写入途中被中断，版面和草稿只写了一部分。运行 npm run ingest -- --resume 完成它，再构建 (an interrupted ingest: run npm run ingest -- --resume)`;
}
