/**
 * How the page build hands the search index its inputs (every article's record and the
 * Traditional → Simplified map) as soon as the archive is loaded, so the index is built in a
 * process of its own while the pages render, not after them (src/integrations/search-index.ts).
 *
 * Astro bundles the pages apart from the integrations but runs both in one process: the two meet
 * through a symbol of the global registry. Outside `astro build` nobody listens, and an offer is
 * a no-op.
 */
import type { SearchT2SFile } from '../shared/data.ts';
import type { IndexRecord } from './records.ts';

export interface SearchIndexInputs {
  records: IndexRecord[];
  t2s: SearchT2SFile;
}

/** The files the inputs are written to, in the folder given to scripts/build-search-index.ts. */
export const INDEX_INPUT_FILES = { records: 'records.json', t2s: 't2s.json' } as const;

/** Receives the inputs, computed only if it asks (the function may be called once). */
export type IndexInputsListener = (inputs: () => Promise<SearchIndexInputs>) => void;

const LISTENER = Symbol.for('gaoxinqu-dangjian-archive:search-index-inputs');
type Registry = { [LISTENER]?: IndexInputsListener };

/** Sets (or, with undefined, removes) the one listener. */
export function listenForIndexInputs(listener: IndexInputsListener | undefined): void {
  if (listener) (globalThis as Registry)[LISTENER] = listener;
  else delete (globalThis as Registry)[LISTENER];
}

export function offerIndexInputs(inputs: () => Promise<SearchIndexInputs>): void {
  (globalThis as Registry)[LISTENER]?.(inputs);
}
