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
import type { PartSlice } from '../shared/parts.ts';
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
