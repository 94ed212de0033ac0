/** headlines.ts: a headline block's lines read as 引题, 主题 and 副题. */
import { describe, expect, it } from 'vitest';
import { headlineFromBlock, bracketedColumn } from '../../../src/lib/ingest/headlines.ts';

describe('headlineFromBlock', () => {
  it('takes the second of two lines as the main title', () => {
    expect(headlineFromBlock(['高新区持续推进党史学习教育走深走实', '学思践悟守初心 凝心聚力开新局']).headline).toEqual(
      { kicker: '高新区持续推进党史学习教育走深走实', title: '学思践悟守初心 凝心聚力开新局' },
    );
  });
  it('reads a label ending in a colon as the kicker under the title', () => {
    expect(headlineFromBlock(['党建引领 奋力迈进国家一流高新区', '惠州仲恺高新区:']).headline).toEqual({
      kicker: '惠州仲恺高新区',
      title: '党建引领 奋力迈进国家一流高新区',
    });
  });
  it('treats a very short first line over a longer headline as the column', () => {
    expect(
      headlineFromBlock(['党建 在高新', '守初心 担使命 找差距 抓落实', '济宁高新区主题教育凝聚三次创业磅礴力量']),
    ).toEqual({
      headline: { kicker: '守初心 担使命 找差距 抓落实', title: '济宁高新区主题教育凝聚三次创业磅礴力量' },
      column: '党建在高新',
    });
  });
  it('takes a label in brackets over the headline as the column, however long', () => {
    expect(headlineFromBlock(['【党建引领】', '西安高新区：红色引擎激活发展动能'])).toEqual({
      headline: { title: '西安高新区：红色引擎激活发展动能' },
      column: '党建引领',
    });
    expect(headlineFromBlock(['〖 党建在高新 〗', '守初心 担使命', '济宁高新区主题教育凝聚三次创业磅礴力量'])).toEqual({
      headline: { kicker: '守初心 担使命', title: '济宁高新区主题教育凝聚三次创业磅礴力量' },
      column: '党建在高新',
    });
  });
  it('takes a label in brackets or before a bar on the title’s own line as the column', () => {
    for (const printed of [
      '【聚焦】金鼎社区党员志愿服务暖人心',
      '聚焦｜金鼎社区党员志愿服务暖人心',
      '［ 聚焦 ］金鼎社区党员志愿服务暖人心',
    ])
      expect(headlineFromBlock([printed]), printed).toEqual({
        headline: { title: '金鼎社区党员志愿服务暖人心' },
        column: '聚焦',
        ownColumn: true,
      });
    expect(headlineFromBlock(['【聚焦】金鼎社区党员志愿服务暖人心', '——“我为群众办实事”实践活动侧记'])).toEqual({
      headline: { title: '金鼎社区党员志愿服务暖人心', subtitle: '“我为群众办实事”实践活动侧记' },
      column: '聚焦',
      ownColumn: true,
    });
    // A title that only opens with a quote or a name is the title whole.
    expect(headlineFromBlock(['“我为群众办实事”在行动']).column).toBeUndefined();
  });

  it('joins a short quoted line to the line above', () => {
    expect(headlineFromBlock(['党史学习教育', '我市持续推进', '“十万党员进党校”']).headline).toEqual({
      kicker: '党史学习教育',
      title: '我市持续推进“十万党员进党校”',
    });
  });
});

