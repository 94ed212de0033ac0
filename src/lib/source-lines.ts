/**
 * Which story each line of a raw OCR page was cut from, for the page's line-by-line view.
 *
 * Lines are compared with the stories in Han characters only, since the articles close OCR
 * spaces, set punctuation and join lines broken by columns. A line belongs to the story in
 * which most of its characters are covered by windows of WINDOW characters (or by the whole
 * line, when it is shorter), as in coverage.ts: a corrected misreading costs only the
 * characters near it. Page furniture is recognised by the rules of coverage.ts first.
 *
 * A short line can occur in several stories ("党史学习教育"). Such a tie goes to the story
 * in which the line continues into its neighbours (the windows that straddle the line break
 * to the previous or next line), then to the story of the nearest line before or after it.
 * That is also how a word split across a column break is handled: each half is a line of
 * its own, and the join shows which story holds them.
 *
 * Work per page is linear in the text of the page and of its own stories: windows are
 * looked up in an index of that page's stories, built once per window size.
 */
import { appendAll, findAfter, findBefore } from './arrays.ts';
import { shelf } from './build-handoff.ts';
import { furnitureRule, PRINTED_DATE_RULE, verticalTextLines, WINDOW } from './coverage.ts';
import {
  classifyLine,
  cleanLine,
  CONTENTS,
  contentsLines,
  endsSentenceAlone,
  HAN,
  isSentencePiece,
  TERMINAL,
} from './ingest/lines.ts';
import { withoutJumpMarks } from './jump-marks.ts';
import { stripOcrMarkup } from './ocr-markup.ts';

/** A story as the matcher sees it: its id and the texts the page printed for it. */
export interface StoryText {
  id: string;
  /** Pieces of text printed together (headline, byline, body, each caption…). */
  segments: string[];
}

/** The fields of an article (see content.config.ts) whose text comes from the page. */
export interface StoryFields {
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  body: string;
  credits?: readonly { label?: string | undefined; title?: string | undefined; name: string }[] | undefined;
  captions?: readonly { text: string; credit?: string | undefined }[] | undefined;
  corrections?: readonly { original: string }[] | undefined;
}

/**
 * The segments of an article: headline and body in printed order, the bylines (together, as
 * a byline line prints them, after the title too, and each name before its label or post too,
 * as in "乔冠宇/摄" and "张明（高新区党工委书记）", or inside it where the label holds a … for it,
 * as in "本版图片由…提供"), each caption with its credit, and the OCR readings the editor
 * corrected (so that the damaged line still matches the story it was repaired into).
 */
export function storySegments(story: StoryFields): string[] {
  const credits = story.credits ?? [];
  return [
    [story.kicker, story.title, story.subtitle, story.body].filter(Boolean).join('\n'),
    credits.map((c) => [c.label, c.title, c.name].filter(Boolean).join(' ')).join('\n'),
    // The title with its byline after it, as a 副刊 may print them on one line (七一抒怀 □ 王芳).
    ...(credits.length
      ? [[story.title, ...credits.map((c) => [c.label, c.title, c.name].filter(Boolean).join(' '))].join(' ')]
      : []),
    ...credits.filter((c) => c.label).map((c) => `${c.name} ${c.label}`),
    // A writer's post in brackets after the name: 张明（高新区党工委书记）.
    ...credits.filter((c) => c.title).map((c) => `${c.name}（${c.title}）`),
    // A label printed around the name, … where it stands: 本版图片由…提供.
    ...credits.filter((c) => c.label?.includes('…')).map((c) => c.label!.replace('…', c.name)),
    // And names that share a label before it, as "张三 李四 文" prints them; and each name with
    // its label after it, one after another, as "张三 文 李四 图" prints them.
    ...namesBeforeTheirLabel(credits),
    credits
      .filter((c, i) => c.label && !(i > 0 && credits[i - 1]!.name === c.name && credits[i - 1]!.label === c.label))
      .map((c) => `${c.name} ${c.label}`)
      .join(' '),
    ...(story.captions ?? []).map((c) => [c.text, c.credit].filter(Boolean).join(' ')),
    ...(story.corrections ?? []).map((c) => c.original),
  ].filter((segment) => segment.length > 0);
}

