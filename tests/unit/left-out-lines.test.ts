import { describe, expect, it } from 'vitest';
import { omittedRange, pageOmissions, type PageStory } from '../../src/lib/left-out-lines.ts';
import type { SourceLine } from '../../src/lib/source-lines.ts';

/** Lines from a compact picture: [text, story id] for a story's line, [text] for a line of no story, '' for blank. */
function page(...rows: (string | [string] | [string, string])[]): SourceLine[] {
  return rows.map((row, i): SourceLine => {
    const number = i + 1;
    if (typeof row === 'string') return { number, text: row, kind: 'blank' };
    const [text, article] = row;
    return article ? { number, text, kind: 'article', article } : { number, text, kind: 'none' };
  });
}

const story = (id: string, more: Partial<PageStory> = {}): PageStory => ({
  id,
  segments: [],
  draft: false,
  omittedLines: [],
  ...more,
});

const PARAGRAPH_A = '高新区组织党员干部深入社区开展走访慰问活动，送去党组织的关怀。';
const PARAGRAPH_B = '各党支部结合实际制定学习计划，推动学习教育走深走实见到实效。';
const CUT = '园区企业党组织围绕中心工作开展技能比武，激发职工干事创业热情。';

describe('omittedRange', () => {
  it.each([
    [57, { from: 57, to: 57 }],
    ['57', { from: 57, to: 57 }],
    ['57-60', { from: 57, to: 60 }],
    [' 57 – 60 ', { from: 57, to: 60 }],
    ['60-60', { from: 60, to: 60 }],
  ] as const)('reads %j', (lines, range) => {
    expect(omittedRange(lines)).toEqual(range);
  });

  it.each([0, -3, 2.5, '60-57', '0', 'abc', '57,58', ''])('names no lines for %j', (lines) => {
    expect(omittedRange(lines)).toBeUndefined();
  });
});

