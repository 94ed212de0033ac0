/**
 * A full garbage collection that also gives the pages it empties back to the system, for a
 * process about to wait on a larger one (an index part's process while Pagefind writes, the
 * index's while its parts build). V8 keeps emptied heap pages for reuse, and an ordinary gc()
 * keeps them: a part's process with a 39 MiB heap stayed resident at 234 MiB, 117 MiB after
 * this. Does nothing in a process run without --expose-gc.
 */
export function collectAndRelease(): void {
  globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
