import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive';
import { encodeSupport } from '../../lib/search-index-data';
import { buildT2SMap } from '../../lib/t2s';

/** Query normalisation data for the browser and the indexer: one map, so both sides agree. */
export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const data = encodeSupport({
    t2s: buildT2SMap(),
    aliases: [
      ...archive.zones.map((zone) => ({ filter: 'zone' as const, value: zone.name, names: [zone.name, zone.fullName, ...zone.aliases] })),
      ...archive.campaigns.map((c) => ({ filter: 'campaign' as const, value: c.name, names: [c.name, ...c.aliases] })),
    ],
  });
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