/**
 * Runs of credits with one label, as printed with the label after the names: "本报记者 张三 李四 文",
 * each title before the names it is printed for: "通讯员 张三 记者 李四 文"; and runs with one
 * title printed once, with the label before them or none: "本报记者 张三 李四", "摄影 张三 李四".
 */
function namesBeforeTheirLabel(credits: NonNullable<StoryFields['credits']>): string[] {
  const runs: { label: string; title: string | undefined; words: string[]; names: number }[] = [];
  for (const { label, title, name } of credits) {
    const run = runs.at(-1);
    if (run && run.label === (label ?? '')) {
      if (title && title !== run.title) run.words.push(title);
      run.words.push(name);
      run.names++;
      run.title = title;
    } else runs.push({ label: label ?? '', title, words: [...(title ? [title] : []), name], names: 1 });
  }
  // One titled name with its label after it too: "通讯员 王五 供稿".
  return runs
    .filter((run) => run.names > 1 || (run.label && run.title))
    .flatMap((run) =>
      run.label
        ? [
            [...run.words, run.label],
            [run.label, ...run.words],
          ]
        : [run.words],
    )
    .map((words) => words.join(' '));
}

export type SourceLine = { number: number; text: string } & (
  | { kind: 'blank' }
  /** Cut from this story. */
  | { kind: 'article'; article: string }
  /** Printed for the whole page: its column banner or page name (kept in the articles' fields). */
  | { kind: 'page' }
  /** Page furniture, dropped by a rule of coverage.ts. */
  | { kind: 'furniture'; rule: string }
  /** In no story, recorded as left out on purpose (an article's omittedLines), with why. */
  | { kind: 'omitted'; reason: string }
  /** In no story and not furniture: a caption without its photo, or text left out. */
  | { kind: 'none' }
);

export type LineKind = SourceLine['kind'];

export interface AttributionOptions {
  /** Text printed for the whole page rather than one story: column banner, page name. */
  pageTexts?: readonly string[];
  window?: number;
  /** How windows are hashed: tests give one that makes every window collide. */
  hash?: WindowHash;
  /** Share of a line's Han characters a story must hold for the line to count as its. */
  threshold?: number;
}

export const THRESHOLD = 0.5;

/** The texts a page prints for all its stories (AttributionOptions.pageTexts): their columns and page names. */
export function pageTextsOf(
  stories: readonly { column?: string | undefined; pageName?: string | undefined }[],
): string[] {
  return [...new Set(stories.flatMap((s) => [s.column, s.pageName]).filter((t): t is string => t !== undefined))];
}

/** The lines of a page as received; the newline that ends the file does not start a line. */
export function splitLines(source: string): string[] {
  const lines = source.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

const NOT_HAN = /\P{Script=Han}+/gu;
/** A line's last two Chinese characters, before any marks after them. */
const LAST_WORDS = /(\p{Script=Han}{1,2})[^\p{Script=Han}\p{Nd}\p{Script=Latin}]*$/u;

/**
 * The Han characters of a text as a string of one UTF-16 unit per character, so that windows
 * are plain substrings: the rare characters outside the BMP (extension B and later) are
 * given private-use stand-ins, the same for every text of one page.
 */
function hanUnits(text: string, standIns: Map<string, string>): string {
  const han = text.normalize('NFKC').replace(NOT_HAN, '');
  if (!/[\uD800-\uDFFF]/.test(han)) return han;
  return han.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, (char) => {
    let standIn = standIns.get(char);
    if (!standIn) standIns.set(char, (standIn = String.fromCharCode(0xe000 + standIns.size)));
    return standIn;
  });
}

