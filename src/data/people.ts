/**
 * The people of the archive's credits (lib/people.ts), built once per build from the loaded
 * articles and their caption credits, and the facts a reference to an article needs.
 */
import { getArchive, type Archive, type Article } from './archive.ts';
import { existsSync, readFileSync } from 'node:fs';
import { inspectArticleText } from '../lib/article-files.ts';
import { PeopleError, peopleIndex, type PeopleIndex, type Person } from '../lib/people.ts';
import type { ReferenceInput } from '../lib/citation.ts';
import { formatArchiveDate, isApproximate } from '../lib/dates.ts';
import { urls } from '../lib/urls.ts';

export type ArticlePerson = Person<Article>;

let cached: Promise<PeopleIndex<Article>> | undefined;

export function getPeople(): Promise<PeopleIndex<Article>> {
  cached ??= getArchive().then((archive) => {
    try {
      return peopleIndex(archive.articles, (article) => article.entry.data.captions);
    } catch (error) {
      throw error instanceof PeopleError ? withFileLine(error, archive) : error;
    }
  });
  return cached;
}

/** The error with the article's file and the line of the field, as every content error gives them. */
function withFileLine(error: PeopleError, archive: Archive): Error {
  const file = archive.article(error.articleId).entry.filePath ?? error.articleId;
  const facts = existsSync(file)
    ? inspectArticleText(readFileSync(file, 'utf8'), file, undefined, { yaml: false }).facts
    : undefined;
  const line = facts?.fieldLines.get(error.field) ?? facts?.fieldLines.get(error.field.replace(/\.\w+$/, ''));
  return new Error(`${file}: ${error.field}: ${line ? `第${line}行：` : ''}${error.reason}`, { cause: error });
}

/** The writers of an article who are people, by their names (绪言 and organisations left out). */
export function authorsOf(article: Article, people: PeopleIndex<Article>): string[] {
  return article.credits.flatMap((credit, i) =>
    credit.role === 'writer' ? (people.personOf(article.id, 'credit', i)?.name ?? []) : [],
  );
}

/** Everything a citation, RIS or CSL record of the article says. */
export function referenceOf(
  article: Article,
  archive: Archive,
  people: PeopleIndex<Article>,
  site: URL,
): ReferenceInput {
  const data = article.entry.data;
  const notes = [
    ...(isApproximate(article.date)
      ? [`日期为估计（${formatArchiveDate(article.date)}）：${data.dateEvidence ?? ''}`]
      : []),
    ...(article.newspaper && !article.newspaperPrinted ? [`报名未印于版面，系推定：${data.newspaperNote ?? ''}`] : []),
  ];
  return {
    id: article.id,
    authors: authorsOf(article, people),
    kicker: article.kicker,
    title: article.title,
    subtitle: article.subtitle,
    newspaperName: article.newspaper ? archive.newspaper(article.newspaper).name : undefined,
    newspaperInferred: !article.newspaperPrinted,
    date: article.date,
    page: article.page,
    url: new URL(urls.article(article.id), site).href,
    notes,
  };
}
