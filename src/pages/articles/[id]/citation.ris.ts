import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type Article } from '../../../data/archive.ts';
import { citationKeyOf, getKeyContext } from '../../../data/cache-keys.ts';
import { getPeople, referenceOf } from '../../../data/people.ts';
import { formatRis } from '../../../lib/citation.ts';

// One RIS file per article, for EndNote, Zotero, NoteExpress and other reference managers.
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
  return new Response(formatRis(referenceOf(article, archive, await getPeople(), site!)), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
};
