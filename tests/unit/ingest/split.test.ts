/** split.ts: a whole page split into stories; every line accounted for. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/lib/ingest/read-lines.ts';
import { endsOf, grownBy, hasBody, splitPage, type DraftStory } from '../../../src/lib/ingest/split.ts';
import { PICTURE } from '../../../src/lib/ingest/lines.ts';
import { WRAPPED } from './wrapped-page.ts';

describe('splitPage', () => {
  const page = [
    '',
    '高新区举办安全生产知识竞赛',
    '',
    '10支企业和高校队伍参赛',
    '',
    '本报讯 记者宋显晖报道:近日,高新区举办了竞赛活动。辖区企业和高校共10支队伍参加了竞赛。',
    '',
    '本次活动由高新区总工会主办,北京理工大学珠',
    '',
    '海学院协办。',
    '',
    '',
    '',
    '竞赛现场气氛热烈,选手们积极作答。',
    '',
    '后环社区党员“走出去”参观学习',
    '',
    '缅怀革命先烈 坚定理想信念',
    '',
    '本报讯 记者宋显晖报道:在中国共产党成立98周年之际,后环社区党委组织全体党员参观学习,缅怀革命先烈。',
  ].join('\n');

  it('starts a story at each headline before a 本报讯 lead, joins column breaks, keeps captions apart', () => {
    const result = splitPage(page);
    expect(result.stories.map((s) => s.headline?.title)).toEqual([
      '10支企业和高校队伍参赛',
      '缅怀革命先烈 坚定理想信念',
    ]);
    expect(result.stories[0]!.paragraphs[1]).toBe('本次活动由高新区总工会主办，北京理工大学珠海学院协办。');
    expect(result.stories[0]!.captions).toEqual([{ text: '竞赛现场气氛热烈，选手们积极作答。' }]);
    expect(result.suspicions.some((s) => s.kind === 'column-join' && s.detail.includes('大学珠｜海学院'))).toBe(true);
  });

  it('reports a phrase printed twice in a row', () => {
    const result = splitPage(
      '一级标题在这里\n\n二级标题\n\n本报讯 建立纵向到底、纵向到底、开放式管理的区域化党建工作新格局。',
    );
    expect(result.suspicions.some((s) => s.kind === 'repeated-phrase')).toBe(true);
  });

  const lineArbitrary = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc
      .array(
        fc.constantFrom(
          '党',
          '建',
          '高',
          '新',
          '区',
          '，',
          '。',
          '“',
          '”',
          ' ',
          'A',
          '1',
          '本报讯',
          '▶',
          '#',
          '<mark>',
          '\u0007',
          '\ufffd',
          '\\ud800',
        ),
        { maxLength: 80 },
      )
      .map((a) => a.join('')),
    fc.constantFrom(
      '',
      '',
      '编辑:叶伟 E-mail:x@y.org',
      '撰写:本报记者 宋一诺',
      '乔冠宇/摄',
      'H',
      '学思践悟守初心 凝心聚力开新局',
    ),
    fc.string({ minLength: 500, maxLength: 3000 }),
  );

  it('property: never crashes, and every non-blank line ends up in a story or in the dropped report', () => {
    fc.assert(
      fc.property(fc.array(lineArbitrary, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        const result = splitPage(text);
        const accounted = new Set([...result.stories.flatMap((s) => s.lines), ...result.dropped.map((d) => d.line)]);
        for (const line of readLines(text)) {
          if (line.kind !== 'blank')
            expect(accounted.has(line.number), `line ${line.number}: ${JSON.stringify(line.raw)}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // Three hundred pages: more than the default five seconds on a busy machine.
  }, 30_000);
});

describe('captions and the page foot', () => {
  it('keeps a caption between paragraphs with its credit, and a page-foot cut-off line in its story', () => {
    const page = [
      '高新区举办知识竞赛',
      '',
      '本报讯 近日，高新区举办了安全生产知识竞赛，辖区企业和高校共10支队伍参加了竞赛，现场气氛热烈。',
      '',
      '高新区持续深化“放管服”改革，提升行政效能，提高办事效率。 本报记者 叶伟 摄',
      '',
      '本次活动由高新区总工会主办，竞赛分为必答题、抢答题和风险题三个环节，各队伍展开了激烈角逐。',
      '',
      '高新区将继续开展安全生产宣传',
    ].join('\n');
    const [story, ...more] = splitPage(page).stories;
    expect(more).toEqual([]);
    expect(story!.headline?.title).toBe('高新区举办知识竞赛');
    expect(story!.captions).toEqual([
      { text: '高新区持续深化“放管服”改革，提升行政效能，提高办事效率。', credit: '本报记者 叶伟 摄' },
    ]);
    expect(story!.paragraphs.at(-1)).toBe('高新区将继续开展安全生产宣传');
  });

  it('takes a line marked ▲ as a caption inside a paragraph a column break cut, and joins the paragraph around it', () => {
    const page = [
      '高新区深入企业开展党史学习教育',
      '',
      '本报讯 在惠州亿纬锂能股份有限公司，百姓宣讲员向大家宣讲红船精神，铿锵有力的声音感染了在场',
      '',
      '▲御湖社区党建联盟召开“不忘初心、牢记使命”主题教育专题学习活动。',
      '',
      '的每一位企业党员和员工。',
    ].join('\n');
    const [story] = splitPage(page).stories;
    expect(story!.captions).toEqual([{ text: '▲御湖社区党建联盟召开“不忘初心、牢记使命”主题教育专题学习活动。' }]);
    expect(story!.paragraphs).toEqual([
      '本报讯 在惠州亿纬锂能股份有限公司，百姓宣讲员向大家宣讲红船精神，铿锵有力的声音感染了在场的每一位企业党员和员工。',
    ]);
  });

  it('takes a line marked ▲ as a caption, even with no gap or credit around it, and keeps the paragraphs whole', () => {
    const page = [
      '高新区召开党建工作会议',
      '',
      '本报讯 近日，高新区召开党建工作会议，全面部署下一阶段基层党建工作任务，要求各级党组织切实履行主体责任。',
      '',
      '▲高新区党员在会同书店开展主题党日活动。',
      '会议指出，要坚持以党建引领发展，推动基层党组织全面进步、全面过硬，不断提升组织力。',
      '',
      // Neither a sentence (read as a headline) nor one that does not argue (read as a paragraph).
      '▲主题党日活动现场',
      '',
      '▲图为活动现场，党员们重温入党誓词，坚持不懈推动学习教育走深走实。',
      '',
      '会议要求，各级党组织要把党建工作与业务工作同谋划、同部署、同落实，确保各项任务落到实处。',
    ].join('\n');
    const [story, ...more] = splitPage(page).stories;
    expect(more).toEqual([]);
    expect(story!.captions).toEqual([
      { text: '▲高新区党员在会同书店开展主题党日活动。' },
      { text: '▲主题党日活动现场' },
      { text: '▲图为活动现场，党员们重温入党誓词，坚持不懈推动学习教育走深走实。' },
    ]);
    expect(story!.paragraphs).toHaveLength(3);
    expect(story!.paragraphs.join('')).not.toContain('▲');
  });
});

describe('a page laid out as the seed pages are not', () => {
  it('reads each story’s column in brackets, its byline, its caption marked （图）, and drops the 版次 and hotline', () => {
    const page = [
      '2022年3月7日 星期一',
      '第 5 版 · 园区党建',
      '',
      '【党建引领】',
      '# 西安高新区：红色引擎激活发展动能',
      '## ——党史学习教育成果转化见实效',
      '本报通讯员 王晓东 记者 陈静',
      '',
      '  今年以来，西安高新区以党史学习教育成果转化为抓手，推动党建工作与业务工作深度融合。',
      '（图）党员志愿者走进社区开展服务  陈静 摄',
      '  高新区组织各级党组织开展“我为群众办实事”实践活动，累计解决群众急难愁盼问题300余件。',
      '',
      '【基层动态】',
      '长沙高新区开展“两优一先”表彰',
      '  本报讯（记者 李娜）3月4日，长沙高新区召开“两优一先”表彰大会，表彰优秀共产党员56名。',
      '  会议要求，各级党组织要以受表彰的先进典型为榜样，推动园区高质量发展。',
      '',
      '本版热线：0731-12345678  电子邮箱：dangjian@example.cn',
    ].join('\n');
    const { stories, dropped } = splitPage(page);
    expect(stories.map((s) => [s.column, s.headline])).toEqual([
      ['党建引领', { title: '西安高新区：红色引擎激活发展动能', subtitle: '党史学习教育成果转化见实效' }],
      ['基层动态', { title: '长沙高新区开展“两优一先”表彰' }],
    ]);
    expect(stories[0]!.credits.map((c) => c.name)).toEqual(['王晓东', '陈静']);
    expect(stories[0]!.captions).toEqual([{ text: '（图）党员志愿者走进社区开展服务', credit: '陈静 摄' }]);
    expect(stories[0]!.paragraphs).toHaveLength(2);
    expect(stories[1]!.credits.map((c) => c.name)).toEqual(['李娜']);
    expect(stories[1]!.paragraphs.join('')).not.toContain('热线');
    expect(dropped.map((d) => d.line)).toEqual([1, 2, 18]);
    // The 版次 line's 版名, for the drafts' pageName.
    expect(splitPage(page).pageName).toBe('园区党建');
    expect(splitPage(page.replace('第 5 版 · 园区党建', 'A5')).pageName).toBeUndefined();
    // A running head that prints the page's name before its 版次 or its date.
    for (const head of ['园区党建·A05', '园区党建 | 2022.03.07']) {
      const split = splitPage(page.replace('第 5 版 · 园区党建', head));
      expect([split.pageName, split.dropped.map((d) => d.line)], head).toEqual(['园区党建', [1, 2, 18]]);
    }
  });
});

describe('capitals in the text', () => {
  it('keeps a story whose text names APEC or COVID, and drops the English name beside a column’s', () => {
    const page = [
      'INNOVATION 创新园区',
      '',
      '高新区企业亮相APEC',
      '',
      '本报记者 张三',
      '',
      '3月10日，高新区企业参加APEC工商领导人峰会，推动合作交流。',
      '园区聚焦5G、AIOT等新兴产业，培育一批高成长企业。',
    ].join('\n');
    const { stories, dropped } = splitPage(page);
    expect(stories.map((s) => [s.headline?.title, s.paragraphs.length])).toEqual([['高新区企业亮相APEC', 2]]);
    expect(dropped.map((d) => [d.line, d.rule])).toEqual([[1, '版头（英文版名）']]);
  });
});

describe('a sentence’s end cut off by a column break', () => {
  it('keeps the figure and the full stop in their sentence, and the next paragraph apart', () => {
    const page = [
      '高新区经济稳步增长',
      '',
      '本报记者 张三',
      '',
      '今年上半年，高新区规上工业增加值同比增长1',
      '',
      '46%。',
      '',
      '会议强调，要坚持党建引领。',
    ];
    const { stories, dropped } = splitPage(page.join('\n'));
    expect(stories[0]!.paragraphs).toEqual([
      '今年上半年，高新区规上工业增加值同比增长146%。',
      '会议强调，要坚持党建引领。',
    ]);
    expect(dropped).toEqual([]);
  });
});

describe('a figure or a word in letters OCR set alone inside a sentence', () => {
  it('keeps it in its sentence, which goes on round it', () => {
    const page = [
      '党建引领产业发展见实效',
      '',
      '本报记者 王小明',
      '',
      '截至',
      '2023',
      '年4月底，全区规上工业产值同比增长',
      '',
      '12.5%',
      '',
      '，新增高新技术企业',
      '86',
      '家。',
      '',
      '园区还建成',
      '5G',
      '基站120个，数字经济核心产业增加值占',
      'GDP',
      '比重达到三成。',
    ];
    const { stories, dropped } = splitPage(page.join('\n'));
    expect(stories.flatMap((s) => s.paragraphs).join('\n')).toContain(
      '截至2023年4月底，全区规上工业产值同比增长12.5%，新增高新技术企业86家。',
    );
    expect(stories.flatMap((s) => s.paragraphs).join('\n')).toContain(
      '5G基站120个，数字经济核心产业增加值占GDP比重达到三成。',
    );
    expect(dropped).toEqual([]);
  });
});

describe('several photographers with no title after a caption’s full stop', () => {
  it('are all the caption’s credit; a caption’s last words after a quotation are not', () => {
    const page = (caption: string) =>
      ['高新区举办党务干部培训班', '', '本报记者 王小明', '', '6月20日，高新区举办党务干部培训班。', '', caption].join(
        '\n',
      );
    expect(splitPage(page('▲培训现场。 赵强 钱伟 摄')).stories[0]!.captions).toEqual([
      { text: '▲培训现场。', credit: '赵强 钱伟 摄' },
    ]);
    expect(splitPage(page('▲培训现场。赵强 钱伟 孙丽/摄')).stories[0]!.captions).toEqual([
      { text: '▲培训现场。', credit: '赵强 钱伟 孙丽/摄' },
    ]);
    expect(splitPage(page('▲党员开展“少年中国说”主题活动 刘琴 摄')).stories[0]!.captions).toEqual([
      { text: '▲党员开展“少年中国说”主题活动', credit: '刘琴 摄' },
    ]);
  });
});

describe('section heads numbered 一、 二、', () => {
  it('are the story’s section heads, not the first words of the paragraph under them', () => {
    const page = [
      '济宁高新区党建引领激活发展“一池春水”',
      '',
      '本报记者 刘洋',
      '',
      '本报讯 今年以来，济宁高新区党工委深入实施“红色引擎”工程。',
      '',
      '一、建强组织体系',
      '',
      '高新区在重点产业链上建立党组织36个。',
      '',
      '二、优化服务机制',
      '',
      '高新区推行“党员服务专员”制度。',
    ];
    const { stories, suspicions } = splitPage(page.join('\n'));
    expect(stories.map((s) => s.paragraphs)).toEqual([
      [
        '本报讯 今年以来，济宁高新区党工委深入实施“红色引擎”工程。',
        '## 一、建强组织体系',
        '高新区在重点产业链上建立党组织36个。',
        '## 二、优化服务机制',
        '高新区推行“党员服务专员”制度。',
      ],
    ]);
    expect(suspicions.filter((s) => s.kind === 'column-join')).toEqual([]);
  });
});

describe('section heads numbered （一）, their phrases parted by a comma', () => {
  it('are section heads, and a sentence of figures under one is text, not a photo’s caption', () => {
    const page = [
      '红色引擎激活园区发展新动能',
      '',
      '本报记者 周明',
      '',
      '走进高新区智能制造产业园，鲜红的党旗在厂区上空飘扬。',
      '',
      '（一）建强阵地，夯实基础',
      '',
      '园区新建党群服务中心3个，改造提升党员活动室12个。',
      '',
      '（二）选优配强，激发活力',
      '',
      '园区从企业中层管理人员中选拔党组织书记28名，培训党员680余人次。',
      '',
      '“党建工作做实了就是生产力。”园区一家企业党支部书记说。',
    ];
    const [story, ...more] = splitPage(page.join('\n')).stories;
    expect(more).toEqual([]);
    expect(story!.captions).toEqual([]);
    expect(story!.paragraphs).toEqual([
      '走进高新区智能制造产业园，鲜红的党旗在厂区上空飘扬。',
      '## （一）建强阵地，夯实基础',
      '园区新建党群服务中心3个，改造提升党员活动室12个。',
      '## （二）选优配强，激发活力',
      '园区从企业中层管理人员中选拔党组织书记28名，培训党员680余人次。',
      '“党建工作做实了就是生产力。”园区一家企业党支部书记说。',
    ]);
  });
});

describe('a page in spaced-out type', () => {
  it('is read as set, and its dropped lines reported as printed', () => {
    const page = [
      '第 2 版   要 闻',
      '',
      '党 员 志 愿 者 走 进 社 区',
      '',
      '□   实 习 生   陈 丽   本 报 记 者   王 强',
      '',
      '本 报 讯   连 日 来 ， 高 新 区 组 织 党 员 志 愿 者 走 进 社 区 ， 开 展 服 务 活 动 1 2 0 余 场 次 。',
    ];
    const { stories, dropped } = splitPage(page.join('\n'));
    expect(stories).toHaveLength(1);
    expect(stories[0]!.headline?.title).toBe('党员志愿者走进社区');
    expect(stories[0]!.credits.map((c) => [c.title, c.name])).toEqual([
      ['实习生', '陈丽'],
      ['本报记者', '王强'],
    ]);
    expect(stories[0]!.paragraphs).toEqual(['本报讯 连日来，高新区组织党员志愿者走进社区，开展服务活动120余场次。']);
    expect(dropped.map((d) => d.text)).toEqual(['第 2 版   要 闻']);
  });
});

describe('a picture’s place that a tool marks with a word in brackets (【图】)', () => {
  it('is dropped as the picture’s mark, and the caption under it read as a caption', () => {
    const page = [
      '以党建引领激发园区发展活力',
      '',
      '本报记者 张明',
      '',
      '【图】',
      '高新区党工委书记王刚（左二）在企业调研党建工作。 张明 摄',
      '',
      '近年来，高新区坚持把党的建设贯穿园区发展全过程。',
    ];
    const { stories, dropped } = splitPage(page.join('\n'));
    expect(stories).toHaveLength(1);
    expect(stories[0]!.paragraphs).toEqual(['近年来，高新区坚持把党的建设贯穿园区发展全过程。']);
    expect(stories[0]!.captions).toEqual([
      { text: '高新区党工委书记王刚（左二）在企业调研党建工作。', credit: '张明 摄' },
    ]);
    expect(dropped).toEqual([{ line: 5, text: '【图】', rule: '图片位置（OCR 标记）' }]);
  });
});

describe('a masthead with the paper’s English name', () => {
  it('is furniture, and the headline under it the first story’s, over a lead that opens with its dateline', () => {
    const page = [
      '珠海高新报',
      'ZHUHAI HIGH-TECH NEWS',
      '2022年7月1日 星期五 农历壬寅年六月初三',
      '今日天气 晴 28℃～35℃',
      '第1版 要闻',
      '',
      '高新区召开党建工作推进会',
      '',
      '本报讯（记者 李明）6月28日，高新区召开2022年党建工作推进会，部署下半年重点任务。',
      '',
      '主办：珠海高新区党工委  承办：高新区融媒体中心',
    ];
    const { stories, dropped, banner } = splitPage(page.join('\n'));
    expect(banner).toEqual([]);
    expect(stories.map((s) => s.headline?.title)).toEqual(['高新区召开党建工作推进会']);
    expect(stories[0]!.paragraphs).toEqual([
      '本报讯（记者 李明）6月28日，高新区召开2022年党建工作推进会，部署下半年重点任务。',
    ]);
    expect(dropped.map((d) => d.line)).toEqual([1, 2, 3, 4, 5, 11]);
  });

  it('leaves the first story its headline over a plain lead, where the English name is the masthead’s', () => {
    const page = [
      '中国高新技术产业导报',
      'CHINA HIGH-TECH INDUSTRY HERALD',
      '2022年7月4日 星期一',
      '',
      '高新区党建引领企业高质量发展',
      '',
      '近年来，高新区坚持以高质量党建引领企业高质量发展。',
    ];
    const { stories, banner } = splitPage(page.join('\n'));
    expect(banner).toEqual([]);
    expect(stories.map((s) => s.headline?.title)).toEqual(['高新区党建引领企业高质量发展']);
  });
});

describe('a page saved with a byte-order mark and Windows line ends', () => {
  it('reports its first line without the mark', () => {
    const page =
      '\uFEFF第2版 要闻\r\n\r\n高新区召开党建工作推进会\r\n\r\n本报讯（记者 李明）6月28日，高新区召开党建工作推进会。\r\n';
    const { stories, dropped } = splitPage(page);
    expect(dropped).toEqual([{ line: 1, text: '第2版 要闻', rule: '版次' }]);
    expect(stories.map((s) => s.headline?.title)).toEqual(['高新区召开党建工作推进会']);
  });
});

describe('labels over a page’s headlines', () => {
  it('give the stories under the first the page’s 栏目, and a story its own where it has one', () => {
    const page = [
      '第3版 园区党建',
      '',
      '党建在基层',
      '',
      '金鼎社区开展志愿服务活动',
      '',
      '本报记者 王强',
      '',
      '6月25日，金鼎社区组织党员志愿者开展环境整治志愿服务，清理小区卫生死角20余处。',
      '',
      '唐家湾镇举办党务工作者培训班',
      '',
      '本报讯 6月26日，唐家湾镇举办党务工作者培训班，120余名党务工作者参加培训。',
      '',
      '企业党建',
      '',
      '园区企业开展红色观影活动',
      '',
      '本报讯 近日，园区多家企业党支部组织党员观看红色电影，重温革命历史。',
    ];
    const { stories } = splitPage(page.join('\n'));
    expect(stories.map((s) => [s.column, s.headline?.title])).toEqual([
      ['党建在基层', '金鼎社区开展志愿服务活动'],
      ['党建在基层', '唐家湾镇举办党务工作者培训班'],
      ['企业党建', '园区企业开展红色观影活动'],
    ]);
  });

  it('give a label over a later headline to that story alone, not to the stories above it', () => {
    const page = [
      '高新区发出党员志愿服务倡议',
      '',
      '本报讯 7月1日，高新区党工委向全区党员发出志愿服务倡议，号召党员在疫情防控、文明创建中走在前列。',
      '',
      '企业党建',
      '',
      '两家企业党组织结对共建',
      '',
      '本报记者 刘洋',
      '',
      '5月8日，高新区电子信息企业党委与生物医药企业党支部签订结对共建协议。',
    ];
    const { stories } = splitPage(page.join('\n'));
    expect(stories.map((s) => [s.column, s.headline?.title])).toEqual([
      [undefined, '高新区发出党员志愿服务倡议'],
      ['企业党建', '两家企业党组织结对共建'],
    ]);
  });

  it('report the page’s name printed again over a label in brackets, never losing it', () => {
    const page = [
      '第5版',
      '',
      '要闻',
      '',
      '【党建引领】',
      '',
      '高新区组织党员走访慰问困难党员',
      '',
      '本报记者 靳碧海',
      '',
      '在中国共产党成立98周年之际，高新区组织党员走访慰问困难党员和老党员。',
    ];
    const { stories, dropped } = splitPage(page.join('\n'));
    expect(stories.map((s) => [s.column, s.headline?.title])).toEqual([['党建引领', '高新区组织党员走访慰问困难党员']]);
    expect(dropped).toContainEqual({ line: 3, text: '要闻', rule: '版名' });
    expect(stories[0]!.lines).not.toContain(3);
  });
});

describe('a page’s head and a table’s rows, as more papers print them', () => {
  const page = [
    '园区党建 3',
    '2021年7月1日',
    '',
    '珠海高新区召开庆祝建党100周年',
    '暨“两优一先”表彰大会',
    '',
    '本报讯（通讯员 李四 记者 张三）6月30日，珠海高新区召开庆祝中国共产党成立100周年暨“两优一先”表彰大会，表彰先进基层党组织12个、优秀共产党员50名。',
    '',
    '会议指出，要以史为鉴、开创未来，推动高新区高质量发展。',
    '',
    '| 类别 | 数量 |',
    '| --- | --- |',
    '| 先进基层党组织 | 12个 |',
    '| 优秀共产党员 | 50名 |',
    '',
    '图为表彰大会现场。（王五 摄）',
    '',
    '短评',
    '',
    '让党旗在基层一线高高飘扬',
    '',
    '党员干部要冲锋在前、勇挑重担。基层党组织是党的全部工作和战斗力的基础，只有把基层党组织建设好，才能凝聚起干事创业的强大合力。',
    '',
    '（作者系高新区党工委委员）',
    '',
    '科技企业党支部开展主题党日活动',
    '',
    '记者 赵六 实习生 钱七',
    '',
    '7月1日上午，高新区科技企业联合党支部组织党员开展“学党史、办实事”主题党日活动。党员们表示，将立足岗位作贡献。',
  ].join('\n');
  const { stories, dropped, pageName } = splitPage(page);

  it('drops the page’s name with its bare number as its 版次, and names the page by it', () => {
    expect(dropped.map((d) => [d.line, d.rule])).toContainEqual([1, '版次']);
    expect(pageName).toBe('园区党建');
    // No story takes it for its column; a label naming the kind of piece is that story's alone.
    expect(stories.map((s) => s.column)).toEqual([undefined, '短评', undefined]);
  });

  it('keeps each of a table’s rows a paragraph of its own, however alike their widths', () => {
    expect(stories[0]!.paragraphs.slice(-2)).toEqual(['先进基层党组织 12个', '优秀共产党员 50名']);
  });

  it('reads a title the page printed over two lines, the second opening with 暨, as one', () => {
    expect(stories[0]!.headline).toEqual({ title: '珠海高新区召开庆祝建党100周年暨“两优一先”表彰大会' });
  });

  it('keeps a row of a name and a number as text where it stands in a story', () => {
    const inText = splitPage(
      [
        '高新区表彰先进',
        '',
        '本报记者 张三',
        '',
        '会议表彰了一批先进。名单如下：',
        '优秀共产党员 50',
        '先进基层党组织 12',
      ].join('\n'),
    );
    expect(inText.dropped).toEqual([]);
    expect(inText.stories[0]!.paragraphs.join('\n')).toContain('优秀共产党员 50');
  });
});

describe('an appendix after a story’s text (附：…名单)', () => {
  const story = [
    '高新区召开表彰大会',
    '',
    '本报记者 陈明',
    '',
    '6月28日，高新区召开庆祝建党大会，表彰一批先进基层党组织、优秀共产党员和优秀党务工作者。',
  ];
  const appendix = [
    '附：受表彰名单',
    '先进基层党组织（5个）',
    '高新区科技创新服务中心党支部  光电产业园联合党委',
    '生物医药企业党委  创业大厦楼宇党支部  软件园党总支',
    '优秀共产党员（6名）',
    '张伟  李娜  王强  刘洋  陈静  杨帆',
  ];

  it('is the story’s own, a line a paragraph, not a new story whose kicker is 附：', () => {
    const { stories } = splitPage([...story, ...appendix].join('\n'));
    expect(stories).toHaveLength(1);
    expect(stories[0]!.paragraphs.slice(1)).toEqual(appendix);
  });

  it('ends where a headline leads to the next story’s text', () => {
    const next = [
      '两家企业党组织结对共建',
      '本报讯 5月8日，高新区电子信息企业党委与生物医药企业党支部签订结对共建协议。',
    ];
    const { stories } = splitPage([...story, ...appendix, ...next].join('\n'));
    expect(stories.map((s) => s.headline?.title)).toEqual(['高新区召开表彰大会', '两家企业党组织结对共建']);
    expect(stories[0]!.paragraphs.slice(1)).toEqual(appendix);
    expect(stories[1]!.paragraphs).toEqual([next[1]]);
  });

  it('keeps the title under a bare 附： with the text under it', () => {
    const text = ['附：', '高新区党员志愿服务倡议书', '全区广大党员同志们：', '让我们行动起来，争做志愿服务的先行者。'];
    const { stories } = splitPage([...story, ...text].join('\n'));
    expect(stories).toHaveLength(1);
    expect(stories[0]!.paragraphs.slice(1)).toEqual(text);
  });
});

describe('a list under a title of its own, with no 附：', () => {
  const list = [
    '先进基层党组织（3个）',
    '',
    '光电产业园联合党委　　软件园党总支　　金鼎社区党委',
    '',
    '优秀共产党员（6名）',
    '',
    '张伟　　李娜　　王强　　刘洋　　陈静　　杨帆',
    '',
    '优秀党务工作者（2名）',
    '',
    '赵敏　　孙磊',
  ];
  const printed = list.filter(Boolean);
  const next = ['', '唐家湾镇开展党史宣讲进村居活动', '', '本报讯 近日，唐家湾镇组织党史宣讲团走进辖区各村居。'];

  it('keeps its heads and rows a line a paragraph, no row run into the head under it, at the page’s top', () => {
    const { stories } = splitPage(['2021年度“两优一先”受表彰名单', '', ...list, ...next].join('\n'));
    expect(stories.map((s) => [s.headline?.title, s.paragraphs])).toEqual([
      ['2021年度“两优一先”受表彰名单', printed],
      ['唐家湾镇开展党史宣讲进村居活动', ['本报讯 近日，唐家湾镇组织党史宣讲团走进辖区各村居。']],
    ]);
  });

  it('keeps its title over heads numbered 一、二、, and a note under the list as its text', () => {
    const numbered = [
      '一、机关单位（4名）',
      '张伟　　李娜　　王强　　刘洋',
      '二、企业（5名）',
      '陈静　　杨帆　　赵敏　　孙磊　　周丽',
      '（以上排名不分先后）',
    ];
    const { stories } = splitPage(['高新区2022年度优秀共产党员名单', '', numbered.join('\n\n'), ...next].join('\n'));
    expect(stories.map((s) => [s.headline?.title, s.paragraphs])).toEqual([
      ['高新区2022年度优秀共产党员名单', numbered],
      ['唐家湾镇开展党史宣讲进村居活动', ['本报讯 近日，唐家湾镇组织党史宣讲团走进辖区各村居。']],
    ]);
  });

  it('under a story’s text, is the list under its head there; three rows with no head over them are one too', () => {
    const story = ['高新区召开七一表彰大会', '', '6月30日，高新区召开表彰大会，对一批先进典型进行表彰。', ''];
    const { stories } = splitPage([...story, '受表彰名单', '', ...list, ...next].join('\n'));
    expect(stories[0]!.paragraphs).toEqual([story[2], '## 受表彰名单', ...printed]);
    const rows = ['张伟　　李娜　　王强', '刘洋　　陈静　　杨帆', '赵敏　　孙磊　　周丽'];
    const [named] = splitPage(['优秀共产党员名单', '', ...rows, ...next].join('\n')).stories;
    expect([named!.headline?.title, named!.paragraphs]).toEqual(['优秀共产党员名单', rows]);
  });

  it('is no list of a headline whose phrases are set wide apart, two lines over its text', () => {
    const { stories } = splitPage(
      ['党史学习教育', '学党史　　悟思想', '办实事　　开新局', '', '本报讯 近日，高新区组织党员开展党史学习。'].join(
        '\n',
      ),
    );
    expect(stories).toHaveLength(1);
    expect(stories[0]!.paragraphs).toEqual(['本报讯 近日，高新区组织党员开展党史学习。']);
  });
});

describe('a page of stories of one paragraph each', () => {
  it('tells a headline set apart wider than its text from a section head', () => {
    const page = [
      '第5版 园区党建',
      '',
      '科技园党支部：“红色代办”跑出服务加速度',
      '科技园党支部组建党员代办队伍，为企业提供政策咨询、证照办理等服务，今年以来累计代办事项260余件。',
      '',
      '软件园党总支：党员先锋岗亮身份',
      '软件园党总支在研发一线设立党员先锋岗18个，党员带头攻关关键技术难题。',
    ];
    const { stories } = splitPage(page.join('\n'));
    expect(stories.map((s) => [s.headline?.title, s.paragraphs.length])).toEqual([
      ['科技园党支部：“红色代办”跑出服务加速度', 1],
      ['软件园党总支：党员先锋岗亮身份', 1],
    ]);
  });
});

describe('names after a byline’s mark under a title (□ 张晓明)', () => {
  it('are the story’s writers, not its title', () => {
    const page = [
      '坚守初心方能行稳致远',
      '□ 张晓明',
      '',
      '初心是一切力量的源泉。共产党员要时刻牢记入党誓词，在平凡岗位上作出不平凡的贡献。',
      '',
      '高新区召开党建会议',
      '■ 李娜 王强',
      '',
      '6月28日，高新区召开党建工作会议，部署下半年重点工作。',
    ];
    const { stories } = splitPage(page.join('\n'));
    expect(stories.map((s) => [s.headline, s.credits.map((c) => c.name)])).toEqual([
      [{ title: '坚守初心方能行稳致远' }, ['张晓明']],
      [{ title: '高新区召开党建会议' }, ['李娜', '王强']],
    ]);
  });

  it('are not a label’s word (■ 简讯)', () => {
    const { stories } = splitPage(
      ['党建动态', '■ 简讯', '', '6月28日，高新区召开党建工作会议，部署下半年重点工作。'].join('\n'),
    );
    expect(stories[0]!.credits).toEqual([]);
  });
});

describe('a writer printed under a title with no mark (张志强, 高新区机关党委 张明华)', () => {
  it('is the story’s writer when the text never speaks of the name, or it follows where the writer works', () => {
    const page = [
      '车间里的党员先锋岗',
      '',
      '张志强',
      '',
      '清晨六点，车间的灯已经亮了。老刘是这里的党员先锋岗岗长，三十年来几乎每天都第一个到岗。',
      '',
      '做新时代的合格党员',
      '',
      '高新区机关党委 张明华',
      '',
      '学习是党员的第一需要。作为一名机关党员，要把学习作为一种政治责任、一种生活方式。',
      '',
      '党员的样子',
      '王芳 李建国',
      '',
      '党员的样子，是关键时刻站得出来，危急关头豁得出去。',
    ];
    const { stories } = splitPage(page.join('\n'));
    expect(stories.map((s) => [s.headline, s.credits])).toEqual([
      [{ title: '车间里的党员先锋岗' }, [{ role: 'writer', name: '张志强' }]],
      [{ title: '做新时代的合格党员' }, [{ role: 'writer', title: '高新区机关党委', name: '张明华' }]],
      [
        { title: '党员的样子' },
        [
          { role: 'writer', name: '王芳' },
          { role: 'writer', name: '李建国' },
        ],
      ],
    ]);
  });

  it('is the byline with the posts a 、 apart, which read as a line of text, not the text’s first words', () => {
    const page = ['坚持以党建引领高质量发展', '', '高新区党工委书记、管委会主任 张明', '', '学习是党员的第一需要。'];
    const { stories } = splitPage(page.join('\n'));
    expect(stories.map((s) => [s.headline, s.credits, s.paragraphs])).toEqual([
      [
        { title: '坚持以党建引领高质量发展' },
        [{ role: 'writer', title: '高新区党工委书记、管委会主任', name: '张明' }],
        ['学习是党员的第一需要。'],
      ],
    ]);
  });

  it('is whom the story is about, its title, when the text speaks of the name', () => {
    const page = [
      '高新区召开党建工作会议',
      '',
      '6月28日，高新区召开党建工作会议，部署下半年重点工作。',
      '',
      '',
      '最美党员',
      '',
      '张志强',
      '',
      '张志强是高新区一家企业的车间主任，入党三十年来始终冲在生产一线。',
    ];
    const { stories } = splitPage(page.join('\n'));
    expect(stories[1]!.headline).toEqual({ kicker: '最美党员', title: '张志强' });
    expect(stories[1]!.credits).toEqual([]);
  });

  it('is no label’s word (简讯), nor a headline’s phrase after a space (践行初心 勇担使命)', () => {
    for (const line of ['简讯', '高标准 严要求']) {
      const { stories } = splitPage(['党建动态', line, '', '6月28日，高新区召开党建工作会议。'].join('\n'));
      expect(stories[0]!.credits, line).toEqual([]);
    }
  });
});

describe('a writer’s post in brackets after the name under a title (张明（高新区党工委书记）)', () => {
  it('is the byline, the post its title, with a writer’s label too; not a place’s other name', () => {
    const text = '今年以来，高新区坚持把党的建设摆在首位，推动党建工作与业务工作深度融合。';
    const read = (line: string) => {
      const [story] = splitPage(['以高质量党建引领高质量发展', '', line, '', text].join('\n')).stories;
      return [story!.headline, story!.credits];
    };
    expect(read('张明（高新区党工委书记）')).toEqual([
      { title: '以高质量党建引领高质量发展' },
      [{ role: 'writer', title: '高新区党工委书记', name: '张明' }],
    ]);
    expect(read('文/李华（作者系高新区管委会副主任）')).toEqual([
      { title: '以高质量党建引领高质量发展' },
      [{ role: 'writer', label: '文', title: '高新区管委会副主任', name: '李华' }],
    ]);
    expect(read('金湾区（航空新城）')).toEqual([
      { kicker: '以高质量党建引领高质量发展', title: '金湾区（航空新城）' },
      [],
    ]);
  });
});

describe('a poem under its title and writer (副刊)', () => {
  const verse = (stories: DraftStory[]) =>
    stories.map((s) => [s.headline?.title, s.credits.map((c) => c.name), s.paragraphs]);

  it('keeps each line a paragraph of the poem, and the title under its last line is the next piece’s', () => {
    const page = [
      '高新文苑',
      '',
      '编辑：周敏 组版：陈立',
      '',
      '红旗颂',
      '',
      '□ 王芳',
      '',
      '你是清晨的第一缕光',
      '照亮了园区的每一条路',
      '你是深夜里不灭的灯',
      '守望着实验室的窗',
      '',
      '今天 我们站在新的起点',
      '把誓言写在大地上',
      '',
      '七月的歌',
      '',
      '李建国',
      '',
      '七月的风吹过田野',
      '七月的歌唱响心间',
      '党旗下我们庄严宣誓',
      '永远跟党走',
      '',
      '车间里的党员先锋岗',
      '',
      '张志强',
      '',
      '清晨六点，车间的灯已经亮了。老刘是这里的党员先锋岗岗长，三十年来几乎每天都第一个到岗。',
    ];
    expect(verse(splitPage(page.join('\n')).stories)).toEqual([
      [
        '红旗颂',
        ['王芳'],
        [
          '你是清晨的第一缕光\n照亮了园区的每一条路\n你是深夜里不灭的灯\n守望着实验室的窗',
          '今天 我们站在新的起点\n把誓言写在大地上',
        ],
      ],
      ['七月的歌', ['李建国'], ['七月的风吹过田野\n七月的歌唱响心间\n党旗下我们庄严宣誓\n永远跟党走']],
      [
        '车间里的党员先锋岗',
        ['张志强'],
        ['清晨六点，车间的灯已经亮了。老刘是这里的党员先锋岗岗长，三十年来几乎每天都第一个到岗。'],
      ],
    ]);
  });

  it('keeps lines that end on a comma or none apart, and a classical poem’s couplets, with its writer’s unit', () => {
    const page = [
      '初心之歌',
      '',
      '——献给建党102周年',
      '',
      '高新区机关党委 张明华',
      '',
      '那一年，南湖的波光里，',
      '一艘红船启航。',
      '从此，镰刀和锤头',
      '照亮了东方。',
      '',
      '七律·红船颂',
      '',
      '陈国平',
      '',
      '南湖烟雨起红船，星火燎原映九天。',
      '百载征程多壮志，千秋伟业谱新篇。',
      '高新园里春潮涌，创业途中党旗鲜。',
      '不忘初心担使命，再书华彩续前贤。',
    ];
    const { stories } = splitPage(page.join('\n'));
    expect(stories[0]!.headline).toEqual({ title: '初心之歌', subtitle: '献给建党102周年' });
    expect(verse(stories)).toEqual([
      ['初心之歌', ['张明华'], ['那一年，南湖的波光里，\n一艘红船启航。\n从此，镰刀和锤头\n照亮了东方。']],
      [
        '七律·红船颂',
        ['陈国平'],
        [
          '南湖烟雨起红船，星火燎原映九天。\n百载征程多壮志，千秋伟业谱新篇。\n高新园里春潮涌，创业途中党旗鲜。\n不忘初心担使命，再书华彩续前贤。',
        ],
      ],
    ]);
  });

  it('with a blank line after each line, parts its stanzas where they are set wider apart, and ends where the next headline is set wider apart still', () => {
    const page = [
      '党旗飘飘',
      '',
      '李红梅',
      '',
      '党旗飘飘',
      '',
      '在园区的上空',
      '',
      '党旗飘飘',
      '',
      '在每个人的心中',
      '',
      '',
      '我们是新时代的追梦人',
      '',
      '用奋斗书写答卷',
      '',
      '',
      '',
      '高新区开展“七一”系列活动',
      '',
      '6月30日，高新区举办庆祝中国共产党成立102周年系列活动，全区200余名党员参加。',
    ];
    expect(verse(splitPage(page.join('\n')).stories)).toEqual([
      [
        '党旗飘飘',
        ['李红梅'],
        ['党旗飘飘\n在园区的上空\n党旗飘飘\n在每个人的心中', '我们是新时代的追梦人\n用奋斗书写答卷'],
      ],
      ['高新区开展“七一”系列活动', [], ['6月30日，高新区举办庆祝中国共产党成立102周年系列活动，全区200余名党员参加。']],
    ]);
  });

  it('keeps a stanza whose lines end on their pauses, one like a caption among them, and a last stanza of one line', () => {
    const page = [
      '党史学习教育',
      '',
      '宋显晖',
      '',
      '利用党员教育远程视频系统，',
      '在市委党校开设主会场，',
      '实现市区镇三级党校同步教学。',
      '全面开展学习研讨。',
      '',
      '党史学习教育开展以来，',
      '',
      '',
      '贵阳高新区：有声智慧党建 打造全新学习阵地',
      '',
      '光电产业园党支部 张志东',
      '',
      '紧凑的党员活动室内，没有大书柜，也没有堆积的材料，四周墙上图文并茂展示党建工作。',
      '',
      '构建“大党建”格局',
      '',
      '为推动基层党组织建设，高新区树立城市大党建理念，全面提升社区大党委。',
    ];
    const { stories } = splitPage(page.join('\n'));
    expect(verse(stories)).toEqual([
      [
        '党史学习教育',
        ['宋显晖'],
        [
          '利用党员教育远程视频系统，\n在市委党校开设主会场，\n实现市区镇三级党校同步教学。\n全面开展学习研讨。',
          '党史学习教育开展以来，',
        ],
      ],
      [
        '贵阳高新区：有声智慧党建 打造全新学习阵地',
        ['张志东'],
        [
          '紧凑的党员活动室内，没有大书柜，也没有堆积的材料，四周墙上图文并茂展示党建工作。',
          '## 构建“大党建”格局',
          '为推动基层党组织建设，高新区树立城市大党建理念，全面提升社区大党委。',
        ],
      ],
    ]);
    expect(stories[0]!.captions).toEqual([]);
  });

  it('keeps the couplet a story opens with under its byline (题记) as the story’s first stanza', () => {
    const page = [
      '一名老党员的坚守',
      '',
      '本报记者 王强',
      '',
      '春蚕到死丝方尽',
      '',
      '蜡炬成灰泪始干',
      '',
      '这两句诗，是退休教师陈国华的座右铭。今年78岁的他，入党已经50年。',
    ];
    const expected = [
      '一名老党员的坚守',
      ['王强'],
      ['春蚕到死丝方尽\n蜡炬成灰泪始干', '这两句诗，是退休教师陈国华的座右铭。今年78岁的他，入党已经50年。'],
    ];
    expect(verse(splitPage(page.join('\n')).stories)).toEqual([expected]);
    // Under a writer's name alone, which it shows to be a byline.
    const named = page.map((line) => (line === '本报记者 王强' ? '王强' : line));
    expect(verse(splitPage(named.join('\n')).stories)).toEqual([expected]);
  });

  it('is no poem under the page’s editors, nor a story’s short paragraphs after its reporter', () => {
    const editors = splitPage(
      [
        '综合新闻',
        '',
        '责任编辑：叶伟 美编：宋显晖',
        '',
        '高新区举办银企对接会',
        '',
        '整合优势资源 更好协同发展',
        '',
        '近日，高新区举办银企对接会，引导科技资源与金融资源深度对接。',
      ].join('\n'),
    );
    expect(editors.stories.map((s) => s.headline)).toEqual([
      { kicker: '高新区举办银企对接会', title: '整合优势资源 更好协同发展' },
    ]);
    const news = splitPage(
      [
        '高新区召开党建工作会议',
        '',
        '本报记者 张明',
        '',
        '会议总结了去年工作。',
        '',
        '会议部署了今年任务。',
        '',
        '会议表彰了先进集体。',
        '',
        '会议号召全区党员奋发有为。',
      ].join('\n'),
    );
    expect(news.stories[0]!.paragraphs).toHaveLength(4);
    // Under a name alone, short paragraphs that each end a sentence are prose too.
    const named = splitPage(
      ['党员的样子', '', '王芳', '', '他们冲在前面。', '他们守在一线。', '他们甘于奉献。', '他们不负人民。'].join('\n'),
    );
    expect(named.stories[0]!.paragraphs.some((p) => p.includes('\n'))).toBe(false);
  });
});

describe('a title that prints its writer on its own line (七一抒怀 □ 王芳)', () => {
  const read = (page: string[]) => {
    const split = splitPage(page.join('\n'));
    return {
      stories: split.stories.map((s) => [s.headline, s.credits, s.paragraphs]),
      suspicions: split.suspicions.map((s) => `${s.kind} ${s.line}`),
      dropped: split.dropped.map((d) => d.text),
    };
  };
  const news = [
    '园区里的初心故事',
    '',
    '本报记者 李明',
    '',
    '6月28日，高新区举行“光荣在党50年”纪念章颁发仪式，为辖区内42名老党员颁发纪念章。',
  ];
  const newsStory = [
    { title: '园区里的初心故事' },
    [{ role: 'writer', title: '本报记者', name: '李明' }],
    ['6月28日，高新区举行“光荣在党50年”纪念章颁发仪式，为辖区内42名老党员颁发纪念章。'],
  ];

  it('reads a poem under it as verse, the title alone its headline and the name its writer, on the page’s top too', () => {
    const page = [
      '第8版 · 副刊',
      '',
      '七一抒怀 □ 王芳',
      '',
      '一百年风雨兼程',
      '一百年初心如磐',
      '镰刀锤头的旗帜',
      '在东方的天空飘扬',
      '',
      '从南湖的红船',
      '到高新区的厂房',
      '',
      '',
      // Set wider apart than the stanzas: the next piece's 引题, not a last stanza of one line.
      '园区新歌',
      '',
      '## 红色足迹□高新区机关党委 张明华',
      '',
      '党员的身影',
      '总在最前方',
      '岗位的灯火',
      '照亮了长夜',
      '',
      ...news,
    ];
    const { stories, suspicions, dropped } = read(page);
    expect(stories).toEqual([
      [
        { title: '七一抒怀' },
        [{ role: 'writer', name: '王芳' }],
        ['一百年风雨兼程\n一百年初心如磐\n镰刀锤头的旗帜\n在东方的天空飘扬', '从南湖的红船\n到高新区的厂房'],
      ],
      [
        { kicker: '园区新歌', title: '红色足迹' },
        [{ role: 'writer', title: '高新区机关党委', name: '张明华' }],
        ['党员的身影\n总在最前方\n岗位的灯火\n照亮了长夜'],
      ],
      newsStory,
    ]);
    expect(dropped).toEqual(['第8版 · 副刊']);
    // A poem is as short as its writer made it (the story under them is short), and the mark
    // before a writer is how the page prints it.
    expect(suspicions).toEqual([`short-story ${page.indexOf('园区里的初心故事') + 1}`]);
  });

  it('reads prose under it, with the writer after a label or a reporter’s title, and a long title', () => {
    const essay = '清晨六点，厂区的灯就亮了。老党员刘师傅总是第一个到岗，他说，先锋岗上的牌子不是挂着好看的。';
    const { stories } = read([
      '车间里的党员先锋岗 文/张志强',
      '',
      essay,
      '',
      '昆山高新区获评“中国生物医药园区 创新药物潜力指数十强园区” □本报记者 赵雷',
      '',
      '近日在济南举行的第三届中国生物医药园区产业创新发展大会上，首次发布中国生物医药园区创新药物潜力指数。',
    ]);
    expect(stories).toEqual([
      [{ title: '车间里的党员先锋岗' }, [{ role: 'writer', label: '文', name: '张志强' }], [essay]],
      [
        { title: '昆山高新区获评“中国生物医药园区 创新药物潜力指数十强园区”' },
        [{ role: 'writer', title: '本报记者', name: '赵雷' }],
        ['近日在济南举行的第三届中国生物医药园区产业创新发展大会上，首次发布中国生物医药园区创新药物潜力指数。'],
      ],
    ]);
  });

  it('ends a poem over it at its own title, a last stanza set apart no 引题 of it', () => {
    const { stories } = read([
      '初心之歌',
      '',
      '□ 王芳',
      '',
      '增强党组织的凝聚力，',
      '在纪念馆的讲解下。',
      '',
      '党员们纷纷感慨，',
      '大家纷纷表示，',
      '',
      '',
      '鸡山社区开展主题党日活动 □ 张明（高新区党工委书记）',
      '',
      '6月28日，鸡山社区党委组织党员开展主题党日活动，重温入党誓词。',
    ]);
    expect(stories).toEqual([
      [
        { title: '初心之歌' },
        [{ role: 'writer', name: '王芳' }],
        ['增强党组织的凝聚力，\n在纪念馆的讲解下。', '党员们纷纷感慨，\n大家纷纷表示，'],
      ],
      [
        { title: '鸡山社区开展主题党日活动' },
        [{ role: 'writer', title: '高新区党工委书记', name: '张明' }],
        ['6月28日，鸡山社区党委组织党员开展主题党日活动，重温入党誓词。'],
      ],
    ]);
    // A last stanza of one line set wide apart, and the title further still: the poem's.
    const apart = read([
      '初心之歌',
      '',
      '□ 王芳',
      '',
      '基础不牢，',
      '',
      '地动山摇。',
      '',
      '只有加强基层党建工作，',
      '',
      '',
      '',
      '才能更好地发挥基层党组织优势，',
      '',
      '',
      '',
      '',
      '鸡山社区开展主题党日活动 □ 张明',
      '',
      '6月28日，鸡山社区党委组织党员开展主题党日活动，重温入党誓词。',
    ]);
    expect(apart.stories[0]![2]).toEqual([
      '基础不牢，\n地动山摇。\n只有加强基层党建工作，',
      '才能更好地发挥基层党组织优势，',
    ]);
    expect(apart.stories[1]![0]).toEqual({ title: '鸡山社区开展主题党日活动' });
  });

  it('leaves a headline whose words after a mark name no one, and a short story under it is still reported short', () => {
    const { stories, suspicions } = read(['学党史 □ 悟思想', '', '高新区党员干部深入学习党史。', '', ...news]);
    expect(stories[0]).toEqual([{ title: '学党史 □ 悟思想' }, [], ['高新区党员干部深入学习党史。']]);
    expect(suspicions).toContain('short-story 1');
  });
});

describe('a poem under its title with no writer printed', () => {
  const verse = (page: string[]) =>
    splitPage(page.join('\n')).stories.map((s): [string | undefined, number, string[]] => [
      s.headline?.title,
      s.credits.length,
      s.paragraphs,
    ]);
  const news = [
    '园区里的初心故事',
    '',
    '本报记者 李明',
    '',
    '6月28日，高新区举行纪念章颁发仪式，为42名老党员颁发纪念章。',
  ];

  it('reads its lines as verse when the title is set further from them than they are from each other, at the page’s top too', () => {
    expect(
      verse([
        '第8版 · 副刊',
        '',
        '七一抒怀',
        '',
        '一百年风雨兼程',
        '一百年初心如磐',
        '镰刀锤头的旗帜',
        '在东方的天空飘扬',
        '',
        '（作者单位：高新区机关党委）',
        '',
        ...news,
      ]),
    ).toEqual([
      [
        '七一抒怀',
        0,
        ['一百年风雨兼程\n一百年初心如磐\n镰刀锤头的旗帜\n在东方的天空飘扬', '（作者单位：高新区机关党委）'],
      ],
      ['园区里的初心故事', 1, ['6月28日，高新区举行纪念章颁发仪式，为42名老党员颁发纪念章。']],
    ]);
    // A blank line after every line, the title two apart.
    expect(
      verse([
        ...news,
        '',
        '',
        '红船颂',
        '',
        '',
        '南湖的波光里，',
        '',
        '一艘红船启航，',
        '',
        '百年风雨兼程，',
        '',
        '初心从未改变。',
      ])[1],
    ).toEqual(['红船颂', 0, ['南湖的波光里，\n一艘红船启航，\n百年风雨兼程，\n初心从未改变。']]);
  });

  it('takes a 主题 under an 引题, set closer than the verse, as the title’s, and a line over a 副题 as the next poem’s title', () => {
    expect(
      verse([
        '初心之歌',
        '',
        '□ 王芳',
        '',
        '你是清晨的第一缕光',
        '照亮了园区的每一条路',
        '你是深夜里不灭的灯',
        '守望着实验室的窗',
        '',
        '',
        '献给老党员',
        '',
        '——写在建党102周年之际',
        '',
        '',
        '一枚纪念章',
        '一段光荣岁月',
        '一颗不变的初心',
        '一生不改的信仰',
      ]),
    ).toEqual([
      ['初心之歌', 1, ['你是清晨的第一缕光\n照亮了园区的每一条路\n你是深夜里不灭的灯\n守望着实验室的窗']],
      ['献给老党员', 0, ['一枚纪念章\n一段光荣岁月\n一颗不变的初心\n一生不改的信仰']],
    ]);
    const [, story] = splitPage(
      [
        ...news,
        '',
        '',
        '园区新歌',
        '',
        '七一抒怀',
        '',
        '',
        '一百年风雨兼程',
        '一百年初心如磐',
        '镰刀锤头的旗帜',
        '在东方的天空飘扬',
      ].join('\n'),
    ).stories;
    expect([story!.headline, story!.paragraphs]).toEqual([
      { kicker: '园区新歌', title: '七一抒怀' },
      ['一百年风雨兼程\n一百年初心如磐\n镰刀锤头的旗帜\n在东方的天空飘扬'],
    ]);
  });

  it('starts the next poem at a title alone set wider apart than the poem’s stanzas, and keeps a poem’s first stanza break, a one-line stanza and a part’s numeral its own', () => {
    const first = [
      '七一抒怀 □ 王芳',
      '',
      '',
      '党旗在风中飘扬',
      '照亮我们前行的方向',
      '百年风雨兼程',
      '初心始终不忘',
      '',
    ];
    const second = ['一代代共产党人', '用热血书写荣光', '今天我们接过接力棒', '奋斗在新时代的战场'];
    const spring = ['园区的春天来得早', '厂房边的玉兰已经开了', '年轻的党员在车间里', '把汗水写进了图纸'];
    const poemOne = [first.slice(3, 7).join('\n'), second.join('\n')];
    expect(verse([...first, ...second, '', '', '春到园区', '', '', ...spring])).toEqual([
      ['七一抒怀', 1, poemOne],
      ['春到园区', 0, [spring.join('\n')]],
    ]);
    // An 引题 over it, set closer to its title than the title is to the verse.
    expect(verse([...first, ...second, '', '', '', '园区新歌', '', '春到园区', '', '', ...spring])).toEqual([
      ['七一抒怀', 1, poemOne],
      ['春到园区', 0, [spring.join('\n')]],
    ]);
    // Set as far from the poem above as the stanzas are: a stanza of one line.
    expect(verse([...first, ...second, '', '春到园区', '', ...spring])).toEqual([
      ['七一抒怀', 1, [...poemOne, '春到园区', spring.join('\n')]],
    ]);
    // A poem's first stanza break, its stanzas a line of two apart, is no title.
    expect(verse([...first.slice(0, 7), '', '', '一代代共产党人', '用热血书写荣光', '', ...spring])).toEqual([
      ['七一抒怀', 1, [first.slice(3, 7).join('\n'), '一代代共产党人\n用热血书写荣光', spring.join('\n')]],
    ]);
    // Set closer to the poem above than to the verse under it: that poem's last stanza.
    expect(verse([...first, ...second, '', '', '春到园区', '', '', '', ...spring])[0]![2]).toContain('春到园区');
    // A part's numeral, set apart, is the poem's.
    expect(verse([...first, ...second, '', '', '二', '', '', ...spring])).toHaveLength(1);
  });

  it('reads poems with no writer one after another, more than 80 lines in all, each under its title', () => {
    const stanza = (k: number) => [`第${k}节的诗句在这里`, '一百年初心如磐', '镰刀锤头的旗帜', '在东方的天空飘扬'];
    const poem = (title: string) => [title, '', '', ...[1, 2, 3, 4, 5, 6].flatMap((k) => [...stanza(k), '']), ''];
    const titles = ['七一抒怀', '春到园区', '红船颂', '初心之歌'];
    const stories = splitPage(titles.flatMap(poem).join('\n')).stories;
    expect(stories.map((s) => [s.headline?.title, s.credits.length, s.paragraphs])).toEqual(
      titles.map((title) => [title, 0, [1, 2, 3, 4, 5, 6].map((k) => stanza(k).join('\n'))]),
    );
  });

  it('reads no more than 80 lines under a title alone as a poem (a page of headlines, each over the rest, is read once)', () => {
    const lines = ['一百年风雨兼程', '一百年初心如磐', '镰刀锤头的旗帜', '在东方的天空飘扬'];
    const poem = (count: number) =>
      verse(['七一抒怀', '', '', ...Array.from({ length: count }, (_, k) => lines[k % 4]!)])[0]![2];
    expect(poem(80)).toHaveLength(1);
    expect(poem(80)[0]!.split('\n')).toHaveLength(80);
    expect(poem(81).some((p) => p.includes('\n'))).toBe(false);
  });

  it('leaves a headline over short lines set as close as it, and a narrow column’s lines, as they were', () => {
    const close = verse(['红船颂', '南湖的波光里', '一艘红船启航', '百年风雨兼程', '初心从未改变', '', ...news]);
    expect(close[0]![2]!.some((p) => p.includes('\n'))).toBe(false);
    const column = verse([
      '“一核两翼三提升” 构建基层党建新格局',
      '',
      '　　“感谢党建联盟所做的努力，',
      '解决了我们的‘心头大患’！”',
      '惠环街道卓悦华府物业送来了“',
      '知百姓冷暖 为百姓谋利”的锦',
      '旗；',
    ]);
    expect(column[0]![2]!.some((p) => p.includes('\n'))).toBe(false);
  });
});

describe('a mark printed before a brief’s title (■ 高新区…)', () => {
  it('is no word of the title', () => {
    const page = [
      '■ 高新区机关党委开展主题党日活动',
      '',
      '本报讯 5月10日，高新区机关党委组织40余名党员干部赴市革命纪念馆开展主题党日活动。',
      '',
      '■科技园党支部召开专题组织生活会',
      '',
      '本报讯 近日，科技园党支部召开专题组织生活会，明确整改措施12条。',
    ];
    const { stories } = splitPage(page.join('\n'));
    expect(stories.map((s) => s.headline?.title)).toEqual([
      '高新区机关党委开展主题党日活动',
      '科技园党支部召开专题组织生活会',
    ]);
  });
});

describe('a letter or an appeal (倡议书)', () => {
  const page = [
    '致全区党员的倡议书',
    '',
    '全区广大党员：',
    '',
    '为庆祝中国共产党成立100周年，高新区党工委向全区党员发出如下倡议：',
    '',
    '一是坚定理想信念，做对党忠诚的表率。',
    '',
    '二是立足岗位奉献，做干事创业的表率。',
    '',
    '中共某某高新区工作委员会',
    '2021年6月28日',
    '',
    '高新区召开党建工作会议',
    '',
    '本报记者 张三',
    '',
    '6月30日，高新区召开党建工作会议。',
  ].join('\n');
  const { stories, dropped } = splitPage(page);

  it('keeps its salutation, its items after a colon and its signature each a paragraph of its own', () => {
    expect(stories[0]!.headline).toEqual({ title: '致全区党员的倡议书' });
    expect(stories[0]!.paragraphs).toEqual([
      '全区广大党员：',
      '为庆祝中国共产党成立100周年，高新区党工委向全区党员发出如下倡议：',
      '一是坚定理想信念，做对党忠诚的表率。',
      '二是立足岗位奉献，做干事创业的表率。',
      '中共某某高新区工作委员会',
      '2021年6月28日',
    ]);
    expect(dropped).toEqual([]);
  });

  it('leaves the next story its own headline', () => {
    expect(stories[1]!.headline).toEqual({ title: '高新区召开党建工作会议' });
  });
});

describe('a writer credited twice, under the headline and under the text', () => {
  it('is credited once', () => {
    const page = [
      '## 扎根基层的“老支书”',
      '——记金鼎社区党委书记李明',
      '',
      '本报记者　孙丽',
      '',
      '　　清晨六点，李明已经走在社区的巷道里。',
      '',
      '（本报记者 孙丽）',
    ].join('\r\n');
    expect(splitPage(page).stories[0]!.credits).toEqual([{ role: 'writer', title: '本报记者', name: '孙丽' }]);
  });
});

describe('a page an OCR tool printed with ASCII punctuation', () => {
  it('ends a paragraph at a full stop after Chinese, and reads the names in brackets under it as credits', () => {
    const page = [
      '高新区召开党建工作会议',
      '',
      '(记者 张三)',
      '',
      '6月30日,高新区召开党建工作会议.会议强调,要坚持党建引领.',
      '',
      '会议还部署了下半年重点工作;要求各级党组织抓好落实!',
      '',
      '(张三 李四)',
    ].join('\n');
    const { stories, suspicions } = splitPage(page);
    expect(stories[0]!.paragraphs).toEqual([
      '6月30日，高新区召开党建工作会议.会议强调，要坚持党建引领.',
      '会议还部署了下半年重点工作；要求各级党组织抓好落实！',
    ]);
    expect(stories[0]!.credits.map((c) => c.name)).toEqual(['张三', '李四']);
    expect(suspicions.filter((s) => s.kind === 'column-join')).toEqual([]);
  });
});

describe('a column’s label on the title’s line', () => {
  it('is that story’s column alone, not the page’s', () => {
    const page = [
      '【聚焦】金鼎社区党员志愿服务暖人心',
      '',
      '本报记者 张三',
      '',
      '6月25日，金鼎社区组织党员志愿者开展志愿服务活动。',
      '',
      '高新区机关党委组织党员集中学习',
      '',
      '本报记者 李四',
      '',
      '7月1日，高新区机关党委组织党员开展集中学习。',
    ];
    expect(splitPage(page.join('\n')).stories.map((s) => [s.headline?.title, s.column])).toEqual([
      ['金鼎社区党员志愿服务暖人心', '聚焦'],
      ['高新区机关党委组织党员集中学习', undefined],
    ]);
  });
});

describe('credits under a story', () => {
  it('ends a story at the credits printed under its text', () => {
    const page = [
      '以高质量党建引领珠海高质量发展',
      '',
      '本报讯 珠海深入开展主题教育，把理论学习摆在首位，真正筑牢信仰之基、补足精神之钙、把稳思想之舵。',
      '',
      '撰写：刘琴',
      '',
      '把基层党组织建设成为坚强战斗堡垒',
      '',
      '基础不牢，地动山摇。基层党组织是党联系群众的前沿阵地和战斗堡垒，珠海持续推进党支部建设。',
    ].join('\n');
    expect(splitPage(page).stories.map((s) => s.headline?.title)).toEqual([
      '以高质量党建引领珠海高质量发展',
      '把基层党组织建设成为坚强战斗堡垒',
    ]);
  });
});

describe('credits under a story, then a headline of two lines', () => {
  it('starts the next story at the headline, its second line a subtitle, not a section head with text', () => {
    // The page sets its stories three lines apart, its paragraphs one: the second headline, one
    // line under the credits, would be taken for a section head inside the story but for them.
    const page = [
      '整合优势资源 更好协同发展',
      '',
      '本报讯 为加强自主创新示范区与自由贸易试验区“双自联动”，珠海高新区举办银企对接会。',
      '',
      '本次活动为金融机构和企业双方搭建了对接交流平台，推动金融资源服务实体经济。',
      '',
      '',
      '',
      '昆山高新区获评创新药物潜力指数十强园区',
      '',
      '本报讯 近日在济南举行的第三届中国生物医药园区产业创新发展大会上，首次发布创新药物潜力指数。',
      '',
      '近年来，昆山高新区深耕小核酸及生物医药领域，全力打造生物医药产业园，培育国内首个产业基地。',
      '',
      '责任编辑：叶伟',
      '',
      '美编：绪言',
      '',
      '实施“五大行动” 引领高质量发展',
      '',
      '——守初心 担使命 找差距 抓落实',
      '',
      '基础不牢，地动山摇。党的基层组织是确保党的路线方针政策和决策部署贯彻落实的基础。',
      '',
      '今年以来，珠海高新区党委以提升基层党组织组织力为核心，全面实施党建引领创新“五大行动”。',
    ].join('\n');
    const stories = splitPage(page).stories;
    expect(stories.map((s) => [s.headline?.title, s.headline?.subtitle])).toEqual([
      ['整合优势资源 更好协同发展', undefined],
      ['昆山高新区获评创新药物潜力指数十强园区', undefined],
      ['实施“五大行动” 引领高质量发展', '守初心 担使命 找差距 抓落实'],
    ]);
    expect(stories[2]!.paragraphs[0]).toMatch(/^基础不牢/);
  });
});

describe('a byline at the end of the last paragraph', () => {
  it('ends the story, so a heading after it starts the next', () => {
    const page = [
      '我市持续推进“十万党员进党校”',
      '',
      '本报讯 珠海市结合党史学习教育，高质量、大规模实施“十万党员进党校”，组织党员进党校集中学习。·刘琴 宋一诺·',
      '',
      '整合优势资源 更好协同发展',
      '',
      '为加强自主创新示范区与自由贸易试验区“双自联动”，珠海高新区发展改革和财政金融局举办银企对接会。（吴长 赋 文/图）',
    ].join('\n');
    const stories = splitPage(page).stories;
    expect(stories.map((s) => s.headline?.title)).toEqual([
      '我市持续推进“十万党员进党校”',
      '整合优势资源 更好协同发展',
    ]);
    expect(stories.map((s) => s.credits.map((c) => `${c.role} ${c.name}`))).toEqual([
      ['writer 刘琴', 'writer 宋一诺'],
      ['writer 吴长赋', 'photographer 吴长赋'],
    ]);
  });
});

describe('the OCR tool’s Markdown', () => {
  const page = [
    '# **党建引领 奋力迈进国家一流高新区**',
    '',
    '本报记者 刘琴',
    '',
    '**作为惠州打造万亿级电子信息产业集群的核心引擎**，近年来，惠州仲恺高新区聚焦高新技术产业和先进制造业。',
    '',
    '![](images/page2_img1.jpg)',
    '',
    '1. 惠州仲恺高新区高质量发展的背后，是其将党建引领作为发展的动力引擎。',
    '',
    '- 2021年是“十四五”开局之年，惠州仲恺高新区扎实开展党史学习教育。<br/>真正把党史学习教育激发出的工作热情转化为强大动力。',
    '',
    '> 事业成败，关键在人。',
    '',
    '| 指标 | 数值 |',
    '| --- | --- |',
    '| 地区生产总值 | 631.6亿元 |',
    '',
    '仲恺陈江街道御湖社区党建联盟走进小区开展文明宣传活动。',
  ].join('\n');

  it('reads the text without it: no marks in the headline or the body, a line break joined, a picture dropped', () => {
    const { stories, dropped } = splitPage(page);
    expect(stories.map((s) => s.headline?.title)).toEqual(['党建引领 奋力迈进国家一流高新区']);
    expect(stories[0]!.paragraphs.slice(0, 4)).toEqual([
      '作为惠州打造万亿级电子信息产业集群的核心引擎，近年来，惠州仲恺高新区聚焦高新技术产业和先进制造业。',
      '1.惠州仲恺高新区高质量发展的背后，是其将党建引领作为发展的动力引擎。',
      '2021年是“十四五”开局之年，惠州仲恺高新区扎实开展党史学习教育。真正把党史学习教育激发出的工作热情转化为强大动力。',
      '事业成败，关键在人。',
    ]);
    expect(dropped.find((d) => d.text === '![](images/page2_img1.jpg)')?.rule).toBe(PICTURE);
  });

  it('keeps a table’s rows as paragraphs of their own: never a headline, never joined to the text after', () => {
    const { stories } = splitPage(page);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.paragraphs.slice(4)).toEqual([
      '指标 数值',
      '地区生产总值 631.6亿元',
      '仲恺陈江街道御湖社区党建联盟走进小区开展文明宣传活动。',
    ]);
  });
});

describe('the photos’ credit under a story’s last paragraph (图/王五)', () => {
  const page = [
    '整合优势资源 更好协同发展',
    '',
    '本报记者 张志东',
    '',
    '为加强自主创新示范区与自由贸易试验区“双自联动”，珠海高新区举办银企对接会。',
    '',
    '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。',
    '',
    '图/李洋',
    '',
    '活动中共有9家金融机构设置展位并进行路演，现场气氛热烈。',
    '',
    '本次活动为金融机构和企业双方搭建了对接交流平台。',
    '',
    '图/宋一诺',
    '',
    '把基层党组织建设成为坚强战斗堡垒',
    '',
    '基础不牢，地动山摇。基层党组织是党联系群众的前沿阵地和战斗堡垒，珠海持续推进党支部建设。',
  ].join('\n');

  it('keeps the paragraph in the text, credits the photographer and ends the story there', () => {
    const stories = splitPage(page).stories;
    expect(stories.map((s) => s.headline?.title)).toEqual([
      '整合优势资源 更好协同发展',
      '把基层党组织建设成为坚强战斗堡垒',
    ]);
    expect(stories[0]!.paragraphs.at(-1)).toBe('本次活动为金融机构和企业双方搭建了对接交流平台。');
    expect(stories[0]!.credits.map((c) => `${c.role} ${c.name}`)).toEqual(['writer 张志东', 'photographer 宋一诺']);
    // Between paragraphs, the same form is a caption's credit.
    expect(stories[0]!.captions).toEqual([
      { text: '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。', credit: '图/李洋' },
    ]);
  });

  it('reads a caption’s credit in brackets with its label, （摄影：王五）', () => {
    const stories = splitPage(
      page.replace(
        '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。',
        '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。（摄影：王五）',
      ),
    ).stories;
    expect(stories[0]!.captions[0]).toEqual({
      text: '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。',
      credit: '摄影：王五',
    });
  });

  it('reads a caption’s credit of another form (王五 摄) there as before', () => {
    const stories = splitPage(page.replace('图/宋一诺', '宋一诺/摄')).stories;
    expect(stories[0]!.captions.map((c) => c.credit)).toEqual(['图/李洋', '宋一诺/摄']);
  });
});

/** A story's headline, byline and first paragraph, each followed by a blank line: what a probe line stands under. */
const STORY_ABOVE = [
  '高新区召开党建工作会议',
  '',
  '本报记者 张三',
  '',
  '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
  '',
];

