import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPicture, isTableRow, stripOcrMarkup } from '../../src/lib/ocr-markup.ts';

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
    // The HTML some tools write: a table (often whole on one line), a picture, headings, figures.
    [
      '<table><tr><td>项目</td><td>数量</td></tr><tr><td>党员</td><td><b>536名</b></td></tr></table>',
      '项目 数量 党员 536名',
    ],
    ['<html><body><table border="1"><tr><th>地区</th><th colspan="2">生产总值</th></tr>', '地区 生产总值'],
    ['  <tr><td> 高新区 </td><td>631.6亿元</td></tr>', '高新区 631.6亿元'],
    ['</table></body></html>', ''],
    ['<img src="imgs/img_in_image_box_0_0_600_400.jpg" alt="Image" width="60%" />', ''],
    ['<div style="text-align: center;"><img src="a.jpg"/></div>图为活动现场', '图为活动现场'],
    ['<h2>党建引领 奋力迈进</h2>', '党建引领 奋力迈进'],
    ['<figure><figcaption>图为党员志愿者</figcaption></figure>', '图为党员志愿者'],
    ['<ul><li>坚持党建引领</li></ul>', '坚持党建引领'],
    // A number some tools write as an inline formula.
    ['地区生产总值增长$11\\%$，', '地区生产总值增长11%，'],
    ['增长 $1 2 . 5 \\%$ 以上', '增长 12.5% 以上'],
    ['$2018$年，共$3$个', '2018年，共3个'],
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
    '<tablet>电脑',
    // Dollars, and formulas of more than a number, are left as printed or for an editor.
    '投资$5 $10',
    '$\\times$',
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

  it('is a line of an HTML table, and no other HTML', () => {
    expect(isTableRow('<table><tr><td>项目</td></tr></table>')).toBe(true);
    expect(isTableRow('<html><body><table>')).toBe(true);
    expect(isTableRow('  <td>党员</td>')).toBe(true);
    expect(isTableRow('<div>表1</div>')).toBe(false);
    expect(isTableRow('<tablet>电脑')).toBe(false);
    expect(isTableRow('见下表<table>')).toBe(false);
  });
});

describe('isPicture', () => {
  it('is a line that only marks a picture, in Markdown or HTML', () => {
    expect(isPicture('![](images/a.jpg)')).toBe(true);
    expect(isPicture('<img src="a.jpg" alt="">')).toBe(true);
    expect(isPicture('<div style="text-align: center;"><IMG SRC="a.jpg"/></div>')).toBe(true);
    expect(isPicture('<img src="a.jpg">图为活动现场')).toBe(false);
    expect(isPicture('图片')).toBe(false);
  });

  it('is the word a tool or a typist puts for a picture in square brackets, alone on its line', () => {
    for (const line of ['【图】', '[图片]', '［照片2］', ' [Image] ', '〔配图〕']) expect(isPicture(line)).toBe(true);
    // A caption's printed mark, a caption, a 栏目 in brackets: the page's text.
    for (const line of ['（图）', '【图】高新区党员开展志愿服务', '【图片新闻】', '[图为活动现场]'])
      expect(isPicture(line)).toBe(false);
  });
});
