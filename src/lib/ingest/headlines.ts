/** A headline block's printed lines read as 引题, 主题 and 副题, and the 栏目 label over them. */

import { BYLINE_MARKS } from './bylines.ts';

/** The dash a 副题 opens with (——守初心 担使命): it marks a headline's line. */
export const SUBTITLE_DASH = /^[—–-]{1,2}/u;

export interface Headline {
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
}

/**
 * A column label printed over a headline in brackets (【党建引领】), between two of the same mark
 * (◆党建之窗◆, ·党建之窗·) or after a bar (▍党建引领): the label inside.
 */
export function bracketedColumn(line: string): string | undefined {
  const text = line.trim();
  const label =
    /^[【〖［[]\s*([^】〗］\]]{1,16}?)\s*[】〗］\]]$/u.exec(text)?.[1] ??
    // (Not names a space apart between dots, ·任溢斌 黄艳鸣·: a byline.)
    /^([◆◇■□●○★☆◎·•])\s*(\p{Script=Han}{2,10})\s*\1$/u.exec(text)?.[2] ??
    /^[▍▌▎▏┃｜|]\s*(\p{Script=Han}{2,8})$/u.exec(text)?.[1];
  return label?.replace(/\s+/g, '');
}

/**
 * A label that names the kind of piece under it (短评, 专访, 侧记): that story's own, not the page's
 * column, as a label over the page's first headline is guessed to be.
 */
const PIECE_KIND = /^(?:短评|快评|微评|时评|社评|述评|评论|言论|专访|访谈|特写|侧记|随笔|札记|读者来信|来信)$/u;

/**
 * A line that is a quotation or a title in marks whole, its closing mark at its end or cut off
 * ("“十万党员进党校”"): the end of the line above, not a title that opens with a quotation
 * ("“红色引擎”驱动企业发展").
 */
const QUOTATION_WHOLE = /^[“「《][^”」》]*[”」》]?$/u;

/**
 * The 栏目 label over a headline's lines: a label in brackets (【党建引领】), or a very short first
 * line over a longer one ("党建 在高新"). A line ending in a colon is not one: it names who the
 * headline is about (长治高新区：); nor is a line over a 副题's dash or a quote that finishes it.
 */
function columnLabel(lines: readonly string[]): string | undefined {
  if (lines.length < 2) return undefined;
  const bracketed = bracketedColumn(lines[0]!);
  if (bracketed) return bracketed;
  const [first, second] = [lines[0]!.trim(), lines[1]!.trim()];
  const length = (line: string) => line.replace(/[:：]$/, '').replace(/\s/g, '').length;
  if (
    length(first) > 0 &&
    length(first) <= 5 &&
    length(second) > 5 &&
    !/[:：]$/.test(first) &&
    !SUBTITLE_DASH.test(second) &&
    !QUOTATION_WHOLE.test(second)
  )
    return first.replace(/\s+/g, '');
  return undefined;
}

/**
 * Lines one under the other in a headline's largest type are one 主题 its width wrapped
 * (高新区以高质量党建 / 引领高质量发展): one line, the lines a space apart. A line the OCR tool left
 * unmarked (a 副题 under them) does not hide the size the others share. `levels` are the lines'
 * heading marks (#), 0 where none.
 */
export function joinWrappedTitle(
  lines: readonly string[],
  levels: readonly number[],
): { lines: string[]; levels: number[] } {
  const marked = levels.filter((l) => l > 0);
  if (marked.length < 2) return { lines: [...lines], levels: [...levels] };
  const largest = Math.min(...marked);
  const wrapped = (i: number) =>
    levels[i] === largest && !SUBTITLE_DASH.test(lines[i]!) && !/[:：]\s*$/u.test(lines[i]!);
  const starts = lines.flatMap((_, i) => (i > 0 && wrapped(i) && wrapped(i - 1) ? [] : [i]));
  return {
    lines: starts.map((start, m) => lines.slice(start, starts[m + 1] ?? lines.length).join(' ')),
    levels: starts.map((start) => levels[start] ?? 0),
  };
}

/** A column's label before the title on its line: in brackets, or a word and a bar. */
const INLINE_COLUMN = /^(?:[【〖［[]\s*([^】〗］\]]{1,12}?)\s*[】〗］\]]|(\p{Script=Han}{2,6})\s*[｜|│])\s*(\S.{3,})$/u;

/** A title's line with a column's label before it (【聚焦】金鼎社区…, 聚焦｜金鼎社区…): the label and the title. */
export function inlineColumn(line: string): { column: string; title: string } | undefined {
  const inline = INLINE_COLUMN.exec(line.trim());
  return inline ? { column: (inline[1] ?? inline[2]!).replace(/\s+/gu, ''), title: inline[3]! } : undefined;
}

