import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive';
import { openDataRecord } from '../../lib/open-data';

// Open data: every article's metadata and Markdown text, for reuse without scraping.
export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const records = archive.articles.map((article) => openDataRecord(article, article.entry.data, article.entry.body ?? '', site!));
  return new Response(JSON.stringify({ articles: records }, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