/** The stories (by index) holding each window of a given size, for the sizes in use. */
interface WindowIndex {
  /** The stories holding the `size` characters of `text` from `start` (size: as the index was asked for). */
  holders(text: string, start: number): readonly number[];
}

/** A window's hash, for windowIndex: any function of its characters will do, since matches are checked. */
export type WindowHash = (text: string, start: number, size: number) => number;

/** FNV-1a over the window's UTF-16 units. */
export const fnvWindowHash: WindowHash = (text, start, size) => {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + size; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
};

function sameWindow(a: string, aStart: number, b: string, bStart: number, size: number): boolean {
  for (let i = 0; i < size; i++) if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
}

const NO_STORIES: readonly number[] = [];

/**
 * Windows of `size` characters are indexed once, in an open-addressing table of where each
 * distinct window first occurs, found by its hash and checked character by character. (A
 * page's stories have some 10,000 windows: in a Map keyed by the windows themselves, their
 * copies and hashing took most of the page's time.) A shorter window (a line, or two lines
 * together, shorter than that) is looked up in the texts themselves: one table per length
 * would each cost as much as the first, for a handful of lookups.
 */
function windowIndex(stories: readonly string[][], size: number, hash: WindowHash): (length: number) => WindowIndex {
  // Every segment in one string, so a table entry is a position; a window never runs from one
  // segment into the next (a Han text holds no newline, and only windows inside one are indexed).
  const all = stories.flat().join('\n');
  let windows = 0;
  for (const segments of stories) for (const text of segments) windows += Math.max(0, text.length - size + 1);
  let capacity = 16;
  while (capacity < windows * 2) capacity *= 2;
  const mask = capacity - 1;
  /** Where the window in each slot starts in `all`, plus one (0: an empty slot). */
  const starts = new Int32Array(capacity);
  /** The story that holds it, or -1 - k when several do: the k-th list of `several`. */
  const holder = new Int32Array(capacity);
  const several: number[][] = [];
  const single = stories.map((_, story) => [story] as const);
  /** The slot of the window of `text` at `start`: its own, or the empty one where it would go. */
  const slotOf = (text: string, start: number) => {
    let slot = hash(text, start, size) & mask;
    while (starts[slot] !== 0 && !sameWindow(all, starts[slot]! - 1, text, start, size)) slot = (slot + 1) & mask;
    return slot;
  };
  let offset = 0;
  stories.forEach((segments, story) => {
    for (const text of segments) {
      for (let i = offset; i + size <= offset + text.length; i++) {
        const slot = slotOf(all, i);
        if (starts[slot] === 0) {
          starts[slot] = i + 1;
          holder[slot] = story;
        } else if (holder[slot]! >= 0) {
          if (holder[slot] !== story) {
            several.push([holder[slot]!, story]);
            holder[slot] = -several.length;
          }
        } else {
          const holders = several[-1 - holder[slot]!]!;
          if (holders.at(-1) !== story) holders.push(story);
        }
      }
      offset += text.length + 1;
    }
  });
  const full = {
    holders(text: string, start: number): readonly number[] {
      const slot = slotOf(text, start);
      if (starts[slot] === 0) return NO_STORIES;
      const story = holder[slot]!;
      return story >= 0 ? single[story]! : several[-1 - story]!;
    },
  };
  // Segments joined by a character no window holds, so no window runs from one into the next.
  const texts = stories.map((segments) => segments.join('\n'));
  const shorter = new Map<string, number[]>();
  const short = (length: number) => ({
    holders(text: string, start: number) {
      const window = text.substring(start, start + length);
      let list = shorter.get(window);
      if (!list) {
        list = [];
        texts.forEach((story, i) => {
          if (story.includes(window)) list!.push(i);
        });
        shorter.set(window, list);
      }
      return list;
    },
  });
  return (length) => (length === size ? full : short(length));
}

interface Candidate {
  /** Line number (1-based) of the line. */
  number: number;
  han: string;
}

