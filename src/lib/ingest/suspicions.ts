/**
 * What the ingest report flags for an editor to check: phrases printed twice, unusual
 * characters, stories that go on on another page.
 */
import { JUMP_LINE, type PageLine } from './lines.ts';
import { bringsFrom, jumpMarksOf } from '../jump-marks.ts';
import { stripOcrMarkup } from '../ocr-markup.ts';
import { BYLINE_MARKS } from './bylines.ts';
import { bracketedColumn } from './headlines.ts';

export interface Suspicion {
  line: number;
  kind:
    | 'column-join'
    | 'repeated-phrase'
    | 'unusual-character'
    | 'short-story'
    | 'no-headline'
    | 'continued'
    | 'byline-rest';
  detail: string;
}

/** A phrase as the report shows it: a long one cut, with its length, so that the report stays readable. */
export const PHRASE_SHOWN = 24;
function shortened(phrase: string): string {
  const chars = [...phrase];
  return chars.length <= PHRASE_SHOWN ? phrase : `${chars.slice(0, PHRASE_SHOWN).join('')}…（共 ${chars.length} 字）`;
}

/**
 * Phrases printed twice: back to back ("纵向到底、纵向到底"), or a long run of 24 or more
 * Han characters found again elsewhere on the page (an OCR repeat of a whole passage).
 */
export function repeatedPhrases(lines: PageLine[]): Suspicion[] {
  const found: Suspicion[] = [];
  const seen = new Map<string, number>();
  for (const line of lines) {
    if (line.kind !== 'body') continue;
    const adjacent = /(\p{Script=Han}{3,}(?:“[^”]*”)?)[，、,\s]?\1/u.exec(line.text);
    if (adjacent)
      found.push({ line: line.number, kind: 'repeated-phrase', detail: `“${shortened(adjacent[1]!)}”连印两次` });
    const chars = [...line.text.replace(/[^\p{Script=Han}]/gu, '')];
    for (let i = 0; i + 24 <= chars.length; i += 6) {
      const gram = chars.slice(i, i + 24).join('');
      const first = seen.get(gram);
      if (first !== undefined && first !== line.number) {
        found.push({
          line: line.number,
          kind: 'repeated-phrase',
          detail: `“${gram.slice(0, 12)}…”在第${first}行已出现`,
        });
        break;
      }
      if (first === undefined) seen.set(gram, line.number);
    }
  }
  return found;
}

/** Characters Chinese text prints, numbers in circles or brackets among them (①, ⑴, ⒈: a list's items). */
const ORDINARY =
  /[\p{Script=Han}\x20-\x7e\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2030-\u205e\u00b7\u25b6\u2460-\u249b\s]/u;

/** A mark printed before a byline or a caption (■ 本报记者…, ▲图为…), which the splitter reads as such. */
const LEADING_MARK = new RegExp(`^\\s*[${BYLINE_MARKS}▲△▼▽]`, 'u');

export function unusualCharacters(lines: PageLine[]): Suspicion[] {
  const found: Suspicion[] = [];
  for (const line of lines) {
    // A column label's marks (◆党建之窗◆, ▍党建引领) are how the page prints it.
    if (bracketedColumn(line.text)) continue;
    let printed = line.raw.replace(LEADING_MARK, '');
    // So is the mark before a writer printed after a title (七一抒怀 □ 王芳): the line's last such.
    const writerMark = line.writer && LEADING_MARK.exec(line.writer)?.[0].trim();
    const at = writerMark ? printed.lastIndexOf(writerMark) : -1;
    if (at >= 0) printed = printed.slice(0, at) + printed.slice(at + 1);
    const odd = [...new Set([...printed].filter((c) => !ORDINARY.test(c)))];
    if (odd.length)
      found.push({
        line: line.number,
        kind: 'unusual-character',
        detail: odd.map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join('，'),
      });
  }
  return found;
}

/** How a jump suspicion about the rest of a story, its beginning on another page, begins. */
export const REST_OF_STORY = '本篇开头在另一版';

/**
 * Jump marks, on a line of their own or on a line of text (（下转第2版）, （上接第1版）): the
 * draft drops them as page furniture, and is then only part of its story. An article holds the
 * text of one page (its source), so the other part is the other page's article; the first
 * part's continuedIn names the next, and the pages link to each other.
 */
export function continuedStories(lines: PageLine[]): Suspicion[] {
  return lines.flatMap((line) => {
    const marks = line.rule === JUMP_LINE ? [line.text] : jumpMarksOf(stripOcrMarkup(line.raw));
    return marks.map((printed) => {
      const mark = `（${printed.replace(/^[（(]\s*|\s*[）)]$/gu, '')}）`;
      return {
        line: line.number,
        kind: 'continued' as const,
        detail: bringsFrom(printed)
          ? `${REST_OF_STORY}${mark}：开头是那一版的稿件；在那篇的 continuedIn 里写本篇的 id`
          : /见/u.test(printed)
            ? `本篇全文在另一版${mark}：这里是导读，全文是那一版的稿件；在 editorialNotes 里注明`
            : `本篇在另一版续完${mark}：续文是那一版的稿件；在 continuedIn 里写那篇的 id`,
      };
    });
  });
}
