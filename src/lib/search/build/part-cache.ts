/**
 * What decides whether a part of the search index (../shared/parts.ts) built before may be kept.
 *
 * A part's name is its years and a digest of everything its files are made from: the indexer
 * (its code, the Traditional → Simplified map, Pagefind and every other dependency as the
 * lockfile pins them, its settings), and the text of its articles, in order. A part whose name
 * is unchanged would be written byte for byte the same, so it is kept; any change to the
 * indexer renames, and so rebuilds, every part. What a result shows of a kept part's articles
 * is made from the published files (result-files.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PART_ARTICLES, partSlices, type IndexPart, type PartSlice } from '../shared/parts.ts';
import { importClosure } from './indexer-sources.ts';
import type { IndexRecord } from './records.ts';

/** Hex digits of the digest in a part's name. */
const NAME_DIGEST_LENGTH = 16;

/** One input of the indexer: a file (by a name that says which) or a setting, and its bytes. */
export interface IndexerInput {
  name: string;
  content: string | Uint8Array;
}

/** The digest of the indexer's inputs, in any order. */
export function indexerDigest(inputs: readonly IndexerInput[]): string {
  const hash = createHash('sha256');
  for (const { name, content } of [...inputs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    // Lengths first: no two lists of inputs hash alike by shifting bytes from one to the next.
    hash.update(`${Buffer.byteLength(name)}:${name}:${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * A part's name: its years, and the digest of the indexer and of its articles' text as the page
 * build hands it over (records.ts): the printed parts, and for the body the digest of its file.
 * Segmenting is the indexer's own code (document.ts and its Markdown parser, among its inputs),
 * so the same text gives the same segments; naming a part needs neither segmenting nor reading
 * a body, and a part to rebuild can start at once.
 */
export function partName(slice: PartSlice, indexer: string, records: readonly Pick<IndexRecord, 'text'>[]): string {
  const hash = createHash('sha256').update(indexer).update('\n');
  for (const { text } of records) hash.update(JSON.stringify([text.parts, text.body.digest])).update('\n');
  return `${slice.label}-${hash.digest('hex').slice(0, NAME_DIGEST_LENGTH)}`;
}

/** A setting of the index build from the environment: a positive integer, or the fallback when unset. */
export function positiveIntegerSetting(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}=${env[name]}：应为正整数`);
  return value;
}

/** The articles per part: SEARCH_PART_ARTICLES, or PART_ARTICLES. */
export const partArticlesSetting = (env: NodeJS.ProcessEnv = process.env): number =>
  positiveIntegerSetting('SEARCH_PART_ARTICLES', PART_ARTICLES, env);

/**
 * Every input of the index's bytes but the articles: what a change to renames every part. The
 * project's folder (`root`), the Traditional → Simplified map as written for the index (its
 * JSON), and the environment and Node of the index's processes.
 */
export function indexerInputs(root: string, t2sJson: string, env: NodeJS.ProcessEnv = process.env): IndexerInput[] {
  const files = [
    // The part's process and every project module it loads, whatever their folder.
    ...importClosure(root, 'scripts/build-search-part.ts'),
    // Every dependency, Pagefind among them, as pinned (a copy of the project without it, as
    // some tests make, still builds; its parts are then named by the rest).
    ...(existsSync(path.join(root, 'package-lock.json')) ? ['package-lock.json'] : []),
  ];
  return [
    ...files.map((file) => ({ name: file, content: readFileSync(path.join(root, file)) })),
    { name: 'inputs:t2s.json', content: t2sJson },
    { name: 'env:PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE', content: env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? '' },
    { name: 'node', content: process.version },
  ];
}

/** The index's parts of records in date order (layout.ts, byDate), each named (partName). */
export function indexParts(records: readonly IndexRecord[], indexer: string, partArticles: number): IndexPart[] {
  return slicesOf(records, partArticles).map((slice) => namedPart(slice, indexer, records));
}

/** The last of indexParts, naming no other (a name digests every article of its part); undefined for no records. */
export function newestPart(
  records: readonly IndexRecord[],
  indexer: string,
  partArticles: number,
): IndexPart | undefined {
  const slice = slicesOf(records, partArticles).at(-1);
  return slice && namedPart(slice, indexer, records);
}

const slicesOf = (records: readonly IndexRecord[], partArticles: number) =>
  partSlices(
    records.map((record) => record.sort.date),
    partArticles,
  );

const namedPart = (slice: PartSlice, indexer: string, records: readonly IndexRecord[]): IndexPart => ({
  name: partName(slice, indexer, records.slice(slice.first, slice.first + slice.count)),
  first: slice.first,
  count: slice.count,
});