describe('a caption printed with no full stop before its credit', () => {
  const storyWith = (caption: string) =>
    splitPage(
      [...STORY_ABOVE, caption, '', '会议要求，各级党组织要抓好落实，以实际行动推动党建工作再上新台阶。'].join('\n'),
    ).stories;

  it.each([
    ['党员们重温入党誓词 李四 摄', '李四 摄'],
    ['党员们重温入党誓词 李四摄', '李四摄'],
    ['党员们重温入党誓词 新华社记者 李四 摄', '新华社记者 李四 摄'],
    ['党员们重温入党誓词（李四 摄）', '李四 摄'],
    ['党员们重温入党誓词 李四/摄', '李四/摄'],
    ['党员们重温入党誓词 图/李四', '图/李四'],
    ['座谈会现场 通讯员 王五 供图', '通讯员 王五 供图'],
    ['党员们在社区开展志愿服务 高新区党工委供图', '高新区党工委供图'],
  ])('%s: a caption with its credit as printed, in its story', (line, credit) => {
    const stories = storyWith(line);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.captions).toHaveLength(1);
    // As printed: the spaces inside the credit too.
    expect(stories[0]!.captions[0]!.credit).toBe(credit);
    expect(stories[0]!.paragraphs).toHaveLength(2);
  });

  it.each([
    // A sentence's end whose last word a stray space set apart, with no surname before 摄.
    '会议结束后，与会人员还组织 专人拍摄',
    // A phrase of a point of the text, no credit at its end.
    '党员们重温入党誓词 李四',
  ])('%s: text, not a caption', (line) => {
    const stories = storyWith(line);
    expect(stories.flatMap((s) => s.captions)).toEqual([]);
  });
});

