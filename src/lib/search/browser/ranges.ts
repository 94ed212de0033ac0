/**
 * Where words occur in text that the page holds in pieces (text nodes, split by inline elements
 * such as <a> or <strong>): the matching is the search's own (shared/text.ts, findNormalizedMatches),
 * run over the pieces joined, and each match mapped back to a piece and an offset in it.
 * A boundary (between blocks, null in the pieces) stops a match, as a sentence end does; a line
 * break inside a block (<br>) does not.
 */
import { findNormalizedMatches, type CharMap } from '../shared/text.ts';

export interface TextPoint {
  /** Index into the pieces; never a boundary. */
  piece: number;
  /** UTF-16 offset inside that piece. */
  offset: number;
}

export interface PieceRange {
  start: TextPoint;
  end: TextPoint;
}

/** A boundary joins the pieces as a paragraph separator: a hard break to the matcher. */
const BOUNDARY = '\u2029';

export function matchRanges(pieces: readonly (string | null)[], words: readonly string[], t2s: CharMap): PieceRange[] {
  const starts: number[] = [];
  let text = '';
  for (const piece of pieces) {
    starts.push(text.length);
    text += piece ?? BOUNDARY;
  }
  /**
   * The piece holding the character at `index` (a match's start), or the character just before
   * it (a match's end): the last piece that starts at or before it (for an end, before it).
   * Empty pieces before it start at the same place, so the last one is the right one.
   */
  const locate = (index: number, side: 'start' | 'end'): TextPoint => {
    let low = 0;
    let high = pieces.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (side === 'start' ? starts[middle]! <= index : starts[middle]! < index) low = middle;
      else high = middle - 1;
    }
    return { piece: low, offset: index - starts[low]! };
  };
  return findNormalizedMatches(text, words, t2s).map((range) => ({
    start: locate(range.start, 'start'),
    end: locate(range.end, 'end'),
  }));
}
