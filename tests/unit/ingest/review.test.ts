import { describe, expect, it } from 'vitest';
import { beginningHint, sourceLines, storyOf } from '../../../src/lib/ingest/review.ts';

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

  it('shows a page of spaced-out type as printed, each line read as set', () => {
    const page = [
      '第 2 版   要 闻',
      '',
      '党 员 志 愿 者 走 进 社 区',
      '',
      '本 报 讯   连 日 来 ， 高 新 区 开 展 志 愿 服 务 活 动 。',
    ];
    expect(sourceLines(page.join('\n'), 1).map((l) => [l.number, l.use, l.text])).toEqual([
      [1, 'furniture', page[0]],
      [2, 'blank', ''],
      [3, 'headline', page[2]],
      [4, 'blank', ''],
      [5, 'body', page[4]],
    ]);
  });

  it('shows a brief’s line as its title, its text after it, and the briefs’ label as the 栏目', () => {
    const page = [
      '党建简讯',
      '',
      '■金鼎社区开展志愿服务 6月25日，金鼎社区组织党员志愿者开展环境整治志愿服务。',
      '■唐家湾镇举办培训班 6月26日，唐家湾镇举办党务工作者培训班，120余名党务工作者参加培训。',
    ].join('\n');
    expect(sourceLines(page, 1).map((l) => [l.number, l.use, l.note])).toEqual([
      [1, 'column', undefined],
      [2, 'blank', undefined],
      [3, 'headline', '其后为正文'],
      [4, 'other-story', '第2篇'],
    ]);
  });

  it('shows a title’s line that prints its writer as the headline, its writer after it', () => {
    const page = ['七一抒怀 □ 王芳', '', '一百年风雨兼程', '一百年初心如磐', '镰刀锤头的旗帜', '在东方的天空飘扬'].join(
      '\n',
    );
    expect(sourceLines(page, 1).map((l) => [l.number, l.use, l.note])).toEqual([
      [1, 'headline', '其后为作者署名'],
      [2, 'blank', undefined],
      [3, 'body', undefined],
      [4, 'body', undefined],
      [5, 'body', undefined],
      [6, 'body', undefined],
    ]);
  });

  it('shows each line of a headline set vertically, a character a line, as its story’s headline', () => {
    const page = [
      '高新区召开党建工作会议',
      '本报记者 张三',
      '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务，会议要求各级党组织要抓好落实。',
      ...'金鼎社区开展志愿服务',
      '本报记者 李四',
      '6月25日，金鼎社区组织党员志愿者开展环境整治志愿服务，受到居民欢迎。',
    ].join('\n');
    const vertical = (order: number) =>
      sourceLines(page, order)
        .filter((l) => l.number >= 4 && l.number <= 13)
        .map((l) => [l.use, l.note]);
    expect(vertical(2)).toEqual(Array.from({ length: 10 }, () => ['headline', undefined]));
    expect(vertical(1)).toEqual(Array.from({ length: 10 }, () => ['other-story', '第2篇']));
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
    // A title's line that prints the column before it is the headline's.
    const inline = [
      '【聚焦】金鼎社区党员志愿服务暖人心',
      '本报记者 张三',
      '',
      '6月25日，金鼎社区组织党员志愿者开展志愿服务活动。',
    ];
    expect(sourceLines(inline.join('\n'), 1)[0]!.use).toBe('headline');
    // A mark inside the text is still flagged.
    expect(sourceLines('高新区■党建\n', 1)[0]!.suspicions.join()).toContain('U+25A0');
  });

  it('shows a heading-like line the draft took as its text as text, and the section head under it as one', () => {
    const page = [
      '把基层党组织建设成为坚强战斗堡垒',
      '',
      '本报讯 近日，珠海市加强党的基层组织建设，推动基层党组织全面进步、全面过硬，成效显著。',
      '',
      '1 以组织振兴推动乡村振兴',
      '',
      '党的十八大以来，珠海持续提升农村基层党组织组织力，截至去年9月底，全市48个软弱涣散村党组织全部完成整顿。',
      '',
      '2 不断提升基层治理效能',
      '',
      '坚持把提升人民群众获得感作为基层治理的出发点和落脚点，市财政安排服务群众专项经费。',
      '深入开展了', // 12: the text's cut-off end
      '3 服务经济社会高质量发展', // 13: the next section head
      '',
      '珠海推动非公企业把党建工作融入企业生产经营、人才培养、企业文化、社会责任等各个方面。',
    ].join('\n');
    const uses = new Map(sourceLines(page, 1).map((l) => [l.number, l.use]));
    expect([uses.get(1), uses.get(5), uses.get(12), uses.get(13), uses.get(15)]).toEqual([
      'headline',
      'section',
      'body',
      'section',
      'body',
    ]);
  });

  it('keeps each line as printed and marks its suspicious spots', () => {
    const lines = sourceLines(PAGE, 1);
    expect(lines.map((l) => l.text).join('\n')).toBe(PAGE);
    expect(lines.find((l) => l.number === 13)!.suspicions.join()).toContain('连印两次');
  });

  it('gives a picture item its label and caption lines, and tells the stories around it they are its', () => {
    const page = [
      '高新区开展主题党日活动', // 1
      '本报讯 近日，高新区各党支部开展主题党日活动，组织党员重温入党誓词，交流学习体会。', // 2
      '',
      '图片新闻', // 4
      '',
      '高新区党员在苏兆征故居参观学习。 本报记者 王五 摄', // 6
      '',
      '高新区开展“七一”慰问活动', // 8
      '本报讯（通讯员 赵六）近日，高新区党工委开展“七一”走访慰问活动，看望慰问生活困难党员。', // 9
    ].join('\n');
    const use = (order: number) =>
      sourceLines(page, order)
        .filter((l) => l.use !== 'blank')
        .map((l) => [l.number, l.use, l.note]);
    expect(use(2)).toEqual([
      [1, 'other-story', '第1篇'],
      [2, 'other-story', '第1篇'],
      [4, 'column', undefined],
      [6, 'caption', undefined],
      [8, 'other-story', '第3篇'],
      [9, 'other-story', '第3篇'],
    ]);
    expect(use(1).filter(([n]) => n === 4 || n === 6)).toEqual([
      [4, 'other-story', '第2篇'],
      [6, 'other-story', '第2篇'],
    ]);
  });
});