describe('a lead whose 本报讯 is in brackets or after a mark', () => {
  it.each(['【本报讯】', '■本报讯 ', '（本报讯）'])('%s: the story’s first paragraph, never a caption', (dateline) => {
    const page = [
      '高新区召开党建工作会议',
      '',
      `${dateline}3月10日，高新区召开党建工作会议，总结去年工作。`,
      '',
      '会议要求，各级党组织要抓好落实。',
    ].join('\n');
    const [story] = splitPage(page).stories;
    expect(story!.captions).toEqual([]);
    expect(story!.paragraphs[0]).toMatch(/^.本报讯.?3月10日/u);
  });
});

describe('a lead that opens with 本报消息', () => {
  it('is the story’s first paragraph, not a brief titled 本报消息', () => {
    const page = [
      '高新区召开党建工作会议',
      '',
      '本报消息 3月10日，高新区召开党建工作会议，总结去年工作。',
      '',
      '会议要求，各级党组织要抓好落实。',
    ];
    const [story, ...more] = splitPage(page.join('\n')).stories;
    expect(more).toEqual([]);
    expect(story!.headline?.title).toBe('高新区召开党建工作会议');
    expect(story!.paragraphs[0]).toBe('本报消息 3月10日，高新区召开党建工作会议，总结去年工作。');
  });
});

