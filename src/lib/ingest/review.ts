/**
 * Drafts waiting for an editor, for `npm run review` and the review screen of `npm run dev`:
 * every draft article with what stands between it and publication, judged by the same schema
 * the build applies to published articles, and its source page line by line (which lines went
 * into which field, which were dropped). Publishing is deleting the `draft: true` line once the
 * list of problems is empty.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articleSchema } from '../../content.config.ts';
import { inspectArticleText } from '../article-files.ts';
import {
  articleProblems,
  leftOutProblems,
  linkHeadlinesBefore,
  provenanceProblems,
  readSourceText,
  type ArticleForChecks,
} from '../content-checks.ts';
import { contentPath } from '../content-paths.ts';
import { SourceIndex } from '../provenance.ts';
import { schemaProblems } from '../schema-problems.ts';
import { bracketedColumn, inlineColumn } from './headlines.ts';
import { printedText } from './lines.ts';
import { sectionHeads } from './page-layout.ts';
import { readLines, VERTICAL_TEXT } from './read-lines.ts';
import { drafted, splitPage } from './split.ts';
import type { Suspicion } from './suspicions.ts';
import { unknownZones, type Named } from './suggest.ts';

export interface DraftReview {
  file: string;
  /** Absolute path, for links that open it in an editor. */
  path: string;
  title: string;
  source: string;
  /** Absolute path of the source page, when it exists. */
  sourcePath?: string | undefined;
  order: number;
  problems: string[];
  /** Zones the draft names (as printed) that zones.yaml lacks: to add there before filling zone. */
  unknownZones: string[];
}

export function reviewDrafts(articlesDir = contentPath('articles')): DraftReview[] {
  const reviews: DraftReview[] = [];
  const root = path.dirname(articlesDir);
  const pages = new Map<string, ArticleForChecks[]>();
  const onPage = (source: string) => {
    let stories = pages.get(source);
    if (!stories) pages.set(source, (stories = []));
    return stories;
  };
  // Read on each call, so that a zone just added to zones.yaml is known at the next reload.
  const zonesFile = contentPath('zones', root);
  const zones = existsSync(zonesFile) ? ((parse(readFileSync(zonesFile, 'utf8')) ?? []) as Named[]) : [];
  const drafts: {
    file: string;
    relative: string;
    data: Record<string, unknown>;
    inspected: ReturnType<typeof inspectArticleText>;
    article: ArticleForChecks;
  }[] = [];
  for (const file of readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const text = readFileSync(path.join(articlesDir, file), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match) continue;
    const data = (parse(match[1]!) ?? {}) as Record<string, unknown>;
    const relative = path.join(path.relative(process.cwd(), articlesDir), file);
    if (data.draft !== true) {
      // A published story holds lines of its page too (only drafts are told, so no lines needed).
      if (typeof data.source === 'string') onPage(data.source).push(storyOf(relative, data, match[2]!, undefined));
      continue;
    }
    const inspected = inspectArticleText(text, relative, file.split(path.sep)[0]);
    const article = storyOf(relative, data, match[2]!, inspected.facts);
    onPage(article.data.source).push(article);
    drafts.push({ file, relative, data, inspected, article });
  }
  // As if published, drafts too: the rest of a story from another page takes its beginning's
  // headline once that part names it (whichever of the two is still a draft).
  const allStories = [...pages.values()].flat();
  linkHeadlinesBefore(allStories);
  for (const { file, relative, data, inspected, article } of drafts) {
    const { draft: _draft, ...published } = data;
    // In the build's own words, each at its field's line.
    const result = articleSchema.safeParse(published, { reportInput: true });
    const problems = result.success
      ? []
      : schemaProblems(
          relative,
          result.error.issues,
          inspected.facts?.fieldLines ?? new Map(),
          inspected.facts?.frontmatterLine,
        ).map((p) => p.replace(`${relative}: `, ''));
    const source = readSourceText(article.data.source, root);
    // Judged as if published: the same checks the build applies once draft: true is gone.
    const found = [
      ...inspected.problems,
      ...articleProblems(article, () => source),
      ...(source === undefined ? [] : provenanceProblems(article, SourceIndex.of(source))),
    ];
    problems.push(...found.map((p) => p.replace(`${relative}: `, '')));
    if (String(data.title ?? '').includes('待定')) problems.push('title: 标题待定');
    const unprinted = problems.some((p) => p.startsWith('title: ') && p.includes('原始版面中没有'));
    const beginning = unprinted ? beginningHint(article, allStories) : undefined;
    if (beginning) problems.push(beginning);
    const sourcePath = path.join(contentPath('sources', root), `${article.data.source}.txt`);
    reviews.push({
      file: relative,
      path: path.join(articlesDir, file),
      title: String(data.title ?? ''),
      source: article.data.source,
      ...(existsSync(sourcePath) && { sourcePath }),
      order: article.data.order,
      problems,
      unknownZones: unknownZones(
        [article.data.title, article.data.kicker, article.data.subtitle, article.body].join('\n'),
        zones,
      ),
    });
  }
  // Lines of a page no story holds, each draft judged as if published (the build's words).
  // Only the pages of drafts: a page of published stories is the build's to check.
  const draftPages = new Set(reviews.map((review) => review.source));
  for (const [source, stories] of pages) {
    if (!draftPages.has(source)) continue;
    const text = readSourceText(source, root);
    if (text === undefined) continue;
    const { problems, notices } = leftOutProblems(text, stories);
    for (const problem of [...problems, ...notices]) {
      const review = reviews.find((r) => problem.startsWith(`${r.file}: `));
      review?.problems.push(problem.replace(`${review.file}: `, ''));
    }
  }
  return reviews;
}

