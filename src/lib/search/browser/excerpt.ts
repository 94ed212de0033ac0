/**
 * What a search result shows: the headline, an excerpt around the first match in the real
 * text, and the sections of the article where the words occur (links to their headings). A
 * word found in no body text but in a photo caption or a credit shows that, labelled with
 * where it stands (图片说明, or the credit's printed label: 采写, 摄影…).
 */
import GithubSlugger from 'github-slugger';
import { findNormalizedMatches, type BodySegment, type CharMap, type MatchRange } from '../shared/text.ts';

export interface Piece {
  text: string;
  marked: boolean;
}

export interface SectionHit {
  slug: string;
  title: string;
  excerpt: Piece[];
}

export interface SearchHit {
  kicker?: Piece[] | undefined;
  title: Piece[];
  subtitle?: Piece[] | undefined;
  excerpt: Piece[];
  /** Where the excerpt stands when it is not the body: 图片说明, or a credit's label. */
  where?: string | undefined;
  sections: SectionHit[];
}

/** The label of a match in the photo captions. */
export const CAPTION_LABEL = '图片说明';

export const EXCERPT_LENGTH = 72;
export const MAX_SECTIONS = 3;

/** Pieces of text[start, end) with the ranges inside it marked. */
export function markedPieces(text: string, ranges: readonly MatchRange[], start = 0, end = text.length): Piece[] {
  const pieces: Piece[] = [];
  let cursor = start;
  for (const range of ranges) {
    if (range.end <= start || range.start >= end) continue;
    const s = Math.max(range.start, start);
    const e = Math.min(range.end, end);
    if (s > cursor) pieces.push({ text: text.slice(cursor, s), marked: false });
    pieces.push({ text: text.slice(s, e), marked: true });
    cursor = e;
  }
  if (cursor < end) pieces.push({ text: text.slice(cursor, end), marked: false });
  return pieces;
}

/** Moves an index off the second half of a surrogate pair, backwards or forwards. */
function safeIndex(text: string, index: number, direction: -1 | 1): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + direction : index;
}

/** A window of about `length` characters around the first match, with ellipses where cut. */
export function excerptAround(text: string, ranges: readonly MatchRange[], length = EXCERPT_LENGTH): Piece[] {
  if (text.length <= length) return markedPieces(text, ranges);
  const first = ranges[0];
  let start = 0;
  if (first) {
    const room = Math.max(0, length - (first.end - first.start));
    start = Math.max(0, Math.min(first.start - Math.floor(room / 3), text.length - length));
  }
  // The start moves forwards and the end backwards, so the window never loses the match.
  start = safeIndex(text, start, 1);
  const end = safeIndex(text, Math.min(text.length, start + length), -1);
  const pieces = markedPieces(text, ranges, start, end);
  if (start > 0) pieces.unshift({ text: '…', marked: false });
  if (end < text.length) pieces.push({ text: '…', marked: false });
  return pieces;
}

const HEADLINE_KINDS = new Set(['kicker', 'title', 'subtitle']);
const BODY_KINDS = new Set(['h2', 'h3', 'p']);

export function describeHit(segments: readonly BodySegment[], words: readonly string[], t2s: CharMap): SearchHit {
  const slugger = new GithubSlugger();
  const hit: SearchHit = { title: [], excerpt: [], sections: [] };
  let section: { slug: string; title: string; hit?: SectionHit } | undefined;
  let firstParagraph: string | undefined;
  /** The first match in a caption or a credit, for a result whose body holds none. */
  let aside: { where: string; excerpt: Piece[] } | undefined;
  for (const segment of segments) {
    const ranges = words.length ? findNormalizedMatches(segment.text, words, t2s) : [];
    if (segment.kind === 'kicker') hit.kicker = markedPieces(segment.text, ranges);
    else if (segment.kind === 'subtitle') hit.subtitle = markedPieces(segment.text, ranges);
    else if (segment.kind === 'title') hit.title = markedPieces(segment.text, ranges);
    if (HEADLINE_KINDS.has(segment.kind)) continue;
    if (!BODY_KINDS.has(segment.kind)) {
      if (!aside && ranges.length > 0) {
        const where = segment.kind === 'caption' ? CAPTION_LABEL : (segment.label ?? '署名');
        aside = { where, excerpt: excerptAround(segment.text, ranges) };
      }
      continue;
    }
    if (segment.kind === 'h2' || segment.kind === 'h3')
      section = { slug: slugger.slug(segment.text), title: segment.text };
    else firstParagraph ??= segment.text;
    if (ranges.length === 0) continue;
    if (hit.excerpt.length === 0) hit.excerpt = excerptAround(segment.text, ranges);
    if (section && !section.hit && hit.sections.length < MAX_SECTIONS) {
      section.hit = { slug: section.slug, title: section.title, excerpt: excerptAround(segment.text, ranges, 48) };
      hit.sections.push(section.hit);
    }
  }
  if (hit.excerpt.length === 0 && aside) {
    hit.excerpt = aside.excerpt;
    hit.where = aside.where;
  }
  if (hit.excerpt.length === 0 && firstParagraph) hit.excerpt = excerptAround(firstParagraph, []);
  return hit;
}
