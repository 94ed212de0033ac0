import type { APIRoute, GetStaticPaths } from 'astro';
import { getKeyContext, openDataKeyOf } from '../../data/cache-keys.ts';
import { openDataYear } from '../../data/open-data.ts';
import { yearSummaries } from '../../lib/archive.ts';
import { jsonResponse } from '../../lib/json.ts';

// Open data, one file per year: a single file of every article would grow without bound.
export const getStaticPaths = (async () => {
  const keys = await getKeyContext();
  return yearSummaries(keys.archive.articles).map(({ year }) => ({
    params: { year: String(year) },
    cacheKey: openDataKeyOf(year, keys),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  jsonResponse(await openDataYear(Number(params.year), site!), 1);