/**
 * For a draft whose page does not print its title: the stories of the same issue (newspaper, or
 * none, and exact date) on other pages that print the same title and name no part they go on
 * in. The draft is most likely the rest of one of them (…上接第1版…), its headline taken from
 * there, and the two are linked from that story's file, as ingest's report says when it found
 * the pair itself.
 */
export function beginningHint(draft: ArticleForChecks, stories: readonly ArticleForChecks[]): string | undefined {
  const { newspaper, date, title, source } = draft.data;
  // One issue: one exact day of one newspaper (or of none named, a page ingested as unprinted,
  // as ingest links them).
  if (draft.headlineBefore || !date || !/^\d{4}-\d{2}-\d{2}$/u.test(date)) return undefined;
  const beginnings = stories.filter(
    (story) =>
      story !== draft &&
      story.data.source !== source &&
      story.data.newspaper === newspaper &&
      story.data.date === date &&
      story.data.title === title &&
      !story.data.continuedIn,
  );
  const id = path.basename(draft.filePath, '.md');
  const link = `continuedIn: ${id}`;
  const [only] = beginnings;
  if (!only) return undefined;
  if (beginnings.length === 1)
    return `title: 与同期第${only.data.page ?? '?'}版的 ${only.filePath} 标题相同：本篇若是那篇的续文，在那篇里加一行 ${link}，两篇即互相链接，本篇便不必印出标题`;
  return `title: 与同期他版的 ${beginnings.map((story) => story.filePath).join('、')} 标题相同：本篇若是其中一篇的续文，在那篇里加一行 ${link}`;
}

/** An article file as the content checks take it; a draft as if published. */
export function storyOf(
  filePath: string,
  data: Record<string, unknown>,
  body: string,
  facts: ArticleForChecks['facts'],
): ArticleForChecks {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    filePath,
    body: body.trim(),
    data: {
      title: String(data.title ?? ''),
      kicker: text(data.kicker),
      subtitle: text(data.subtitle),
      source: String(data.source ?? ''),
      order: Number(data.order),
      newspaper: text(data.newspaper),
      page: text(data.page),
      column: text(data.column),
      pageName: text(data.pageName),
      date: text(data.date),
      dateEvidence: text(data.dateEvidence),
      emptyBody: text(data.emptyBody),
      reordered: data.reordered === true ? true : undefined,
      corrections: (data.corrections as never) ?? [],
      credits: (data.credits as never) ?? [],
      captions: (data.captions as never) ?? [],
      omittedLines: (data.omittedLines as never) ?? [],
      continuedIn: text(data.continuedIn),
    },
    facts,
  };
}