/**
 * A mark some papers print before a title, as before a brief's or a byline (■ 高新区机关党委开展…):
 * no word of it. Not one of a label set between two marks (◆党建之窗◆).
 */
const TITLE_MARK = new RegExp(`^[${BYLINE_MARKS}▶▷]\\s*(?=\\S)(?!.*[${BYLINE_MARKS}▶▷]\\s*$)`, 'u');

/** Which printed line of a headline block is the 主题: the rules the seed pages follow. */
export function headlineFromBlock(
  lines: string[],
  levels: readonly number[] = [],
): { headline: Headline; column?: string | undefined; ownColumn?: boolean } {
  lines = lines.map((line) => line.replace(TITLE_MARK, ''));
  // A label in brackets or before a bar, on the title's own line (【聚焦】金鼎社区…, 聚焦｜金鼎社区…):
  // this story's column alone, not a guess for the page's.
  const inline = lines.length ? inlineColumn(lines[0]!) : undefined;
  if (inline)
    return {
      headline: headlineFromBlock([inline.title, ...lines.slice(1)], levels).headline,
      column: inline.column,
      ownColumn: true,
    };
  // The lines under a column label are read as a headline of their own, their type sizes with them.
  const column = columnLabel(lines);
  if (column !== undefined)
    return {
      headline: headlineFromBlock(lines.slice(1), levels.slice(1)).headline,
      column,
      ...(PIECE_KIND.test(column) && { ownColumn: true }),
    };
  // Type size, where the OCR tool marks it (fewer # is larger type), names the 主题 of two lines:
  // the larger line, whether the other is above it (引题) or below it (副题).
  const sized = levels.slice(0, lines.length);
  const unwrapped = joinWrappedTitle(lines, sized);
  if (unwrapped.lines.length < lines.length) return headlineFromBlock(unwrapped.lines, unwrapped.levels);
  if (lines.length === 2 && sized.length === 2 && sized.every((l) => l > 0) && sized[0] !== sized[1]) {
    const [a, b] = lines.map((l) => l.replace(/[:：]$/, '').trim()) as [string, string];
    const dash = /^[—–-]{1,2}\s*/u;
    if (sized[0]! < sized[1]!) return { headline: { title: a, subtitle: b.replace(dash, '') } };
    return { headline: { kicker: a, title: b } };
  }
  // A short line that is a quotation whole finishes the line above ("我市持续推进" / "“十万党员进党校”");
  // so does one that opens with 暨, naming a meeting's second part ("…召开庆祝建党100周年" / "暨
  // “两优一先”表彰大会").
  const joined: string[] = [];
  for (const line of lines) {
    if (joined.length && ((QUOTATION_WHOLE.test(line) && line.length <= 12) || /^暨\S/u.test(line)))
      joined[joined.length - 1] += line;
    else joined.push(line);
  }
  // A line opening with a dash is the 副题 under the title ("——记…").
  const dashed = joined.filter((l) => SUBTITLE_DASH.test(l) && joined.indexOf(l) > 0);
  const dashedSubtitle = dashed.length ? dashed.map((l) => l.replace(/^[—–-]+\s*/u, '')).join(' ') : undefined;
  lines = joined.filter((l) => !dashed.includes(l));
  const rest = lines.map((l) => l.replace(/[:：]$/, '').trim()).filter(Boolean);
  if (dashedSubtitle !== undefined) {
    const title = rest.at(-1) ?? dashedSubtitle;
    const kicker = rest.length > 1 ? rest.slice(0, -1).join(' ') : undefined;
    return { headline: { ...(kicker && { kicker }), title, subtitle: dashedSubtitle } };
  }
  if (rest.length === 1) {
    // One printed line may hold title and subtitle, set apart by a wide space or by the 副题's
    // dash (主题——副题, as an OCR tool joins two lines).
    const dashed = /^(\S.{3,}?)\s*——\s*(\S.{3,})$/u.exec(rest[0]!);
    if (dashed) return { headline: { title: dashed[1]!, subtitle: dashed[2]! } };
    const [title, ...more] = rest[0]!.split(/\s{2,}/);
    return { headline: { title: title!, ...(more.length && { subtitle: more.join(' ') }) } };
  }
  // A line ending in a colon is a label above the title ("惠州仲恺高新区：").
  const labelled = lines.findIndex((l) => /[:：]$/.test(l.trim()));
  if (rest.length === 2 && labelled === lines.length - 1) return { headline: { kicker: rest[1], title: rest[0]! } };
  if (rest.length === 2) return { headline: { kicker: rest[0], title: rest[1]! } };
  return { headline: { kicker: rest[0], title: rest[1]!, subtitle: rest.slice(2).join(' ') } };
}