/** Per story (and the page's own texts, last): how many of the line's characters its windows cover. */
function coveredBy(index: (size: number) => WindowIndex, count: number, window: number, han: string): number[] {
  const covered = new Array<number>(count).fill(0);
  const until = new Array<number>(count).fill(0);
  const size = Math.min(window, han.length);
  const windows = index(size);
  for (let i = 0; i + size <= han.length; i++) {
    for (const story of windows.holders(han, i)) {
      covered[story]! += i + size - Math.max(i, until[story]!);
      until[story] = i + size;
    }
  }
  return covered;
}

/**
 * Per story: how many windows across the line's two ends, into the neighbouring lines, it
 * holds. A window is WINDOW characters, or fewer where the two lines together are shorter.
 */
function joinedBy(
  index: (size: number) => WindowIndex,
  count: number,
  window: number,
  han: string,
  before: string,
  after: string,
): number[] {
  const joined = new Array<number>(count).fill(0);
  for (const [left, right] of [
    [before, han],
    [han, after],
  ] as const) {
    const size = Math.min(window, left.length + right.length);
    if (left.length === 0 || right.length === 0) continue;
    const windows = index(size);
    // Every window with characters on both sides of the break.
    const context = left.slice(left.length - Math.min(left.length, size - 1)) + right.slice(0, size - 1);
    const cut = Math.min(left.length, size - 1);
    for (let i = Math.max(0, cut - size + 1); i < cut && i + size <= context.length; i++) {
      for (const story of windows.holders(context, i)) joined[story]!++;
    }
  }
  return joined;
}

/**
 * Every line of the page, numbered from 1, with what it is: blank, furniture, part of one
 * story (by id), printed for the whole page, or in none of these.
 */
