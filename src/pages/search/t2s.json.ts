import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/json';
import { searchSupport } from '../../data/search-support';

/** The Traditional → Simplified map, fetched only by queries that need it (and read by the indexer). */
export const GET: APIRoute = async () => jsonResponse((await searchSupport()).t2s);
