import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { articleBody } from '../data/article-body.ts';
import { feedOptions } from '../lib/feeds.ts';
import { SITE } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  return rss(
    feedOptions(
      { title: SITE.name, description: SITE.description, site: site! },
      archive.articles,
      (id) => archive.zone(id).name,
      (article) => articleBody(article.entry),
    ),
  );
};
