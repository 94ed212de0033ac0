import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchArticleFiles } from '../../src/lib/content-checks.ts';

/** What `astro dev` gives the articles' loader, with the schema's parsing held until `parsed()`. */
function devContext(root: string) {
  const entries = new Map<string, { id: string; data: unknown; digest?: string }>();
  let parsed!: () => void;
  const parsing = new Promise<void>((resolve) => (parsed = resolve));
  const watcher = Object.assign(new EventEmitter(), { add() {} });
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: unknown; digest?: string }) => (entries.set(entry.id, entry), true),
      delete: (id: string) => void entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData: async ({ data }: { data: unknown }) => (await parsing, data),
    generateDigest: (text: string) => String(text.length),
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info() {}, error() {} },
    watcher,
  } as unknown as LoaderContext;
  return { context, entries, watcher, parsed };
}

/** Lets every pending reload run to its end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

let root: string;
let dir: string;
let file: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'article-watcher-'));
  dir = path.join(root, 'articles');
  mkdirSync(path.join(dir, '2021'), { recursive: true });
  file = path.join(dir, '2021', 'an-article.md');
  writeFileSync(file, '---\ntitle: 一篇文章\n---\n\n正文。\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the articles under `astro dev`', () => {
  it('stores an edited file once it is parsed', async () => {
    const { context, entries, watcher, parsed } = devContext(root);
    watchArticleFiles(context, dir, z.object({}));
    watcher.emit('change', file);
    parsed();
    await settle();
    expect([...entries.keys()]).toEqual(['an-article']);
    watcher.emit('unlink', file);
    expect(entries.size).toBe(0);
  });

  it('does not bring back a file removed while its last edit was being parsed', async () => {
    const { context, entries, watcher, parsed } = devContext(root);
    watchArticleFiles(context, dir, z.object({}));
    watcher.emit('change', file);
    await settle();
    rmSync(file);
    watcher.emit('unlink', file);
    parsed();
    await settle();
    expect(entries.size).toBe(0);
  });

  it('drops a file whose change is read after it was removed, its removal reported or not', async () => {
    const { context, entries, watcher, parsed } = devContext(root);
    watchArticleFiles(context, dir, z.object({}));
    watcher.emit('change', file);
    parsed();
    await settle();
    expect(entries.has('an-article')).toBe(true);
    rmSync(file);
    watcher.emit('change', file);
    await settle();
    expect(entries.size).toBe(0);
  });

  it('forgets a removed file whose name is no article id without throwing', () => {
    const { context, watcher } = devContext(root);
    watchArticleFiles(context, dir, z.object({}));
    expect(() => watcher.emit('unlink', path.join(dir, '2021', 'Not An Id.md'))).not.toThrow();
  });
});
