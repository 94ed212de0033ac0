import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { articleBody } from '../../../data/article-body.ts';
import { feedKeyOf, getKeyContext } from '../../../data/cache-keys.ts';
import { articlesInZone } from '../../../lib/archive.ts';
import { feedOptions } from '../../../lib/feeds.ts';
import { SITE } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const keys = await getKeyContext();
  return keys.archive.zones.map((zone) => ({
    params: { zone: zone.id },
    cacheKey: feedKeyOf(`zone:${zone.id}`, articlesInZone(keys.archive.articles, zone.id), keys),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await getArchive();
  const zone = archive.zone(params.zone!);
  return rss(
    feedOptions(
      { title: `${zone.name} · ${SITE.name}`, description: zone.description, site: site! },
      articlesInZone(archive.articles, zone.id),
      (id) => archive.zone(id).name,
      (article) => articleBody(article.entry),
    ),
  );
};
