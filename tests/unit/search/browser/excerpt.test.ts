import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPTION_LABEL,
  describeHit,
  EXCERPT_LENGTH,
  excerptAround,
  markedPieces,
  MAX_SECTIONS,
  type Piece,
} from '../../../../src/lib/search/browser/excerpt.ts';
import { findNormalizedMatches, type BodySegment, type Segment } from '../../../../src/lib/search/shared/text.ts';

const T2S = { 黨: '党', 學: '学', 習: '习' };

const joined = (pieces: readonly Piece[]) => pieces.map((p) => p.text).join('');
const marked = (pieces: readonly Piece[]) => pieces.filter((p) => p.marked).map((p) => p.text);

/** The pieces without the ellipses excerptAround adds where it cuts. */
function core(pieces: readonly Piece[], text: string): Piece[] {
  let list = [...pieces];
  if (list[0]?.text === '…' && !list[0].marked && !text.startsWith('…')) list = list.slice(1);
  if (list.at(-1)?.text === '…' && !list.at(-1)!.marked && !text.endsWith('…')) list = list.slice(0, -1);
  return list;
}

describe('markedPieces', () => {
  it('marks the ranges and keeps the text between them', () => {
    expect(markedPieces('高新区党史学习教育', [{ start: 3, end: 5 }])).toEqual([
      { text: '高新区', marked: false },
      { text: '党史', marked: true },
      { text: '学习教育', marked: false },
    ]);
  });

  it('handles ranges at both ends and adjacent ranges', () => {
    expect(
      markedPieces('党史学习', [
        { start: 0, end: 2 },
        { start: 2, end: 4 },
      ]),
    ).toEqual([
      { text: '党史', marked: true },
      { text: '学习', marked: true },
    ]);
  });

  it('gives one unmarked piece without ranges, and nothing for an empty text', () => {
    expect(markedPieces('党史', [])).toEqual([{ text: '党史', marked: false }]);
    expect(markedPieces('', [])).toEqual([]);
  });

  it('clips ranges to the window', () => {
    const text = '0123456789';
    expect(
      markedPieces(
        text,
        [
          { start: 1, end: 4 },
          { start: 6, end: 9 },
        ],
        2,
        7,
      ),
    ).toEqual([
      { text: '23', marked: true },
      { text: '45', marked: false },
      { text: '6', marked: true },
    ]);
    expect(markedPieces(text, [{ start: 0, end: 2 }], 2, 5)).toEqual([{ text: '234', marked: false }]);
  });
});