/** What became of a source line, as the splitter reads the page. */
export type LineUse =
  | 'headline'
  | 'column'
  | 'section'
  | 'body'
  | 'byline'
  | 'caption'
  | 'photo-credit'
  | 'furniture'
  | 'other-story'
  | 'blank';

export const LINE_USE_LABEL: Record<LineUse, string> = {
  headline: '标题',
  column: '栏目',
  section: '小标题',
  body: '正文',
  byline: '署名',
  caption: '图片说明',
  'photo-credit': '图片署名',
  furniture: '略去（版面信息）',
  'other-story': '另一篇',
  blank: '',
};

export interface SourceLine {
  number: number;
  text: string;
  use: LineUse;
  /** Why a line was dropped, or which story it went to. */
  note?: string | undefined;
  suspicions: string[];
}

/**
 * The source page beside a draft: each line with what it became in this draft (or that it was
 * dropped, or went to another story), and the suspicious spots the splitter found on it.
 */
export function sourceLines(sourceText: string, order: number): SourceLine[] {
  const lines = readLines(sourceText);
  const split = splitPage(sourceText);
  const stories = split.stories.filter(drafted);
  const ownerOf = new Map<number, number>();
  stories.forEach((s, index) => s.lines.forEach((n) => ownerOf.set(n, index + 1)));
  const dropped = new Map(split.dropped.map((d) => [d.line, d.rule]));
  const suspicions = new Map<number, Suspicion[]>();
  for (const s of split.suspicions) suspicions.set(s.line, [...(suspicions.get(s.line) ?? []), s]);
  const story = stories[order - 1];
  const headlineLines = new Set(story ? story.lines.filter((n) => lines[n - 1]?.kind === 'heading') : []);
  // A heading-like line the draft took as its text (a cut-off line over its next section head) shows as text.
  const heads = story ? sectionHeads(story) : [];
  return lines.map((line) => {
    const owner = ownerOf.get(line.number);
    let use: LineUse;
    let note: string | undefined;
    if (line.kind === 'blank') use = 'blank';
    else if (line.rule === VERTICAL_TEXT && owner !== undefined) {
      // A character of a headline set vertically: its story's headline (read-lines.ts).
      use = owner === order ? 'headline' : 'other-story';
      if (owner !== order) note = `第${owner}篇`;
    } else if (dropped.has(line.number) || line.kind === 'furniture' || line.kind === 'banner') {
      use = 'furniture';
      note = dropped.get(line.number) ?? line.rule;
    } else if (owner !== order) {
      use = 'other-story';
      note = owner ? `第${owner}篇` : undefined;
    } else if (headlineLines.has(line.number)) {
      const title = [story?.headline?.kicker, story?.headline?.title, story?.headline?.subtitle].join(' ');
      const label = bracketedColumn(line.text) ?? line.text.replace(/\s+/g, '');
      // A title's line may print the story's column before it (【聚焦】金鼎社区…).
      const printed = inlineColumn(line.text)?.title ?? line.text;
      use = title.includes(printed.replace(/^[—–-]+\s*/u, ''))
        ? 'headline'
        : story?.column === label
          ? 'column'
          : heads.some((head) => head.includes(line.text))
            ? 'section'
            : 'body';
      // A title that prints its writer after it (七一抒怀 □ 王芳).
      if (use === 'headline' && line.writer) note = '其后为作者署名';
    } else if (line.kind === 'heading') use = 'section';
    else if (line.brief) {
      // A brief holds its title and its text on one line.
      use = 'headline';
      note = '其后为正文';
    } else use = line.kind as LineUse;
    return {
      number: line.number,
      text: printedText(line),
      use,
      ...(note && { note }),
      suspicions: (suspicions.get(line.number) ?? []).map((s) => s.detail),
    };
  });
}

/** A draft with its source lines, for the review screen. */
export function reviewWithSource(review: DraftReview): { review: DraftReview; lines: SourceLine[] } {
  const text = review.sourcePath ? readFileSync(review.sourcePath, 'utf8') : undefined;
  return { review, lines: text === undefined ? [] : sourceLines(text, review.order) };
}