describe('a headline set vertically, a character a line', () => {
  it('heads the story under it, which keeps its byline, and no line of it is dropped', () => {
    const page = [
      ...STORY_ABOVE,
      ...'金鼎社区开展志愿服务',
      '',
      '本报记者 李四',
      '',
      '6月25日，金鼎社区组织党员志愿者开展志愿服务活动。',
    ].join('\n');
    const { stories, dropped } = splitPage(page);
    expect(stories.map((s) => s.headline?.title)).toEqual(['高新区召开党建工作会议', '金鼎社区开展志愿服务']);
    expect(stories.map((s) => s.credits.map((c) => c.name))).toEqual([['张三'], ['李四']]);
    expect(dropped).toEqual([]);
    expect(stories[1]!.lines).toEqual(expect.arrayContaining(Array.from({ length: 10 }, (_, i) => i + 7)));
  });

  it('drops three stray characters one under the other, as before', () => {
    const page = [
      '高新区召开党建工作会议',
      '',
      '3月10日，高新区召开党建工作会议。',
      '',
      '金',
      '鼎',
      '社',
      '',
      '会议要求抓好落实。',
    ];
    const { stories, dropped } = splitPage(page.join('\n'));
    expect(stories).toHaveLength(1);
    expect(dropped.map((d) => d.rule)).toEqual(['单字残留', '单字残留', '单字残留']);
  });
});

