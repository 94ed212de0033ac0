/**
 * What the page build hands the integrations once the archive is loaded (src/lib/build-handoff.ts):
 * the search index's inputs, and the site files. Imported lazily: these modules read the archive.
 */
import { offer } from '../lib/build-handoff.ts';
import { searchIndexInputsChannel } from '../lib/search/build/index-inputs.ts';
import { siteFilesChannel } from '../lib/site-files.ts';

export function offerBuildHandoffs(): void {
  offer(searchIndexInputsChannel, () => import('./search-index-inputs.ts').then((m) => m.searchIndexInputs()));
  offer(siteFilesChannel, () => import('./site-files.ts').then((m) => m.siteFiles()));
}
