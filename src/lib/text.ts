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

/** Strips Markdown syntax that is not text (headings marks, emphasis, links) to plain text. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