describe('a lead that opens with a dateline other than 本报讯', () => {
  it('starts its story at the headline over it, with its writers, however the line above the dateline ends', () => {
    const page = [
      '高新区安全生产宣传教育活动走进金峰学校',
      '',
      '提高学生自救互救技能',
      '',
      '新华社北京5月3日电（记者 李洋、宋显晖）日前，高新区安监局联合高新区教育局在金峰学校开展安全生产宣传教育活动。',
      '',
      '活动中，老师首先以地震灾害作为大背景，先后引出地震发生时正确的躲避和撤离方法，提高学生自救互救技能。',
      '',
      '珠海高新区召开党史学习教育推进会',
      '',
      '本报珠海讯（记者 赵六）6月29日，珠海高新区召开党史学习教育推进会。',
    ].join('\n');
    const stories = splitPage(page).stories;
    expect(stories.map((s) => s.headline)).toEqual([
      { kicker: '高新区安全生产宣传教育活动走进金峰学校', title: '提高学生自救互救技能' },
      { title: '珠海高新区召开党史学习教育推进会' },
    ]);
    expect(stories.map((s) => s.credits.map((c) => c.name))).toEqual([['李洋', '宋显晖'], ['赵六']]);
    // The dateline's lead stays the story's first paragraph, never a caption.
    expect(stories[1]!.captions).toEqual([]);
    expect(stories[1]!.paragraphs[0]).toMatch(/^本报珠海讯/);
  });
});

