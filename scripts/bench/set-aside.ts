/**
 * What a whole build's benchmark replaces (the last build's output and caches, the synthetic
 * archive it rewrites) is renamed aside before the build and deleted only once the build is
 * measured. On this machine's disk (ext4 without a journal) the kernel skips, for every file it
 * creates, each inode freed in the last one to five minutes, so a build that follows the
 * deletion of the last one's 137,000 files (10,000 articles) spent up to 30 more CPU seconds
 * creating its own (docs/performance.md, "Why the same build takes 70 s one time and 100 s the
 * next"). A rename frees nothing.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Moves each of the folders that exists into one new folder under `trashRoot` (on the same file
 * system, so each move is a rename), keeping their names apart; returns that folder, or
 * undefined when none existed.
 */
export function setAside(folders: readonly string[], trashRoot: string, label = `${process.pid}-${Date.now()}`) {
  const present = folders.filter((folder) => existsSync(folder));
  if (present.length === 0) return undefined;
  const trash = path.join(trashRoot, label);
  mkdirSync(trash, { recursive: true });
  present.forEach((folder, i) => renameSync(folder, path.join(trash, `${i}-${path.basename(folder)}`)));
  return trash;
}

/** Deletes what setAside moved (and anything an interrupted run left under `trashRoot`); returns the seconds it took. */
export function removeSetAside(trashRoot: string): number {
  const started = performance.now();
  rmSync(trashRoot, { recursive: true, force: true });
  return (performance.now() - started) / 1000;
}
