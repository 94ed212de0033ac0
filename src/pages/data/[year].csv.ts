import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataYearPaths } from '../../data/cache-keys.ts';
import { openDataYear } from '../../data/open-data.ts';
import { articlesCsv } from '../../lib/open-data.ts';

// The metadata of the year's articles as a spreadsheet opens it (no text; see lib/open-data.ts).
export const getStaticPaths = openDataYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(articlesCsv((await openDataYear(Number(params.year), site!)).articles), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
