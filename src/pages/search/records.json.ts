import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/json.ts';
import { getArchive } from '../../data/archive.ts';
import { articleSegments } from '../../lib/search/build/document.ts';
import { searchRecord } from '../../lib/search/build/records.ts';

/**
 * Build artefact for scripts/build-search-index.ts, which the search-index integration runs at
 * the end of the build (src/integrations/search-index.ts): it turns it into the Pagefind index
 * and then deletes it. The published site does not carry it, nor does a failed build leave it.
 */
export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const names = {
    zone: (id: string) => archive.zone(id).name,
    campaign: (id: string) => archive.campaign(id).name,
    newspaper: (id: string | undefined) => archive.newspaper(id).name,
  };
  const records = archive.articles.map((article) => {
    const { kicker, title, subtitle, credits } = article;
    const parts = { kicker, title, subtitle, credits, captions: article.entry.data.captions };
    return searchRecord(article, articleSegments(parts, article.entry.body ?? ''), names);
  });
  return jsonResponse(records);
};
