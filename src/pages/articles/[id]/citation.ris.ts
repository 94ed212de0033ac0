import type { APIRoute } from 'astro';
import { citationFilePaths, citationFileReference } from '../../../data/citation-files.ts';
import { formatRis } from '../../../lib/citation.ts';

// One RIS file per article, for EndNote, Zotero, NoteExpress and other reference managers.
export const getStaticPaths = citationFilePaths;

export const GET: APIRoute = async ({ props, site }) =>
  new Response(formatRis(await citationFileReference(props, site!)), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
