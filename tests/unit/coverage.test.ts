import { describe, expect, it } from 'vitest';
import { coverage, furnitureRule, pageText, verticalTextLines, WINDOW } from '../../src/lib/coverage.ts';

const BODY =
  '党史学习教育开展以来高新区以集中个人学习体系为基础实现了党委带头学支部集中学培训辅导学党员主动学的良好学风' +
  '区党工委理论学习中心组到苏兆征故居陈列馆开展革命传统教育区党工委书记带头讲学党史强信念守初心专题党课';

describe('furniture rules', () => {
  it.each([
    ['编辑/组版/电话/邮箱', '编辑:叶伟(010)68667266转242 E-mail:yewei@chinahightech.com'],
    ['编辑/组版/电话/邮箱', '责编：王芳 美编：李明'],
    ['编辑/组版/电话/邮箱', '组版.张三'],
    // Too little before the label for a sentence of a story's.
    ['编辑/组版/电话/邮箱', '本版编辑：张三'],
    ['编辑/组版/电话/邮箱', '第5版。编辑：张三'],
    ['出版日期', '2019.10.28 星期一'],
    ['出版日期', '2021年6月28日 星期一'],
    ['出版日期', '2021-06-28'],
    ['报名与版次', '中国高新技术产业导报 9'],
    ['报名与版次', '中国高新技术产业导报12'],
    ['单字残留', 'H'],
    ['单字残留', '启'],
    ['单字残留', '  # 7  '],
    ['合办/主办', '科技部火炬中心合办'],
    ['合办/主办', '中国高新区党建工作研究会 主办'],
  ])('%s: %j', (rule, line) => {
    expect(furnitureRule(line)?.name).toBe(rule);
  });

  it.each([
    '深入开展党史学习教育，是党的政治生活中的一件大事。',
    '2019年10月28日，高新区召开党建工作推进会。',
    // An OCR line may wrap right after a date in running text.
    '党的十九大于2017年10月18日',
    '区党工委书记带头讲“学党史 强信念 守初心”专题党课',
    '高新区持续推进党史学习教育走深走实',
    '本报记者 宋一诺',
    '撰写:本报记者 宋一诺 摄影:本报记者 吴长赋',
    '举办基层宣讲119场次，覆盖党员、群众1.39万人次；',
    '中国高新技术产业导报记者近日在高新区采访',
    '由科技部火炬中心合办的培训班在济宁开班。',
    '党建',
    '',
    // A story's last sentence with its editors after it: the story's text, its credits read off it.
    '会议要求，各级党组织要抓好落实。【责任编辑：张三】',
    '会议要求，各级党组织要抓好落实。责任编辑：张三 校对：李四',
  ])('does not take a body line for furniture: %j', (line) => {
    expect(furnitureRule(line)).toBeUndefined();
  });
});

describe('pageText', () => {
  it('keeps only the Han characters of lines that are not furniture', () => {
    const source = [
      '中国高新技术产业导报 9',
      '2019.10.28 星期一',
      '',
      '高新区党建工作',
      'H',
      '会议（第一次）召开。',
      '编辑:叶伟(010)68667266转242',
    ].join('\r\n');
    const { text, dropped } = pageText(source);
    expect(text).toBe('高新区党建工作会议第一次召开');
    expect(dropped.map((d) => d.rule)).toEqual(['报名与版次', '出版日期', '单字残留', '编辑/组版/电话/邮箱']);
    expect(dropped[0]!.line).toBe('中国高新技术产业导报 9');
  });

  it('reads a page of spaced-out type as set, its furniture dropped as on any page', () => {
    const source = [
      '中 国 高 新 技 术 产 业 导 报   9',
      '2 0 1 9 . 1 0 . 2 8   星 期 一',
      '',
      '高 新 区 党 建 工 作',
    ].join('\n');
    const { text, dropped } = pageText(source);
    expect(text).toBe('高新区党建工作');
    expect(dropped.map((d) => [d.rule, d.line])).toEqual([
      ['报名与版次', '中 国 高 新 技 术 产 业 导 报   9'],
      ['出版日期', '2 0 1 9 . 1 0 . 2 8   星 期 一'],
    ]);
  });
});

