/** Query-normalisation data, built once per build for both its routes, so browser and indexer share one map. */
import { encodeSupport, type SearchSupportFile, type SearchT2SFile } from '../lib/search/shared/data.ts';
import { buildT2SMap } from '../lib/t2s.ts';
import { getArchive } from './archive.ts';

let cached: Promise<{ support: SearchSupportFile; t2s: SearchT2SFile }> | undefined;

export function searchSupport() {
  cached ??= (async () => {
    const archive = await getArchive();
    return encodeSupport({
      t2s: buildT2SMap(),
      aliases: [
        ...archive.zones.map((zone) => ({
          filter: 'zone' as const,
          value: zone.name,
          names: [zone.name, zone.fullName, ...zone.aliases],
        })),
        ...archive.campaigns.map((c) => ({
          filter: 'campaign' as const,
          value: c.name,
          names: [c.name, ...c.aliases],
        })),
      ],
    });
  })();
  return cached;
}
