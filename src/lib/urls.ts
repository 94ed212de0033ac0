/** Every internal URL of the site is built here, so links and routes cannot drift apart. */

export const UNPRINTED_PAPER_ID = 'unprinted';

const pad = (n: number) => String(n).padStart(2, '0');

export const urls = {
  home: () => '/',
  article: (id: string) => `/articles/${id}/`,
  articles: () => '/articles/',
  zones: () => '/zones/',
  zone: (id: string) => `/zones/${id}/`,
  zoneFeed: (id: string) => `/zones/${id}/rss.xml`,
  zoneStyles: () => '/zones/accents.css',
  /** A zone's articles in one campaign, one period, or both (the lists behind a zone's counts). */
  zoneCampaign: (zone: string, campaign: string) => `/zones/${zone}/campaigns/${campaign}/`,
  zonePeriod: (zone: string, period: string) => `/zones/${zone}/archive/${period}/`,
  zoneCampaignPeriod: (zone: string, campaign: string, period: string) =>
    `/zones/${zone}/campaigns/${campaign}/archive/${period}/`,
  campaigns: () => '/campaigns/',
  campaign: (id: string) => `/campaigns/${id}/`,
  campaignFeed: (id: string) => `/campaigns/${id}/rss.xml`,
  people: () => '/people/',
  /** A person's page; the slug may be Chinese (lib/people.ts), so it is percent-encoded. */
  person: (slug: string) => `/people/${encodeURIComponent(slug)}/`,
  personFeed: (slug: string) => `/people/${encodeURIComponent(slug)}/rss.xml`,
  articleRis: (id: string) => `/articles/${id}/citation.ris`,
  articleCsl: (id: string) => `/articles/${id}/citation.json`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  dates: () => '/archive/',
  year: (year: number) => `/archive/${year}/`,
  month: (year: number, month: number) => `/archive/${year}-${pad(month)}/`,
  /** Any period of the date archive by its key: "2019", "2019-06", "2019-month-unknown". */
  period: (period: string) => `/archive/${period}/`,
  papers: () => '/papers/',
  paper: (id: string | undefined) => `/papers/${id ?? UNPRINTED_PAPER_ID}/`,
  printedPage: (sourceId: string) => `/pages/${sourceId}/`,
  sourceText: (sourceId: string) => `/sources/${sourceId}.txt`,
  /** The raw OCR page line by line, each line marked with the story it was cut from. */
  sourceView: (sourceId: string) => `/sources/${sourceId}/`,
  sourceLine: (sourceId: string, line: number) => `/sources/${sourceId}/#${sourceLineId(line)}`,
  search: (params?: Record<string, string>) => {
    const query = params ? new URLSearchParams(params).toString() : '';
    return `/search/${query ? `?${query}` : ''}`;
  },
  about: () => '/about/',
  feed: () => '/rss.xml',
  data: () => '/data/',
  dataYear: (year: number) => `/data/${year}.json`,
  dataYearCsv: (year: number) => `/data/${year}.csv`,
  dataSchema: (file: string) => `/data/schema/${file}.schema.json`,
};

/** The id of a line in the source view: L1, L2… as on code hosts. */
export function sourceLineId(line: number): string {
  return `L${line}`;
}

/** A later page of a list, by its number (lib/list-pages.ts); the list's own page is `base` itself. */
export function listPageUrl(base: string, page: number): string {
  return `${base}${page}/`;
}
