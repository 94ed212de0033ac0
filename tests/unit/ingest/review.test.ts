import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../../src/lib/ingest/review.ts';

const PAGE = [
  '中国高新技术产业导报', // 1 furniture
  '',
  '高新区举办安全生产知识竞赛', // 3 headline (kicker)
  '',
  '10支企业和高校队伍参赛', // 5 headline (title)
  '',
  '本报记者 张志东', // 7 byline
  '',
  '本报讯 近日，高新区举办了安全生产知识竞赛，辖区企业和高校共10支队伍参加了竞赛，现场气氛热烈。', // 9
  '',
  '高新区持续深化“放管服”改革，提升行政效能，提高办事效率。 高新区供图', // 11 caption
  '',
  '本次活动由高新区总工会主办，竞赛分为必答题、抢答题和风险题三个环节，各队伍展开了激烈角逐，纵向到底、纵向到底。', // 13
  '',
  '鸡山社区党组织开展主题教育党日活动', // 15 the next story
  '',
  '本报讯 为庆祝中国共产党成立98周年，近日，高新区鸡山社区党组织50名社区党员到广州辛亥革命纪念馆参观学习。', // 17
  '',
  '中国高新技术产业导报社出版', // 19 furniture
].join('\n');

describe('sourceLines', () => {
  it('says what each line of the page became in one draft', () => {
    const uses = sourceLines(PAGE, 1).map((l) => [l.number, l.use, l.note]);
    expect(uses.filter(([, use]) => use !== 'blank')).toEqual([
      [1, 'furniture', '报名'],
      [3, 'headline', undefined],
      [5, 'headline', undefined],
      [7, 'byline', undefined],
      [9, 'body', undefined],
      [11, 'caption', undefined],
      [13, 'body', undefined],
      [15, 'other-story', '第2篇'],
      [17, 'other-story', '第2篇'],
      [19, 'furniture', '出版/印刷'],
    ]);
  });

  it('names a column over the headline as the 栏目, and does not flag a byline’s mark as unusual', () => {
    const page = [
      '【党建引领】',
      '西安高新区：红色引擎激活发展动能',
      '■ 本报记者 陈静',
      '',
      '本报讯 今年以来，西安高新区以党史学习教育成果转化为抓手，推动党建工作与业务工作深度融合，成效明显。',
      '',
      '党建 在高新',
      '守初心 担使命 找差距 抓落实',
      '济宁高新区主题教育凝聚三次创业磅礴力量',
      '本报记者 张志东',
      '',
      '本报讯 济宁高新区扎实开展主题教育，推动各项工作落实见效，党员干部精神面貌焕然一新。',
    ].join('\n');
    const first = sourceLines(page, 1);
    expect(first.slice(0, 3).map((l) => l.use)).toEqual(['column', 'headline', 'byline']);
    expect(first[2]!.suspicions).toEqual([]);
    expect(sourceLines(page, 2).find((l) => l.number === 7)!.use).toBe('column');
    // A mark inside the text is still flagged.
    expect(sourceLines('高新区■党建\n', 1)[0]!.suspicions.join()).toContain('U+25A0');
  });

  it('keeps each line as printed and marks its suspicious spots', () => {
    const lines = sourceLines(PAGE, 1);
    expect(lines.map((l) => l.text).join('\n')).toBe(PAGE);
    expect(lines.find((l) => l.number === 13)!.suspicions.join()).toContain('连印两次');
  });
});
