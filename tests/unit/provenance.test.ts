import { describe, expect, it } from 'vitest';
import {
  correctedLines,
  excerpt,
  explain,
  fold,
  foldLine,
  foldText,
  SourceIndex,
  trace,
  type Boundary,
  type Correction,
} from '../../src/lib/provenance.ts';

/** A small page as OCR gives it: half-width punctuation, spaces, column breaks, debris. */
const PAGE = [
  '# 高新区召开党建工作会议',
  '',
  '本报讯 记者宋显晖报道:党员志愿服务岗办理服务事项合计439件,志愿服务时间合计384小时。解决了社',
  '',
  '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。',
  '',
  '区因阵地建设不足制约党建工作开展的问题;得到了',
  '',
  '了人民群众的欢迎和好评。其中26家人围全市"综合创新实力100强",28家人围全市"成长性100强"。',
  '',
  '<mark>仲恺陈</mark>江街道御湖社区党建联盟走 进小区开展文明宣传活动。',
  '',
  '他说:"我们要学党史。"大家都很振奋。',
].join('\n');

const page = SourceIndex.of(PAGE);
const traced = (text: string, boundary: Boundary = 'sentence', corrections: Correction[] = []) =>
  trace(foldText(text), page.withLines(correctedLines(page, corrections)), boundary).ok;

describe('fold', () => {
  it('drops spaces and invisible characters, folds width and quotes, keeps Han and digits', () => {
    expect(foldText('党建 引领，\u200b“高质量”（2021）\u3000发展')).toBe('党建引领,"高质量"(2021)发展');
    expect(foldText('a  b\tc\nd')).toBe('abcd');
    expect(foldText('‘单引号’')).toBe("'单引号'");
  });

  it('maps each folded unit back to the character it came from', () => {
    const folded = fold('甲 乙，丙');
    expect(folded.text).toBe('甲乙,丙');
    expect(folded.map).toEqual([0, 2, 3, 4]);
  });

  it('folds a raw line without its OCR markup: a leading # and <mark> tags', () => {
    expect(foldLine('#### "一核两翼" 构建新格局', 1).text).toBe('"一核两翼"构建新格局');
    expect(foldLine('<mark>仲恺陈</mark>江街道', 1).text).toBe('仲恺陈江街道');
  });
});

