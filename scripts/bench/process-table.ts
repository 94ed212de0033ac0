/**
 * The machine's processes, read from /proc: what the benchmark samples five times a second to
 * follow the build's memory. Running `ps` as often cost the machine a tenth of a core (a process
 * started each time, every process's details formatted), taken from the build it measured.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessRow {
  pid: number;
  ppid: number;
  /** Resident memory. */
  rssKiB: number;
  /** CPU time it has used so far, in user and kernel mode. */
  cpuSeconds: number;
  /** The command line, its arguments joined by spaces. */
  args: string;
}

/** Resident memory is counted in pages of this size (the kernel's default on Linux). */
const PAGE_KIB = 4;

/** CPU time is counted in clock ticks of this length (USER_HZ: 100 on Linux). */
const TICK_SECONDS = 1 / 100;

/**
 * The parent, resident memory and CPU time from a /proc/<pid>/stat line. The command's name
 * stands in parentheses and may hold spaces and parentheses itself: the fields are counted after
 * its last closing one (state, ppid, … utime and stime are the 12th and 13th, rss the 22nd).
 */
export function parseProcStat(line: string): { ppid: number; rssKiB: number; cpuSeconds: number } {
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  return {
    ppid: Number(fields[1]),
    rssKiB: Number(fields[21]) * PAGE_KIB,
    cpuSeconds: (Number(fields[11]) + Number(fields[12])) * TICK_SECONDS,
  };
}

/** Every process that can be read; one that ends meanwhile is left out. */
export function processTable(proc = '/proc'): ProcessRow[] {
  const rows: ProcessRow[] = [];
  for (const name of readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const { ppid, rssKiB, cpuSeconds } = parseProcStat(readFileSync(`${proc}/${name}/stat`, 'utf8'));
      const args = readFileSync(`${proc}/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      rows.push({ pid: Number(name), ppid, rssKiB, cpuSeconds, args });
    } catch {
      // Gone since the folder was listed.
    }
  }
  return rows;
}
