/**
 * The raw OCR page of a printed page, line by line, with the story each line was cut from
 * (src/lib/source-lines.ts). Each page is matched against its own stories only.
 */
import { readSourceText } from '../lib/content-checks.ts';
import { attributeLines, firstLines, storySegments, type SourceLine, type StoryText } from '../lib/source-lines.ts';
import type { Article } from './archive.ts';

export function storyText(article: Article): StoryText {
  return { id: article.id, segments: storySegments({ ...article.entry.data, body: article.entry.body ?? '' }) };
}

/** Every line of the page's source, attributed; `articles` are the stories printed on it. */
export function sourceLines(source: string, articles: readonly Article[]): SourceLine[] {
  const text = readSourceText(source);
  if (text === undefined) throw new Error(`content/sources/${source}.txt 不存在`);
  const pageTexts = [...new Set(articles.flatMap((a) => [a.column, a.pageName]).filter((t) => t !== undefined))];
  return attributeLines(text, articles.map(storyText), { pageTexts });
}

// Only the first line of each story is kept between pages: article pages need no more.
const starts = new Map<string, Map<string, number>>();

/** The line where the story starts on its page's source, if any line of it was recognised. */
export function firstLineOf(article: Article, onSamePage: readonly Article[]): number | undefined {
  let lines = starts.get(article.source);
  if (!lines) {
    lines = firstLines(sourceLines(article.source, onSamePage));
    starts.set(article.source, lines);
  }
  return lines.get(article.id);
}
