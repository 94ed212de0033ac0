/**
 * The README's commands, held to the project: every npm script it and the docs name exists, as
 * does every file they name, and the first of the two commands, `npm start`, builds the archive
 * and serves it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { README } from '../helpers/readme.ts';
import type { PartsFile } from '../../src/lib/search/shared/parts.ts';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

// The README and the documents it leads to, each by its path.
const documents: [string, string][] = [
  ['README.md', README],
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name): [string, string] => [`docs/${name}`, readFileSync(`docs/${name}`, 'utf8')]),
];

describe.each(documents)('%s names only commands and files that exist', (_, text) => {
  it('every `npm run x`, `npm start` and `npm test` it gives is a script of package.json', () => {
    // Commands are code: fenced blocks and `inline` spans.
    const code = [...text.matchAll(/```[a-z]*\n([\s\S]*?)```|`([^`\n]+)`/g)].map((m) => m[1] ?? m[2]).join('\n');
    const named = new Set(
      [...code.matchAll(/\bnpm (?:run )?([a-z][\w:-]*)/g)]
        .map((m) => m[1]!)
        .filter((name) => !['ci', 'install', 'install-scripts'].includes(name)),
    );
    for (const name of named) expect(scripts, `npm ${name}`).toHaveProperty(name);
  });

  it('every script, source and document file it names exists', () => {
    const files = /\b(scripts\/[\w/-]+\.ts|src\/[\w/.[\]-]+\.(?:ts|astro|css)|tests\/[\w/.-]+\.ts|docs\/[\w-]+\.md)\b/g;
    for (const [, file] of text.matchAll(files)) expect(() => readFileSync(file!), file).not.toThrow();
  });
});

it('the README gives the npm scripts a newcomer needs', () => {
  const code = [...README.matchAll(/```[a-z]*\n([\s\S]*?)```|`([^`\n]+)`/g)].map((m) => m[1] ?? m[2]).join('\n');
  for (const command of ['npm start', 'npm test', 'npm run build', 'npm run bench:search', 'npm run ingest'])
    expect(code).toContain(command);
});

describe('npm start', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'archive-start-'));
  let server: ChildProcess | undefined;
  afterAll(() => {
    // npm runs the preview in a process group of its own children: end them all.
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds the archive and serves it on http://localhost:4321', async () => {
    server = spawn('npm', ['start'], {
      env: { ...process.env, ARCHIVE_OUT_DIR: path.join(dir, 'dist'), NO_COLOR: '1' },
      detached: true,
      stdio: 'ignore',
    });
    let home = '';
    for (const started = Date.now(); Date.now() - started < 120_000;) {
      try {
        home = await (await fetch('http://localhost:4321/')).text();
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    expect(home).toContain('<html lang="zh-CN">');
    expect(home).toContain('高新区党建新闻档案');
    const { parts } = (await (await fetch('http://localhost:4321/search/parts.json')).json()) as PartsFile;
    const search = await fetch(`http://localhost:4321/pagefind/${parts.at(-1)!.name}/pagefind.js`);
    expect(search.status).toBe(200);
  }, 150_000);
});
