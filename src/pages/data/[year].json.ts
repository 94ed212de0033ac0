import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { articlesInYear, yearSummaries } from '../../lib/archive.ts';
import { jsonResponse } from '../../lib/json.ts';
import { openDataRecord } from '../../lib/open-data.ts';

// Open data, one file per year: a single file of every article would grow without bound.
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return yearSummaries(archive.articles).map(({ year }) => ({ params: { year: String(year) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await getArchive();
  const year = Number(params.year);
  const records = articlesInYear(archive.articles, year).map((article) =>
    openDataRecord(article, article.entry.data, article.entry.body ?? '', site!),
  );
  return jsonResponse({ year, articles: records }, 1);
};
