import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { feedItems } from '../lib/feeds.ts';
import { SITE } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: site!,
    items: feedItems(archive.articles, (id) => archive.zone(id).name),
    customData: '<language>zh-CN</language>',
  });
};
