import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/json.ts';
import { searchSupport } from '../../data/search-support.ts';

/** The Traditional → Simplified map, fetched only by queries that need it (and read by the indexer). */
export const GET: APIRoute = async () => jsonResponse((await searchSupport()).t2s);
