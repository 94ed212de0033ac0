/**
 * Runs scripts/build-search-index.ts as the search-index integration does, on records a test
 * made: the inputs in a folder of their own, the site's support and t2s files beside the index.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { INDEX_INPUT_FILES } from '../../src/lib/search/build/index-inputs.ts';
import type { ArticleParts } from '../../src/lib/search/build/document.ts';
import type { IndexRecord } from '../../src/lib/search/build/records.ts';
import { encodeSupport } from '../../src/lib/search/shared/data.ts';

export function indexRecords(
  site: string,
  records: IndexRecord[],
  options: { published?: string | undefined; env?: Record<string, string>; stdin?: string | undefined } = {},
): SpawnSyncReturns<string> {
  const { support, t2s } = encodeSupport({ t2s: {}, aliases: [] });
  mkdirSync(path.join(site, 'search'), { recursive: true });
  writeFileSync(path.join(site, 'search', 'support.json'), JSON.stringify(support));
  writeFileSync(path.join(site, 'search', 't2s.json'), JSON.stringify(t2s));
  const inputs = mkdtempSync(path.join(tmpdir(), 'search-index-inputs-'));
  try {
    writeFileSync(path.join(inputs, INDEX_INPUT_FILES.records), JSON.stringify(records));
    writeFileSync(path.join(inputs, INDEX_INPUT_FILES.t2s), JSON.stringify(t2s));
    return spawnSync(
      process.execPath,
      ['scripts/build-search-index.ts', site, inputs, ...(options.published ? [options.published] : [])],
      { encoding: 'utf8', env: { ...process.env, ...options.env }, input: options.stdin },
    );
  } finally {
    rmSync(inputs, { recursive: true, force: true });
  }
}

/**
 * A record's text as the page build hands it over: the printed parts, and the body in a file
 * of `dir` (named by its digest, so a changed body is another file), by absolute path.
 */
export function textWithBodyFile(dir: string, parts: ArticleParts, markdown: string): IndexRecord['text'] {
  const digest = createHash('sha256').update(markdown).digest('hex').slice(0, 16);
  const file = path.join(dir, `${digest}.md`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, markdown);
  return { parts, body: { file, digest } };
}
