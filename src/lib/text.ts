/** Character-level helpers shared by content checks, coverage and search preparation. */

/** Han ideographs (CJK Unified Ideographs and extensions A–F, compatibility ideographs). */
export const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

/** Only the Han characters of a text, in order: the unit the content checks count in. */
export function hanOnly(text: string): string {
  return (text.match(HAN_GLOBAL) ?? []).join('');
}

export function countHan(text: string): number {
  return (text.match(HAN_GLOBAL) ?? []).length;
}

/**
 * A line whose every character stands a space apart, as some PDF and OCR tools give justified or
 * spaced-out type (高 新 区 召 开 2 0 2 2 年…), as set: a single space between two characters is
 * the type's spacing, and a wider gap (□   实 习 生   陈 丽) the line's own space between words.
 * At least three characters (2 0 9, a figure OCR set alone), nearly no two of them touching. Any
 * other line is returned as it is.
 */
export function closeLetterSpacing(line: string): string {
  // Most lines touch from their first characters: no need to read them whole.
  let characters = 0;
  let touching = 0;
  let afterCharacter = false;
  for (const char of line) {
    if (/\s/u.test(char)) afterCharacter = false;
    else {
      characters++;
      if (afterCharacter) touching++;
      afterCharacter = true;
    }
    if (touching > 2 && touching > characters / 2) return line;
  }
  if (characters < 3 || touching > (characters - 1) * 0.1) return line;
  const indent = /^\s*/u.exec(line)![0];
  const text = line.slice(indent.length).trimEnd();
  return indent + text.replace(/\s{2,}|\s/gu, (gap) => (gap.length > 1 ? ' ' : ''));
}

/** Strips Markdown syntax that is not text (headings marks, emphasis, links) to plain text. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

const HAN_DIGITS = '一二三四五六七八九';

/** A number written in Han numerals up to 九十九 (四, 十, 十二, 二十三), or undefined. */
export function hanNumber(text: string): number | undefined {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? HAN_DIGITS.indexOf(tens) + 1 : undefined;
  return (tens ? HAN_DIGITS.indexOf(tens) + 1 : 1) * 10 + (ones ? HAN_DIGITS.indexOf(ones) + 1 : 0);
}
