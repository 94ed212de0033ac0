import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type Article } from '../../../data/archive.ts';
import { citationKeyOf, getKeyContext } from '../../../data/cache-keys.ts';
import { getPeople, referenceOf } from '../../../data/people.ts';
import { cslItem } from '../../../lib/citation.ts';
import { jsonResponse } from '../../../lib/json.ts';

// CSL-JSON (an array of one item), for Zotero, Mendeley and pandoc.
export const getStaticPaths = (async () => {
  const keys = await getKeyContext();
  return keys.archive.articles.map((article) => ({
    params: { id: article.id },
    props: { article },
    cacheKey: citationKeyOf(article, keys),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const archive = await getArchive();
  const { article } = props as { article: Article };
  return jsonResponse([cslItem(referenceOf(article, archive, await getPeople(), site!))], 2);
};