describe('trace', () => {
  it('accepts the text of a line, repaired as ingest repairs it', () => {
    expect(traced('高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。')).toBe(true);
    expect(traced('仲恺陈江街道御湖社区党建联盟走进小区开展文明宣传活动。')).toBe(true);
    expect(traced('高新区召开党建工作会议', 'phrase')).toBe(true);
  });

  it('accepts a paragraph joined across a column break, even with a caption between', () => {
    expect(
      traced(
        '本报讯 记者宋显晖报道：党员志愿服务岗办理服务事项合计439件，志愿服务时间合计384小时。解决了社区因阵地建设不足制约党建工作开展的问题；得到了',
      ),
    ).toBe(true);
  });

  it('accepts a paragraph that starts or ends where a sentence does inside a line', () => {
    expect(traced('大家都很振奋。')).toBe(true);
    expect(traced('他说：“我们要学党史。”')).toBe(true);
  });

  it('refuses a changed digit, an added digit, an inserted sentence, a dropped character', () => {
    expect(traced('党员志愿服务岗办理服务事项合计439件，志愿服务时间合计384小时。', 'any')).toBe(true);
    expect(traced('党员志愿服务岗办理服务事项合计4390件，志愿服务时间合计384小时。', 'any')).toBe(false);
    expect(traced('党员志愿服务岗办理服务事项合计438件，志愿服务时间合计384小时。', 'any')).toBe(false);
    expect(traced('高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。活动很成功。')).toBe(false);
    expect(traced('高新区党政办第二党支部到苏兆征故居陈列馆开展主题日活动。')).toBe(false);
  });

  it('refuses a join where the page has no line break', () => {
    // Both halves are printed, but not one after the other.
    expect(traced('高新区党政办第二党支部大家都很振奋。')).toBe(false);
  });

  it('refuses a paragraph that starts or ends inside a sentence', () => {
    expect(traced('我们要学党史。”大家都很振奋。')).toBe(false);
    expect(traced('他说：“我们要学党史')).toBe(false);
    // The closing quote belongs to the sentence: dropping it is a change.
    expect(traced('他说：“我们要学党史。')).toBe(false);
    // A headline part may start at a phrase boundary (a space, punctuation).
    expect(traced('进小区开展文明宣传活动。', 'phrase')).toBe(true);
    expect(traced('小区开展文明宣传活动。', 'phrase')).toBe(false);
  });

  it('reads a jump mark set on a line of text as the end of the line, on either side', () => {
    const jumps = SourceIndex.of(
      ['（上接第1版）近期，珠海市结合党史学习教育开展活动。', '', '开展主题教育与庆祝新中 (下转第２版)'].join('\n'),
    );
    const tracedHere = (text: string) => trace(foldText(text), jumps, 'sentence').ok;
    expect(tracedHere('近期，珠海市结合党史学习教育开展活动。')).toBe(true);
    expect(tracedHere('开展主题教育与庆祝新中')).toBe(true);
    // Inside a sentence it is still no boundary, and the mark itself is on the page.
    expect(tracedHere('珠海市结合党史学习教育开展活动。')).toBe(false);
    expect(tracedHere('开展主题教育与庆祝新')).toBe(false);
    expect(tracedHere('开展主题教育与庆祝新中（下转第2版）')).toBe(true);
  });

  it('reads a jump mark a line’s end cut in two as the end of the text before it', () => {
    const cut = SourceIndex.of(
      ['开展主题教育与庆祝新中 （', '', '下转第2版）', '党员们重温入党誓词。(下', '转A2版)'].join('\n'),
    );
    const tracedHere = (text: string) => trace(foldText(text), cut, 'sentence').ok;
    expect(tracedHere('开展主题教育与庆祝新中')).toBe(true);
    expect(tracedHere('党员们重温入党誓词。')).toBe(true);
    expect(tracedHere('开展主题教育与庆祝新')).toBe(false);
    // A bracket the next line does not close as a jump mark is the text's.
    const open = SourceIndex.of(['开展主题教育与庆祝新中 （', '通讯员 张明）'].join('\n'));
    expect(trace(foldText('开展主题教育与庆祝新中'), open, 'sentence').ok).toBe(false);
  });

  it('lets a brief’s text start where its title ends on its line, and nowhere else new', () => {
    const briefs = SourceIndex.of(
      [
        '■金鼎社区开展“我为群众办实事”志愿服务 6月25日，金鼎社区组织党员志愿者开展环境整治。',
        '',
        '【唐家湾镇举办党务干部培训班】6月26日，唐家湾镇举办党务干部培训班。',
        '',
        '淇澳村召开党员大会 近日，淇澳村党支部召开党员大会。',
        '',
        '高新区召开会议 部署全年工作。',
        '',
        '珠海高新区讯 6月27日，高新区举办党课。',
      ].join('\n'),
    );
    const tracedHere = (text: string, boundary: Boundary = 'sentence') => trace(foldText(text), briefs, boundary).ok;
    expect(tracedHere('6月25日，金鼎社区组织党员志愿者开展环境整治。')).toBe(true);
    expect(tracedHere('金鼎社区开展“我为群众办实事”志愿服务', 'phrase')).toBe(true);
    // In brackets, or bare before a news item's opening.
    expect(tracedHere('6月26日，唐家湾镇举办党务干部培训班。')).toBe(true);
    expect(tracedHere('近日，淇澳村党支部召开党员大会。')).toBe(true);
    // Inside its text, after a space before what opens no news item, or after a dateline, still no sentence starts.
    expect(tracedHere('金鼎社区组织党员志愿者开展环境整治。')).toBe(false);
    expect(tracedHere('部署全年工作。')).toBe(false);
    expect(tracedHere('6月27日，高新区举办党课。')).toBe(false);
  });

  it('gives where on the page each reading of a piece starts', () => {
    const result = trace(foldText('大家都很振奋。'), page, 'sentence');
    expect(result.starts).toEqual([{ number: 13, column: expect.any(Number) }]);
  });
});