describe('excerptAround', () => {
  it('gives the whole text when it is short', () => {
    const text = '高新区党史学习教育';
    expect(excerptAround(text, [{ start: 3, end: 5 }])).toEqual(markedPieces(text, [{ start: 3, end: 5 }]));
    expect(excerptAround('x'.repeat(EXCERPT_LENGTH), [])).toEqual([
      { text: 'x'.repeat(EXCERPT_LENGTH), marked: false },
    ]);
  });

  it('cuts a window around the match, with ellipses on both sides', () => {
    const text = `${'甲'.repeat(100)}党史${'乙'.repeat(100)}`;
    const pieces = excerptAround(text, [{ start: 100, end: 102 }], 20);
    expect(pieces[0]).toEqual({ text: '…', marked: false });
    expect(pieces.at(-1)).toEqual({ text: '…', marked: false });
    const inner = core(pieces, text);
    expect(joined(inner)).toHaveLength(20);
    expect(text).toContain(joined(inner));
    expect(marked(pieces)).toEqual(['党史']);
    // More room after the match than before it.
    const [before, , after] = inner;
    expect(before!.text.length).toBeLessThan(after!.text.length);
  });

  it('has no leading ellipsis when the match is at the start', () => {
    const text = `党史${'乙'.repeat(100)}`;
    const pieces = excerptAround(text, [{ start: 0, end: 2 }], 20);
    expect(pieces[0]).toEqual({ text: '党史', marked: true });
    expect(pieces.at(-1)).toEqual({ text: '…', marked: false });
    expect(joined(pieces)).toBe(`党史${'乙'.repeat(18)}…`);
  });

  it('has no trailing ellipsis when the match is at the end', () => {
    const text = `${'甲'.repeat(100)}党史`;
    const pieces = excerptAround(text, [{ start: 100, end: 102 }], 20);
    expect(pieces[0]).toEqual({ text: '…', marked: false });
    expect(pieces.at(-1)).toEqual({ text: '党史', marked: true });
    expect(joined(pieces)).toBe(`…${'甲'.repeat(18)}党史`);
  });

  it('starts at the beginning when there is no match', () => {
    const text = '甲'.repeat(100);
    expect(excerptAround(text, [], 10)).toEqual([
      { text: '甲'.repeat(10), marked: false },
      { text: '…', marked: false },
    ]);
  });

  it('does not split a surrogate pair', () => {
    const text = '𠮷'.repeat(60);
    for (let at = 0; at < 60; at++) {
      for (const length of [9, 10, 11]) {
        const pieces = excerptAround(text, [{ start: at * 2, end: at * 2 + 2 }], length);
        for (const piece of pieces)
          expect(piece.text.isWellFormed(), `${at}/${length}: ${JSON.stringify(piece)}`).toBe(true);
      }
    }
  });

  it('keeps a match at the end when the window would start inside a surrogate pair', () => {
    const text = '𠮷甲甲甲甲甲甲甲a';
    const pieces = excerptAround(text, [{ start: 9, end: 10 }], 9);
    expect(pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['a']);
    for (const piece of pieces) expect(piece.text.isWellFormed()).toBe(true);
  });

  it('property: the excerpt is a well-formed window of the text holding the first match', () => {
    const chars = ['甲', '乙', '党', '史', '𠮷', '😀', 'a', '，', ' ', '。'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...chars), { maxLength: 80 }).map((a) => a.join('')),
        fc.array(fc.constantFrom('党史', '甲', 'a', '𠮷😀', '乙乙乙'), { maxLength: 2 }),
        fc.integer({ min: 6, max: 40 }),
        (text, words, length) => {
          const ranges = findNormalizedMatches(text, words, T2S);
          const pieces = excerptAround(text, ranges, length);
          for (const piece of pieces) {
            expect(piece.text.isWellFormed()).toBe(true);
            expect(piece.text).not.toBe('');
          }
          const inner = core(pieces, text);
          if (text.length <= length) expect(joined(pieces)).toBe(text);
          else {
            expect(text).toContain(joined(inner));
            expect(joined(inner).length).toBeLessThanOrEqual(length);
            expect(joined(inner).length).toBeGreaterThanOrEqual(length - 2);
          }
          const first = ranges[0];
          if (first && first.end - first.start <= length)
            expect(marked(pieces)).toContain(text.slice(first.start, first.end));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('describeHit', () => {
  const article: Segment[] = [
    { kind: 'kicker', text: '庆祝中国共产党成立100周年' },
    { kind: 'title', text: '学思践悟守初心' },
    { kind: 'subtitle', text: '高新区持续推进党史学习教育走深走实' },
    { kind: 'p', text: '一堂堂生动深刻的专题党课，一场场用活红色资源的现场教学。' },
    { kind: 'h2', text: '构建“4+”学习模式' },
    { kind: 'p', text: '深入开展黨史學習教育，是党的政治生活中的一件大事。' },
    { kind: 'h2', text: '用好红色资源' },
    { kind: 'p', text: '用好活用苏兆征故居陈列馆红色资源。' },
  ];

  it('marks the title, and copies kicker and subtitle where they do not match', () => {
    const hit = describeHit(article, ['初心'], T2S);
    expect(joined(hit.kicker!)).toBe('庆祝中国共产党成立100周年');
    expect(joined(hit.subtitle!)).toBe('高新区持续推进党史学习教育走深走实');
    expect(marked(hit.kicker!)).toEqual([]);
    expect(marked(hit.subtitle!)).toEqual([]);
    expect(hit.title).toEqual([
      { text: '学思践悟守', marked: false },
      { text: '初心', marked: true },
    ]);
  });

  it('takes the excerpt from the first matching body segment, and lists its section', async () => {
    const hit = describeHit(article, ['党史学习'], T2S);
    expect(joined(hit.excerpt)).toBe('深入开展黨史學習教育，是党的政治生活中的一件大事。');
    expect(marked(hit.excerpt)).toEqual(['黨史學習']);
    // The subtitle also says 党史学习: marked where it stands, as the title would be.
    expect(hit.subtitle).toEqual([
      { text: '高新区持续推进', marked: false },
      { text: '党史学习', marked: true },
      { text: '教育走深走实', marked: false },
    ]);
    const slug = new (await import('github-slugger')).default().slug('构建“4+”学习模式');
    expect(slug).toBe('构建4学习模式');
    // The section's excerpt would be the result's own: the section only says where it stands.
    expect(hit.sections).toEqual([{ slug, title: [{ text: '构建“4+”学习模式', marked: false }], excerpt: [] }]);
  });

  it('marks a match in the kicker, which a result shows', () => {
    const hit = describeHit(article, ['100周年'], T2S);
    expect(marked(hit.kicker!)).toEqual(['100周年']);
  });

  it("takes the excerpt where a typed word stands, not where a zone's or campaign's name does", () => {
    // 学史力行 names 党史学习教育: both are marked, but the excerpt is where the reader's words are.
    const segments: Segment[] = [
      { kind: 'title', text: '标题' },
      { kind: 'p', text: '深入开展党史学习教育。' },
      { kind: 'p', text: '坚持学史力行，办实事。' },
    ];
    const hit = describeHit(segments, ['学史力行', '党史学习教育'], T2S, { typed: ['学史力行'] });
    expect(joined(hit.excerpt)).toBe('坚持学史力行，办实事。');
    expect(marked(hit.excerpt)).toEqual(['学史力行']);
    // Without the typed word in the text, the name's first occurrence is the excerpt.
    const named = describeHit(segments.slice(0, 2), ['学史力行', '党史学习教育'], T2S, { typed: ['学史力行'] });
    expect(marked(named.excerpt)).toEqual(['党史学习教育']);
    expect(named.where).toBeUndefined();
  });

  it('prefers a typed word in a caption to a name in the body, and says where it stands', () => {
    const segments: Segment[] = [
      { kind: 'title', text: '标题' },
      { kind: 'p', text: '珠海高新区开展活动。' },
      { kind: 'caption', text: '唐家湾镇党员参观。' },
    ];
    const hit = describeHit(segments, ['唐家湾镇', '珠海高新区'], T2S, { typed: ['唐家湾镇'] });
    expect(hit.where).toBe(CAPTION_LABEL);
    expect(marked(hit.excerpt)).toEqual(['唐家湾镇']);
  });

  it('says which zone or campaign an article was found by when no word stands in its text', () => {
    const segments: Segment[] = [
      { kind: 'title', text: '标题' },
      { kind: 'p', text: '开展主题党日活动。' },
    ];
    const filed = '归入活动「庆祝建党100周年」';
    const hit = describeHit(segments, ['建党百年', '庆祝建党100周年'], T2S, { typed: ['建党百年'], filed });
    expect(hit.where).toBe(filed);
    expect(joined(hit.excerpt)).toBe('开展主题党日活动。');
    // A name that does stand in the text is marked instead, without the label.
    const printed = describeHit(
      [...segments, { kind: 'p', text: '庆祝建党100周年。' }],
      ['建党百年', '庆祝建党100周年'],
      T2S,
      {
        typed: ['建党百年'],
        filed,
      },
    );
    expect(printed.where).toBeUndefined();
    expect(marked(printed.excerpt)).toEqual(['庆祝建党100周年']);
  });

  it('lists each matching section once, in order', () => {
    const hit = describeHit(article, ['资源'], T2S);
    expect(joined(hit.excerpt)).toBe(article[3]!.text);
    // The first paragraph comes before any heading: it has no section.
    expect(hit.sections.map((s) => s.slug)).toEqual(['用好红色资源']);
    // Listed for its heading, marked there, and for its paragraph, whose match is the excerpt.
    expect(hit.sections[0]!.title).toEqual([
      { text: '用好红色', marked: false },
      { text: '资源', marked: true },
    ]);
    expect(joined(hit.sections[0]!.excerpt)).toBe(article[7]!.text);
    expect(marked(hit.sections[0]!.excerpt)).toEqual(['资源']);
  });

  it('shows, for a section listed for its heading alone, its own text, not the heading again', () => {
    const segments: Segment[] = [
      { kind: 'title', text: '标题' },
      { kind: 'p', text: '开头一段。' },
      { kind: 'h2', text: '党建引领发展' },
      { kind: 'p', text: '第一段没有检索词。' },
      { kind: 'p', text: '第二段也没有。' },
      { kind: 'h2', text: '其他' },
      { kind: 'p', text: '与此无关。' },
    ];
    const hit = describeHit(segments, ['党建'], T2S);
    expect(hit.sections).toHaveLength(1);
    expect(marked(hit.sections[0]!.title)).toEqual(['党建']);
    expect(hit.sections[0]!.excerpt).toEqual([{ text: '第一段没有检索词。', marked: false }]);
  });

  it('prefers, for a section listed for its heading, the first of its paragraphs that holds the words', () => {
    const segments: Segment[] = [
      { kind: 'title', text: '标题' },
      { kind: 'p', text: '开头讲党建。' },
      { kind: 'h2', text: '党建引领发展' },
      { kind: 'p', text: '第一段没有检索词。' },
      { kind: 'p', text: '第二段讲党建工作。' },
      { kind: 'p', text: '第三段也讲党建。' },
    ];
    const [section] = describeHit(segments, ['党建'], T2S).sections;
    expect(joined(section!.excerpt)).toBe('第二段讲党建工作。');
    expect(marked(section!.excerpt)).toEqual(['党建']);
  });

  it('takes the excerpt from the text, not from a heading its sections show', () => {
    const segments: Segment[] = [
      { kind: 'title', text: '标题' },
      { kind: 'p', text: '开头一段。' },
      { kind: 'h2', text: '党建引领发展' },
      { kind: 'p', text: '本节正文。' },
      { kind: 'h2', text: '其他' },
      { kind: 'p', text: '后来讲到党建工作。' },
    ];
    const hit = describeHit(segments, ['党建'], T2S);
    expect(joined(hit.excerpt)).toBe('后来讲到党建工作。');
    expect(hit.sections.map((s) => joined(s.title))).toEqual(['党建引领发展', '其他']);
    expect(hit.sections.map((s) => joined(s.excerpt))).toEqual(['本节正文。', '']);
    // Only the heading holds the words: the excerpt is the article's opening, as for a headline match.
    const onlyHeading = describeHit(segments.slice(0, 5), ['党建'], T2S);
    expect(onlyHeading.excerpt).toEqual([{ text: '开头一段。', marked: false }]);
    expect(marked(onlyHeading.sections[0]!.title)).toEqual(['党建']);
  });

  it('does not repeat, in a section listed for its heading, the opening the result shows', () => {
    const segments: Segment[] = [
      { kind: 'title', text: '标题' },
      { kind: 'h2', text: '党建引领发展' },
      { kind: 'p', text: '全文第一段。' },
    ];
    const hit = describeHit(segments, ['党建'], T2S);
    expect(joined(hit.excerpt)).toBe('全文第一段。');
    expect(hit.sections).toEqual([
      { slug: '党建引领发展', title: markedPieces('党建引领发展', [{ start: 0, end: 2 }]), excerpt: [] },
    ]);
  });

  it('lists a heading that holds the words even when its section has no text', () => {
    const segments: Segment[] = [
      { kind: 'title', text: '标题' },
      { kind: 'p', text: '正文。' },
      { kind: 'h2', text: '党建引领发展' },
    ];
    const [section] = describeHit(segments, ['党建'], T2S).sections;
    expect(marked(section!.title)).toEqual(['党建']);
    expect(section!.excerpt).toEqual([]);
  });

  it('gives duplicate headings the slugs the page gives them', () => {
    const segments: Segment[] = [
      { kind: 'title', text: '标题' },
      { kind: 'h2', text: '一、强化引领' },
      { kind: 'p', text: '没有。' },
      { kind: 'h2', text: '一、强化引领' },
      { kind: 'p', text: '党建引领。' },
      { kind: 'h3', text: '一、强化引领' },
      { kind: 'p', text: '党建先行。' },
    ];
    const hit = describeHit(segments, ['党建'], T2S);
    expect(hit.sections.map((s) => s.slug)).toEqual(['一强化引领-1', '一强化引领-2']);
  });

  it('lists at most three sections', () => {
    const segments: Segment[] = [{ kind: 'title', text: '标题' }];
    for (let i = 1; i <= 5; i++)
      segments.push({ kind: 'h2', text: `第${i}节` }, { kind: 'p', text: `第${i}段讲党建。` });
    const hit = describeHit(segments, ['党建'], T2S);
    expect(MAX_SECTIONS).toBe(3);
    expect(hit.sections.map((s) => joined(s.title))).toEqual(['第1节', '第2节', '第3节']);
    expect(hit.sections.map((s) => s.slug)).toEqual(['第1节', '第2节', '第3节']);
  });

  it('falls back to the first paragraph when only the headline matches', () => {
    const hit = describeHit(article, ['践悟'], T2S);
    expect(marked(hit.title)).toEqual(['践悟']);
    expect(hit.excerpt).toEqual([{ text: article[3]!.text, marked: false }]);
    expect(hit.sections).toEqual([]);
  });

  it('shows the first paragraph, unmarked, without words', () => {
    const hit = describeHit(article, [], T2S);
    expect(hit.title).toEqual([{ text: '学思践悟守初心', marked: false }]);
    expect(hit.excerpt).toEqual([{ text: article[3]!.text, marked: false }]);
  });

  it('gives an empty excerpt to an article without paragraphs', () => {
    const hit = describeHit([{ kind: 'title', text: '标题' }], ['党建'], T2S);
    expect(hit.excerpt).toEqual([]);
    expect(hit.sections).toEqual([]);
  });

  it('cuts a long paragraph around the match', () => {
    const long = `${'甲'.repeat(200)}苏兆征${'乙'.repeat(200)}`;
    const hit = describeHit(
      [
        { kind: 'title', text: 'T' },
        { kind: 'p', text: long },
      ],
      ['苏兆征'],
      T2S,
    );
    expect(hit.excerpt[0]!.text).toBe('…');
    expect(hit.excerpt.at(-1)!.text).toBe('…');
    expect(marked(hit.excerpt)).toEqual(['苏兆征']);
    expect(joined(core(hit.excerpt, long)).length).toBe(EXCERPT_LENGTH);
  });

  describe('a match in no body text', () => {
    const withAsides: BodySegment[] = [
      { kind: 'title', text: '实施“五大行动” 引领高质量发展' },
      { kind: 'p', text: '高新区扎实开展主题教育。' },
      { kind: 'caption', text: '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。' },
      { kind: 'caption', text: '（本报记者 钟凡 摄）' },
      { kind: 'credit', text: '宋显晖', label: '采写' },
      { kind: 'credit', text: '高新区供图', label: '摄影' },
    ];

    it('shows the caption, labelled 图片说明', () => {
      const hit = describeHit(withAsides, ['苏兆征'], T2S);
      expect(hit.where).toBe(CAPTION_LABEL);
      expect(CAPTION_LABEL).toBe('图片说明');
      expect(joined(hit.excerpt)).toBe(withAsides[2]!.text);
      expect(marked(hit.excerpt)).toEqual(['苏兆征']);
      expect(hit.sections).toEqual([]);
      expect(describeHit(withAsides, ['钟凡'], T2S)).toMatchObject({
        where: '图片说明',
        excerpt: [
          { text: '（本报记者 ', marked: false },
          { text: '钟凡', marked: true },
          { text: ' 摄）', marked: false },
        ],
      });
    });

    it("shows the credit's name, labelled with its printed label", () => {
      const hit = describeHit(withAsides, ['宋显晖'], T2S);
      expect(hit.where).toBe('采写');
      expect(hit.excerpt).toEqual([{ text: '宋显晖', marked: true }]);
      // The caption comes first when both match.
      expect(describeHit(withAsides, ['高新区'], T2S).where).toBeUndefined();
      expect(describeHit(withAsides, ['供图'], T2S)).toMatchObject({ where: '摄影' });
    });

    it('prefers the body, and never takes a caption for the first paragraph', () => {
      const hit = describeHit(withAsides, ['主题'], T2S);
      expect(hit.where).toBeUndefined();
      expect(joined(hit.excerpt)).toBe('高新区扎实开展主题教育。');
      const captionsOnly = describeHit([withAsides[0]!, withAsides[2]!], ['引领'], T2S);
      expect(captionsOnly.excerpt).toEqual([]);
      expect(captionsOnly.where).toBeUndefined();
    });
  });

  it('property: excerpts are made of the original segment text', () => {
    const chars = ['甲', '乙', '党', '史', '黨', '𠮷', '，', ' ', '。', 'A'];
    const text = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 120 }).map((a) => a.join(''));
    const segment = fc.record({
      kind: fc.constantFrom<Segment['kind']>('title', 'h2', 'h3', 'p', 'p', 'caption', 'credit'),
      text,
    });
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 8 }),
        fc.array(fc.constantFrom('党史', '甲乙', 'a', '𠮷'), { maxLength: 2 }),
        (segments, words) => {
          const hit = describeHit(segments, words, T2S);
          const texts = segments.map((s) => s.text);
          const fromSomeSegment = (pieces: Piece[]) => texts.some((t) => t.includes(joined(core(pieces, t))));
          if (hit.excerpt.length) expect(fromSomeSegment(hit.excerpt)).toBe(true);
          // Labelled exactly when the excerpt is a caption's or a credit's match.
          if (hit.where) {
            const asides = segments.filter((s) => s.kind === 'caption' || s.kind === 'credit').map((s) => s.text);
            expect(asides.some((t) => t.includes(joined(core(hit.excerpt, t))))).toBe(true);
            expect(hit.excerpt.some((p) => p.marked)).toBe(true);
          }
          expect(hit.sections.length).toBeLessThanOrEqual(MAX_SECTIONS);
          const headings = segments.filter((s) => s.kind === 'h2' || s.kind === 'h3').map((s) => s.text);
          const paragraphs = segments.filter((s) => s.kind === 'p').map((s) => s.text);
          for (const section of hit.sections) {
            expect(headings).toContain(joined(section.title));
            // Listed for the words in its heading or in its text, and its excerpt is never the heading
            // again; without one when it would repeat the result's, which then shows the words.
            const shown = section.excerpt.length > 0 ? section.excerpt : hit.excerpt;
            expect([...section.title, ...shown].some((p) => p.marked)).toBe(true);
            if (section.excerpt.length > 0)
              expect(paragraphs.some((t) => t.includes(joined(core(section.excerpt, t))))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
