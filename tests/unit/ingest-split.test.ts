import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  captionSentence,
  classifyLine,
  cleanLine,
  cutInWord,
  pairCounts,
  headlineFromBlock,
  looksLikeFragment,
  parseByline,
  readLines,
  splitPage,
  trailingByline,
} from '../../src/lib/ingest/split.ts';

describe('cleanLine', () => {
  it('removes OCR markup: heading marks and <mark> tags', () => {
    expect(cleanLine('#### “一核两翼三提升” 构建基层党建新格局')).toBe('“一核两翼三提升” 构建基层党建新格局');
    expect(cleanLine('<mark>仲恺陈</mark>江街道御湖社区党建联盟走进小区开展文明宣传活动。')).toBe(
      '仲恺陈江街道御湖社区党建联盟走进小区开展文明宣传活动。',
    );
  });

  it('closes the spaces a column layout leaves inside running text, keeps those between headline phrases', () => {
    expect(
      cleanLine(
        '作为惠州打造万亿级电子信息产 业集群的核心引擎，近年来，惠州仲恺 高新区始终围绕惠州市以智能终端、 新型显示两大产业为主导。',
      ),
    ).toBe(
      '作为惠州打造万亿级电子信息产业集群的核心引擎，近年来，惠州仲恺高新区始终围绕惠州市以智能终端、新型显示两大产业为主导。',
    );
    expect(cleanLine('守初心 担使命 找差距 抓落实')).toBe('守初心 担使命 找差距 抓落实');
  });

  it('sets half-width punctuation full-width in Chinese text', () => {
    expect(cleanLine('一堂堂生动深刻的专题党课,一场场用活红色资源的现场教学')).toBe(
      '一堂堂生动深刻的专题党课，一场场用活红色资源的现场教学',
    );
  });
});

describe('classifyLine', () => {
  it.each([
    ['编辑:叶伟(010)68667266转242 E-mail:dengsh@chih.org 组版:王新明', 0, 'furniture'],
    ['The Communist Party of China', 0, 'furniture'],
    ['H', 0, 'furniture'],
    ['INNOVATION 创新园区', 0, 'banner'],
    ['撰写:本报记者 宋一诺 摄影:本报记者 吴长赋', 1, 'byline'],
    ['▶ 张志东', 1, 'byline'],
    ['赖彩凤 本报记者 刘琴', 1, 'byline'],
    ['乔冠宇/摄', 3, 'photo-credit'],
    ['高新区持续深化“放管服”改革，提升行政效能，提高办事效率。', 3, 'caption'],
    ['高新区持续深化“放管服”改革，提升行政效能，提高办事效率。', 1, 'body'],
    ['学思践悟守初心 凝心聚力开新局', 1, 'heading'],
    ['惠州仲恺高新区:', 1, 'heading'],
    ['昆山高新区获评“中国生物医药园区 创新药物潜力指数十强园区”', 1, 'heading'],
    ['本报讯 记者宋显晖报道:日前,高新区安监局联合高新区教育局开展活动。', 1, 'body'],
  ] as const)('%s → %s', (line, blanks, kind) => {
    expect(classifyLine(line, blanks).kind).toBe(kind);
  });
});

describe('parseByline', () => {
  it('reads roles, titles and names as printed', () => {
    expect(parseByline('撰写:本报记者 宋一诺 摄影:本报记者 吴长赋')).toEqual([
      { role: 'writer', label: '撰写', title: '本报记者', name: '宋一诺' },
      { role: 'photographer', label: '摄影', title: '本报记者', name: '吴长赋' },
    ]);
    expect(parseByline('▶ 绪言 张嘉村 张阳').map((c) => c.name)).toEqual(['绪言', '张嘉村', '张阳']);
    expect(parseByline('乔冠宇/摄')).toEqual([{ role: 'photographer', label: '摄', name: '乔冠宇' }]);
    expect(parseByline('赖彩凤 本报记者 刘琴')).toEqual([
      { role: 'writer', name: '赖彩凤' },
      { role: 'writer', title: '本报记者', name: '刘琴' },
    ]);
    expect(parseByline('本版图片来源:惠州仲恺高新区')).toEqual([
      { role: 'photographer', label: '本版图片来源', name: '惠州仲恺高新区' },
    ]);
  });
});

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
  it('joins a short quoted line to the line above', () => {
    expect(headlineFromBlock(['党史学习教育', '我市持续推进', '“十万党员进党校”']).headline).toEqual({
      kicker: '党史学习教育',
      title: '我市持续推进“十万党员进党校”',
    });
  });
});

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

