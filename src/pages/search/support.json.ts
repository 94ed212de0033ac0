import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/json';
import { searchSupport } from '../../data/search-support';

/** Aliases and the bitmap of Traditional characters, for every first search. */
export const GET: APIRoute = async () => jsonResponse((await searchSupport()).support);
