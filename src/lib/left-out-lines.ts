/**
 * Lines of a printed page that no story holds. The provenance check (provenance.ts) sees that
 * every word of a story is on its page; this sees the other way: whether a line of the page's
 * text was lost on its way into the stories (a paragraph deleted while editing). A line that no
 * story holds and that is not page furniture is "left out", unless an editor recorded it as left
 * out on purpose (`omittedLines`: an advertisement, a jump line, a story the archive does not
 * keep). It may also be a story of the page not entered yet, so the build tells it as a notice.
 *
 * Told only where a published story stands before it: the page's masthead, above its first
 * story, holds nothing of a story, and the lines after a draft are still the editor's to decide.
 * Furniture is what ingest drops as furniture (ingest/lines.ts), so that a page published as
 * ingest split it has no line left out; and credits printed below the last story are the page's.
 */
import { classifyLine } from './ingest/lines.ts';
import { WINDOW } from './coverage.ts';
import { inStorySentence, THRESHOLD, type SourceLine } from './source-lines.ts';
import { countHan, hanOnly } from './text.ts';

/** A record of lines left out on purpose: one line (57) or a range ("57-60"), and why. */
export interface OmittedLines {
  lines: number | string;
  reason: string;
}

/** A story of the page as this check sees it. */
export interface PageStory {
  id: string;
  /** Its texts as the page printed them (storySegments in source-lines.ts). */
  segments: readonly string[];
  draft: boolean;
  omittedLines: readonly OmittedLines[];
}

export interface LineRange {
  from: number;
  to: number;
}

/** The lines a record names, or undefined when it names none ("60-57"). */
export function omittedRange(lines: number | string): LineRange | undefined {
  if (typeof lines === 'number') return Number.isInteger(lines) && lines > 0 ? { from: lines, to: lines } : undefined;
  const match = /^\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?$/u.exec(lines);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return from >= 1 && from <= to ? { from, to } : undefined;
}

/** A range as a record writes it: 57, or 57-60. */
export const rangeText = ({ from, to }: LineRange): string => (from === to ? `${from}` : `${from}-${to}`);

/** Lines left out after a published story: consecutive ones (blank lines between) form one run. */
export interface LeftOutRun extends LineRange {
  /** The published story whose lines stand last before the run. */
  after: string;
  /** The run's first line of text, as printed. */
  text: string;
  /** The story's last line before the run, as printed. */
  before: string;
  /**
   * Whether the story goes on after the run: text cut from its middle, or a story not entered
   * yet whose lines the page's columns set between the story's.
   */
  within: boolean;
}

/** A record that names no lines of the page. */
export interface MisplacedOmission {
  story: string;
  /** Its place in the story's omittedLines. */
  index: number;
  problem: { kind: 'unreadable' } | { kind: 'beyond'; lineCount: number };
}

/**
 * A published story to which no line of its page is counted, its text in other stories of the
 * page (the same story entered twice, or a part of one entered again as a story of its own): the
 * archive would print that text twice.
 */
export interface UnheldStory {
  story: string;
  /** The stories its text is in (those with at least half as much of it as the one with most), in the page's order. */
  holders: string[];
}

export interface PageOmissions {
  leftOut: LeftOutRun[];
  unheld: UnheldStory[];
  misplaced: MisplacedOmission[];
  /** Each line recorded as left out on purpose, with the reason (the first record that names it). */
  omitted: Map<number, string>;
}

/**
 * Han characters a line of a story needs to show where the story stands: a shorter one ("党建",
 * a page name over the first headline) may be counted as a story's only because the story
 * uses the word.
 */
const STORY_EVIDENCE = 6;

/** Whether ingest would drop the line as page furniture (or as a banner, an English page name). */
const isFurniture = (text: string) => {
  const kind = classifyLine(text, 0).kind;
  return kind === 'furniture' || kind === 'banner';
};

/**
 * The lines the stories' records name, each with its reason (the first record that names it), and
 * the records that name no lines of the page. A record's lines are not compared with the
 * stories: a line is counted as a story's when most of its words recur in it, so a paragraph
 * cut on purpose may still seem held.
 */
export function recordedOmissions(
  lineCount: number,
  stories: readonly Pick<PageStory, 'id' | 'omittedLines'>[],
): Pick<PageOmissions, 'omitted' | 'misplaced'> {
  const omitted = new Map<number, string>();
  const misplaced: MisplacedOmission[] = [];
  for (const story of stories)
    story.omittedLines.forEach((record, index) => {
      const range = omittedRange(record.lines);
      if (!range) misplaced.push({ story: story.id, index, problem: { kind: 'unreadable' } });
      else if (range.to > lineCount) misplaced.push({ story: story.id, index, problem: { kind: 'beyond', lineCount } });
      else
        for (let number = range.from; number <= range.to; number++)
          if (!omitted.has(number)) omitted.set(number, record.reason);
    });
  return { omitted, misplaced };
}

/** Han characters up to which a line is compared again in shorter pieces (heldInPieces). */
const SHORT_LINE = 16;
const PIECE = 4;

