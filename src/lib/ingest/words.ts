/**
 * Chinese words as the runtime's dictionary cuts them (ICU's, through Intl.Segmenter): the one
 * lexicon ingest has, for telling a word cut in two from two words side by side.
 */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Whether the end of one text and the start of the next are one word of the dictionary
 * (从百年党史中汲取宝 ｜ 贵精神, 特别是党的十 ｜ 八大以来), so the break cut it in two. A few
 * characters either side are enough for the dictionary to choose its words.
 */
export function splitsWord(text: string, next: string): boolean {
  const before = [...text].slice(-4).join('');
  const after = [...next].slice(0, 4).join('');
  for (const { index, segment } of WORDS.segment(before + after))
    if (index < before.length && index + segment.length > before.length) return /^\p{Script=Han}+$/u.test(segment);
  return false;
}

/** A text's last word (成立以 → 以, 支持吉林 → 吉林). */
export const lastWord = (text: string): string => [...WORDS.segment(text)].at(-1)?.segment ?? '';