describe('what a column break, a headline size and a caption look like', () => {
  it('reads the first piece of a cut paragraph as running text, not a heading', () => {
    expect(looksLikeFragment('为深入开展“不忘初心、牢记使命', '”主题教育，')).toBe(true);
    expect(looksLikeFragment('珠海推动非公企业把党建工作融入企业生产经营、人才培养', '等各个环节。')).toBe(true);
    expect(looksLikeFragment('近日在济南举行的第三届中国生物医药园', '区产业创新发展大会上')).toBe(true);
    expect(looksLikeFragment('高新区党委把党建工作融入企业的', '生产经营。')).toBe(true);
    expect(looksLikeFragment('贵阳高新区：有声智慧党建 打造全新学习阵地', '紧凑的党员活动室内。')).toBe(false);
    expect(looksLikeFragment('昆山高新区获评“中国生物医药园区 创新药物潜力指数十强园区”', '近日。')).toBe(false);
  });

  it('names the 主题 of two lines by type size, above or below the other', () => {
    expect(headlineFromBlock(['提高学生自救互救技能', '送上组织的关怀和温暖'], [1, 3]).headline).toEqual({
      title: '提高学生自救互救技能',
      subtitle: '送上组织的关怀和温暖',
    });
    expect(headlineFromBlock(['高新区举办安全生产知识竞赛', '10支企业和高校队伍参赛'], [3, 2]).headline).toEqual({
      kicker: '高新区举办安全生产知识竞赛',
      title: '10支企业和高校队伍参赛',
    });
    // No sizes: the usual order, 引题 over 主题.
    expect(headlineFromBlock(['高新区举办安全生产知识竞赛', '10支企业和高校队伍参赛']).headline).toEqual({
      kicker: '高新区举办安全生产知识竞赛',
      title: '10支企业和高校队伍参赛',
    });
  });

  it('tells a one-sentence caption, commas and all, from a one-sentence paragraph', () => {
    expect(captionSentence('高新区持续深化“放管服”改革，提升行政效能，提高办事效率。')).toBe(true);
    expect(captionSentence('小横琴社区打造“红色长廊”，展示中共一大到中共十九大的光辉历程。')).toBe(true);
    expect(captionSentence('基层党组织全面进步全面过硬，离不开一支敢担当善作为的党员干部队伍。')).toBe(false);
    expect(
      captionSentence('在业委会中设立党组织，对化解物业管理纠纷、提升居住质量、推进居民自治等方面起到了积极作用。'),
    ).toBe(false);
    expect(captionSentence('日前，高新区安监局联合高新区教育局在金峰学校开展安全生产宣传教育活动。')).toBe(false);
  });

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
});

describe('words and names cut by the layout', () => {
  it('sees a word cut by a column break when its two halves stand together elsewhere on the page', () => {
    const page = pairCounts(['党组织建设。基层党组织。在业委会中设立党', '组织，对化解物业管理纠纷起到了积极作用。']);
    expect(cutInWord('在业委会中设立党', '组织，对化解物业管理纠纷', page)).toBe(true);
    expect(cutInWord('以高质量党建引领珠海高质量发展', '建设新时代中国特色社会主义', page)).toBe(false);
    // A headline of two phrases is left alone.
    expect(cutInWord('党建引领 奋力迈进国家一流党', '组织', page)).toBe(false);
  });

  it('joins a name a stray space cut in two', () => {
    expect(trailingByline('不断夯实基层党建工作保障基础。·宋显 晖 靳碧海 张阳·').credits.map((c) => c.name)).toEqual([
      '宋显晖',
      '靳碧海',
      '张阳',
    ]);
  });

  it('reads 责任编辑 as one label', () => {
    expect(parseByline('责任编辑：叶伟  美编：王新明').map((c) => `${c.role} ${c.label} ${c.name}`)).toEqual([
      'editor 责任编辑 叶伟',
      'layout 美编 王新明',
    ]);
  });
});

describe('spaces and credits around a story', () => {
  it('closes a space that leaves one character alone in a short line', () => {
    expect(cleanLine('建设新时代中国特色社会主 义')).toBe('建设新时代中国特色社会主义');
    expect(cleanLine('守初心 担使命 找差距 抓落实')).toBe('守初心 担使命 找差距 抓落实');
  });

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
