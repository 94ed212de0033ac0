import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTableRow, stripOcrMarkup } from '../../src/lib/ocr-markup.ts';

describe('stripOcrMarkup', () => {
  it.each([
    ['# 党建引领 奋力迈进国家一流高新区', '党建引领 奋力迈进国家一流高新区'],
    ['#### "一核两翼三提升" 构建基层党建新格局', '"一核两翼三提升" 构建基层党建新格局'],
    ['<mark>仲恺陈</mark>江街道御湖社区党建联盟', '仲恺陈江街道御湖社区党建联盟'],
    ['**党建引领 奋力迈进国家一流高新区**', '党建引领 奋力迈进国家一流高新区'],
    ['## **高点起步 扎实推进**', '高点起步 扎实推进'],
    ['作为**核心引擎**，近年来', '作为核心引擎，近年来'],
    ['作为*核心引擎*，近年来', '作为核心引擎，近年来'],
    ['作为__核心引擎__，近年来', '作为核心引擎，近年来'],
    ['> 事业成败，关键在人。', '事业成败，关键在人。'],
    ['- 2021年是开局之年。', '2021年是开局之年。'],
    ['* 2021年是开局之年。', '2021年是开局之年。'],
    ['> - 引文里的一条。', '引文里的一条。'],
    ['开展党史学习教育。<br/>真正把热情', '开展党史学习教育。真正把热情'],
    ['H<sub>2</sub>O 与 10<sup>4</sup>', 'H2O 与 104'],
    ['<span style="color:red">红色</span>教育', '红色教育'],
    ['![](images/page2_img1.jpg)', ''],
    ['![高新区党员](x.png)党员在书店', '党员在书店'],
    ['详见[高新区官网](https://example.org/x "官网")', '详见高新区官网'],
    ['<!-- page 3 -->第三版', '第三版'],
    ['| 地区生产总值 | 631.6亿元 |', '地区生产总值 631.6亿元'],
    ['| --- | :---: |', ''],
    ['增长11\\*2', '增长11*2'],
    ['党建&nbsp;引领', '党建 引领'],
  ])('%j → %j', (raw, text) => {
    expect(stripOcrMarkup(raw)).toBe(text);
  });

  it.each([
    // Printed numbers and marks are text.
    '1. 坚持党建引领',
    '（一）坚持党建引领',
    '——守初心 担使命 找差距 抓落实',
    '2005—2007年三年间实现营业收入翻了2.5倍。',
    // Asterisks around no Chinese text may be what was printed.
    '评分 *5* 分',
    'a*b*c',
    '注：带*号的为新增项目',
    '邮箱 dengsh_x@chih.org',
    // Tags of no formatting are not the OCR tool's: left for the checks to see.
    '<script>window.x=1</script>',
  ])('keeps %j', (text) => {
    expect(stripOcrMarkup(text)).toBe(text);
  });

  it('leaves plain Chinese text as it is, and removes markup it is given twice', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\u4e00-\u9fa5，。、；：“”（）0-9]{0,40}$/), (text) => {
        expect(stripOcrMarkup(text)).toBe(text.trim());
        expect(stripOcrMarkup(`**${text}**`)).toBe(/[\u4e00-\u9fa5]/.test(text) ? text.trim() : `**${text}**`.trim());
        expect(stripOcrMarkup(stripOcrMarkup(`> <mark>${text}</mark>`))).toBe(stripOcrMarkup(`> ${text}`));
      }),
    );
  });
});

describe('isTableRow', () => {
  it('is a line between pipes', () => {
    expect(isTableRow('| 指标 | 数值 |')).toBe(true);
    expect(isTableRow('  |a|  ')).toBe(true);
    expect(isTableRow('指标 | 数值')).toBe(false);
    expect(isTableRow('|')).toBe(false);
  });
});
