import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseProcStat, processTable } from '../../../scripts/bench/process-table.ts';

describe('parseProcStat', () => {
  it('counts the fields after the last parenthesis of the command name, whatever it holds', () => {
    // Fields 3–23 of stat: state, ppid, then 19 others, utime and stime (ticks) among them; rss.
    const middle = Array.from({ length: 19 }, (_, i) => String(i + 100));
    middle[9] = '1234';
    middle[10] = '66';
    const rest = ['S', '41', ...middle, '2500', '7'].join(' ');
    for (const comm of ['node', 'a b', 'x) (y', ')', '(('])
      expect(parseProcStat(`1234 (${comm}) ${rest}`)).toEqual({ ppid: 41, rssKiB: 10_000, cpuSeconds: 13 });
  });
});

describe.skipIf(process.platform !== 'linux')('processTable, on this machine', () => {
  it('lists this process with its parent, its resident memory and its command line', () => {
    const self = processTable().find((row) => row.pid === process.pid);
    expect(self?.ppid).toBe(process.ppid);
    const rssKiB = process.memoryUsage().rss / 1024;
    expect(self!.rssKiB).toBeGreaterThan(rssKiB * 0.5);
    expect(self!.rssKiB).toBeLessThan(rssKiB * 2);
    expect(self!.args).toBe([process.argv[0], ...process.execArgv, ...process.argv.slice(1)].join(' '));
  });

  it('counts the CPU time a process has used, user and kernel', () => {
    const cpu = () => processTable().find((row) => row.pid === process.pid)!.cpuSeconds;
    const before = cpu();
    const { user, system } = process.cpuUsage();
    expect(before).toBeGreaterThan((user + system) / 1e6 - 0.5);
    // Half a second of this process's CPU time (not of the clock: on a busy machine the thread
    // may wait) shows as at least most of it.
    const usedSeconds = () => {
      const now = process.cpuUsage();
      return (now.user + now.system) / 1e6;
    };
    for (const started = usedSeconds(); usedSeconds() - started < 0.5;);
    expect(cpu() - before).toBeGreaterThan(0.3);
  });

  it('lists a child with this process as its parent, and its arguments', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)', 'marker-argument']);
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      const row = processTable().find((r) => r.pid === child.pid);
      expect(row?.ppid).toBe(process.pid);
      expect(row?.args).toContain('marker-argument');
    } finally {
      child.kill();
    }
  });
});
