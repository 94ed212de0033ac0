/**
 * The pages of the published intersection lists of one kind (lib/intersections.ts):
 * the zone × campaign, zone × period and zone × campaign × period routes share this.
 */
import { articlesFor, periodKey, selectionKey, selectionUrl, type Selection } from '../lib/counts.ts';
import { publishedSelectionsOnce, type PublishedSelections } from '../lib/intersections.ts';
import { listPaths, type ListPage } from '../lib/list-pages.ts';
import { getArchive, type Article } from './archive.ts';
import { getKeyContext, selectionPagesKeyed } from './cache-keys.ts';

/** A selection's route parameters: each of its parts it has, the period by its key. */
function selectionParams(selection: Selection): Record<string, string> {
  return {
    ...(selection.zone && { zone: selection.zone }),
    ...(selection.campaign && { campaign: selection.campaign }),
    ...(selection.period && { period: periodKey(selection.period) }),
  };
}

export interface SelectionPageProps {
  selection: Selection;
  page: ListPage<Article>;
}

export async function selectionPages(kind: 'zoneCampaign' | 'zonePeriod' | 'zoneCampaignPeriod') {
  const archive = await getArchive();
  const selections: PublishedSelections[typeof kind] = publishedSelectionsOnce(
    archive.articles,
    archive.zones,
    archive.campaigns,
  )[kind];
  const keys = await getKeyContext();
  return selections.flatMap((selection) => {
    const articles = articlesFor(archive.articles, selection);
    return selectionPagesKeyed(
      listPaths(articles, {
        base: selectionUrl(selection),
        params: selectionParams(selection),
        props: { selection },
      }),
      `selection:${selectionKey(selection)}`,
      articles,
      keys,
    );
  });
}
