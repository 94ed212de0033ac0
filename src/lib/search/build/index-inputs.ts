/**
 * What the search index is built from, as the page build hands it over once the archive is
 * loaded (src/lib/build-handoff.ts), so the index is built in a process of its own while the
 * pages render, not after them (src/integrations/search-index.ts): every article's record and
 * the Traditional → Simplified map.
 */
import { channel } from '../../build-handoff.ts';
import type { SearchT2SFile } from '../shared/data.ts';
import type { IndexRecord } from './records.ts';

export interface SearchIndexInputs {
  records: IndexRecord[];
  t2s: SearchT2SFile;
}

/**
 * The files the inputs are written to, in the folder given to scripts/build-search-index.ts;
 * with them, the name of the part the search page's HTML preloads, which the index checks is its
 * newest.
 */
export const INDEX_INPUT_FILES = { records: 'records.json', t2s: 't2s.json', preloaded: 'preloaded-part.txt' } as const;

export const searchIndexInputsChannel = channel<SearchIndexInputs>('search-index-inputs');

/**
 * The name of the index's newest part, which the search page's HTML preloads (its files are what
 * the engine begins with): known once the inputs are handed over, before the index is built;
 * undefined for an archive of no articles.
 */
export const newestSearchPartChannel = channel<string | undefined>('search-newest-part');

/**
 * The V8 heap limit, in MiB, of an index process (scripts/build-search-index.ts, and each of its
 * parts' processes) given its inputs' size in bytes: room for the text it parses and tokenises a
 * few times over, not V8's default (a share of the machine's memory), under which it lets
 * garbage pile up rather than collect it. It may also collect on demand (--expose-gc).
 */
export function indexHeapMiB(inputBytes: number): number {
  return Math.max(512, Math.ceil((inputBytes * 8) / 2 ** 20));
}

/**
 * Node's options for an index process with inputs of this size: its heap limit (indexHeapMiB),
 * garbage collection on demand, and a young generation of 4 MiB a half, not V8's default, which
 * left a part's process holding some 100 MiB more while Pagefind wrote its index (333 → 231 MiB
 * resident, its peak 461 → 325 MiB, for a 3,695-article part; no more CPU time).
 */
export function indexNodeOptions(inputBytes: number): string[] {
  return [`--max-old-space-size=${indexHeapMiB(inputBytes)}`, '--max-semi-space-size=4', '--expose-gc'];
}
