/**
 * What a search result shows: the headline, an excerpt around the first match in the real
 * text, and the sections of the article where the words occur (links to their headings, with a
 * short excerpt of the section's own text). A
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
  /** The heading, the words marked where it holds them. */
  title: Piece[];
  /**
   * Around the first match in the section's paragraphs; for a section listed for its heading
   * alone, the start of its first paragraph, so that the heading is not shown twice. Empty when
   * it would repeat the paragraph the result's own excerpt is cut from.
   */
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
export const SECTION_EXCERPT_LENGTH = 48;

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

/**
 * `words`: every form marked (the query's words, and the names of a zone or campaign a word
 * names); `typed`: the query's own words, whose first occurrence the excerpt prefers to a
 * name's. `filed`: why the article was found when none of them stands in its text (the zone or
 * campaign it is filed under), said where the excerpt's label goes.
 */
export function describeHit(
  segments: readonly BodySegment[],
  words: readonly string[],
  t2s: CharMap,
  { typed = words, filed }: { typed?: readonly string[]; filed?: string | undefined } = {},
): SearchHit {
  const slugger = new GithubSlugger();
  const hit: SearchHit = { title: [], excerpt: [], sections: [] };
  /** The current section; `filling` while it is listed for its heading and no paragraph of it has matched. */
  let section: { slug: string; title: Piece[]; hit?: SectionHit; filling?: boolean } | undefined;
  /** The paragraph each excerpt is cut from: the result's, and each listed section's. */
  let excerptFrom: BodySegment | undefined;
  const sectionExcerptFrom = new Map<SectionHit, BodySegment>();
  let firstParagraph: BodySegment | undefined;
  /** The first match in a caption or a credit, for a result whose body holds none. */
  let aside: { where: string; excerpt: Piece[] } | undefined;
  /** Whether the excerpt, or the aside, is of a typed word, not only of a name. */
  let excerptTyped = false;
  let asideTyped = false;
  let anyMatch = false;
  const hasTyped = (text: string) => typed.length > 0 && findNormalizedMatches(text, typed, t2s).length > 0;
  /** Whether a matching text replaces the one chosen so far: the first, until one holds a typed word. */
  const replaces = (chosen: boolean, chosenTyped: boolean, text: string) => !chosen || (!chosenTyped && hasTyped(text));
  for (const segment of segments) {
    const ranges = words.length ? findNormalizedMatches(segment.text, words, t2s) : [];
    if (ranges.length > 0) anyMatch = true;
    if (segment.kind === 'kicker') hit.kicker = markedPieces(segment.text, ranges);
    else if (segment.kind === 'subtitle') hit.subtitle = markedPieces(segment.text, ranges);
    else if (segment.kind === 'title') hit.title = markedPieces(segment.text, ranges);
    if (HEADLINE_KINDS.has(segment.kind)) continue;
    if (!BODY_KINDS.has(segment.kind)) {
      if (ranges.length > 0 && replaces(aside !== undefined, asideTyped, segment.text)) {
        const where = segment.kind === 'caption' ? CAPTION_LABEL : (segment.label ?? '署名');
        aside = { where, excerpt: excerptAround(segment.text, ranges) };
        asideTyped = hasTyped(segment.text);
      }
      continue;
    }
    const heading = segment.kind === 'h2' || segment.kind === 'h3';
    if (heading) {
      section = { slug: slugger.slug(segment.text), title: markedPieces(segment.text, ranges) };
      if (ranges.length > 0 && hit.sections.length < MAX_SECTIONS) {
        section.hit = { slug: section.slug, title: section.title, excerpt: [] };
        section.filling = true;
        hit.sections.push(section.hit);
        // Its match is shown there: the result's excerpt is taken from the text.
        continue;
      }
    } else {
      firstParagraph ??= segment;
      if (section?.filling && (section.hit!.excerpt.length === 0 || ranges.length > 0)) {
        section.hit!.excerpt = excerptAround(segment.text, ranges, SECTION_EXCERPT_LENGTH);
        sectionExcerptFrom.set(section.hit!, segment);
        section.filling = ranges.length === 0;
      }
    }
    if (ranges.length === 0) continue;
    if (replaces(hit.excerpt.length > 0, excerptTyped, segment.text)) {
      hit.excerpt = excerptAround(segment.text, ranges);
      excerptFrom = segment;
      excerptTyped = hasTyped(segment.text);
    }
    if (!heading && section && !section.hit && hit.sections.length < MAX_SECTIONS) {
      section.hit = {
        slug: section.slug,
        title: section.title,
        excerpt: excerptAround(segment.text, ranges, SECTION_EXCERPT_LENGTH),
      };
      sectionExcerptFrom.set(section.hit, segment);
      hit.sections.push(section.hit);
    }
  }
  // A typed word in a caption or credit says more than a name in the body.
  if (aside && (hit.excerpt.length === 0 || (asideTyped && !excerptTyped))) {
    hit.excerpt = aside.excerpt;
    hit.where = aside.where;
  }
  if (hit.excerpt.length === 0 && firstParagraph) {
    hit.excerpt = excerptAround(firstParagraph.text, []);
    excerptFrom = firstParagraph;
  }
  // A section whose excerpt would repeat the result's own paragraph only says where it stands.
  if (!hit.where)
    for (const sectionHit of hit.sections)
      if (sectionExcerptFrom.get(sectionHit) === excerptFrom) sectionHit.excerpt = [];
  if (!anyMatch && filed) hit.where = filed;
  return hit;
}
