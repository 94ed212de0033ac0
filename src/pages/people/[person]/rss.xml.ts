import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { articleBody } from '../../../data/article-body.ts';
import type { ArticlePerson } from '../../../data/people.ts';
import { feedKeyOf, getKeyContext, personFacts } from '../../../data/cache-keys.ts';
import { feedOptions } from '../../../lib/feeds.ts';
import { ROLE_NAMES } from '../../../lib/people.ts';
import { SITE } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const keys = await getKeyContext();
  return keys.people.people.map((person) => ({
    params: { person: person.slug },
    props: { person },
    cacheKey: feedKeyOf('person', person.articles, keys, personFacts(person)),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const archive = await getArchive();
  const { person } = props as { person: ArticlePerson };
  const roles = person.roles.map((role) => ROLE_NAMES[role]).join('、');
  return rss(
    feedOptions(
      { title: `${person.name} · ${SITE.name}`, description: `${person.name}（${roles}）署名的报道`, site: site! },
      person.articles,
      (id) => archive.zone(id).name,
      (article) => articleBody(article.entry),
      { fullText: false },
    ),
  );
};
