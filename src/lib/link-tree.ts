/**
 * A folder's files made present in another folder by hard links, or by copies where the file
 * system refuses links (another device, no link support). For files no one writes in place: a
 * built site's, which a later build replaces as a whole. A link costs one directory entry,
 * where a copy writes the whole file again.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Errors after which a copy does what the link could not. */
export const LINK_REFUSED: ReadonlySet<string> = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP']);

/** Links (or copies) one file; returns whether it was linked. */
export function linkFile(
  from: string,
  to: string,
  link: (existing: string, created: string) => void = linkSync,
): boolean {
  try {
    link(from, to);
    return true;
  } catch (error) {
    if (!LINK_REFUSED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(from, to);
    return false;
  }
}

/** Links (or copies) every file under `from` to the same place under `to`; returns how many were copied. */
export function linkTree(
  from: string,
  to: string,
  link: (existing: string, created: string) => void = linkSync,
): number {
  let copied = 0;
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copied += linkTree(source, target, link);
    else if (entry.isFile()) {
      if (!linkFile(source, target, link)) copied++;
    } else throw new Error(`${source}: 既不是文件也不是目录，无法沿用 (neither a file nor a folder)`);
  }
  return copied;
}
