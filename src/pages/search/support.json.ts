import type { APIRoute } from 'astro';
import { searchSupport } from '../../data/search-support';

/** Aliases and the bitmap of Traditional characters, for every first search. */
export const GET: APIRoute = async () => new Response(JSON.stringify((await searchSupport()).support), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
