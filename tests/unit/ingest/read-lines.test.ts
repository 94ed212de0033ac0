/** read-lines.ts: lines judged by the lines around them (a cut paragraph's piece, a caption). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  captionSentence,
  cutInWord,
  looksLikeFragment,
  pairCounts,
  printedWidth,
  readLines,
} from '../../../src/lib/ingest/read-lines.ts';
import { WRAPPED } from './wrapped-page.ts';

describe('looksLikeFragment', () => {
  it('reads the first piece of a cut paragraph as running text, not a heading', () => {
    expect(looksLikeFragment('为深入开展“不忘初心、牢记使命', '”主题教育，')).toBe(true);
    expect(looksLikeFragment('珠海推动非公企业把党建工作融入企业生产经营、人才培养', '等各个环节。')).toBe(true);
    expect(looksLikeFragment('近日在济南举行的第三届中国生物医药园', '区产业创新发展大会上')).toBe(true);
    expect(looksLikeFragment('高新区党委把党建工作融入企业的', '生产经营。')).toBe(true);
    expect(looksLikeFragment('贵阳高新区：有声智慧党建 打造全新学习阵地', '紧凑的党员活动室内。')).toBe(false);
    expect(looksLikeFragment('昆山高新区获评“中国生物医药园区 创新药物潜力指数十强园区”', '近日。')).toBe(false);
  });

  it('reads a line as a piece when the next opens with a clause of one character, which no paragraph does', () => {
    expect(looksLikeFragment('紧凑的党员活动室', '内，没有豪华的装修，只有一台电视。')).toBe(true);
    expect(looksLikeFragment('业送来了“知百姓冷暖 为百姓谋利”的锦', '旗；')).toBe(true);
    // A lead may open with a word of two characters and a comma (近日，…), or with a quote.
    expect(looksLikeFragment('贵阳高新区：有声智慧党建 打造全新学习阵地', '近日，高新区召开会议。')).toBe(false);
    expect(looksLikeFragment('贵阳高新区：有声智慧党建 打造全新学习阵地', '“好，我们马上办。”')).toBe(false);
  });
});

describe('captionSentence', () => {
  it('tells a one-sentence caption, commas and all, from a one-sentence paragraph', () => {
    expect(captionSentence('高新区持续深化“放管服”改革，提升行政效能，提高办事效率。')).toBe(true);
    expect(captionSentence('小横琴社区打造“红色长廊”，展示中共一大到中共十九大的光辉历程。')).toBe(true);
    expect(captionSentence('基层党组织全面进步全面过硬，离不开一支敢担当善作为的党员干部队伍。')).toBe(false);
    expect(
      captionSentence('在业委会中设立党组织，对化解物业管理纠纷、提升居住质量、推进居民自治等方面起到了积极作用。'),
    ).toBe(false);
    expect(captionSentence('日前，高新区安监局联合高新区教育局在金峰学校开展安全生产宣传教育活动。')).toBe(false);
  });
});

describe('cutInWord', () => {
  it('sees a word cut by a column break when its two halves stand together elsewhere on the page', () => {
    const page = pairCounts(['党组织建设。基层党组织。在业委会中设立党', '组织，对化解物业管理纠纷起到了积极作用。']);
    expect(cutInWord('在业委会中设立党', '组织，对化解物业管理纠纷', page)).toBe(true);
    expect(cutInWord('以高质量党建引领珠海高质量发展', '建设新时代中国特色社会主义', page)).toBe(false);
    // A headline of two phrases is left alone.
    expect(cutInWord('党建引领 奋力迈进国家一流党', '组织', page)).toBe(false);
  });
});

describe('printedWidth', () => {
  it('counts a Chinese character or punctuation mark as one, a letter, digit or number mark as a half', () => {
    expect(printedWidth('党建引领')).toBe(4);
    expect(printedWidth('成立98周年，')).toBe(6);
    expect(printedWidth('\u3000\u3000按照2.5%')).toBe(6);
    expect(printedWidth('2018-2020年）》，  ')).toBe(8.5);
  });
});

describe('readLines on a hard-wrapped page', () => {
  const lines = readLines(WRAPPED.join('\n'));
  const kinds = (numbers: number[]) => numbers.map((n) => `${lines[n - 1]!.kind}${lines[n - 1]!.wraps ? '+' : ''}`);

  it('reads each line under a line of the text’s width, not indented, as going on from it', () => {
    expect(kinds([3, 4, 5, 6, 7, 8, 9])).toEqual(['body', 'body+', 'body+', 'body+', 'body+', 'body+', 'body+']);
    // A line ending a sentence at the line's end, the paragraph going on under it.
    expect(kinds([12, 13, 14, 15])).toEqual(['body+', 'body+', 'body+', 'body+']);
    expect(kinds([18, 19, 22])).toEqual(['body', 'body+', 'body+']);
  });

  it('keeps headlines as headings: wider than the text, with words a space apart, or after a story’s end', () => {
    expect(kinds([1, 2, 16, 17])).toEqual(['heading', 'heading', 'heading', 'heading']);
  });

  it('reads an indented line as a paragraph’s first, however short, and a line as wide as the text after a sentence’s end as no part of that paragraph unless it ends as one', () => {
    expect(kinds([24])).toEqual(['body']);
    expect(lines[22]!.wraps).toBeFalsy();
  });

  it('reads a centred line under a paragraph as a heading, not the paragraph’s next line', () => {
    const centred = [...WRAPPED.slice(0, 8), '          党建引领高质量发展', ...WRAPPED.slice(9)];
    const line = readLines(centred.join('\n'))[8]!;
    expect([line.kind, line.wraps]).toEqual(['heading', undefined]);
  });

  it('reads a page that sets a blank line after every line alike', () => {
    const spaced = readLines(WRAPPED.join('\n\n'));
    expect(spaced.filter((line) => line.wraps).map((line) => line.number)).toEqual(
      lines.filter((line) => line.wraps).map((line) => 2 * line.number - 1),
    );
  });

  it('reads a line a character narrower than the text as a paragraph’s end or a headline, unless its last character went down with a mark', () => {
    // A page that indents nothing: only the widths tell a headline from a paragraph's first line.
    const page = [
      '使用灭火器等火灾急救技能。同学们认真',
      '听讲并积极回应，更是争先恐后地参与现',
      '场体验。',
      '鸡山社区党组织开展主题教育党日活动',
      '为庆祝中国共产党成立98周年，近日，高',
      '新区鸡山社区党组织50名社区党员到广州',
      '辛亥革命纪念馆开展红色教育，他们认真',
      '听取讲解，深受教育。',
    ];
    const read = readLines(page.join('\n'));
    expect(read.map((l) => `${l.kind}${l.wraps ? '+' : ''}`)).toEqual([
      'body',
      'body+',
      'body+',
      'heading',
      'body',
      'body+',
      'body+',
      'body+',
    ]);
    // A line as narrow, where the typesetter moved its last character down with the comma after it: text.
    const pushed = [
      ...page.slice(0, 3),
      '鸡山社区党组织开展主题教育党日活动',
      '时，党员们到广州辛亥革命纪念馆开展红',
      '色教育，他们认真听取讲解，深受教育，',
      ...page.slice(5),
    ];
    expect(readLines(pushed.join('\n')).map((l) => `${l.kind}${l.wraps ? '+' : ''}`)).toEqual([
      'body',
      'body+',
      'body+',
      'body',
      'body+',
      'body+',
      'body+',
      'body+',
      'body+',
    ]);
  });

  it('finds no text width where a few short lines share one among whole paragraphs', () => {
    const page = [
      '今年4月底，我市正式启动实施新一轮党的基层组织建设三年行动计划，将不断扩大基层党组织覆盖。',
      '基层党组织锻造得更加坚强有力。',
      '',
      '我市加强党的基层组织建设成效显著',
      '把基层党组织建设成为坚强战斗堡垒',
      '“党的力量来自组织。党的全面领导、',
      '',
      '',
      '党的全部工作要靠党的坚强组织体系去实现。”党的十八大以来，习近平总书记对党的基层组织建设作出一系列重要指示。',
    ];
    expect(readLines(page.join('\n\n')).filter((line) => line.wraps)).toEqual([]);
    expect(readLines(page.join('\n')).filter((line) => line.wraps)).toEqual([]);
  });

  it('finds no wrapped line on the seed pages, whose lines are paragraphs of any length', () => {
    for (const seed of readdirSync('content/sources').filter((f) => f.endsWith('.txt')))
      expect(readLines(readFileSync(path.join('content/sources', seed), 'utf8')).filter((l) => l.wraps)).toEqual([]);
  });
});