describe('beginningHint', () => {
  const story = (file: string, data: Record<string, unknown>) =>
    storyOf(
      `content/articles/2021/${file}.md`,
      { order: 1, date: '2021-07-01', newspaper: 'daobao', ...data },
      '',
      undefined,
    );
  const rest = story('daobao-2021-07-01-p2-1', { title: '初心如磐', source: 'daobao-2021-07-01-p2' });

  it('names the story of the same issue on another page that prints the title, and the line to add there', () => {
    const beginning = story('daobao-2021-07-01-p1-3', { title: '初心如磐', source: 'daobao-2021-07-01-p1', page: '1' });
    const others = [
      story('daobao-2021-07-02-p1-1', { title: '初心如磐', source: 'daobao-2021-07-02-p1', date: '2021-07-02' }),
      story('zhoubao-2021-07-01-p1-1', { title: '初心如磐', source: 'zhoubao-2021-07-01-p1', newspaper: 'zhoubao' }),
      story('daobao-2021-07-01-p1-4', { title: '使命在肩', source: 'daobao-2021-07-01-p1' }),
      story('daobao-2021-07-01-p2-2', { title: '初心如磐', source: 'daobao-2021-07-01-p2' }), // its own page
    ];
    expect(beginningHint(rest, [rest, beginning, ...others])).toBe(
      'title: 与同期第1版的 content/articles/2021/daobao-2021-07-01-p1-3.md 标题相同：本篇若是那篇的续文，' +
        '在那篇里加一行 continuedIn: daobao-2021-07-01-p2-1，两篇即互相链接，本篇便不必印出标题',
    );
    // Two such stories: both named, the editor to choose.
    const another = story('daobao-2021-07-01-p3-1', { title: '初心如磐', source: 'daobao-2021-07-01-p3' });
    expect(beginningHint(rest, [rest, beginning, another])).toMatch(/p1-3\.md、.*p3-1\.md 标题相同/u);
  });

  it('says nothing where no part could be its beginning', () => {
    // One that goes on elsewhere already; an approximate date, which names no one issue.
    const linked = story('daobao-2021-07-01-p1-3', {
      title: '初心如磐',
      source: 'daobao-2021-07-01-p1',
      continuedIn: 'daobao-2021-07-01-p4-1',
    });
    expect(beginningHint(rest, [rest, linked])).toBeUndefined();
    const undated = (file: string, source: string) => story(file, { title: '初心如磐', source, date: '2021-07' });
    expect(beginningHint(undated('a', 'p2'), [undated('b', 'p1')])).toBeUndefined();
  });
});
