/**
 * The markup an OCR engine writes into a page's text and the printed page does not show:
 * heading marks (`#`), quote marks (`>`), bullets (`- `, `* `, `+ `), emphasis (`**…**`, `*…*`,
 * `__…__`), formatting HTML (`<mark>`, `<br>`, `<sup>`, `<h2>`; comments), pictures (`![](…)`,
 * `<img>`), links (`[text](…)`: the text is kept), table rows (`| a | b |`, and the HTML table
 * some tools write, often a whole table on one line: the cells are kept, a space apart; a rule
 * row `| --- |` is nothing), numbers written as formulas (`$12.5\%$`), escapes (`\*`) and a
 * few entities (`&nbsp;`). Ingest reads a page's lines without it (ingest/lines.ts) and the
 * provenance check compares an article with the page without it (provenance.ts): one
 * definition, so that a story ingest made from a page is found on that page. A printed number
 * (`1.`, `2、`) is text, not markup, and stays.
 */

/** The tags of a whole HTML document, which some tools wrap a page or a table in. */
const PAGE_TAG = /<\/?(?:html|head|body)(?:\s[^<>]*)?\/?>|<!doctype[^<>]*>/gi;

/** The tags of an HTML table: its cells' text is kept, a space apart. */
const TABLE_TAG = /<\/?(?:table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col)(?:\s[^<>]*)?\/?>/gi;

/** A line of an HTML table: it opens with a table's tag (the tags of a page around it gone). */
const isHtmlTableRow = (line: string): boolean =>
  /^\s*<\/?(?:table|thead|tbody|tfoot|tr|td|th)(?:\s[^<>]*)?>/i.test(line.replace(PAGE_TAG, ''));

/** A line of a table: a Markdown table's between pipes, or an HTML table's. */
export const isTableRow = (raw: string): boolean => /^\s*\|.*\|\s*$/.test(raw) || isHtmlTableRow(raw);

const PICTURE = /!\[[^\]]*\]\([^)]*\)|<img(?:\s[^<>]*)?\/?>/i;

/**
 * The word a tool or a typist puts where a picture stands, in square brackets on a line of its own
 * (【图】, [图片], ［照片2］, [image]); never printed so. Round brackets are the printed page's
 * (（图）, a caption's mark).
 */
const PICTURE_PLACEHOLDER =
  /^\s*[【\[［〔]\s*(?:图|图片|照片|图像|配图|插图|image|img|photo|picture|figure)\s*\d{0,2}\s*[】\]］〕]\s*$/iu;

/** A line that marks a picture (`![](…)`, `<img …>`, 【图】) and holds nothing else. */
export const isPicture = (raw: string): boolean =>
  (PICTURE.test(raw) && stripOcrMarkup(raw) === '') || PICTURE_PLACEHOLDER.test(raw);
const PICTURES = new RegExp(PICTURE, 'gi');

/** A table's rule row: cells of dashes and colons only. */
const RULE_CELL = /^\s*:?-+:?\s*$/;

const HAN = /\p{Script=Han}/u;

/**
 * The HTML an OCR tool writes for how text looks (highlight, line break, super- and subscript,
 * bold, a font) or what it is (a heading, a figure and its caption, a list's item): the tags
 * go, their text stays. Other tags are left as they are: nothing printed is made of them, and
 * the page's text is not rewritten on a guess.
 */
const FORMATTING_TAG =
  /<\/?(?:mark|br|sup|sub|span|font|b|i|u|s|em|strong|small|big|center|p|div|del|ins|strike|h[1-6]|figure|figcaption|blockquote|ul|ol|li)(?:\s[^<>]*)?\/?>/gi;

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A number some tools write as an inline formula (`$12.5\%$`, `$1 2 . 5 \%$`): the number as
 * printed, the formula's spaces (which it never prints) and delimiters gone. Only digits and the
 * marks of a number; the closing `$` is followed by no digit, as a price in dollars (`$5 $10`) is.
 */
const INLINE_NUMBER = /\$(?=[\d.])(?:[\d\s.,:+\-]|\\%|%)*?[\d%](?:\s*\\%)?\s*\$(?!\d)/g;

/** Emphasis around text with a Han character in it: `*1*` or `a*b*c` may be what was printed. */
const unwrap = (whole: string, inner: string) => (HAN.test(inner) ? inner : whole);

/** One line of a page without its OCR markup (the line's own spaces kept, its ends trimmed). */
export function stripOcrMarkup(raw: string): string {
  let line = raw
    .replace(INLINE_NUMBER, (math: string) => math.slice(1, -1).replace(/\\%/g, '%').replace(/\s+/g, ''))
    .replace(/<!--.*?-->/g, '')
    .replace(PICTURES, '')
    .replace(/\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(PAGE_TAG, '')
    .replace(FORMATTING_TAG, '');
  if (isHtmlTableRow(line)) {
    line = line
      .split(TABLE_TAG)
      .map((cell) => cell.trim())
      .filter(Boolean)
      .join(' ');
  } else if (isTableRow(line)) {
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