export function attributeLines(
  source: string,
  stories: readonly StoryText[],
  { pageTexts = [], window = WINDOW, threshold = THRESHOLD, hash = fnvWindowHash }: AttributionOptions = {},
): SourceLine[] {
  const texts = splitLines(source);
  const page = stories.length;
  const standIns = new Map<string, string>();
  const han = (text: string) => hanUnits(text, standIns);
  const index = windowIndex([...stories.map((story) => story.segments.map(han)), pageTexts.map(han)], window, hash);

  const lines: SourceLine[] = [];
  const candidates: Candidate[] = [];
  // A front page's contents repeat other stories' headlines: furniture, never those stories' lines.
  const contents = contentsLines(texts);
  // A headline set vertically, a character a line, is text: its lines go with the story whose
  // headline they spell (the windows across their breaks tell which).
  const vertical = verticalTextLines(texts);
  texts.forEach((text, i) => {
    const number = i + 1;
    if (text.trim() === '') return lines.push({ number, text, kind: 'blank' });
    const rule = vertical.has(i) ? undefined : furnitureRule(text);
    if (rule) return lines.push({ number, text, kind: 'furniture', rule: rule.name });
    if (contents.has(i)) return lines.push({ number, text, kind: 'furniture', rule: CONTENTS });
    // A jump mark set on the text ((下转第2版)) is the page's, not the story's: a paragraph's last
    // two characters with one after them are that story's line. (Only a line that prints 版 can
    // hold one: the archive's other lines skip the search.)
    const units = han(text.includes('版') ? withoutJumpMarks(text) : text);
    // Nothing to compare in a line without Han characters ("The Communist Party of China").
    if (units.length === 0) return lines.push({ number, text, kind: 'none' });
    candidates.push({ number, han: units });
    return lines.push({ number, text, kind: 'none' });
  });

  // For each candidate: the page's own texts, or the stories it may belong to (all equally good).
  const choices = candidates.map((line, c): 'page' | number[] => {
    const length = line.han.length;
    const covered = coveredBy(index, page + 1, window, line.han);
    let top = 0;
    for (let story = 0; story < page; story++) top = Math.max(top, covered[story]!);
    // A page-wide text wins over a story that holds no more of the line (the banner
    // "庆祝中国共产党成立100周年" may also be quoted in a story).
    if (length > 1 && covered[page]! >= threshold * length && covered[page]! >= top) return 'page';
    if (top < threshold * length) return [];
    let best = covered.slice(0, page).flatMap((held, story) => (held === top ? [story] : []));
    // A single character, or a line several stories hold: which continues into its neighbours?
    if (best.length > 1 || length === 1) {
      const joined = joinedBy(
        index,
        page + 1,
        window,
        line.han,
        candidates[c - 1]?.han ?? '',
        candidates[c + 1]?.han ?? '',
      );
      if (length === 1) best = best.filter((story) => joined[story]! > 0);
      const most = Math.max(0, ...best.map((story) => joined[story]!));
      best = best.filter((story) => joined[story] === most);
    }
    return best;
  });

  // Ties go to the nearest line before, then after, whose story is certain or already chosen.
  const chosen: (number | undefined)[] = choices.map((choice) =>
    Array.isArray(choice) && choice.length === 1 ? choice[0] : undefined,
  );
  const nextCertain: (number | undefined)[] = new Array(choices.length);
  for (let c = choices.length - 1, next: number | undefined; c >= 0; c--) {
    nextCertain[c] = next;
    if (chosen[c] !== undefined) next = chosen[c];
  }
  let previous: number | undefined;
  choices.forEach((choice, c) => {
    if (choice === 'page' || choice.length === 0) return;
    if (choice.length > 1) {
      const next = nextCertain[c];
      chosen[c] =
        previous !== undefined && choice.includes(previous)
          ? previous
          : next !== undefined && choice.includes(next)
            ? next
            : choice[0];
    }
    previous = chosen[c];
  });

  candidates.forEach((line, c) => {
    const target = lines[line.number - 1]!;
    const story = chosen[c];
    if (choices[c] === 'page') lines[line.number - 1] = { number: target.number, text: target.text, kind: 'page' };
    else if (story !== undefined)
      lines[line.number - 1] = {
        number: target.number,
        text: target.text,
        kind: 'article',
        article: stories[story]!.id,
      };
  });
  // A mark a vertical headline printed on a line of its own (“, ：) is its story's, as the
  // characters either side of it are.
  const verticalStory = (j: number) => {
    const line = lines[j];
    return vertical.has(j) && line?.kind === 'article' ? line.article : undefined;
  };
  for (const i of vertical) {
    if (lines[i]!.kind !== 'none') continue;
    let article: string | undefined;
    for (let j = i - 1; vertical.has(j) && !article; j--) article = verticalStory(j);
    for (let j = i + 1; vertical.has(j) && !article; j++) article = verticalStory(j);
    if (article) lines[i] = { number: i + 1, text: lines[i]!.text, kind: 'article', article };
  }
  // The end of a sentence the page sent on alone, with no Han to compare (…同比增长 ｜ 42.46%。):
  // the story's whose line stands above it, when that story prints it, as ingest reads it.
  const compact = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');
  const storyTexts = new Map<string, string>();
  const storyText = (id: string) => {
    let text = storyTexts.get(id);
    if (text === undefined)
      storyTexts.set(id, (text = compact(stories.find((s) => s.id === id)?.segments.join('\n') ?? '')));
    return text;
  };
  // So is a figure or a word in letters set alone inside a sentence (…截至 ｜ 2023 ｜ 年4月底):
  // when the story prints it after the line above's last words, as ingest joins it. And a date
  // alone that the story above prints, a letter's signature's (…工作委员会 ｜ 2021年6月28日),
  // though a date alone is the page's elsewhere.
  lines.forEach((line, i) => {
    const signed = line.kind === 'furniture' && line.rule === PRINTED_DATE_RULE;
    if (line.kind !== 'none' && !signed) return;
    // Judged as printed (NFKC would make an ellipsis …… six full stops); compared folded.
    const printed = stripOcrMarkup(line.text).replace(/\s+/gu, '');
    const endsAlone = !signed && endsSentenceAlone(printed);
    const piece = !signed && !endsAlone && isSentencePiece(printed);
    if (!piece && !signed && !endsAlone) return;
    let above = i - 1;
    while (lines[above]?.kind === 'blank') above--;
    const story = lines[above]?.kind === 'article' ? (lines[above] as { article: string }).article : undefined;
    if (!story) return;
    const end = compact(printed);
    // The line above's last words as the story prints them: without the OCR tool's markup (…截至6月</p>).
    const lastWords = LAST_WORDS.exec(stripOcrMarkup(lines[above]!.text))?.[1];
    const joined = piece ? `${lastWords ?? '\n'}${end}` : end;
    if (storyText(story).includes(joined))
      lines[i] = { number: line.number, text: line.text, kind: 'article', article: story };
  });
  // A line no story holds that ingest drops as page furniture (a 版次 with its 版名, the issue's
  // number, a jump line…) is shown as furniture too, with ingest's rule: the same lines the check
  // of lines left out (left-out-lines.ts) counts as furniture.
  lines.forEach((line, i) => {
    if (line.kind !== 'none' || inStorySentence(lines, i)) return;
    const { kind, rule } = classifyLine(line.text, 0);
    if (kind === 'furniture' && rule) lines[i] = { number: line.number, text: line.text, kind: 'furniture', rule };
  });
  return lines;
}

