/**
 * How much of an OCR'd page's text the curated articles hold, counted in Han characters.
 * Page furniture is excluded by rules (contact lines, dates, page numbers, stray letters,
 * publisher credits), never by a list of known lines. A character counts as held when a
 * run of WINDOW characters around it occurs in the articles, so a corrected misreading
 * costs only the characters near it, and a join across a column break costs nothing.
 */
import { closeLetterSpacing, countHan, hanOnly } from './text.ts';

export const WINDOW = 8;

export interface FurnitureRule {
  name: string;
  test(line: string): boolean;
}

/** A line of one character (or an OCR mark and one): a stray letter or mark the OCR tool left in a gap. */
export const STRAY_CHARACTER = '单字残留';
/** The rule of a date alone on a line: the page's date, which its head prints. */
export const PRINTED_DATE_RULE = '出版日期';

/**
 * A story's last sentence with its editors after it, on one line (…抓好落实。【责任编辑：张三】):
 * the story's text, whose credits ingest reads off its end, not a line of the page's.
 */
const SENTENCE_BEFORE_EDITORS = /^(.*?[。！？”])\s*[（(【〔［[]?\s*(?:责任编辑|编辑|责编|美编|组版|校对)\s*[:：]/u;
const sentenceBeforeEditors = (line: string): boolean => {
  const before = SENTENCE_BEFORE_EDITORS.exec(line)?.[1];
  return before !== undefined && countHan(before) >= 8;
};

/** The page's editors with a space for the colon (本版责编 王芳, 本版编辑 王芳 美编 李强). */
const PAGE_EDITORS_SPACED = /^\s*本版(?:责任编辑|编辑|责编|美编|校对|组版)\s+\p{Script=Han}{2,4}(?:\s|$)/u;

export const FURNITURE_RULES: FurnitureRule[] = [
  {
    name: '编辑/组版/电话/邮箱',
    test: (line) =>
      (/(编辑|组版|责编|美编|校对|主编)\s*[:：.．]|e-?mail|\(0\d{2,3}\)\d{6,8}|转\d{3}\s*$/i.test(line) ||
        PAGE_EDITORS_SPACED.test(line)) &&
      !sentenceBeforeEditors(line),
  },
  {
    name: PRINTED_DATE_RULE,
    test: (line) => /^\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?\s*(星期.)?\s*$/.test(line.trim()),
  },
  { name: '报名与版次', test: (line) => /^[\p{Script=Han}\s]{2,20}报\s*\d{1,3}\s*$/u.test(line.trim()) },
  { name: STRAY_CHARACTER, test: (line) => /^[#\s]*\S\s*$/u.test(line) && countHan(line) <= 1 },
  { name: '合办/主办', test: (line) => /^[\p{Script=Han}\s]{2,16}(合办|主办|协办)\s*$/u.test(line.trim()) },
];

/** The fewest lines of one Han character each, in a column, that are text set vertically. */
export const VERTICAL_RUN = 4;
/** Marks a vertical headline prints on lines of their own, between its characters: 实 / 施 / “ / 五 / … */
const VERTICAL_MARK = /^[#\s]*[“”‘’《》〈〉「」『』（）、，：；！？·—…]\s*$/u;
const OPENING_MARK = /[“‘《〈「『（]/u;
const CLOSING_MARK = /[”’》〉」』）！？…]/u;

/**
 * The lines (0-based) of text set vertically, a headline or label one character under the other,
 * which an OCR tool that reads rows gives a character a line (金 / 鼎 / 社 / 区 / …): VERTICAL_RUN
 * lines or more, one right under the other, each one Han character (an OCR mark beside it
 * aside), and the marks between them on lines of their own (an opening quote before the first,
 * a closing one after the last). Read one at a time, each would be a stray character.
 */
export function verticalTextLines(lines: readonly string[]): Set<number> {
  const vertical = new Set<number>();
  const han = (line: string | undefined) =>
    line !== undefined && /^[#\s]*\p{Script=Han}\s*$/u.test(line) && countHan(line) === 1;
  const mark = (line: string | undefined) => line !== undefined && VERTICAL_MARK.test(line);
  for (let start = 0; start < lines.length; start++) {
    let end = start;
    while (han(lines[end]) || mark(lines[end])) end++;
    const next = end;
    // Marks at the edges: only an opening one before the text, a closing one after it.
    while (start < end && mark(lines[start]) && !OPENING_MARK.test(lines[start]!)) start++;
    while (end > start && mark(lines[end - 1]) && !CLOSING_MARK.test(lines[end - 1]!)) end--;
    let characters = 0;
    for (let i = start; i < end; i++) if (han(lines[i])) characters++;
    if (characters >= VERTICAL_RUN) for (let i = start; i < end; i++) vertical.add(i);
    start = next;
  }
  return vertical;
}

export function furnitureRule(printed: string): FurnitureRule | undefined {
  const line = closeLetterSpacing(printed);
  return FURNITURE_RULES.find((rule) => rule.test(line));
}

/** Han text of the page's lines that are not furniture. */
export function pageText(source: string): { text: string; dropped: { line: string; rule: string }[] } {
  const kept: string[] = [];
  const dropped: { line: string; rule: string }[] = [];
  const lines = source.split(/\r?\n/);
  const vertical = verticalTextLines(lines);
  for (const [i, line] of lines.entries()) {
    const rule = vertical.has(i) ? undefined : furnitureRule(line);
    if (rule) dropped.push({ line, rule: rule.name });
    else kept.push(line);
  }
  return { text: hanOnly(kept.join('\n')), dropped };
}

export interface Coverage {
  total: number;
  covered: number;
  ratio: number;
  /** Uncovered stretches of the page, for a readable failure message. */
  missing: string[];
}

export function coverage(pageHan: string, articlesHan: string[], window = WINDOW): Coverage {
  const grams = new Set<string>();
  for (const text of articlesHan) {
    const chars = [...text];
    for (let i = 0; i + window <= chars.length; i++) grams.add(chars.slice(i, i + window).join(''));
  }
  const chars = [...pageHan];
  const covered = new Array<boolean>(chars.length).fill(false);
  for (let i = 0; i + window <= chars.length; i++) {
    if (grams.has(chars.slice(i, i + window).join(''))) covered.fill(true, i, i + window);
  }
  const missing: string[] = [];
  let run = '';
  chars.forEach((c, i) => {
    if (covered[i]) {
      if (run) missing.push(run);
      run = '';
    } else run += c;
  });
  if (run) missing.push(run);
  const count = covered.filter(Boolean).length;
  return { total: chars.length, covered: count, ratio: chars.length ? count / chars.length : 1, missing };
}
