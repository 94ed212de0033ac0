import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/json.ts';
import { searchSupport } from '../../data/search-support.ts';

/** Aliases and the bitmap of Traditional characters, for every first search. */
export const GET: APIRoute = async () => jsonResponse((await searchSupport()).support);
