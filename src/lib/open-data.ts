/** Shape of one article in the open-data export (/data/articles.json). */
import type { ArticleRecord } from './archive.ts';
import { isoArchiveDate } from './dates.ts';
import { urls } from './urls.ts';

export interface OpenDataRecord {
  id: string;
  url: string;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  date: string;
  datePrecision: string;
  dateEvidence: string | null;
  zone: string;
  relatedZones: string[];
  campaigns: string[];
  topics: string[];
  newspaper: string | null;
  newspaperPrinted: boolean;
  page: string | null;
  source: string;
  sourceUrl: string;
  credits: ArticleRecord['credits'];
  corrections: { original: string; corrected: string; note?: string | undefined }[];
  text: string;
}

export function openDataRecord(
  article: ArticleRecord,
  extra: { dateEvidence?: string | undefined; corrections: OpenDataRecord['corrections'] },
  body: string,
  site: URL,
): OpenDataRecord {
  return {
    id: article.id,
    url: new URL(urls.article(article.id), site).href,
    kicker: article.kicker ?? null,
    title: article.title,
    subtitle: article.subtitle ?? null,
    date: isoArchiveDate(article.date),
    datePrecision: article.date.precision,
    dateEvidence: extra.dateEvidence ?? null,
    zone: article.zone,
    relatedZones: article.relatedZones,
    campaigns: article.campaigns,
    topics: article.topics,
    newspaper: article.newspaper ?? null,
    newspaperPrinted: article.newspaperPrinted,
    page: article.page ?? null,
    source: article.source,
    sourceUrl: new URL(urls.sourceText(article.source), site).href,
    credits: article.credits,
    corrections: extra.corrections,
    text: body.trim(),
  };
}