describe('pageOmissions', () => {
  it('tells a line of text no story holds, after the story it follows, with the line before it', () => {
    const lines = page([PARAGRAPH_A, 'a'], '', [CUT], '', [PARAGRAPH_B, 'a']);
    expect(pageOmissions(lines, [story('a')]).leftOut).toEqual([
      { from: 3, to: 3, after: 'a', text: CUT, before: PARAGRAPH_A, within: true },
    ]);
  });

  it('makes one run of lines left out together, across blank lines, and another after a line a story holds', () => {
    const lines = page([PARAGRAPH_A, 'a'], [CUT], '', [CUT], [PARAGRAPH_B, 'b'], [CUT]);
    expect(pageOmissions(lines, [story('a'), story('b')]).leftOut).toEqual([
      { from: 2, to: 4, after: 'a', text: CUT, before: PARAGRAPH_A, within: false },
      { from: 6, to: 6, after: 'b', text: CUT, before: PARAGRAPH_B, within: false },
    ]);
  });

  it('says whether the story goes on after the lines left out, or another story or nothing follows', () => {
    const lines = page([PARAGRAPH_A, 'a'], [CUT], [PARAGRAPH_B, 'a'], [CUT], ['党建', 'a'], [PARAGRAPH_A, 'b'], [CUT]);
    expect(pageOmissions(lines, [story('a'), story('b')]).leftOut.map((r) => [r.from, r.within])).toEqual([
      [2, true],
      // A short line of the story does not show it goes on.
      [4, false],
      [7, false],
    ]);
  });

  it('leaves the masthead above the first story alone, even a word a story also uses', () => {
    const lines = page(
      ['The Communist Party of China'],
      ['庆祝中国共产党成立一百周年特刊'],
      ['党建', 'a'],
      ['要闻'],
      [PARAGRAPH_A, 'a'],
    );
    expect(pageOmissions(lines, [story('a')]).leftOut).toEqual([]);
  });

  it('does not tell the lines after a draft: the editor is still deciding them', () => {
    const lines = page([PARAGRAPH_A, 'a'], [CUT], [PARAGRAPH_B, 'b'], [CUT]);
    expect(pageOmissions(lines, [story('a', { draft: true }), story('b')]).leftOut.map((r) => r.after)).toEqual(['b']);
  });

  it.each([
    ['a page number and name', '第2版 综合新闻'],
    ['a newspaper’s name', '南方日报'],
    ['a publisher line', '中国高新技术产业导报社出版'],
    ['an address', '地址：珠海市唐家湾镇'],
    ['a line without Han characters', 'INNOVATION 2019'],
    ['contacts', '编辑：李明 电话：(0756)3629000'],
  ])('does not tell page furniture ingest drops: %s', (_, text) => {
    const lines = page([PARAGRAPH_A, 'a'], [text], [PARAGRAPH_B, 'a']);
    expect(pageOmissions(lines, [story('a')]).leftOut).toEqual([]);
  });

  it('takes credits below the last story as the page’s, and tells them inside a story', () => {
    const credits = '组版：王强 校对：李明';
    expect(pageOmissions(page([PARAGRAPH_A, 'a'], '', [credits]), [story('a')]).leftOut).toEqual([]);
    expect(pageOmissions(page([PARAGRAPH_A, 'a'], [credits], [PARAGRAPH_B, 'a']), [story('a')]).leftOut).toHaveLength(
      1,
    );
  });

  it('counts a short line as held when its pieces are in the stories (a paragraph’s end and the credit after it)', () => {
    const tail = '的高增长。（叶伟 文/图）';
    const stories = [story('a', { segments: ['……实现了的高增长。', '叶伟 文/图'] })];
    expect(pageOmissions(page([PARAGRAPH_A, 'a'], [tail]), stories).leftOut).toEqual([]);
    // Without the credit in the story, most of the line is in no story.
    const uncredited = [story('a', { segments: ['……实现了的高增长。'] })];
    expect(pageOmissions(page([PARAGRAPH_A, 'a'], ['的增长。（叶伟 王强 文/图）']), uncredited).leftOut).toHaveLength(
      1,
    );
  });

  it('does not count a long line as held in pieces: a paragraph’s phrases recur in its neighbours', () => {
    const stories = [story('a', { segments: [`${PARAGRAPH_A}${PARAGRAPH_B}`] })];
    const mixed = `${PARAGRAPH_A.slice(0, 12)}${PARAGRAPH_B.slice(0, 12)}`;
    expect(pageOmissions(page([PARAGRAPH_A, 'a'], [mixed]), stories).leftOut).toHaveLength(1);
  });

  it('does not tell lines recorded as left out on purpose, by any story of the page, and keeps their reasons', () => {
    const lines = page([PARAGRAPH_A, 'a'], [CUT], '', [CUT], [PARAGRAPH_B, 'b'], [CUT]);
    const result = pageOmissions(lines, [
      story('a'),
      story('b', {
        omittedLines: [
          { lines: '2-4', reason: '广告' },
          { lines: 6, reason: '转版提示' },
        ],
      }),
    ]);
    expect(result.leftOut).toEqual([]);
    expect(result.misplaced).toEqual([]);
    expect([...result.omitted]).toEqual([
      [2, '广告'],
      [3, '广告'],
      [4, '广告'],
      [6, '转版提示'],
    ]);
  });

  it('tells a record of lines the page does not have, and one that names none', () => {
    const lines = page([PARAGRAPH_A, 'a'], [CUT]);
    const result = pageOmissions(lines, [
      story('a', {
        omittedLines: [
          { lines: '2-3', reason: '广告' },
          { lines: '2-1', reason: '广告' },
          { lines: 2, reason: '广告' },
        ],
      }),
    ]);
    expect(result.misplaced).toEqual([
      { story: 'a', index: 0, problem: { kind: 'beyond', lineCount: 2 } },
      { story: 'a', index: 1, problem: { kind: 'unreadable' } },
    ]);
    expect(result.leftOut).toEqual([]);
  });

  it('tells a published story that holds no line of its page, with the stories whose lines it repeats', () => {
    const lines = page([PARAGRAPH_A, 'a'], [PARAGRAPH_B, 'a'], '', [CUT, 'b']);
    const result = pageOmissions(lines, [
      story('a', { segments: [PARAGRAPH_A, PARAGRAPH_B] }),
      story('b', { segments: [CUT] }),
      // Entered twice; and one paragraph of another story entered again as a story.
      story('a-again', { segments: [PARAGRAPH_A, PARAGRAPH_B] }),
      story('part-of-b', { segments: [CUT.slice(0, 20)] }),
    ]);
    expect(result.unheld).toEqual([
      { story: 'a-again', holders: ['a'] },
      { story: 'part-of-b', holders: ['b'] },
    ]);
  });

  it('does not tell a draft, or a story with next to no text, for holding no line', () => {
    const lines = page([PARAGRAPH_A, 'a']);
    const result = pageOmissions(lines, [
      story('a', { segments: [PARAGRAPH_A] }),
      story('draft', { segments: [PARAGRAPH_A], draft: true }),
      story('photo', { segments: ['图片新闻'] }),
    ]);
    expect(result.unheld).toEqual([]);
  });
});

describe('pageOmissions, a line of no Chinese inside a story’s sentence', () => {
  it('tells a figure set alone, or a sentence’s end, that no story holds (a figure deleted while editing)', () => {
    const figure = page(
      ['今年以来，高新区党工委坚持党建引领，截至', 'a'],
      ['2023'],
      ['年4月底，全区新增高新技术企业两家。', 'a'],
    );
    expect(pageOmissions(figure, [story('a')]).leftOut.map((r) => [r.from, r.text])).toEqual([[2, '2023']]);
    const end = page(['今年上半年，社区志愿服务时长同比增长', 'a'], ['42.46%。'], [PARAGRAPH_B, 'a']);
    expect(pageOmissions(end, [story('a')]).leftOut.map((r) => [r.from, r.text])).toEqual([[2, '42.46%。']]);
  });

  it('leaves a page number between two of a story’s lines, after its sentence’s end or between two stories', () => {
    expect(pageOmissions(page([PARAGRAPH_A, 'a'], ['3'], [PARAGRAPH_B, 'a']), [story('a')]).leftOut).toEqual([]);
    expect(
      pageOmissions(page(['今年以来，高新区党工委坚持党建引领，截至', 'a'], ['3'], [PARAGRAPH_B, 'b']), [
        story('a'),
        story('b'),
      ]).leftOut,
    ).toEqual([]);
  });
});
