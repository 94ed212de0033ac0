/**
 * The raw OCR page of a printed page, line by line, with the story each line was cut from
 * (src/lib/source-lines.ts). Each page is matched against its own stories only.
 */
import { readSourceText } from '../lib/content-checks.ts';
import {
  attributeLines,
  compactLines,
  expandLines,
  firstLines,
  attributionShelf,
  markOmitted,
  pageTextsOf,
  storySegments,
  type ShelvedAttribution,
  type CompactLines,
  type SourceLine,
  type StoryText,
} from '../lib/source-lines.ts';
import type { Article } from './archive.ts';
import { articleBody } from './article-body.ts';
import { recordedOmissions } from '../lib/left-out-lines.ts';

export function storyText(article: Article): StoryText {
  return { id: article.id, segments: storySegments({ ...article.entry.data, body: articleBody(article.entry) }) };
}

/**
 * Each page's attribution, computed once: the article pages (for their first lines) and the
 * page's line-by-line view both need it, and it is most of the view's cost.
 */
const attributions = new Map<string, CompactLines>();

/** Every line of the page's source, attributed; `articles` are the stories printed on it. */
export function sourceLines(source: string, articles: readonly Article[]): SourceLine[] {
  const text = readSourceText(source);
  if (text === undefined) throw new Error(`content/sources/${source}.txt 不存在`);
  const ids = articles.map((article) => article.id);
  const known = attributions.get(source);
  if (known) return expandLines(text, known, ids);
  const shelved = attributionShelf.take(source);
  if (shelved && sameStories(shelved.stories, articles)) {
    // As the articles' loader attributed the page for its checks, with these very files.
    const expanded = expandLines(
      text,
      shelved.compact,
      shelved.stories.map((s) => s.id),
    );
    const lines = markOmitted(expanded, omittedOf(articles, expanded.length));
    attributions.set(source, compactLines(lines, ids));
    return lines;
  }
  const attributed = attributeLines(text, articles.map(storyText), { pageTexts: pageTextsOf(articles) });
  const lines = markOmitted(attributed, omittedOf(articles, attributed.length));
  attributions.set(source, compactLines(lines, ids));
  return lines;
}

/** The lines the page's stories record as left out on purpose, with why. */
const omittedOf = (articles: readonly Article[], lineCount: number) =>
  recordedOmissions(
    lineCount,
    articles.map((a) => ({ id: a.id, omittedLines: a.entry.data.omittedLines })),
  ).omitted;

/** Whether the loader's attribution was made with exactly these stories, in this order, as their files stand now. */
const sameStories = (shelved: ShelvedAttribution['stories'], articles: readonly Article[]) =>
  shelved.length === articles.length &&
  shelved.every(({ id, digest }, i) => {
    const article = articles[i]!;
    return article.id === id && String(article.entry.digest) === digest;
  });

/** Where each story of a page starts, kept per page: each of its stories' pages asks. */
const pageFirstLines = new Map<string, Map<string, number>>();

/** The line where the story starts on its page's source, if any line of it was recognised. */
export function firstLineOf(article: Article, onSamePage: readonly Article[]): number | undefined {
  let starts = pageFirstLines.get(article.source);
  if (!starts) pageFirstLines.set(article.source, (starts = firstLines(sourceLines(article.source, onSamePage))));
  return starts.get(article.id);
}
