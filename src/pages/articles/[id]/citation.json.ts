import type { APIRoute } from 'astro';
import { citationFilePaths, citationFileReference } from '../../../data/citation-files.ts';
import { cslItem } from '../../../lib/citation.ts';
import { jsonResponse } from '../../../lib/json.ts';

// CSL-JSON (an array of one item), for Zotero, Mendeley and pandoc.
export const getStaticPaths = citationFilePaths;

export const GET: APIRoute = async ({ props, site }) =>
  jsonResponse([cslItem(await citationFileReference(props, site!))], 2);
