/**
 * The markup an OCR engine writes into a page's text and the printed page does not show:
 * heading marks (`#`), quote marks (`>`), bullets (`- `, `* `, `+ `), emphasis (`**…**`, `*…*`,
 * `__…__`), formatting HTML (`<mark>`, `<br>`, `<sup>`; comments), pictures (`![](…)`), links (`[text](…)`:
 * the text is kept), table rows (`| a | b |`: the cells are kept, a space apart; a rule row
 * `| --- |` is nothing), escapes (`\*`) and a few entities (`&nbsp;`). Ingest reads a page's
 * lines without it (ingest/lines.ts) and the provenance check compares an article with the page
 * without it (provenance.ts): one definition, so that a story ingest made from a page is found
 * on that page. A printed number (`1.`, `2、`) is text, not markup, and stays.
 */

/** A line of a Markdown table: between pipes. */
export const isTableRow = (raw: string): boolean => /^\s*\|.*\|\s*$/.test(raw);

/** A line that marks a picture (`![](…)`) and holds nothing else. */
export const isPicture = (raw: string): boolean => /!\[[^\]]*\]\([^)]*\)/.test(raw) && stripOcrMarkup(raw) === '';

/** A table's rule row: cells of dashes and colons only. */
const RULE_CELL = /^\s*:?-+:?\s*$/;

const HAN = /\p{Script=Han}/u;

/**
 * The HTML an OCR tool writes for how text looks (highlight, line break, super- and subscript,
 * bold, a font): the tags go, their text stays. Other tags are left as they are: nothing
 * printed is made of them, and the page's text is not rewritten on a guess.
 */
const FORMATTING_TAG =
  /<\/?(?:mark|br|sup|sub|span|font|b|i|u|s|em|strong|small|big|center|p|div|del|ins|strike)(?:\s[^<>]*)?\/?>/gi;

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Emphasis around text with a Han character in it: `*1*` or `a*b*c` may be what was printed. */
const unwrap = (whole: string, inner: string) => (HAN.test(inner) ? inner : whole);

/** One line of a page without its OCR markup (the line's own spaces kept, its ends trimmed). */
export function stripOcrMarkup(raw: string): string {
  let line = raw
    .replace(/<!--.*?-->/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(FORMATTING_TAG, '');
  if (isTableRow(line)) {
    const cells = line.trim().slice(1, -1).split('|');
    line = cells.every((cell) => RULE_CELL.test(cell) || cell.trim() === '')
      ? ''
      : cells
          .map((cell) => cell.trim())
          .filter(Boolean)
          .join(' ');
  }
  // Block marks, as many as are stacked: "> ## 标题", "- > 引文".
  for (let previous = ''; previous !== line;) {
    previous = line;
    line = line.replace(/^\s*(?:#{1,6}(?=\s|$|[^#])|>|[-*+](?=\s))\s*/, '');
  }
  return line
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, unwrap)
    .replace(/__(?=\S)(.+?)(?<=\S)__/g, unwrap)
    .replace(/(?<!\*)\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?!\*)/g, unwrap)
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1')
    .replace(/&(nbsp|amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!)
    .trim();
}
