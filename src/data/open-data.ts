/** One year of the open-data export, shared by its JSON and CSV routes. */
import { getArchive } from './archive.ts';
import { articleBody } from './article-body.ts';
import { getPeople } from './people.ts';
import { articlesInYear } from '../lib/archive.ts';
import { openDataRecord, type OpenDataYearFile } from '../lib/open-data.ts';
import { urls } from '../lib/urls.ts';

export async function openDataYear(year: number, site: URL): Promise<OpenDataYearFile> {
  const archive = await getArchive();
  const people = await getPeople();
  const articles = articlesInYear(archive.articles, year);
  const records = articles.map((article) => {
    const data = article.entry.data;
    return openDataRecord(article, data, articleBody(article.entry), site, (from, index) => {
      return people.personOf(article.id, from, index)?.slug;
    });
  });
  const zoneIds = new Set(records.flatMap((r) => [r.zone, ...r.relatedZones]));
  const campaignIds = new Set(records.flatMap((r) => r.campaigns));
  const topicIds = new Set(records.flatMap((r) => r.topics));
  const newspaperIds = new Set(records.flatMap((r) => (r.newspaper ? [r.newspaper] : [])));
  const ids = new Set(records.map((r) => r.id));
  const absolute = (path: string) => new URL(path, site).href;
  return {
    year,
    articles: records,
    zones: archive.zones
      .filter((zone) => zoneIds.has(zone.id))
      .map(({ id, name, fullName, kind, province, city }) => ({
        id,
        name,
        fullName,
        kind,
        province,
        city,
        url: absolute(urls.zone(id)),
      })),
    campaigns: archive.campaigns
      .filter((campaign) => campaignIds.has(campaign.id))
      .map(({ id, name, aliases, period }) => ({
        id,
        name,
        aliases,
        period: period ?? null,
        url: absolute(urls.campaign(id)),
      })),
    topics: archive.topics
      .filter((topic) => topicIds.has(topic.id))
      .map(({ id, name }) => ({ id, name, url: absolute(urls.topic(id)) })),
    newspapers: archive.newspapers
      .filter((paper) => newspaperIds.has(paper.id))
      .map(({ id, name, aliases, description }) => ({ id, name, aliases, description, url: absolute(urls.paper(id)) })),
    people: people.people
      .filter((person) => person.articles.some((a) => ids.has(a.id)))
      .map((person) => ({
        person: person.slug,
        name: person.name,
        id: person.id ?? null,
        roles: person.roles,
        url: absolute(urls.person(person.slug)),
        articles: person.articles.filter((a) => ids.has(a.id)).map((a) => a.id),
      })),
  };
}
