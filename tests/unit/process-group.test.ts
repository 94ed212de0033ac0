import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnGroup, stopGroup } from '../../src/lib/process-group.ts';

/**
 * Real processes: a leader started by spawnGroup starts a grandchild (as the search index starts
 * its parts), and the tests check which of them are still alive by their process numbers.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'process-group-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const processGroup = pathToFileURL(path.resolve('src/lib/process-group.ts')).href;
/** A grandchild that lives 20 s unless stopped. */
const grandchild = `require('node:child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' })`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts a leader running `code` (an ES module); resolves with it and the pids it prints: its own, then its grandchild's. */
async function startLeader(name: string, code: string) {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  const leader = spawnGroup(process.execPath, [file], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  leader.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  await expect.poll(() => out.split('\n').length, { timeout: 10_000 }).toBeGreaterThan(2);
  const [own, child] = out.split('\n').map(Number) as [number, number];
  return { leader, own, child };
}

describe.skipIf(process.platform === 'win32')('process groups', () => {
  it('stopGroup stops the leader and every process it started', async () => {
    const { leader, own, child } = await startLeader(
      'stopped',
      `import { createRequire } from 'node:module';
       const require = createRequire(import.meta.url);
       const c = ${grandchild};
       console.log(process.pid); console.log(c.pid);
       setTimeout(() => {}, 20000);`,
    );
    expect([alive(own), alive(child)]).toEqual([true, true]);
    stopGroup(leader);
    await expect.poll(() => alive(child), { timeout: 5_000 }).toBe(false);
    await expect.poll(() => leader.exitCode !== null || leader.signalCode !== null, { timeout: 5_000 }).toBe(true);
  });

  it('stopGroup stops what a leader that has already ended left running, and then does nothing', async () => {
    const { leader, child } = await startLeader(
      'ended',
      `import { createRequire } from 'node:module';
       const require = createRequire(import.meta.url);
       const c = ${grandchild};
       c.unref();
       console.log(process.pid); console.log(c.pid);`,
    );
    await expect.poll(() => leader.exitCode, { timeout: 5_000 }).toBe(0);
    expect(alive(child)).toBe(true);
    stopGroup(leader);
    await expect.poll(() => alive(child), { timeout: 5_000 }).toBe(false);
    expect(() => stopGroup(leader)).not.toThrow();
  });

  it('stopGroup passes on any failure but "no such process"', () => {
    const leader = { pid: 1 } as Parameters<typeof stopGroup>[0];
    const failing = (code: string) => () => {
      throw Object.assign(new Error(code), { code });
    };
    expect(() => stopGroup(leader, failing('ESRCH'))).not.toThrow();
    expect(() => stopGroup(leader, failing('EPERM'))).toThrow('EPERM');
  });

  it('a leader that watches its parent (stopWithParent) stops its group when its input ends', async () => {
    const marker = path.join(dir, 'watching.txt');
    const { leader, own, child } = await startLeader(
      'watching',
      `import { createRequire } from 'node:module';
       import { writeFileSync } from 'node:fs';
       import { stopWithParent } from ${JSON.stringify(processGroup)};
       const require = createRequire(import.meta.url);
       const c = ${grandchild};
       stopWithParent(process.stdin);
       console.log(process.pid); console.log(c.pid);
       process.stdin.on('data', (chunk) => writeFileSync(${JSON.stringify(marker)}, chunk));
       setTimeout(() => {}, 20000);`,
    );
    // Lines from the parent still reach the leader's own listeners.
    leader.stdin!.write('pages done\n');
    await expect.poll(() => readFileSync(marker, 'utf8').trim(), { timeout: 5_000 }).toBe('pages done');
    expect([alive(own), alive(child)]).toEqual([true, true]);
    leader.stdin!.end();
    await expect.poll(() => alive(child), { timeout: 5_000 }).toBe(false);
    await expect.poll(() => leader.signalCode, { timeout: 5_000 }).toBe('SIGKILL');
  });

  it('a process not started by spawnGroup does not stop when its input ends', async () => {
    const { spawn } = await import('node:child_process');
    const file = path.join(dir, 'unwatched.mjs');
    writeFileSync(
      file,
      `import { stopWithParent } from ${JSON.stringify(processGroup)};
       stopWithParent(process.stdin);
       setTimeout(() => console.log('lived'), 1500);`,
    );
    const child = spawn(process.execPath, [file], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stdin.end();
    await expect.poll(() => child.exitCode, { timeout: 10_000 }).toBe(0);
    expect(out.trim()).toBe('lived');
  });
});
