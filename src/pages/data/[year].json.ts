import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataYearPaths } from '../../data/cache-keys.ts';
import { openDataYear } from '../../data/open-data.ts';
import { jsonResponse } from '../../lib/json.ts';

// Open data, one file per year: a single file of every article would grow without bound.
export const getStaticPaths = openDataYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  jsonResponse(await openDataYear(Number(params.year), site!), 1);
