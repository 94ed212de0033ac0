/**
 * Where a zone sits in the site's hierarchy, for breadcrumbs: the index of zones and regions,
 * then the zone's kind (国家高新区, 城市, 国家级新区…), so a city is never filed as a 园区.
 */
import { urls } from './urls.ts';

export const ZONES_INDEX_LABEL = '园区与地区';

/** The id of a kind's section on the index of zones. */
export function kindSectionId(kind: string): string {
  return `kind-${kind}`;
}

export function zoneTrail(zone: { kind: string }): { label: string; href: string }[] {
  return [
    { label: ZONES_INDEX_LABEL, href: urls.zones() },
    { label: zone.kind, href: `${urls.zones()}#${kindSectionId(zone.kind)}` },
  ];
}
