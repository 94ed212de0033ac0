import type { APIRoute, GetStaticPaths } from 'astro';
import { getKeyContext, openDataKeyOf } from '../../data/cache-keys.ts';
import { openDataYear } from '../../data/open-data.ts';
import { yearSummaries } from '../../lib/archive.ts';
import { articlesCsv } from '../../lib/open-data.ts';

// The metadata of the year's articles as a spreadsheet opens it (no text; see lib/open-data.ts).
export const getStaticPaths = (async () => {
  const keys = await getKeyContext();
  return yearSummaries(keys.archive.articles).map(({ year }) => ({
    params: { year: String(year) },
    cacheKey: openDataKeyOf(year, keys),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(articlesCsv((await openDataYear(Number(params.year), site!)).articles), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
