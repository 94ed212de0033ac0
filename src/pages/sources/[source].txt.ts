import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { readSourceText } from '../../lib/content-checks.ts';

// The raw OCR pages, byte for byte, for provenance.
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return [...new Set(archive.articles.map((a) => a.source))].map((source) => ({ params: { source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const text = readSourceText(params.source!);
  if (text === undefined) throw new Error(`content/sources/${params.source}.txt 不存在`);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
