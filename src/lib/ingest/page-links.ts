/**
 * A story printed across two pages of one issue, linked when the second page is ingested: the
 * page that says （下转第10版） under a story's last words, and the page 10 whose text opens under
 * （上接第9版）. Each mark belongs to a story of its page; a mark of the new page and one of a page
 * already in the archive that name each other's pages pair their stories, when exactly one pair
 * does. Nothing is guessed: two beginnings for one rest, or two rests for one beginning, link none.
 */
import { JUMP_LINE_TEXT, jumpMarksOf, printedPageKey, readJumpMark, type JumpDirection } from '../jump-marks.ts';
import { stripOcrMarkup } from '../ocr-markup.ts';

/** A jump mark of a page, with the story it belongs to (an article or draft id) if any. */
export interface PageJump {
  /** The page's line it is printed on, from 1. */
  line: number;
  /** As printed, in full-width brackets. */
  mark: string;
  direction: JumpDirection;
  /** The page it names, as printedPageKey gives it. */
  page: string;
  owner: string | undefined;
}

/**
 * The jump marks of a page's lines, each with its story: the story of its own line when the
 * mark is set on a line of text; else, for a mark on a line of its own, the nearest story line
 * above it (下转 and 见 follow the words they close) or below it (上接 heads the words it brings).
 */
export function pageJumps(rawLines: readonly string[], ownerOf: (line: number) => string | undefined): PageJump[] {
  // The nearest story at or above each line, and at or below it: one pass each way, however
  // many marks a page prints.
  const count = rawLines.length;
  const above: (string | undefined)[] = [];
  const below: (string | undefined)[] = [];
  for (let line = 1; line <= count; line++) above[line] = ownerOf(line) ?? above[line - 1];
  for (let line = count; line >= 1; line--) below[line] = ownerOf(line) ?? below[line + 1];
  const owned = (line: number, step: 1 | -1) => (step === 1 ? below : above)[line];
  return rawLines.flatMap((raw, index) => {
    const line = index + 1;
    const text = stripOcrMarkup(raw).trim();
    const ownLine = JUMP_LINE_TEXT.test(text);
    return (ownLine ? [text] : jumpMarksOf(text)).flatMap((printed) => {
      const read = readJumpMark(printed);
      if (!read) return [];
      const mark = `（${printed.replace(/^[（(]\s*|\s*[）)]$/gu, '')}）`;
      const owner = ownLine ? owned(line, read.direction === 'from' ? 1 : -1) : ownerOf(line);
      return [{ line, mark, ...read, owner }];
    });
  });
}

/** A page of one issue: its source, its printed page (版次) if known, and its jump marks. */
export interface IssuePage {
  source: string;
  page: string | undefined;
  jumps: readonly PageJump[];
}

/** A story of the new page and the part of it on another page. */
export interface PartLink {
  /** The new page's story (its draft's id). */
  draft: string;
  /** The mark on the new page that names the other page. */
  mark: string;
  /** The part on the other page: where the draft's story goes on, or where it began. */
  other: string;
  otherPage: IssuePage;
}

export interface PageLinks {
  /** Drafts whose story goes on in a part already in the archive: their continuedIn. */
  goesOnIn: PartLink[];
  /** Drafts that are the rest of a story begun in a part already in the archive. */
  restOf: PartLink[];
  /** Marks of the new page that more than one part could answer, or that another mark also claims. */
  unsure: { draft: string; mark: string; candidates: string[] }[];
}

/**
 * The links between the new page's stories and the parts of the same issue already in the
 * archive. `named` are the parts some continuedIn already names (none can be the rest of a second
 * story); `naming` those whose continuedIn is already set (none can go on twice).
 */
export function linkPages(
  page: IssuePage,
  others: readonly IssuePage[],
  named: ReadonlySet<string>,
  naming: ReadonlySet<string>,
): PageLinks {
  const links: PageLinks = { goesOnIn: [], restOf: [], unsure: [] };
  if (page.page === undefined) return links;
  const here = printedPageKey(page.page);
  const found: (PartLink & { direction: JumpDirection })[] = [];
  for (const jump of page.jumps) {
    if (jump.owner === undefined || jump.direction === 'see') continue;
    // The answering mark: 上接 this page on the page a 下转 names, or 下转 this page on the page a 上接 names.
    const answer: JumpDirection = jump.direction === 'on' ? 'from' : 'on';
    const taken = answer === 'from' ? named : naming;
    const candidates = others
      .filter((other) => other.source !== page.source && other.page !== undefined)
      .filter((other) => printedPageKey(other.page!) === jump.page)
      .flatMap((other) =>
        other.jumps
          .filter((j) => j.direction === answer && j.page === here && j.owner !== undefined && !taken.has(j.owner))
          .map((j) => ({ other: j.owner!, otherPage: other })),
      );
    const distinct = [...new Map(candidates.map((c) => [c.other, c])).values()];
    if (distinct.length === 1)
      found.push({ draft: jump.owner, mark: jump.mark, direction: jump.direction, ...distinct[0]! });
    else if (distinct.length > 1)
      links.unsure.push({ draft: jump.owner, mark: jump.mark, candidates: distinct.map((c) => c.other) });
  }
  // One part answers one story, and a story one part each way (a pair found twice is one).
  const pairs = [...new Map(found.map((f) => [`${f.direction} ${f.draft} ${f.other}`, f])).values()];
  for (const link of pairs) {
    const rivals = pairs.filter(
      (other) =>
        other.direction === link.direction &&
        (other.other === link.other || other.draft === link.draft) &&
        other !== link,
    );
    if (rivals.length) {
      if (!links.unsure.some((u) => u.draft === link.draft && u.mark === link.mark))
        links.unsure.push({
          draft: link.draft,
          mark: link.mark,
          candidates: [...new Set([link, ...rivals].map((r) => r.other))],
        });
      continue;
    }
    const { direction, ...partLink } = link;
    (direction === 'on' ? links.goesOnIn : links.restOf).push(partLink);
  }
  return links;
}
