import type { APIRoute } from 'astro';
import { searchSupport } from '../../data/search-support';

/** The Traditional → Simplified map, fetched only by queries that need it (and read by the indexer). */
export const GET: APIRoute = async () => new Response(JSON.stringify((await searchSupport()).t2s), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