/**
 * A line of no Chinese inside a story's sentence, as ingest keeps it (read-lines.ts): a figure or a
 * word in letters set alone (…截至 ｜ 2023 ｜ 年4月底), or the sentence's end sent on alone (…同比增长 ｜
 * 42.46%。), under the story's line that leaves its sentence open. Held by no story, it is text
 * lost (a figure deleted while editing), not furniture.
 */
export function inStorySentence(lines: readonly SourceLine[], i: number): boolean {
  const text = stripOcrMarkup(lines[i]!.text).replace(/\s+/gu, '');
  if (HAN.test(text) || !(isSentencePiece(text) || endsSentenceAlone(text))) return false;
  const above = findBefore(lines, i, (l) => l.kind !== 'blank');
  if (above?.kind !== 'article' || TERMINAL.test(cleanLine(above.text))) return false;
  if (endsSentenceAlone(text)) return true;
  const below = findAfter(lines, i, (l) => l.kind !== 'blank');
  return below?.kind === 'article' && below.article === above.article;
}

/**
 * A page's attribution without the lines' text, small enough to keep for every page of a
 * large archive between the pages that show it: per line, the index of its story in the page's
 * stories, or its kind (`furniture:` and the rule, for furniture).
 */
export type CompactLines = (number | string)[];

export function compactLines(lines: readonly SourceLine[], storyIds: readonly string[]): CompactLines {
  const index = new Map(storyIds.map((id, i) => [id, i]));
  return lines.map((line) => {
    if (line.kind !== 'article') return compactLine(line);
    const story = index.get(line.article);
    if (story === undefined) throw new Error(`行 ${line.number} 属于未列出的文章 ${line.article}`);
    return story;
  });
}

/** A line that is no story's, compacted. */
export function compactLine(line: Exclude<SourceLine, { kind: 'article' }>): string {
  if (line.kind === 'furniture') return `furniture:${line.rule}`;
  return line.kind === 'omitted' ? `omitted:${line.reason}` : line.kind;
}

/**
 * A page's attribution as the articles' loader computed it for its check of lines left out
 * (left-out-lines.ts), for the page build to take instead of computing it again: the stories it
 * was computed with (their ids and file digests, in the order the compact lines index them).
 */
export interface ShelvedAttribution {
  stories: { id: string; digest: string }[];
  compact: CompactLines;
}