describe('a commentary, and a caption credited 供图：…', () => {
  it('keeps 本报评论员 as its story’s credit, and the caption apart from the paragraph after it', () => {
    const page = [
      '２０２１年７月１日　星期四',
      '',
      '以党建引领基层治理',
      '',
      '本报评论员',
      '',
      '基层治理是国家治理的基石。只有把基层党组织建设得更加坚强有力，基层治理才能行稳致远。',
      '',
      '高新区党员参观红色教育基地。 供图：高新区宣传部',
      '',
      '各级党组织要切实扛起责任，以党建引领基层治理不断取得新成效。',
    ].join('\n');
    const { stories, dropped } = splitPage(page);
    expect(dropped.map((d) => d.line)).toEqual([1]);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.headline).toEqual({ title: '以党建引领基层治理' });
    expect(stories[0]!.credits).toEqual([{ role: 'writer', name: '本报评论员' }]);
    expect(stories[0]!.captions).toEqual([{ text: '高新区党员参观红色教育基地。', credit: '供图：高新区宣传部' }]);
    expect(stories[0]!.paragraphs).toEqual([
      '基层治理是国家治理的基石。只有把基层党组织建设得更加坚强有力，基层治理才能行稳致远。',
      '各级党组织要切实扛起责任，以党建引领基层治理不断取得新成效。',
    ]);
  });
});

