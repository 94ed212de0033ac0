import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import review, { reloadOnReviewInputs } from '../../../src/integrations/review.ts';

type Setup = (options: {
  command: 'dev' | 'build' | 'preview' | 'sync';
  injectRoute: (route: { pattern: string; entrypoint: string | URL }) => void;
}) => void;
const setup = review().hooks['astro:config:setup'] as unknown as Setup;

const roots: string[] = [];
afterEach(() => {
  delete process.env.ARCHIVE_CONTENT_DIR;
  roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true }));
});
function contentWith(journal: boolean): string {
  const root = mkdtempSync(path.join(tmpdir(), 'review-integration-'));
  roots.push(root);
  const staging = path.join(root, '.ingest', 'staging-1-1');
  mkdirSync(staging, { recursive: true });
  writeFileSync(path.join(staging, '0'), 'page');
  if (journal) writeFileSync(path.join(staging, 'journal.json'), '{"moves":[]}');
  process.env.ARCHIVE_CONTENT_DIR = root;
  return root;
}

describe('the review integration', () => {
  it('adds the review screen for astro dev, and for nothing else', () => {
    contentWith(false);
    const routes: string[] = [];
    for (const command of ['dev', 'build', 'preview', 'sync'] as const)
      setup({ command, injectRoute: (route) => routes.push(`${command} ${route.pattern}`) });
    expect(routes).toEqual(['dev /_review']);
  });

  it('stops a build while a committed ingest is unfinished, naming the command', () => {
    contentWith(true);
    expect(() => setup({ command: 'build', injectRoute: () => {} })).toThrow(/npm run ingest -- --resume/);
    // An ingest killed before its commit changed nothing in the archive: the build goes on.
    contentWith(false);
    expect(() => setup({ command: 'build', injectRoute: () => {} })).not.toThrow();
  });

  it('reloads open pages when a source page or zones.yaml changes, evaluating the schema afresh for zones.yaml', () => {
    const root = contentWith(false);
    const watched: string[] = [];
    const listeners: ((file: string) => void)[] = [];
    const sent: string[] = [];
    let invalidated = 0;
    const server = {
      watcher: {
        add: (paths: string[]) => watched.push(...paths),
        on: (event: string, listener: (file: string) => void) => event === 'change' && listeners.push(listener),
      },
      environments: {
        ssr: { moduleGraph: { invalidateAll: () => invalidated++ } },
        client: { hot: { send: (payload: { type: string }) => sent.push(payload.type) } },
      },
    };
    reloadOnReviewInputs(server as never);
    expect(watched).toEqual([path.join(root, 'sources'), path.join(root, 'zones.yaml')]);
    const change = (file: string) => listeners.forEach((listener) => listener(file));
    change(path.join(root, 'sources', 'page.txt'));
    expect([sent, invalidated]).toEqual([['full-reload'], 0]);
    sent.length = 0;
    change(path.join(root, 'zones.yaml'));
    expect([sent, invalidated]).toEqual([['full-reload'], 1]);
    sent.length = 0;
    change(path.join(root, 'campaigns.yaml'));
    change(path.join(root, 'sources-old', 'page.txt'));
    change(path.join(root, 'sources'));
    expect(sent).toEqual([]);
  });
});
