/**
 * OCR output often carries half-width punctuation inside Chinese text. The archive sets it
 * full-width (a typographic repair, documented on the about page, not a change of wording).
 * Numbers (1,000  48.3  2+1) and Latin text keep their own punctuation.
 */

const PAIRS: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》]/u;

export function fullWidthPunctuation(text: string): string {
  const chars = [...text];
  // The nearest character that is no space, before (-1) or after (1) position i: looked up only
  // for a mark, so a long line costs no more than its marks' neighbourhoods.
  const neighbour = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < chars.length; j += step) if (chars[j] !== ' ') return chars[j]!;
    return '';
  };
  let quoteOpen = false;
  return chars
    .map((char, i) => {
      if (char === '"') {
        quoteOpen = !quoteOpen;
        return quoteOpen ? '“' : '”';
      }
      const full = PAIRS[char];
      if (!full) return char;
      const [before, after] = [neighbour(i, -1), neighbour(i, 1)];
      // Between digits (1,000) or inside Latin text, keep it as printed.
      if (/\d/.test(before) && /\d/.test(after)) return char;
      if (char === '(' || char === ')') return CJK.test(before) || CJK.test(after) ? full : char;
      return CJK.test(before) || (CJK.test(after) && !/[A-Za-z0-9]/.test(before)) ? full : char;
    })
    .join('')
    .replace(/(?<=[，：；？！（）])\s+|\s+(?=[，：；？！（）])/gu, '');
}
