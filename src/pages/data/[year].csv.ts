import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { openDataYear } from '../../data/open-data.ts';
import { yearSummaries } from '../../lib/archive.ts';
import { articlesCsv } from '../../lib/open-data.ts';

// The metadata of the year's articles as a spreadsheet opens it (no text; see lib/open-data.ts).
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return yearSummaries(archive.articles).map(({ year }) => ({ params: { year: String(year) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(articlesCsv((await openDataYear(Number(params.year), site!)).articles), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
