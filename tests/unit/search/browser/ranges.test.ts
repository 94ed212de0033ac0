import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRanges, type PieceRange } from '../../../../src/lib/search/browser/ranges.ts';

/** The text each range covers, read back from the pieces. */
function covered(pieces: (string | null)[], ranges: PieceRange[]): string[] {
  return ranges.map(({ start, end }) => {
    let text = '';
    for (let i = start.piece; i <= end.piece; i++) {
      const piece = pieces[i] ?? '';
      text += piece.slice(i === start.piece ? start.offset : 0, i === end.piece ? end.offset : piece.length);
    }
    return text;
  });
}

describe('matchRanges', () => {
  it('finds a word inside one text node', () => {
    const pieces = ['高新区开展党史学习教育。'];
    expect(matchRanges(pieces, ['党史学习'], {})).toEqual([
      { start: { piece: 0, offset: 5 }, end: { piece: 0, offset: 9 } },
    ]);
  });

  it('runs across inline elements (text nodes side by side) and the punctuation the search ignores', () => {
    // <p>学史<strong>明理、学</strong>史增信</p>
    const pieces = ['学史', '明理、学', '史增信'];
    const ranges = matchRanges(pieces, ['学史明理学史增信'], {});
    expect(ranges).toEqual([{ start: { piece: 0, offset: 0 }, end: { piece: 2, offset: 3 } }]);
    expect(covered(pieces, ranges)).toEqual(['学史明理、学史增信']);
  });

  it('never runs across a block boundary or a sentence end', () => {
    expect(matchRanges(['入脑入心', null, '深入开展'], ['入心深入'], {})).toEqual([]);
    expect(matchRanges(['入脑入心。深入开展'], ['入心深入'], {})).toEqual([]);
    expect(matchRanges(['入脑入心', '深入开展'], ['入心深入'], {})).toHaveLength(1);
  });

  it('finds every occurrence of every word, the longest word first where they overlap', () => {
    const pieces = ['党员', null, '党员干部和', '党员'];
    expect(covered(pieces, matchRanges(pieces, ['党员', '党员干部'], {}))).toEqual(['党员', '党员干部', '党员']);
  });

  it('matches Traditional text, full-width and upper-case letters, with the map it is given', () => {
    const pieces = ['推進黨史學習教育', '，ＡＢＣ'];
    expect(covered(pieces, matchRanges(pieces, ['党史学习', 'abc'], { 黨: '党', 學: '学', 習: '习' }))).toEqual([
      '黨史學習',
      'ＡＢＣ',
    ]);
    expect(matchRanges(pieces, ['党史学习'], {})).toEqual([]);
  });

  it('skips empty text nodes and never starts or ends a range on a boundary', () => {
    const pieces = ['', '党', '', '员', null, ''];
    const ranges = matchRanges(pieces, ['党员'], {});
    expect(ranges).toEqual([{ start: { piece: 1, offset: 0 }, end: { piece: 3, offset: 1 } }]);
  });

  it('property: however a text is cut into nodes, the same words are found', () => {
    const text = '高新区党工委在苏兆征故居开展“党史学习教育”，党员干部学党史、悟思想。';
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), text.length];
        const pieces = points.slice(1).map((end, i) => text.slice(points[i], end));
        const ranges = matchRanges(pieces, ['党史学习教育', '党员', '苏兆征'], {});
        expect(covered(pieces, ranges)).toEqual(['苏兆征', '党史学习教育', '党员']);
        for (const { start, end } of ranges) {
          expect(start.offset).toBeLessThan(pieces[start.piece]!.length);
          expect(end.offset).toBeGreaterThan(0);
        }
      }),
    );
  });
});
