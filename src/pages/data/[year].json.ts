import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { openDataYear } from '../../data/open-data.ts';
import { yearSummaries } from '../../lib/archive.ts';
import { jsonResponse } from '../../lib/json.ts';

// Open data, one file per year: a single file of every article would grow without bound.
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return yearSummaries(archive.articles).map(({ year }) => ({ params: { year: String(year) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  jsonResponse(await openDataYear(Number(params.year), site!), 1);