describe('headlineFromBlock', () => {
  it('names the 主题 of two lines by type size, above or below the other', () => {
    expect(headlineFromBlock(['提高学生自救互救技能', '送上组织的关怀和温暖'], [1, 3]).headline).toEqual({
      title: '提高学生自救互救技能',
      subtitle: '送上组织的关怀和温暖',
    });
    expect(headlineFromBlock(['高新区举办安全生产知识竞赛', '10支企业和高校队伍参赛'], [3, 2]).headline).toEqual({
      kicker: '高新区举办安全生产知识竞赛',
      title: '10支企业和高校队伍参赛',
    });
    // 主题——副题 on one line.
    expect(headlineFromBlock(['高新区召开党建工作会议——部署2022年重点任务']).headline).toEqual({
      title: '高新区召开党建工作会议',
      subtitle: '部署2022年重点任务',
    });
    // A column's name in brackets may be long.
    expect(headlineFromBlock(['【庆祝中国共产党成立100周年】', '提高学生自救互救技能']).column).toBe(
      '庆祝中国共产党成立100周年',
    );
    // Under a column label, the two lines are still told apart by their sizes.
    expect(headlineFromBlock(['党建', '提高学生自救互救技能', '送上组织的关怀和温暖'], [0, 1, 3])).toEqual({
      headline: { title: '提高学生自救互救技能', subtitle: '送上组织的关怀和温暖' },
      column: '党建',
    });
    // Two lines in the largest type are one 主题 its width wrapped, under a 引题 or over a 副题.
    expect(headlineFromBlock(['高新区以高质量党建', '引领高质量发展'], [1, 1]).headline).toEqual({
      title: '高新区以高质量党建 引领高质量发展',
    });
    expect(
      headlineFromBlock(
        ['党史学习教育', '高新区以高质量党建', '引领高质量发展', '——金鼎社区党建工作纪实'],
        [2, 1, 1, 3],
      ).headline,
    ).toEqual({ kicker: '党史学习教育', title: '高新区以高质量党建 引领高质量发展', subtitle: '金鼎社区党建工作纪实' });
    expect(headlineFromBlock(['高新区以高质量党建', '引领高质量发展', '送上组织的关怀'], [1, 1, 3]).headline).toEqual({
      title: '高新区以高质量党建 引领高质量发展',
      subtitle: '送上组织的关怀',
    });
    // A line the OCR tool left unmarked (a 副题 under them) does not hide the size the others share.
    expect(
      headlineFromBlock(
        ['党史学习教育', '高新区以高质量党建', '引领高质量发展', '——金鼎社区党建工作纪实'],
        [2, 1, 1, 0],
      ).headline,
    ).toEqual({ kicker: '党史学习教育', title: '高新区以高质量党建 引领高质量发展', subtitle: '金鼎社区党建工作纪实' });
    expect(headlineFromBlock(['党史学习教育', '高新区以高质量党建', '引领高质量发展'], [0, 1, 1]).headline).toEqual({
      kicker: '党史学习教育',
      title: '高新区以高质量党建 引领高质量发展',
    });
    // No sizes: the usual order, 引题 over 主题.
    expect(headlineFromBlock(['高新区举办安全生产知识竞赛', '10支企业和高校队伍参赛']).headline).toEqual({
      kicker: '高新区举办安全生产知识竞赛',
      title: '10支企业和高校队伍参赛',
    });
  });
});

describe('headlineFromBlock, a mark before a title', () => {
  it('drops the mark (■ 高新区…) and keeps a label set between two marks as the column', () => {
    expect(headlineFromBlock(['■ 高新区机关党委开展主题党日活动']).headline).toEqual({
      title: '高新区机关党委开展主题党日活动',
    });
    expect(headlineFromBlock(['◆党建之窗◆', '★科技园党支部召开专题组织生活会'])).toEqual({
      headline: { title: '科技园党支部召开专题组织生活会' },
      column: '党建之窗',
    });
  });
});

describe('bracketedColumn', () => {
  it('reads a label in brackets, between two of the same mark, or after a bar', () => {
    expect(bracketedColumn('【党建引领】')).toBe('党建引领');
    expect(bracketedColumn('◆党建之窗◆')).toBe('党建之窗');
    expect(bracketedColumn('· 党建之窗 ·')).toBe('党建之窗');
    expect(bracketedColumn('▍党建引领')).toBe('党建引领');
  });

  it('reads no label in a headline after a mark, in names between dots, or in marks that differ', () => {
    for (const line of ['■ 高新区召开党建工作会议', '·任溢斌 黄艳鸣 张悦·', '◆党建之窗■', '▍高新区召开党建工作会议'])
      expect(bracketedColumn(line), line).toBeUndefined();
  });
});

describe('headlineFromBlock, as more papers set a headline', () => {
  it('joins a line that opens with 暨 to the line above: one title, a meeting’s two parts', () => {
    expect(headlineFromBlock(['珠海高新区召开庆祝建党100周年', '暨“两优一先”表彰大会']).headline).toEqual({
      title: '珠海高新区召开庆祝建党100周年暨“两优一先”表彰大会',
    });
    expect(
      headlineFromBlock(['学习贯彻党的二十大精神', '高新区召开党建工作会议', '暨基层党建述职评议会']).headline,
    ).toEqual({ kicker: '学习贯彻党的二十大精神', title: '高新区召开党建工作会议暨基层党建述职评议会' });
  });

  it('reads a title that opens with a quotation as the title, under its label; a quotation whole finishes the line above', () => {
    expect(headlineFromBlock(['企业党建', '“红色引擎”驱动企业发展'])).toEqual({
      headline: { title: '“红色引擎”驱动企业发展' },
      column: '企业党建',
    });
    expect(headlineFromBlock(['我市持续推进', '“十万党员进党校”']).headline).toEqual({
      title: '我市持续推进“十万党员进党校”',
    });
  });

  it('gives a label naming the kind of piece (短评, 专访) to its story alone', () => {
    expect(headlineFromBlock(['短评', '让党旗在基层一线高高飘扬'])).toEqual({
      headline: { title: '让党旗在基层一线高高飘扬' },
      column: '短评',
      ownColumn: true,
    });
    // A label of a subject is a guess for the page's column.
    expect(headlineFromBlock(['党史学习', '高新区开展党史学习教育活动']).ownColumn).toBeUndefined();
  });
});