/**
 * Whether most of a short line is in the stories in pieces of PIECE characters: the line
 * matcher compares a line of WINDOW characters or fewer whole, so the end of a paragraph
 * printed with the story's credit after it ("的高增长。（叶伟 文/图）": the body ends in 的高增长,
 * the credit is 叶伟 文/图) is in no story as a whole.
 */
function heldInPieces(text: string, storyTexts: readonly string[]): boolean {
  const han = hanOnly(text);
  if (han.length === 0 || han.length > SHORT_LINE) return false;
  const size = Math.min(PIECE, han.length);
  const covered = new Array<boolean>(han.length).fill(false);
  for (let start = 0; start + size <= han.length; start++) {
    const piece = han.slice(start, start + size);
    if (storyTexts.some((story) => story.includes(piece))) covered.fill(true, start, start + size);
  }
  return covered.filter(Boolean).length >= THRESHOLD * han.length;
}

/** What the page's attributed lines leave out, and what its stories' records of omissions say. */
export function pageOmissions(lines: readonly SourceLine[], stories: readonly PageStory[]): PageOmissions {
  const { omitted, misplaced } = recordedOmissions(lines.length, stories);
  // Only a line no story holds is compared in pieces: on most pages, none.
  let storyTexts: string[] | undefined;
  const held = (text: string) => heldInPieces(text, (storyTexts ??= stories.flatMap((s) => s.segments.map(hanOnly))));
  const drafts = new Set(stories.filter((story) => story.draft).map((story) => story.id));
  let lastStoryLine = 0;
  for (const line of lines) if (line.kind === 'article') lastStoryLine = line.number;
  const leftOut: LeftOutRun[] = [];
  let after: string | undefined;
  let before = '';
  let run: LeftOutRun | undefined;
  /** Runs since the last line of a story: whether they are within one is known at the next. */
  let pending: LeftOutRun[] = [];
  lines.forEach((line, i) => {
    if (line.kind === 'blank') return;
    const lost =
      line.kind === 'none' &&
      after !== undefined &&
      !drafts.has(after) &&
      !omitted.has(line.number) &&
      (!isFurniture(line.text) || inStorySentence(lines, i)) &&
      !held(line.text) &&
      !(line.number > lastStoryLine && classifyLine(line.text, 0).kind === 'byline');
    if (line.kind === 'article' && line.text.length >= STORY_EVIDENCE && countHan(line.text) >= STORY_EVIDENCE) {
      for (const open of pending) open.within = open.after === line.article;
      pending = [];
      [after, before] = [line.article, line.text];
    }
    if (!lost) {
      run = undefined;
      return;
    }
    if (run) run.to = line.number;
    else {
      run = { from: line.number, to: line.number, after: after!, text: line.text.trim(), before, within: false };
      leftOut.push(run);
      pending.push(run);
    }
  });
  return { leftOut, unheld: unheldStories(lines, stories), misplaced, omitted };
}

/** The share of a story's text found in other stories of its page that makes it their repeat. */
const REPEATED = 0.8;

/** A text's Han characters in pieces of WINDOW (a shorter text whole). */
const piecesOf = (segments: readonly string[]) =>
  segments
    .map(hanOnly)
    .flatMap((han) =>
      han.length < WINDOW
        ? han.length > 1
          ? [han]
          : []
        : Array.from({ length: Math.floor(han.length / WINDOW) }, (_, i) => han.slice(i * WINDOW, (i + 1) * WINDOW)),
    );

/**
 * Published stories (of STORY_EVIDENCE Han characters or more) that hold no line of the page
 * and whose text is, for the most part, in the page's other stories: repeats. A story holding no
 * line whose text is in no other story is not one: its lines are shared with another story (a
 * line OCR ran across two columns), and the provenance check has seen its text is printed.
 */
function unheldStories(lines: readonly SourceLine[], stories: readonly PageStory[]): UnheldStory[] {
  const holding = new Set(lines.flatMap((line) => (line.kind === 'article' ? [line.article] : [])));
  const unheld: UnheldStory[] = [];
  let texts: Map<string, string> | undefined;
  for (const story of stories) {
    if (story.draft || holding.has(story.id)) continue;
    const pieces = piecesOf(story.segments);
    if (countHan(story.segments.join('')) < STORY_EVIDENCE || pieces.length === 0) continue;
    texts ??= new Map(stories.map((other) => [other.id, other.segments.map(hanOnly).join('\n')]));
    const found = new Set<number>();
    const held = stories
      .filter((other) => other.id !== story.id)
      .map((other) => {
        const text = texts!.get(other.id)!;
        const count = pieces.filter((piece, i) => text.includes(piece) && found.add(i)).length;
        return { id: other.id, count };
      });
    if (found.size < REPEATED * pieces.length) continue;
    const most = Math.max(...held.map((h) => h.count));
    unheld.push({ story: story.id, holders: held.filter((h) => h.count >= most / 2).map((h) => h.id) });
  }
  return unheld;
}