describe('coverage', () => {
  it('counts a fully copied page as 1', () => {
    expect(coverage(BODY, [BODY])).toEqual({
      total: [...BODY].length,
      covered: [...BODY].length,
      ratio: 1,
      missing: [],
    });
  });

  it('counts a page split over several articles, in any order, as 1', () => {
    const half = Math.floor(BODY.length / 2);
    expect(coverage(BODY, [BODY.slice(half), BODY.slice(0, half)]).ratio).toBe(1);
  });

  it('costs a corrected character at most 2 × WINDOW characters', () => {
    const at = 40;
    const corrected = `${BODY.slice(0, at)}徵${BODY.slice(at + 1)}`;
    const result = coverage(BODY, [corrected]);
    const lost = result.total - result.covered;
    expect(lost).toBeGreaterThanOrEqual(1);
    expect(lost).toBeLessThanOrEqual(WINDOW * 2);
    expect(result.missing).toHaveLength(1);
    expect(result.missing[0]).toContain(BODY[at]);
  });

  it('finds almost nothing of a different text', () => {
    const other =
      '春风细雨般滋养着高新区党员干部的初心使命凝聚起干事创业的强大动力用好党史这部丰富生动的教科书激发热情';
    expect(coverage(BODY, [other]).ratio).toBeLessThan(0.05);
  });

  it('reports the missing stretches', () => {
    const left = BODY.slice(0, 30);
    const gap = BODY.slice(30, 50);
    const right = BODY.slice(50);
    const result = coverage(BODY, [left, right]);
    expect(result.missing).toEqual([gap]);
    expect(result.covered).toBe(result.total - gap.length);
  });

  it('counts characters outside the BMP once', () => {
    const text = `${'𠮷'.repeat(3)}${BODY.slice(0, 20)}`;
    expect(coverage(text, [text])).toMatchObject({ total: 23, covered: 23, ratio: 1 });
  });

  it('counts an empty page as fully covered', () => {
    expect(coverage('', [])).toEqual({ total: 0, covered: 0, ratio: 1, missing: [] });
  });
});

describe('text set vertically, a character a line', () => {
  const column = (text: string) => [...text];

  it('is four lines or more of one Han character each, one right under the other', () => {
    const lines = ['高新区召开党建工作会议。', ...column('金鼎社区'), '', '本报记者 李四', '# 服', '务', '志', '愿'];
    expect([...verticalTextLines(lines)]).toEqual([1, 2, 3, 4, 7, 8, 9, 10]);
  });

  it('is not three such lines, nor lines a blank line or a longer line parts', () => {
    expect(verticalTextLines(column('金鼎社')).size).toBe(0);
    expect(verticalTextLines(['金', '鼎', '', '社', '区']).size).toBe(0);
    expect(verticalTextLines(['金', '鼎', '社区', '开', '展']).size).toBe(0);
    // Stray letters and digits are no text of a headline.
    expect(verticalTextLines(['H', '7', 'a', '.']).size).toBe(0);
  });

  it('holds the marks printed between its characters, an opening one before them and a closing one after', () => {
    expect([...verticalTextLines(['“', '淄', '博', '”', '制', '造', '：', '闪', '耀'])]).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    // A mark that cannot open a headline before it, or close one after it, is not its.
    expect([...verticalTextLines(['。', '金', '鼎', '社', '区', '“'])]).toEqual([1, 2, 3, 4]);
    expect(verticalTextLines(['“', '、', '：', '金', '鼎', '社']).size).toBe(0);
  });

  it('is kept in the page text, where one stray character is dropped', () => {
    const { text, dropped } = pageText(
      ['启', '', ...column('金鼎社区开展志愿服务'), '', '6月25日，金鼎社区开展志愿服务。'].join('\n'),
    );
    expect(text).toBe('金鼎社区开展志愿服务月日金鼎社区开展志愿服务');
    expect(dropped).toEqual([{ line: '启', rule: '单字残留' }]);
  });
});