export const attributionShelf = shelf<ShelvedAttribution>('page-attributions');

/** The lines again, from the page's text and its compact attribution (compactLines). */
export function expandLines(source: string, compact: CompactLines, storyIds: readonly string[]): SourceLine[] {
  const texts = splitLines(source);
  if (texts.length !== compact.length) throw new Error(`原文有 ${texts.length} 行，归属记录有 ${compact.length} 行`);
  return texts.map((text, i): SourceLine => {
    const number = i + 1;
    const what = compact[i]!;
    if (typeof what === 'number') return { number, text, kind: 'article', article: storyIds[what]! };
    if (what.startsWith('furniture:'))
      return { number, text, kind: 'furniture', rule: what.slice('furniture:'.length) };
    if (what.startsWith('omitted:')) return { number, text, kind: 'omitted', reason: what.slice('omitted:'.length) };
    return { number, text, kind: what as 'blank' | 'page' | 'none' };
  });
}

/**
 * The lines of no story that the page's records of omissions name, marked as left out on
 * purpose with their reason (the first record that names a line).
 */
export function markOmitted(lines: readonly SourceLine[], omitted: ReadonlyMap<number, string>): SourceLine[] {
  return lines.map((line) => {
    const reason = omitted.get(line.number);
    return line.kind === 'none' && reason !== undefined
      ? { number: line.number, text: line.text, kind: 'omitted', reason }
      : line;
  });
}

/** The number of each story's first line on the page, by story id. */
export function firstLines(lines: readonly SourceLine[]): Map<string, number> {
  return new Map([...summariseLines(lines).stories].map(([id, { first }]) => [id, first]));
}

/** A run of lines shown together: the same story (or kind), with the blank lines between them. */
export interface LineGroup {
  kind: LineKind;
  /** The story, for a group of kind 'article'. */
  article?: string | undefined;
  /** Why its lines were left out, for a group of kind 'omitted'. */
  reason?: string | undefined;
  lines: SourceLine[];
}

const groupKey = (line: SourceLine) =>
  line.kind === 'article' ? `article:${line.article}` : line.kind === 'omitted' ? `omitted:${line.reason}` : line.kind;

/**
 * Consecutive lines of one story (or of one other kind) form a group; blank lines between
 * two lines of the same group stay in it, other blank lines form groups of their own.
 */
export function groupLines(lines: readonly SourceLine[]): LineGroup[] {
  const groups: LineGroup[] = [];
  let blanks: SourceLine[] = [];
  for (const line of lines) {
    if (line.kind === 'blank') {
      blanks.push(line);
      continue;
    }
    const last = groups.at(-1);
    if (last && last.kind !== 'blank' && groupKey(last.lines[0]!) === groupKey(line)) {
      appendAll(last.lines, blanks).push(line);
    } else {
      if (blanks.length) groups.push({ kind: 'blank', lines: blanks });
      groups.push({
        kind: line.kind,
        article: line.kind === 'article' ? line.article : undefined,
        reason: line.kind === 'omitted' ? line.reason : undefined,
        lines: [line],
      });
    }
    blanks = [];
  }
  if (blanks.length) groups.push({ kind: 'blank', lines: blanks });
  return groups;
}

export interface LineSummary {
  /** Per story id: its first line and how many lines were cut from it. */
  stories: Map<string, { first: number; count: number }>;
  /** Lines of each kind. */
  counts: Record<LineKind, number>;
}

export function summariseLines(lines: readonly SourceLine[]): LineSummary {
  const stories = new Map<string, { first: number; count: number }>();
  const counts: Record<LineKind, number> = { blank: 0, article: 0, page: 0, furniture: 0, omitted: 0, none: 0 };
  for (const line of lines) {
    counts[line.kind]++;
    if (line.kind !== 'article') continue;
    const story = stories.get(line.article);
    if (story) story.count++;
    else stories.set(line.article, { first: line.number, count: 1 });
  }
  return { stories, counts };
}
