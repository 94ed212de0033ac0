/** page-links.ts: a story's parts on two pages of one issue, paired by their jump marks. */
import { describe, expect, it } from 'vitest';
import { linkPages, pageJumps, type IssuePage } from '../../../src/lib/ingest/page-links.ts';

/** A page's lines, each story's lines given by the first character of the line ('a' → story a). */
function jumpsOf(lines: string[]) {
  return pageJumps(
    lines.map((line) => line.slice(2)),
    (n) => (lines[n - 1]![0] === '.' ? undefined : lines[n - 1]![0]),
  );
}

describe('the jump marks of a page, each with its story', () => {
  it('gives a mark on a line of its own to the story above it (下转, 见) or below it (上接)', () => {
    const jumps = jumpsOf([
      'a 标题一',
      'a 正文一',
      '. ',
      '. （下转第2版）',
      '. ',
      '. （上接第1版）',
      '. ',
      'b 正文二',
      'b 正文二续',
      '. 详见第３版',
    ]);
    expect(jumps.map(({ line, direction, page, owner, mark }) => [line, direction, page, owner, mark])).toEqual([
      [4, 'on', '2', 'a', '（下转第2版）'],
      [6, 'from', '1', 'b', '（上接第1版）'],
      [10, 'see', '3', 'b', '（详见第３版）'],
    ]);
  });

  it('gives a mark set on a line of text to that line’s story, at either end', () => {
    const jumps = jumpsOf(['a 正文一', 'b （上接A1版）正文二，', 'b 正文二续。(转第三版)', 'c 正文三']);
    expect(jumps.map(({ line, direction, page, owner }) => [line, direction, page, owner])).toEqual([
      [2, 'from', 'A1', 'b'],
      [3, 'on', '3', 'b'],
    ]);
  });

  it('reads through the OCR tool’s marks, and leaves a mark no story is near without one', () => {
    const jumps = jumpsOf(['. <mark>（下转第2版）</mark>', 'a 正文', '. # （上接第1版）']);
    expect(jumps.map(({ direction, owner }) => [direction, owner])).toEqual([
      ['on', undefined],
      ['from', undefined],
    ]);
    expect(jumpsOf(['a 会议（下转第2版）决定', 'a 转第2版块的工作'])).toEqual([]);
  });
});

const page = (source: string, printed: string | undefined, ...jumps: [string, 'on' | 'from' | 'see', string][]) =>
  ({
    source,
    page: printed,
    jumps: jumps.map(([owner, direction, to], i) => ({ line: i + 1, mark: `（${to}）`, direction, page: to, owner })),
  }) satisfies IssuePage;

describe('linking the new page’s stories to the parts already in the archive', () => {
  const none = new Set<string>();

  it('pairs a story that goes on with the one part that opens under a mark naming the new page, and back', () => {
    const p1 = page('p1', '1', ['a', 'on', '2'], ['b', 'on', '3']);
    const p3 = page('p3', '3', ['z', 'from', '1']);
    const links = linkPages(page('p2', '2', ['x', 'from', '1'], ['y', 'on', '3']), [p1, p3], none, none);
    expect(links.restOf.map((l) => [l.draft, l.other, l.otherPage.source])).toEqual([['x', 'a', 'p1']]);
    // p3's part comes from page 1, not from page 2.
    expect(links.goesOnIn).toEqual([]);
    expect(links.unsure).toEqual([]);
    const p3From2 = page('p3', '03', ['z', 'from', '2']);
    expect(
      linkPages(page('p2', '2', ['y', 'on', '3']), [p3From2], none, none).goesOnIn.map((l) => [l.draft, l.other]),
    ).toEqual([['y', 'z']]);
  });

  it('links nothing when two parts could answer a mark, or two marks claim one part', () => {
    const p1 = page('p1', '1', ['a', 'on', '2'], ['b', 'on', '2']);
    const twoBeginnings = linkPages(page('p2', '2', ['x', 'from', '1']), [p1], none, none);
    expect([twoBeginnings.restOf, twoBeginnings.unsure]).toEqual([
      [],
      [{ draft: 'x', mark: '（1）', candidates: ['a', 'b'] }],
    ]);
    const twoRests = linkPages(
      page('p2', '2', ['x', 'from', '1'], ['y', 'from', '1']),
      [page('p1', '1', ['a', 'on', '2'])],
      none,
      none,
    );
    expect(twoRests.restOf).toEqual([]);
    expect(twoRests.unsure.map((u) => [u.draft, u.candidates])).toEqual([
      ['x', ['a']],
      ['y', ['a']],
    ]);
  });

  it('passes over parts already linked, marks with no story, 见 marks, and pages it cannot place', () => {
    const p1 = page('p1', '1', ['a', 'on', '2'], ['b', 'on', '2']);
    // b already goes on elsewhere: only a is left to be the beginning.
    expect(
      linkPages(page('p2', '2', ['x', 'from', '1']), [p1], none, new Set(['b'])).restOf.map((l) => l.other),
    ).toEqual(['a']);
    // The rest on page 3 is already named by another part's continuedIn.
    expect(
      linkPages(page('p2', '2', ['y', 'on', '3']), [page('p3', '3', ['z', 'from', '2'])], new Set(['z']), none)
        .goesOnIn,
    ).toEqual([]);
    const empty = { goesOnIn: [], restOf: [], unsure: [] };
    expect(linkPages(page('p2', '2', [undefined as never, 'from', '1']), [p1], none, none)).toEqual(empty);
    expect(linkPages(page('p2', '2', ['x', 'see', '1']), [page('p1', '1', ['a', 'see', '2'])], none, none)).toEqual(
      empty,
    );
    // The new page's number unknown, or the other page's: nothing to compare.
    expect(linkPages(page('p2', undefined, ['x', 'from', '1']), [p1], none, none)).toEqual(empty);
    expect(
      linkPages(page('p2', '2', ['x', 'from', '1']), [page('p1', undefined, ['a', 'on', '2'])], none, none),
    ).toEqual(empty);
    // A page is not its own other part.
    expect(linkPages(page('p1', '1', ['x', 'from', '1']), [page('p1', '1', ['a', 'on', '1'])], none, none)).toEqual(
      empty,
    );
  });
});