describe('corrections', () => {
  it('accept the corrected text and still the printed one', () => {
    const corrections = [{ original: '26家人围全市', corrected: '26家入围全市' }];
    const paragraph = '其中26家入围全市“综合创新实力100强”，28家人围全市“成长性100强”。';
    expect(traced(paragraph)).toBe(false);
    expect(traced(paragraph, 'sentence', corrections)).toBe(true);
  });

  it('apply together when two stand on one line', () => {
    const corrections = [
      { original: '26家人围全市', corrected: '26家入围全市' },
      { original: '28家人围全市', corrected: '28家入围全市' },
    ];
    expect(traced('其中26家入围全市“综合创新实力100强”，28家入围全市“成长性100强”。', 'sentence', corrections)).toBe(
      true,
    );
  });

  it('may span a column break, and may delete', () => {
    const repeat = [{ original: '得到了\n\n了人民群众', corrected: '得到了人民群众' }];
    expect(traced('区因阵地建设不足制约党建工作开展的问题；得到了人民群众的欢迎和好评。')).toBe(false);
    expect(traced('区因阵地建设不足制约党建工作开展的问题；得到了人民群众的欢迎和好评。', 'sentence', repeat)).toBe(
      true,
    );
    const deletion = [{ original: '大家都很振奋。', corrected: '' }];
    expect(traced('他说：“我们要学党史。”', 'sentence', deletion)).toBe(true);
  });

  it('do not let a correction vouch for other words', () => {
    const corrections = [{ original: '26家人围全市', corrected: '26家入围全市' }];
    expect(traced('其中26家入围全省“综合创新实力100强”', 'any', corrections)).toBe(false);
  });
});

describe('explain', () => {
  const why = (text: string, boundary: Boundary = 'sentence') => {
    const folded = fold(text);
    const untraced = explain(folded, page, boundary);
    return { kind: untraced.kind, shown: excerpt(text, untraced), words: text.slice(untraced.from, untraced.to) };
  };

  it('names the words the page does not print', () => {
    const result = why('高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。这是编造的。');
    expect(result.kind).toBe('words');
    expect(result.words).toContain('编造');
    expect(result.shown).toContain('【');
  });

  it('points at the digit that was changed', () => {
    const result = why('党员志愿服务岗办理服务事项合计4390件，志愿服务时间合计384小时。', 'any');
    expect(result.kind).toBe('words');
    expect(result.shown).toMatch(/439【0/);
  });

  it('names a join the page does not make', () => {
    expect(why('高新区党政办第二党支部大家都很振奋。').kind).toBe('join');
  });

  it('names a start inside a sentence', () => {
    expect(why('我们要学党史。”大家都很振奋。').kind).toBe('start');
  });
});

describe('scale', () => {
  it('checks a long article against a long page', () => {
    const sentence = (i: number) => `第${i}条：高新区持续推进党史学习教育，累计开展活动${i * 7}场次。`;
    const lines = Array.from({ length: 4000 }, (_, i) => sentence(i));
    const big = SourceIndex.of(lines.join('\n\n'));
    const article = lines.slice(1000, 1400).join('');
    expect(trace(foldText(article), big, 'sentence').ok).toBe(true);
    expect(trace(foldText(article.replace('累计开展活动7077场次', '累计开展活动7078场次')), big, 'sentence').ok).toBe(
      false,
    );
  });

  it('applies a correction to a page of 300,000 characters', () => {
    const line = '高新区持续推进党史学习教育。'.repeat(5000 / 14);
    const raw = Array.from({ length: 60 }, () => line).join('\n');
    const big = SourceIndex.of(`本报讯 党支部开展主题党日活动\n${raw}`);
    const corrected = big.withLines(correctedLines(big, [{ original: '主题党日', corrected: '主題黨日' }]));
    expect(trace(foldText('党支部开展主題黨日活动'), corrected, 'phrase').ok).toBe(true);
  });
});