describe('a 日报 page: issue number, editors without colons, a long column, a jump line', () => {
  it('drops the furniture and the jump line, and reads each headline, column and section head', () => {
    const page = [
      '珠海日报',
      '',
      '今日8版 第10742期',
      '',
      '责任编辑 王芳 美编 李强 校对 张敏',
      '',
      '【庆祝中国共产党成立100周年】',
      '',
      '高新区组织党员走访慰问化州贫困村困难党员和老党员',
      '',
      '本报记者 陈静 通讯员 高宣',
      '',
      '在中国共产党成立98周年之际，珠海高新区扶贫办党员到对口帮扶贫困村走访慰问困难党员和老党员。',
      '',
      '■记者手记',
      '',
      '党建工作做实了就是生产力，做细了就是凝聚力，做强了就是战斗力。',
      '',
      '缅怀革命先烈 坚定理想信念',
      '',
      '（上接A1版）',
      '',
      '在中国共产党成立9',
      '',
      '8周年之际，后环社区党员到苏兆征故居陈列馆参观学习，接受革命传统教育。',
    ].join('\n');
    const { stories, dropped } = splitPage(page);
    expect(dropped.map((d) => d.line)).toEqual([1, 3, 5, 21]);
    expect(stories.map((s) => [s.column, s.headline?.title])).toEqual([
      ['庆祝中国共产党成立100周年', '高新区组织党员走访慰问化州贫困村困难党员和老党员'],
      [undefined, '缅怀革命先烈 坚定理想信念'],
    ]);
    expect(stories[0]!.credits.map((c) => c.name)).toEqual(['陈静', '高宣']);
    expect(stories[0]!.paragraphs[1]).toBe('## ■记者手记');
    expect(stories[1]!.headline?.subtitle).toBeUndefined();
    expect(stories[1]!.paragraphs).toEqual([
      '在中国共产党成立98周年之际，后环社区党员到苏兆征故居陈列馆参观学习，接受革命传统教育。',
    ]);
  });

  it('starts a story with no headline at text brought from another page under a story’s text, the mark on its line or its own', () => {
    const story = ['高新区召开党建工作会议', '', '　　3月10日，高新区召开党建工作会议，部署今年任务。', ''];
    const brought = [
      '近期，珠海市结合党史学习教育，组织党员进党校学习。',
      '全面开展学习研讨，推动党史学习教育走深走实。',
    ];
    for (const page of [
      [...story, `　　（上接第1版）${brought[0]}`, '', `　　${brought[1]}`],
      [...story, '（上接第1版）', '', `　　${brought[0]}`, '', `　　${brought[1]}`],
    ]) {
      const { stories } = splitPage(page.join('\n'));
      expect(stories.map((s) => [s.headline?.title, s.paragraphs])).toEqual([
        ['高新区召开党建工作会议', ['3月10日，高新区召开党建工作会议，部署今年任务。']],
        [undefined, brought],
      ]);
      expect(stories[1]!.continued).toEqual([expect.stringMatching(/^本篇开头在另一版/u)]);
    }
  });

  it('starts a story at a headline over text that opens on a mark bringing it from another page, after a story cut short', () => {
    const page = [
      '高新区召开党建工作会议',
      '',
      '　　3月10日，高新区召开党建工作会议，部署今年任务。会议要求，各级党组织要',
      '',
      '把基层党组织建设成为坚强战斗堡垒',
      '',
      '　　（上接A1版）“党的力量来自组织。党的全面领导、党的全部工作要靠党的坚强组织体系去实现。”',
    ].join('\n');
    expect(splitPage(page).stories.map((s) => [s.headline?.title, s.paragraphs])).toEqual([
      ['高新区召开党建工作会议', ['3月10日，高新区召开党建工作会议，部署今年任务。会议要求，各级党组织要']],
      [
        '把基层党组织建设成为坚强战斗堡垒',
        ['“党的力量来自组织。党的全面领导、党的全部工作要靠党的坚强组织体系去实现。”'],
      ],
    ]);
  });
});

