import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { DARK_ACCENT_PERCENT } from '../../lib/contrast.ts';

/**
 * Each zone's accent colour as a class (body.zone-<id>), so themed pages need no inline
 * style under the Content-Security-Policy. Dark mode lightens the accent for contrast.
 */
export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const rules = archive.zones.map((zone) => `.zone-${zone.id}{--zone-accent:${zone.accent}}`);
  return new Response(
    `${rules.join('\n')}\n@media (prefers-color-scheme:dark){${archive.zones.map((z) => `.zone-${z.id}{--zone-accent:color-mix(in srgb,${z.accent} ${DARK_ACCENT_PERCENT}%,white)}`).join('')}}\n`,
    {
      headers: { 'Content-Type': 'text/css; charset=utf-8' },
    },
  );
};
