import type { APIRoute, GetStaticPaths } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getKeyContext, sourceFileKeyOf } from '../../data/cache-keys.ts';
import { contentPath } from '../../lib/content-paths.ts';

// The raw OCR pages, byte for byte, for provenance. Hosts that read _headers serve them as
// UTF-8 (src/lib/security-headers.ts); the line-by-line view is sources/[source].astro.
export const getStaticPaths = (async () => {
  const keys = await getKeyContext();
  return [...new Set(keys.archive.articles.map((a) => a.source))].map((source) => ({
    params: { source },
    cacheKey: sourceFileKeyOf(source, keys),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = path.join(contentPath('sources'), `${params.source}.txt`);
  if (!existsSync(file)) throw new Error(`content/sources/${params.source}.txt 不存在`);
  // The bytes as received, not decoded and encoded again.
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