describe('headlines of three lines, and 主题——副题 on one line', () => {
  it('reads 引题, 主题 and 副题 under a finished story as the next story’s headline, not the story’s end', () => {
    const page = [
      '我市持续推进“十万党员进党校”——后环社区党员“走出去”参观学习',
      '',
      '本报讯 近期，珠海市结合党史学习教育，高质量、大规模实施“十万党员进党校”，分期分批组织党员进党校学习。',
      '',
      '全面开展学习研讨，推动党史学习教育走深走实。（记者 陈静）',
      '',
      '坚持党建引领 激发发展活力',
      '',
      '金鼎镇打造“红色物业”服务品牌',
      '',
      '让居民生活更舒心',
      '',
      '本报记者 陈静',
      '',
      '近日，金鼎镇组织党员志愿者走进社区，为群众提供义诊、法律咨询等服务。',
    ].join('\n');
    const stories = splitPage(page).stories;
    expect(stories.map((s) => s.headline)).toEqual([
      { title: '我市持续推进“十万党员进党校”', subtitle: '后环社区党员“走出去”参观学习' },
      { kicker: '坚持党建引领 激发发展活力', title: '金鼎镇打造“红色物业”服务品牌', subtitle: '让居民生活更舒心' },
    ]);
    expect(stories[0]!.paragraphs.at(-1)).toBe('全面开展学习研讨，推动党史学习教育走深走实。');
  });
});

describe('points set off by a dash, and captions marked 上图/下图', () => {
  it('keeps the points in the text and takes the marked lines as captions', () => {
    const page = [
      '高新区扎实推进基层党建工作',
      '',
      '本报讯 今年以来，高新区坚持以党建引领基层治理，推动各项工作取得新成效。',
      '',
      '——聚焦主责主业，压实党建责任，层层签订党建工作责任书。',
      '',
      '——聚焦基层基础，推进党支部标准化规范化建设，实现全覆盖。',
      '',
      '上图：高新区党员在会同书店开展主题党日活动。',
      '',
      '下图：金鼎社区党员志愿者开展便民服务。',
      '',
      '下一步，高新区将继续推动基层党建工作提质增效。',
    ].join('\n');
    const [story] = splitPage(page).stories;
    expect(story!.captions.map((c) => c.text)).toEqual([
      '上图：高新区党员在会同书店开展主题党日活动。',
      '下图：金鼎社区党员志愿者开展便民服务。',
    ]);
    expect(story!.paragraphs.filter((p) => p.startsWith('——'))).toHaveLength(2);
  });
});

describe('the page’s name alone over the first headline', () => {
  const page = (pageLine: string) =>
    [
      pageLine,
      '',
      '2021年7月1日 星期四',
      '',
      '要闻',
      '',
      '高新区召开党建工作会议',
      '',
      '本报讯 3月6日，高新区召开党建工作会议，总结2021年党建工作，部署2022年重点任务。',
    ].join('\n');

  it('is the page’s name when the 版次 line names the page so, and the story’s 栏目 otherwise', () => {
    const named = splitPage(page('第5版 · 要闻'));
    expect(named.dropped.map((d) => d.rule)).toContain('版名');
    expect(named.stories[0]!.column).toBeUndefined();
    const unnamed = splitPage(page('第5版'));
    expect(unnamed.stories[0]!.column).toBe('要闻');
  });
});

describe('a hard-wrapped page', () => {
  it('joins each paragraph’s lines without a column break to check, and keeps its headlines', () => {
    const split = splitPage(WRAPPED.slice(0, 22).join('\n'));
    expect(split.stories.map((s) => s.headline?.title)).toEqual([
      '高新区组织党员走访慰问化州贫困村困难党员和老党员',
      '缅怀革命先烈 坚定理想信念',
    ]);
    const [first, second] = split.stories;
    expect(first!.paragraphs).toHaveLength(2);
    expect(first!.paragraphs[1]).toBe(
      '此次，慰问组共走访慰问了高新区对口帮扶化州市的11个省定贫困村困难党员和老党员，了解他们的生活。身体健康等情况，鼓励他们要坚定信心，乐观面对生活，一如既往地发挥模范带头作用。',
    );
    expect(first!.credits.map((c) => c.name)).toEqual(expect.arrayContaining(['宋显晖', '刘琴']));
    expect(second!.headline?.kicker).toBe('后环社区党员“走出去”参观学习');
    expect(second!.paragraphs).toEqual([
      '党员们首先参观了周文雍、陈铁军烈士纪念馆。纪念馆分为动荡的年代、激情燃烧的岁月、薪火相传、视像展览室、许愿树、大型主题雕塑六个区，各区间主题鲜明，资料翔实。',
    ]);
    expect(split.suspicions.filter((s) => s.kind === 'column-join')).toEqual([]);
  });

  it('keeps apart the names a line’s end parted', () => {
    const split = splitPage(
      [
        '缅怀革命先烈 坚定理想信念',
        '\u3000\u3000此次，慰问组共走访慰问了高新',
        '区对口帮扶化州市的11个省定贫困村',
        '困难党员和老党员。·宋显晖 刘琴',
        '张嘉村·',
      ].join('\n'),
    );
    expect(split.stories[0]!.credits.map((c) => c.name)).toEqual(['宋显晖', '刘琴', '张嘉村']);
  });
});

describe('a paragraph grown line by line', () => {
  const piece = fc.oneof(
    fc.string({ unit: fc.constantFrom('党', '建', '。', '“', '”', 'A', ' ', '𠀋'), maxLength: 700 }),
    fc.constantFrom('', '## ', '。', '（本报记者 张三）'),
    fc.integer({ min: 0, max: 1500 }).map((length) => '党建引领发展。'.repeat(215).slice(0, length)),
  );

  it('keeps its whole text, and ends that are its start and its end, the whole up to 2,000 characters', () => {
    fc.assert(
      fc.property(piece, fc.array(piece, { maxLength: 25 }), (first, more) => {
        let paragraph = endsOf(first);
        for (const text of more) paragraph = grownBy(paragraph, text);
        const whole = first + more.join('');
        expect(paragraph.text).toBe(whole);
        expect(whole.startsWith(paragraph.start)).toBe(true);
        expect(whole.endsWith(paragraph.end)).toBe(true);
        if (whole.length <= 2000) expect([paragraph.start, paragraph.end]).toEqual([whole, whole]);
        else {
          expect(paragraph.start.length).toBeGreaterThanOrEqual(1000);
          expect(paragraph.end.length).toBeGreaterThanOrEqual(1000);
          expect(paragraph.end.length).toBeLessThanOrEqual(2000 + 700);
        }
      }),
    );
  });

  // Past 2,000 characters a join reads the paragraph's ends alone: it must decide as on the whole.
  // One sentence of 3,000 characters, set in lines of 14 to 19 with a column break after each.
  const sentence = '会议强调，各级党组织要深入学习贯彻党的创新理论，坚持以党建引领高质量发展，'.repeat(80);
  const columnCut = (text: string) => {
    const lines: string[] = [];
    for (let at = 0, i = 0; at < text.length; i++) lines.push(text.slice(at, (at += 14 + (i % 6))), '');
    return lines;
  };
  const story = ['高新区召开党建工作会议', '', '本报记者 张三', ''];

  it('goes on past 2,000 characters until its last sentence ends, and stops there', () => {
    const page = [...story, ...columnCut(sentence), '推动工作取得实效。', '', '会后，与会人员参观了展馆'];
    expect(splitPage(page.join('\n')).stories.map((s) => s.paragraphs)).toEqual([
      [`${sentence}推动工作取得实效。`, '会后，与会人员参观了展馆'],
    ]);
  });

  it('ends at credits after its last sentence, and at a turn of a dialogue, past 2,000 characters', () => {
    const credited = [...columnCut(sentence), '推动工作取得实效。（本报记者 李四）', '', '会后，与会人员参观了展馆'];
    expect(splitPage([...story, ...credited].join('\n')).stories.map((s) => s.paragraphs)).toEqual([
      [`${sentence}推动工作取得实效。（本报记者 李四）`, '会后，与会人员参观了展馆'],
    ]);
    const dialogue = [...columnCut(`问：${sentence}`), '答：我们抓好落实'];
    expect(splitPage([...story, ...dialogue].join('\n')).stories.map((s) => s.paragraphs)).toEqual([
      [`问：${sentence}`, '答：我们抓好落实'],
    ]);
  });

  it('reports a column join with the six characters either side of it', () => {
    const { suspicions } = splitPage([...story, ...columnCut(sentence), '推动工作取得实效。'].join('\n'));
    expect(suspicions.filter((s) => s.kind === 'column-join').at(-1)?.detail).toBe('…高质量发展，｜推动工作取得…');
  });
});

describe('hasBody', () => {
  /** A story whose paragraphs count how many times one is read. */
  const counted = () => {
    let reads = 0;
    const paragraphs = new Proxy([] as string[], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const story: DraftStory = { paragraphs, credits: [], captions: [], lines: [], firstLine: 1 };
    return { story, reads: () => reads };
  };

  it('reads each paragraph once, asked after each of thousands of section heads and a text', () => {
    const { story, reads } = counted();
    for (let i = 0; i < 2000; i++) {
      story.paragraphs.push(`## 第${i}节`);
      expect(hasBody(story)).toBe(false);
    }
    story.paragraphs.push('正文。');
    for (let i = 0; i < 2000; i++) expect(hasBody(story)).toBe(true);
    expect(reads()).toBeLessThan(3 * 2001);
  });

  it('answers as a fresh look would, whatever heads and text come before or after', () => {
    const action = fc.oneof(
      fc.constant({ at: 'end', text: '## 节' }),
      fc.constant({ at: 'end', text: '正文' }),
      fc.constant({ at: 'front', text: '## 节' }),
      fc.constant({ at: 'front', text: '正文' }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 20 }), (actions) => {
        const story: DraftStory = { paragraphs: [], credits: [], captions: [], lines: [], firstLine: 1 };
        for (const { at, text } of actions) {
          if (at === 'end') story.paragraphs.push(text);
          else story.paragraphs.unshift(text);
          expect(hasBody(story)).toBe(story.paragraphs.some((p) => !p.startsWith('## ')));
        }
      }),
    );
  });
});
