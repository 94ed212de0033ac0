import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/json';
import { getArchive } from '../../data/archive';
import { openDataRecord } from '../../lib/open-data';

// Open data: every article's metadata and Markdown text, for reuse without scraping.
export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const records = archive.articles.map((article) => openDataRecord(article, article.entry.data, article.entry.body ?? '', site!));
  return jsonResponse({ articles: records }, 1);
};
