import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { articleBody } from '../../../data/article-body.ts';
import { feedKeyOf, getKeyContext } from '../../../data/cache-keys.ts';
import { articlesInCampaign } from '../../../lib/archive.ts';
import { feedOptions } from '../../../lib/feeds.ts';
import { SITE } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const keys = await getKeyContext();
  return keys.archive.campaigns.map((campaign) => ({
    params: { campaign: campaign.id },
    cacheKey: feedKeyOf(`campaign:${campaign.id}`, articlesInCampaign(keys.archive.articles, campaign.id), keys),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await getArchive();
  const campaign = archive.campaign(params.campaign!);
  return rss(
    feedOptions(
      { title: `${campaign.name} · ${SITE.name}`, description: campaign.description, site: site! },
      articlesInCampaign(archive.articles, campaign.id),
      (id) => archive.zone(id).name,
      (article) => articleBody(article.entry),
    ),
  );
};
