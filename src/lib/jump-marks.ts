/**
 * Jump marks: a newspaper's note that a story goes on on another page, （下转第2版） after its
 * last words there and （上接A1版） before its first words on the next; and a front page's
 * pointer from a story's summary to its full text, （详见第3版）. An OCR tool may set one on
 * a line of text rather than on a line of its own. It is page furniture either way: ingest
 * leaves it out of the drafts, and the provenance check reads it as a line's end.
 */
import { hanNumber } from './text.ts';

// Spaces the OCR tool set inside the words (（下 转第2版）) are allowed, as between the others.
const JUMP =
  '(?:上\\s*接|下\\s*转|紧\\s*转|转|(?:详\\s*|全\\s*文\\s*)?见(?:\\s*今\\s*日)?)\\s*(?:第\\s*)?[A-ZＡ-Ｚ]?[\\d０-９一二三四五六七八九十]{1,3}\\s*版';
const JUMP_MARK = `[（(]\\s*${JUMP}\\s*[）)]`;

/** A jump mark on a line of its own, its brackets optional: （上接A1版）, 下转第二版. */
export const JUMP_LINE_TEXT = new RegExp(`^[（(]?\\s*${JUMP}\\s*[）)]?$`, 'u');

/** One before a line's text (its end is group 1's length), and one after it (at the match's index). */
export const LEADING_JUMP_MARK = new RegExp(`^(\\s*${JUMP_MARK}\\s*)(?=\\S)`, 'u');
export const TRAILING_JUMP_MARK = new RegExp(`(?<=\\S)\\s*${JUMP_MARK}\\s*$`, 'u');

/** Does a jump mark (or a jump line's text) bring its story from another page ((上接第1版), spaced too)? */
export const bringsFrom = (mark: string): boolean => /上\s*接/u.test(mark);

const HAS_JUMP = new RegExp(JUMP, 'u');

/** Where a mark points: the page its story comes from (上接), goes on on (下转, 转), or is told in full on (见). */
export type JumpDirection = 'from' | 'on' | 'see';

/** What a jump mark (or a jump line's text) says: which way, and the page it names as a printedPageKey. */
export function readJumpMark(mark: string): { direction: JumpDirection; page: string } | undefined {
  const named = /([A-ZＡ-Ｚ]?)\s*([\d０-９一二三四五六七八九十]{1,3})\s*版/u.exec(mark);
  if (!named || !HAS_JUMP.test(mark)) return undefined;
  if (!/^[\d０-９]+$/u.test(named[2]!) && hanNumber(named[2]!) === undefined) return undefined;
  return {
    direction: bringsFrom(mark) ? 'from' : /见/u.test(mark) ? 'see' : 'on',
    page: printedPageKey(named[1]! + named[2]!),
  };
}

/**
 * A page as printed (版次: 9, 09, A3, ａ３, 第9版, 第九版) in one form for comparing: an article's page field
 * and the page a jump mark names match when their keys do.
 */
export function printedPageKey(page: string): string {
  const folded = page
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/^第|版$/gu, '')
    .toUpperCase();
  const inWords = /^([A-Z]?)([一二三四五六七八九十]{1,3})$/u.exec(folded);
  const figures = inWords ? inWords[1]! + (hanNumber(inWords[2]!) ?? inWords[2]) : folded;
  return figures.replace(/(^|[A-Z])0+(?=\d)/u, '$1');
}

/**
 * Does a line of text end on a mark that sends its story on to another page ((下转第2版),
 * (详见第3版)), so that nothing under it goes on with it; not (上接…), which brings it from one.
 */
export function endsOnJumpAway(line: string): boolean {
  const mark = TRAILING_JUMP_MARK.exec(line)?.[0];
  return mark !== undefined && !bringsFrom(mark);
}

/** Does a line of text open on a mark that brings its story from another page ((上接第1版)近期，…)? */
export function opensOnJumpFrom(line: string): boolean {
  const mark = LEADING_JUMP_MARK.exec(line)?.[1];
  return mark !== undefined && bringsFrom(mark);
}

/** The marks set on a line of text, as printed; a line that is only a mark has none. */
export function jumpMarksOf(line: string): string[] {
  return [LEADING_JUMP_MARK.exec(line)?.[1], TRAILING_JUMP_MARK.exec(line)?.[0]].flatMap((mark) =>
    mark ? [mark.trim()] : [],
  );
}

/** The line without the marks set on its text. */
export function withoutJumpMarks(line: string): string {
  return line.replace(LEADING_JUMP_MARK, '').replace(TRAILING_JUMP_MARK, '');
}

/** The opening of a jump mark a line's end cut in two: …保障基础。（下 ｜ 转A2版）. */
const CUT_OPENING = /\s*[（(]\s*[上下紧]?\s*$/u;

/**
 * Where a line's text ends when its end opens a jump mark that the next line of text closes
 * (…庆祝新中 （ ｜ 下转第2版）); undefined when it does not. Ingest drops both parts, and the
 * provenance check reads the text as ending there.
 */
export function cutJumpMarkAt(line: string, next: string): number | undefined {
  const opening = CUT_OPENING.exec(line);
  if (!opening || opening.index === 0) return undefined;
  const rest = next.trim();
  return JUMP_LINE_TEXT.test(rest) && JUMP_LINE_TEXT.test(opening[0].trim() + rest) ? opening.index : undefined;
}
