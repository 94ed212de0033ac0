/**
 * The splitter's rules for pages laid out unlike the seed pages: names cut by stray spaces,
 * running text that looks like a heading, 版名 among the top furniture, OCR marks that are not
 * gaps, a title smaller than the story above's, a title after a long story on another subject.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unknownZones } from '../../../src/lib/ingest/suggest.ts';
import { parseByline, trailingByline } from '../../../src/lib/ingest/bylines.ts';
import { classifyLine, contentsEntry, numberedCaptions } from '../../../src/lib/ingest/lines.ts';
import {
  cutInWord,
  looksLikeFragment,
  namesRow,
  pairCounts,
  phrasesApart,
  readLines,
} from '../../../src/lib/ingest/read-lines.ts';
import { splitPage } from '../../../src/lib/ingest/split.ts';
import { WRAPPED } from './wrapped-page.ts';
import { hardWrap } from '../../helpers/layout-simulator.ts';

const page = (...blocks: string[]) => `${blocks.join('\n\n')}\n`;
const names = (text: string) => parseByline(text).map((c) => `${c.role} ${c.name}`);

describe('names a stray space cut', () => {
  it('joins a lone surname with the two characters after it', () => {
    expect(names('组版：张嘉村 王 新明')).toEqual(['layout 张嘉村', 'layout 王新明']);
    const trailing = trailingByline('活动取得圆满成功。（吴 长赋 文/图）');
    expect(trailing.text).toBe('活动取得圆满成功。');
    expect(trailing.credits.map((c) => `${c.role} ${c.name}`)).toEqual(['writer 吴长赋', 'photographer 吴长赋']);
  });

  it('still ends a two-character name with a lone last character', () => {
    expect(names('本报记者 宋显 晖')).toEqual(['writer 宋显晖']);
  });
});

describe('lines that look like headings', () => {
  it('reads a short line with a full stop inside as running text', () => {
    expect(classifyLine('每年按每个社区10万元的标准安排经费。深入开展了', 1).kind).toBe('body');
    expect(classifyLine('构建“大党建”格局', 1).kind).toBe('heading');
  });

  it('finds a word cut by a column break in a line with a stray space, when the page prints the word often', () => {
    const lines = ['建设中国特色社会 主义现代化国际化经', '济特区，关键在党。', '经济特区经济特区经济特区经济特区'];
    expect(cutInWord(lines[0]!, lines[1]!, pairCounts(lines))).toBe(true);
    expect(cutInWord('守初心 担使命', '经济特区，关键在党。', pairCounts(lines))).toBe(false);
  });
});

describe('page furniture at the top', () => {
  it('drops a front page’s contents, other pages’ headlines, with their label or two entries or more', () => {
    const story = [
      '高新区开展党史学习教育\n本报记者 张三',
      '近日，高新区组织党员干部开展党史学习教育，参观革命纪念馆。',
    ];
    const contents = [
      ['今日导读', '高新区召开党史学习教育总结会议 2版\n金鼎社区：党群服务中心成了居民“会客厅” 3版'],
      ['【要闻导读】', '唐家湾镇举办党务干部培训班……………第4版'],
      ['本期要目', '高新区召开党史学习教育总结会议 A2'],
      ['高新区召开党史学习教育总结会议（2版）', '唐家湾镇举办党务干部培训班　A3版'],
    ];
    for (const lines of contents) {
      const result = splitPage(page('珠海日报 2021年6月28日 星期一 第1版', ...lines, ...story));
      expect(
        result.stories.map((s) => [s.headline?.title, s.paragraphs.length]),
        lines[0],
      ).toEqual([['高新区开展党史学习教育', 1]]);
      expect(result.dropped.filter((d) => d.rule === '导读').map((d) => d.text).length, lines[0]).toBe(
        lines.join('\n').split('\n').length,
      );
    }
  });

  it('keeps a headline that ends in a version (3.0版), one contents-like line alone, and a jump line', () => {
    expect(contentsEntry('高新区党建工作迈入3.0版', false)).toBe(false);
    expect(contentsEntry('党建工作 升级3.0版', false)).toBe(false);
    expect(contentsEntry('（下转第2版）', false)).toBe(false);
    expect(contentsEntry('高新区召开会议 见第2版', false)).toBe(false);
    expect(contentsEntry('高新区召开会议 A2', false)).toBe(false);
    expect(contentsEntry('高新区召开会议 A2', true)).toBe(true);
    expect(contentsEntry('珠海日报 2021年6月28日 星期一 第1版', false)).toBe(false);
    expect(contentsEntry('中国高新技术产业导报 第9版', false)).toBe(false);
    const { stories, dropped } = splitPage(
      page('高新区党建工作迈入 3版', '近日，高新区组织党员干部开展党史学习教育，参观革命纪念馆。'),
    );
    expect(stories.map((s) => s.headline?.title)).toEqual(['高新区党建工作迈入 3版']);
    expect(dropped).toEqual([]);
  });

  it('drops a 版名 printed beside the date or 版次, and a stack of them', () => {
    const result = splitPage(
      page(
        '2021年6月1日 星期二',
        '要闻',
        '党建',
        '高新区开展党史学习教育',
        '近日，高新区组织党员干部开展党史学习教育，参观革命纪念馆，重温入党誓词。',
      ),
    );
    expect(result.dropped.filter((d) => d.rule === '版名').map((d) => d.text)).toEqual(['要闻', '党建']);
    expect(result.stories.map((s) => s.headline?.title)).toEqual(['高新区开展党史学习教育']);
  });

  it('drops a word right under a 版次 that names no page as the page’s name, though a headline follows it', () => {
    for (const number of ['第３版', '第5版', 'A3', '2021年7月1日　星期四　第5版'])
      expect(
        splitPage(
          page(
            number,
            '要闻',
            '惠州仲恺高新区',
            '高新区组织党员走访慰问化州贫困村困难党员和老党员',
            '——送上组织的关怀和温暖',
            '本报讯（通讯员 赖彩凤）在中国共产党成立98周年之际，高新区党员到高坡村走访慰问困难党员和老党员。',
          ),
        ),
      ).toMatchObject({
        dropped: expect.arrayContaining([expect.objectContaining({ text: '要闻', rule: '版名' })]),
        stories: [
          {
            headline: {
              kicker: '惠州仲恺高新区',
              title: '高新区组织党员走访慰问化州贫困村困难党员和老党员',
              subtitle: '送上组织的关怀和温暖',
            },
          },
        ],
      });
  });

  it('keeps a short 引题 right over a headline of two lines, under a date, a bare 版次 or one that names the page', () => {
    for (const furniture of ['2021.4.21 星期二', '第３版', '第5版 · 园区党建']) {
      const result = splitPage(
        page(
          furniture,
          '党史学习教育',
          '我市持续推进“十万党员进党校”',
          '近期，珠海市结合党史学习教育，大规模实施“十万党员进党校”。',
        ),
      );
      expect(result.dropped.map((d) => d.text)).toEqual([furniture]);
      expect(result.stories[0]!.headline).toEqual({ kicker: '党史学习教育', title: '我市持续推进“十万党员进党校”' });
    }
  });

  it('keeps a single short word right over a headline as its 栏目', () => {
    const result = splitPage(
      page(
        '党建',
        '高新区开展党史学习教育',
        '近日，高新区组织党员干部开展党史学习教育，参观革命纪念馆，重温入党誓词。',
      ),
    );
    expect(result.dropped).toEqual([]);
    expect(result.stories[0]!.column).toBe('党建');
  });

  it('reports a lone OCR mark as dropped, and does not read the gap around it as a caption', () => {
    const text = [
      '高新区开展党史学习教育',
      '',
      '近日，高新区组织党员干部开展党史学习教育，参观革命纪念馆，重温入党誓词。',
      '',
      '#',
      '',
      '期间，纪念馆播放了革命先烈的短片，让大家受到深刻的精神洗礼。',
      '',
    ].join('\n');
    const lines = readLines(text);
    expect(lines[4]!.kind).toBe('furniture');
    expect(lines[6]!.kind).toBe('body');
    const result = splitPage(text);
    expect(result.dropped.map((d) => d.line)).toEqual([5]);
    expect(result.stories[0]!.captions).toEqual([]);
  });

  it.each(['#', 'H', '启'])(
    'reads the gap a stray mark (%s) stands in as the blank lines either side of it, less the mark’s own',
    (mark) => {
      // Stories three lines apart, paragraphs one: a # after the second blank line between two
      // stories leaves one blank line under it, which alone would read as a paragraph's gap.
      const story = (headline: string[], ...text: string[]) => [...headline, ...text].flatMap((line) => [line, '']);
      const text = [
        ...story(
          ['高新区开展党史学习教育'],
          '近日，高新区组织党员干部开展党史学习教育，参观革命纪念馆。',
          '期间，大家重温入党誓词。',
        ),
        '',
        '',
        ...story(
          ['后环社区党员参观学习'],
          '在中国共产党成立98周年之际，后环社区组织党员参观学习。',
          '党员们纷纷表示受到教育。',
        ),
        '',
        mark,
        '',
        ...story(
          ['高新区组织党员走访慰问困难党员', '——送上组织的关怀和温暖'],
          '日前，高新区扶贫办走访慰问困难党员和老党员，送上慰问金。',
          '慰问组了解他们的生活和身体状况。',
        ),
      ].join('\n');
      const lines = readLines(text);
      expect(lines.find((l) => l.text === '高新区组织党员走访慰问困难党员')!.blanksBefore).toBe(2);
      expect(splitPage(text).stories.map((s) => [s.headline?.title, s.headline?.subtitle])).toEqual([
        ['高新区开展党史学习教育', undefined],
        ['后环社区党员参观学习', undefined],
        ['高新区组织党员走访慰问困难党员', '送上组织的关怀和温暖'],
      ]);
    },
  );

  it('finds a caption between two paragraphs with a stray OCR mark beside it', () => {
    const result = splitPage(
      page(
        '高新区开展党史学习教育',
        '近日，高新区组织党员干部开展党史学习教育，参观革命纪念馆，重温入党誓词。',
        '御湖社区党建联盟召开主题教育专题会议。',
        'H',
        '党员们首先参观了烈士纪念馆，了解革命先烈的英勇事迹。',
      ),
    );
    expect(result.stories[0]!.captions).toEqual([{ text: '御湖社区党建联盟召开主题教育专题会议。' }]);
  });

  it('reads a paragraph of two sentences after a wide gap as text, not a caption', () => {
    const lines = readLines(
      [
        '标题一行',
        '',
        '第一段正文，说的是一件事。',
        '',
        '',
        '突出基层特色，开展红色教育活动。目前，全市党组织都已参加。',
      ].join('\n'),
    );
    expect(lines[5]!.kind).toBe('body');
  });
});

describe('a lead cut by a column break', () => {
  it("reads a short line between a byline and the text as the lead's first piece, not a section head", () => {
    const result = splitPage(
      page(
        '整合优势资源 更好协同发展',
        '本报记者 靳碧海',
        '为加强自主创新示范区',
        '与自由贸易试验区“双自联动”，近日，珠海高新区联合横琴新区举办银企对接会。',
        '活动中共有9家金融机构设置展位并进行路演。',
      ),
    );
    expect(result.stories).toHaveLength(1);
    expect(result.stories[0]!.paragraphs[0]).toBe(
      '为加强自主创新示范区与自由贸易试验区“双自联动”，近日，珠海高新区联合横琴新区举办银企对接会。',
    );
  });

  it('reads the first piece of a dateline a column break cut as the lead’s, not a section head', () => {
    for (const [piece, rest] of [
      ['本报北京8月', '27日电（记者 张嘉村）近日在济南举行的第三届中国生物医药园区产业创新发展大会上，首次发布指数。'],
      ['新华社北京6', '月30日电 近日，高新区组织党员干部开展党史学习教育，参观革命纪念馆。'],
    ] as const) {
      const result = splitPage(page('昆山高新区获评“中国生物医药园区 创新药物潜力指数十强园区”', piece, rest, bodyA));
      expect(result.stories).toHaveLength(1);
      expect(result.stories[0]!.headline?.title).toBe('昆山高新区获评“中国生物医药园区 创新药物潜力指数十强园区”');
      expect(result.stories[0]!.paragraphs[0]!.replace(/\s/g, '')).toBe((piece + rest).replace(/\s/g, ''));
    }
  });
});

describe('where a story starts', () => {
  const feature = [
    '惠州仲恺高新区自2018年起建设区域化党建联盟，以城市社区为单位，联结辖区机关、国企和非公企业。',
    '联盟成员单位每月召开联席会议，梳理居民反映的停车难、加装电梯等问题，逐项明确责任单位和办结时限。',
    '在陈江街道，联盟推动物业公司和业主委员会共同议事，一年来化解邻里纠纷四十余起，居民满意度明显提升。',
    '针对非公企业党组织作用发挥不突出的问题，仲恺高新区开通党企快车道，企业诉求件件有回音。',
    '今年以来，快车道小程序上线运行，累计受理企业融资、招工、用地等诉求三百余件，办结率超过九成。',
    '下一步，仲恺高新区将把联盟建设与基层治理深度融合，持续擦亮党建引领高质量发展的金字招牌。',
  ];

  it('takes a title in smaller type than the story above for a title, not a section head', () => {
    const result = splitPage(
      page(
        '# 惠州仲恺高新区：党建联盟解民忧',
        ...feature,
        '## 10支企业和高校队伍参赛',
        '近日，珠海高新区总工会在健帆生物公司举办安全生产知识竞赛，辖区企业和高校派队参加。',
      ),
    );
    expect(result.stories.map((s) => s.headline?.title)).toEqual([
      '惠州仲恺高新区：党建联盟解民忧',
      '10支企业和高校队伍参赛',
    ]);
  });

  it('starts a story at a title that opens with who acts, after a story that ends cut off', () => {
    const result = splitPage(
      page(
        '惠州仲恺高新区：党建联盟解民忧',
        ...feature.slice(0, -1),
        '新冠肺炎疫情暴发后，全市基层党组织闻令而动，三人小组下沉街',
        '鸡山社区党组织开展主题教育党日活动',
        '为庆祝中国共产党成立98周年，鸡山社区50名党员到广州辛亥革命纪念馆参观学习，重温革命历史。',
      ),
    );
    expect(result.stories.map((s) => s.headline?.title)).toEqual([
      '惠州仲恺高新区：党建联盟解民忧',
      '鸡山社区党组织开展主题教育党日活动',
    ]);
  });
  it('starts a story at a slogan title over a news lead that says when after its purpose', () => {
    const result = splitPage(
      page(
        '惠州仲恺高新区：党建联盟解民忧',
        ...feature,
        '整合优势资源 更好协同发展',
        '为加强两区协同，近日，珠海高新区联合横琴新区举办银企对接会，九家金融机构设置展位并进行路演。',
      ),
    );
    expect(result.stories.map((s) => s.headline?.title)).toEqual([
      '惠州仲恺高新区：党建联盟解民忧',
      '整合优势资源 更好协同发展',
    ]);
  });
});

describe('a page from another paper, as an editor would try it', () => {
  // Written for this test in the 导报's style: four zones' stories, ▶ and 本报讯（通讯员 …）
  // bylines, ·名 名· and （名 文/图） at the end, a caption between paragraphs, 版名 and 出版 lines.
  const text = readFileSync(new URL('./daobao-page.txt', import.meta.url), 'utf8');
  const result = splitPage(text);

  it('finds every story with its headline, and no 栏目 where none is printed', () => {
    expect(result.stories.map((s) => [s.headline?.kicker, s.headline?.title])).toEqual([
      ['党建引领 产业向新', '吉林高新区打造“红色引擎”'],
      [undefined, '南通高新区举办青年人才沙龙'],
      [undefined, '太仓高新区开展志愿服务月活动'],
      ['长治高新区', '党员先锋岗助力项目建设'],
    ]);
    expect(result.stories.map((s) => s.column)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('takes the caption out of the body and leaves the paragraphs, the last one too', () => {
    const [first, second] = result.stories;
    expect(first!.captions).toEqual([{ text: '吉林高新区党群服务中心工作人员为外卖骑手讲解政策。' }]);
    expect(first!.paragraphs.some((p) => p.startsWith('园区还建成党群服务中心三处'))).toBe(true);
    expect(second!.captions).toEqual([]);
    expect(second!.paragraphs.at(-1)).toMatch(/^活动现场/);
  });

  it('reads the bylines in all their forms', () => {
    const credits = result.stories.map((s) => s.credits.map((c) => `${c.role} ${c.name}`));
    expect(credits).toEqual([
      ['writer 刘洋', 'writer 任溢斌', 'writer 黄艳鸣', 'writer 张悦'],
      ['writer 宋玲毅'],
      ['writer 文高', 'photographer 文高'],
      [],
    ]);
    expect(result.stories[0]!.paragraphs.at(-1)).toMatch(/规上企业。$/);
    expect(result.stories[2]!.paragraphs[0]).toMatch(/^本报讯 为弘扬/);
  });

  it('drops the furniture at the top and the foot', () => {
    expect(result.dropped.map((d) => d.text)).toEqual([
      '中国高新技术产业导报',
      '2022年3月14日 星期一',
      '第9版',
      '园区党建',
      '编辑：刘洋 电话：(010)68667266',
      '中国高新技术产业导报社出版',
    ]);
  });
});

describe("a zone paper's page of 本报讯 items", () => {
  // Written for this test: items of a few short paragraphs, a plain title with no 本报讯 or
  // byline, a credit in brackets on its own line, the page's editors at the top, an address at the foot.
  const text = readFileSync(new URL('./zone-paper-page.txt', import.meta.url), 'utf8');
  const result = splitPage(text);

  it('finds the three items, with the page furniture dropped, the editors line too', () => {
    expect(result.stories.map((s) => s.headline?.title)).toEqual([
      '高新区召开庆祝建党100周年表彰大会',
      '园区企业开展红色观影活动',
      '高新区举办基层党务干部培训班',
    ]);
    expect(result.dropped.map((d) => `${d.line} ${d.rule}`)).toEqual([
      '1 报名',
      '3 出版日期',
      '5 版次',
      '7 编辑/组版',
      '33 地址/邮编',
      '35 出版/印刷',
    ]);
  });

  it('leaves short one-sentence paragraphs in the text and finds the credited caption', () => {
    expect(result.stories.map((s) => s.captions)).toEqual([
      [],
      [{ text: '党员职工在观影后交流心得。', credit: '王芳 摄' }],
      [],
    ]);
    expect(result.stories[0]!.paragraphs).toHaveLength(3);
    expect(result.stories[2]!.paragraphs.at(-1)).toMatch(/^培训邀请党校教师/);
  });

  it('reads a credit in brackets on its own line under the text', () => {
    expect(result.stories[2]!.credits.map((c) => `${c.role} ${c.title} ${c.name}`)).toEqual(['writer 通讯员 陈晨']);
  });

  it('names only the zones the text names, line by line', () => {
    expect(unknownZones(text, [])).not.toContain('李强高新区');
    expect(unknownZones(text, [])).not.toContain('芳摄高新区');
    expect(unknownZones(text, [])).toContain('长治高新区');
  });
});

/** Blocks of a page, set apart by `gap` blank lines. */
const spaced = (gap: number, ...blocks: string[]) => `${blocks.join('\n'.repeat(gap + 1))}\n`;
const leadA = '近日，高新区组织党员干部开展党史学习教育，参观革命纪念馆，重温入党誓词，接受红色教育。';
const bodyA =
  '党史学习教育开展以来，高新区把学党史、悟思想、办实事、开新局一体化部署推进，用好红色资源，激发党员干部干事创业的热情。';
const leadB = '近日，高新区举办安全生产知识竞赛，辖区企业和高校共十支队伍参加了竞赛，健帆生物代表队摘取了桂冠。';

describe('the page’s own spacing', () => {
  it('reads a section head and the first piece of its text as one story’s, where stories stand wider apart', () => {
    const text = [
      spaced(
        1,
        '高新区开展党史学习教育',
        '本报记者 宋一诺',
        leadA,
        bodyA,
        '创新学习形式 推动党史学习教育走深走实',
        '党史学习教育动员令',
      ),
      `吹响后，高新区闻令而行，坚持把党史学习教育作为基层党建的重大政治任务。\n`,
      spaced(1, '高新区举办安全生产知识竞赛', '本报记者 张阳', leadB),
    ].join('\n\n');
    const stories = splitPage(text).stories;
    expect(stories.map((s) => s.headline?.title)).toEqual(['高新区开展党史学习教育', '高新区举办安全生产知识竞赛']);
    expect(stories[0]!.paragraphs).toContain('## 创新学习形式 推动党史学习教育走深走实');
    expect(stories[0]!.paragraphs.at(-1)).toMatch(/^党史学习教育动员令吹响后/);
  });

  it('starts a story at a plain title set apart by a wider gap than the paragraphs', () => {
    const story = (gap: number) =>
      `${spaced(1, '高新区开展党史学习教育', leadA, bodyA)}${'\n'.repeat(gap)}${spaced(1, '守护校园平安 筑牢安全防线', '老师们以地震和火灾为背景，讲解了正确的躲避和撤离方法，同学们体验了匍匐前进、戴防毒面具、使用灭火器等技能。')}`;
    expect(splitPage(story(2)).stories.map((s) => s.headline?.title)).toEqual([
      '高新区开展党史学习教育',
      '守护校园平安 筑牢安全防线',
    ]);
    // At the paragraphs' gap it reads as a section head of the story above.
    expect(splitPage(story(1)).stories).toHaveLength(1);
  });
});

describe('two heading-like lines inside a story, on a page whose spacing tells nothing', () => {
  it('reads a section head numbered like the story’s others and the first piece of its text as one story’s', () => {
    const result = splitPage(
      page(
        '把基层党组织建设成为坚强战斗堡垒',
        leadA,
        '1 以组织振兴推动乡村振兴',
        bodyA,
        '2 不断提升基层治理效能',
        '在业委会中设立',
        '党组织，对化解物业管理纠纷、提升居住质量、推进居民自治等方面起到了积极作用。',
      ),
    );
    expect(result.stories).toHaveLength(1);
    expect(result.stories[0]!.paragraphs).toEqual([
      leadA,
      '## 1 以组织振兴推动乡村振兴',
      bodyA,
      '## 2 不断提升基层治理效能',
      '在业委会中设立党组织，对化解物业管理纠纷、提升居住质量、推进居民自治等方面起到了积极作用。',
    ]);
  });

  it('still starts a story at a headline of two lines over another subject', () => {
    const result = splitPage(
      page(
        '高新区开展党史学习教育',
        leadA,
        bodyA,
        '守初心 担使命 找差距 抓落实',
        '济宁高新区主题教育凝聚三次创业磅礴力量',
        '按照主题教育统一部署，济宁高新区高度重视、迅速行动，召开读书班，推动主题教育走深走实。',
      ),
    );
    expect(result.stories.map((s) => s.headline?.title)).toEqual([
      '高新区开展党史学习教育',
      '济宁高新区主题教育凝聚三次创业磅礴力量',
    ]);
  });
});

describe('the cut-off end of a story’s text in a block of heading-like lines', () => {
  const sections = [
    '1 以组织振兴推动乡村振兴',
    bodyA,
    '2 不断提升基层治理效能',
    bodyA,
    '3 打通服务群众“最后一公里”',
    bodyA,
  ];

  it('reads a line over the story’s next numbered section as its text, and the section as its own', () => {
    const result = splitPage(
      page('把基层党组织建设成为坚强战斗堡垒', leadA, ...sections, '深入开展了\n4 服务经济社会高质量发展', leadB),
    );
    expect(result.stories).toHaveLength(1);
    expect(result.stories[0]!.paragraphs.slice(-3)).toEqual(['深入开展了', '## 4 服务经济社会高质量发展', leadB]);
  });

  it('starts a story at a numbered line that does not go on with the story’s numbers', () => {
    const result = splitPage(
      page(
        '把基层党组织建设成为坚强战斗堡垒',
        leadA,
        ...sections,
        '高新区开展党史学习教育\n1 深处实处新处“悟思想”',
        leadB,
      ),
    );
    // Where the new story's headline ends and its first section begins is not this rule's to say.
    expect(result.stories).toHaveLength(2);
    expect(result.stories[0]!.paragraphs.at(-1)).toBe(bodyA);
    expect(result.stories[1]!.paragraphs.filter((p) => !p.startsWith('## '))).toEqual([leadB]);
  });

  const series = ['高点起步 扎实推进', bodyA, '从严从实 以上率下', bodyA, '立足实际 求实求效', bodyA];

  it('reads the story’s next head of a series, and a cut-off line under it, as the story’s, and the last line as the next headline', () => {
    const result = splitPage(
      page(
        '济宁高新区主题教育凝聚三次创业磅礴力量',
        leadA,
        ...series,
        '学做结合 推动发展\n济宁高新区将开展主题教育与庆祝新中\n昆山高新区获评“中国生物医药园区创新药物潜力指数十强园区”',
        leadB,
      ),
    );
    expect(result.stories.map((s) => s.headline?.title)).toEqual([
      '济宁高新区主题教育凝聚三次创业磅礴力量',
      '昆山高新区获评“中国生物医药园区创新药物潜力指数十强园区”',
    ]);
    expect(result.stories[0]!.paragraphs.slice(-2)).toEqual([
      '## 学做结合 推动发展',
      '济宁高新区将开展主题教育与庆祝新中',
    ]);
    expect(result.stories[1]!.paragraphs).toEqual([leadB]);
  });

  it('still reads a headline of three lines ending in a 副题 as the next story’s, though its 引题 is of the series’ shape', () => {
    const result = splitPage(
      page(
        '济宁高新区主题教育凝聚三次创业磅礴力量',
        leadA,
        ...series,
        '不忘初心 牢记使命\n昆山高新区获评“中国生物医药园区创新药物潜力指数十强园区”\n——送上组织的关怀和温暖',
        leadB,
      ),
    );
    expect(result.stories[1]!.headline).toEqual({
      kicker: '不忘初心 牢记使命',
      title: '昆山高新区获评“中国生物医药园区创新药物潜力指数十强园区”',
      subtitle: '送上组织的关怀和温暖',
    });
  });
});

describe('the cut-off end of a story at the page’s foot', () => {
  it('reads the page’s last line, heading-like, as the story’s last piece of text, and the head over a caption above it as a head', () => {
    const page = [
      '济宁高新区主题教育凝聚三次创业磅礴力量',
      '本报记者 张阳',
      '按照主题教育统一部署，济宁高新区高度重视、迅速行动，第一时间把思想和行动统一到中央部署上来。',
      '立足实际 求实求效',
      '济宁高新区后岗村共有268户、792人，近年来，该村探索推行“周四说事”制度，加强基层治理。',
      '学做结合 推动发展',
      '高新区企业金山软件开展五四嘉年华“少年中国说”主题活动。（图片由高新区提供）',
      '济宁高新区将开展主题教育与庆祝新中',
    ];
    const { stories } = splitPage(page.join('\n\n'));
    expect(stories).toHaveLength(1);
    expect(stories[0]!.paragraphs.slice(-2)).toEqual(['## 学做结合 推动发展', '济宁高新区将开展主题教育与庆祝新中']);
    expect(stories[0]!.captions).toHaveLength(1);
    // The same with the story's credits under it, and the stray spaces OCR leaves (主题教 育).
    const credited = splitPage(
      [...page.slice(0, -1), '济宁高新区将开展主题教 育与 庆 祝新中', '采写：刘琴'].join('\n\n'),
    );
    expect(credited.stories).toHaveLength(1);
    const [head, text] = credited.stories[0]!.paragraphs.slice(-2);
    expect(head).toBe('## 学做结合 推动发展');
    expect(text!.replace(/\s/gu, '')).toBe('济宁高新区将开展主题教育与庆祝新中');
    expect(credited.stories[0]!.credits.map((c) => c.name)).toContain('刘琴');
    // And with the next story under its credits.
    const next = splitPage(
      [
        ...page.slice(0, -1),
        '济宁高新区将开展主题教育与庆祝新中',
        '采写：刘琴',
        '昆山高新区获评“中国生物医药园区 创新药物潜力指数十强园区”',
        '本报记者 叶伟',
        '近日在济南举行的第三届中国生物医药园区产业创新发展大会上，昆山高新区获评“创新药物潜力指数十强园区”。',
      ].join('\n\n'),
    );
    expect(next.stories.map((s) => s.headline?.title)).toEqual([
      '济宁高新区主题教育凝聚三次创业磅礴力量',
      '昆山高新区获评“中国生物医药园区 创新药物潜力指数十强园区”',
    ]);
    expect(next.stories[0]!.paragraphs.slice(-2)).toEqual([
      '## 学做结合 推动发展',
      '济宁高新区将开展主题教育与庆祝新中',
    ]);
  });
});

describe('phrasesApart', () => {
  it('tells a headline’s phrases a space apart from running text with stray spaces', () => {
    expect(phrasesApart('学做结合 推动发展')).toBe(true);
    expect(phrasesApart('守初心 担使命 找差距 抓落实')).toBe(true);
    expect(phrasesApart('“一核两翼三提升” 构建基层党建新格局')).toBe(true);
    expect(phrasesApart('<h3>学做结合 推动发展</h3>')).toBe(true);
    // A space inside a word the dictionary knows, or one that leaves a character alone.
    expect(phrasesApart('济宁高新区将开展主题教 育与庆祝新中')).toBe(false);
    expect(phrasesApart('将开展主题教育与 庆 祝新中')).toBe(false);
    expect(phrasesApart('高新区党建')).toBe(false);
  });
});

describe('lines cut by a column break', () => {
  it('does not end a paragraph at a quoted phrase: the line after it goes on with it', () => {
    const story = splitPage(
      page(
        '高新区企业为机场供货',
        '本报记者 张阳',
        '金晶集团为屋顶提供了超白玻璃，为“凤凰羽衣”',
        '提供安全、节能、高采光的保障，为这一工程增添“淄博元素”。',
        bodyA,
      ),
    ).stories[0]!;
    expect(story.captions).toEqual([]);
    expect(story.paragraphs[0]).toBe(
      '金晶集团为屋顶提供了超白玻璃，为“凤凰羽衣”提供安全、节能、高采光的保障，为这一工程增添“淄博元素”。',
    );
  });

  it('keeps a 副题 in the headline though its last character and the text’s first are a pair the page prints often', () => {
    // 区 | 基 is no word cut in two, however often 高新区基层 is printed.
    const often = '高新区基层党组织建设不断加强，高新区基层治理能力不断提升，高新区基层党员作用不断发挥。';
    const result = splitPage(
      page(
        '实施“五大行动” 引领高质量发展',
        '——建设新时代中国特色社会主义现代化国际化经济特区',
        '基础不牢，地动山摇。党的基层组织是确保党的路线方针政策和决策部署贯彻落实的基础。',
        often,
      ),
    );
    expect(result.stories.map((s) => s.headline)).toEqual([
      { title: '实施“五大行动” 引领高质量发展', subtitle: '建设新时代中国特色社会主义现代化国际化经济特区' },
    ]);
  });

  it('reads the line under a 副题 as the text’s first piece, not a third line of the headline', () => {
    const story = splitPage(
      page(
        '“淄博高新区制造”闪耀北京大兴国际机场',
        '——金晶超白玻璃保障航站楼采光',
        '新近投运的北京大兴国际机场',
        '备受全球高度关注，被称之为是全球新奇迹之首。',
      ),
    ).stories[0]!;
    expect(story.headline).toEqual({
      title: '“淄博高新区制造”闪耀北京大兴国际机场',
      subtitle: '金晶超白玻璃保障航站楼采光',
    });
    expect(story.paragraphs[0]).toMatch(/^新近投运的北京大兴国际机场备受/);
  });

  it('joins a byline cut at the end of the last paragraph, its names kept apart', () => {
    const story = splitPage(page('高新区开展党史学习教育', leadA, '活动取得圆满成功。·张阳', '宋一诺 靳碧海·'))
      .stories[0]!;
    expect(story.paragraphs.at(-1)).toBe('活动取得圆满成功。');
    expect(story.credits.map((c) => c.name)).toEqual(['张阳', '宋一诺', '靳碧海']);
  });

  it('reads a lead’s purpose clause as the lead’s first piece, never a headline', () => {
    expect(looksLikeFragment('为庆祝中国共产党成立', '98周年，近日，高新区组织党员参观学习。')).toBe(true);
    expect(looksLikeFragment('按照主题教育统一部署', '高新区迅速行动。')).toBe(true);
  });

  it('keeps the rest of a byline a column break cut after a name’s second character with that name', () => {
    const result = splitPage(page('高新区开展党史学习教育', `${leadA}·宋一`, '诺 张志东·'));
    expect(result.stories[0]!.credits.map((c) => `${c.role} ${c.name}`)).toEqual(['writer 宋一诺', 'writer 张志东']);
    expect(result.stories[0]!.paragraphs).toEqual([leadA]);
  });

  it('joins the rest of a byline to its names across a stray OCR mark', () => {
    const result = splitPage(page('高新区开展党史学习教育', `${leadA}·吴长赋 宋`, '#', '一诺 王<br>新明·'));
    expect(result.stories[0]!.credits.map((c) => c.name)).toEqual(['吴长赋', '宋一诺', '王新明']);
    expect(result.stories[0]!.paragraphs).toEqual([leadA]);
  });

  it('takes two lone characters in a byline for one name (a stray space cut it)', () => {
    expect(names('▶ 张阳 张阳 李 洋')).toEqual(['writer 张阳', 'writer 张阳', 'writer 李洋']);
    expect(names('▶ 叶 伟 乔冠 宇 李洋')).toEqual(['writer 叶伟', 'writer 乔冠宇', 'writer 李洋']);
  });

  it('never reads a sentence that argues as a caption, whatever the gap above it', () => {
    expect(classifyLine('珠海市委坚决贯彻落实中央精神，以党建引领推动乡村全面振兴。', 2).kind).toBe('body');
    expect(classifyLine('高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。', 2).kind).toBe('caption');
  });
});

describe('page furniture above the first headline', () => {
  it('drops the page’s editors line among the top furniture, and a 版名 over it', () => {
    const result = splitPage(
      page('党建', '责任编辑：刘琴  美编：刘琴', '第3版', '2020.3.12 星期二', '高新区开展党史学习教育', leadA),
    );
    expect(result.dropped.map((d) => d.rule)).toEqual(['版名', '编辑/组版', '版次', '出版日期']);
    expect(result.stories.map((s) => s.headline)).toEqual([{ title: '高新区开展党史学习教育' }]);
  });

  it('keeps the first headline under a 版名 and the page’s editors line, not as the first piece of its text', () => {
    // A line of editors is no story's byline: the line under it is not a lead a column break cut.
    const result = splitPage(
      page(
        '高新技术产业导报 10',
        '创新园区',
        '责任编辑：张嘉村  美编：吴长赋',
        '贵阳高新区：有声智慧党建 打造全新学习阵地',
        leadA,
      ),
    );
    expect(result.dropped.map((d) => d.rule)).toEqual(['报名与版次', '版名', '编辑/组版']);
    expect(result.stories.map((s) => s.headline)).toEqual([{ title: '贵阳高新区：有声智慧党建 打造全新学习阵地' }]);
    expect(result.stories[0]!.paragraphs).toEqual([leadA]);
  });
});

describe('a column break before a wide gap', () => {
  it('reads the rest of a sentence the break cut as text, not a caption, however wide the gap above it', () => {
    const rest = '社区治理机制，建立社区“党建网格+”工作机制，打通治理服务“最后一公里”。';
    expect(classifyLine(rest, 3).kind).toBe('body');
    const result = splitPage(
      `${page('高新区开展党史学习教育', '本报记者 张阳', leadA, '珠海不断完善党建引领')}\n\n${page(rest, leadB)}`,
    );
    expect(result.stories).toHaveLength(1);
    expect(result.stories[0]!.captions).toEqual([]);
    expect(result.stories[0]!.paragraphs.join('\n')).toContain('社区治理机制');
  });
});

describe('text that reads like a caption', () => {
  it('keeps a sentence that tells what was done (参加了) in the text, though it stands alone between paragraphs', () => {
    const done = '辖区企业和高校共10支队伍参加了竞赛。';
    const result = splitPage(
      page(
        '高新区举办安全生产知识竞赛',
        '本报记者 叶伟',
        '近日，高新区紧扣安全生产主题，举办了安全生产知识竞赛。',
        done,
        bodyA,
      ),
    );
    expect(result.stories[0]!.captions).toEqual([]);
    expect(result.stories[0]!.paragraphs).toContain(done);
  });

  it('keeps a sentence that gives a cause (由于…) in the text', () => {
    const cause = '由于屋顶采用流线曲面构造，玻璃的规格和样式没有两片是一样的。';
    const result = splitPage(page('高新区企业产品亮相新机场', '本报记者 叶伟', leadB, cause, bodyA));
    expect(result.stories[0]!.captions).toEqual([]);
    expect(result.stories[0]!.paragraphs).toContain(cause);
  });

  it('reads a sentence of many clauses after a wide gap as text, and one of a scene as a caption', () => {
    const clauses =
      '企业生产经营、人才培养、企业文化、社会责任等各个方面，实施党建引领科技创新驱动工程，选树党建强、发展强企业典型，有效凝聚广大企业党员。';
    expect(classifyLine(clauses, 2).kind).toBe('body');
    expect(classifyLine('小横琴社区打造“红色长廊”，展示中共一大到中共十九大的光辉历程。', 2).kind).toBe('caption');
  });

  it('keeps a sentence that judges, explains or stresses (关键在, 这是, 更是) in the text', () => {
    const judges = '建设新时代中国特色社会主义现代化国际化经济特区，关键在党、根本在党。';
    const explains = '“不忘初心、牢记使命”，这是党中央在新时代向全党发出的伟大号召。';
    const stresses = '同学们认真听讲并积极回应，更是争先恐后地参与现场体验。';
    const result = splitPage(
      page('以高质量党建引领珠海高质量发展', '本报记者 叶伟', judges, leadB, explains, bodyA, stresses, bodyA),
    );
    expect(result.stories[0]!.captions).toEqual([]);
    expect(result.stories[0]!.paragraphs).toEqual([judges, leadB, explains, bodyA, stresses, bodyA]);
  });

  it('reads a sentence tied to the text around it (在…中) as text after a wide gap too', () => {
    expect(classifyLine('在特区改革发展的每一个关键时期和关键环节中，党始终发挥着把方向、谋大局的作用。', 2).kind).toBe(
      'body',
    );
  });

  it('never reads a line the OCR tool set as a quotation or list item as a headline', () => {
    expect(classifyLine('> 在中国共产党成立98周', 1).kind).toBe('body');
    expect(classifyLine('- 在中国共产党成立98周', 1).kind).toBe('body');
    expect(classifyLine('> ## 创新学习形式 推动党史学习教育走深走实', 1).kind).toBe('heading');
    const result = splitPage(
      page(
        '# 高新区组织党员走访慰问困难党员',
        '### 送上组织的关怀和温暖',
        '> 在中国共产党成立98周',
        '年之际，珠海高新区扶贫办组织党员走访慰问困难党员和老党员。',
        bodyA,
      ),
    );
    expect(result.stories.map((s) => s.headline)).toEqual([
      { title: '高新区组织党员走访慰问困难党员', subtitle: '送上组织的关怀和温暖' },
    ]);
    expect(result.stories[0]!.paragraphs[0]).toBe(
      '在中国共产党成立98周年之际，珠海高新区扶贫办组织党员走访慰问困难党员和老党员。',
    );
  });
});

describe('page furniture at the foot', () => {
  const credits = (story: { credits: { role: string; name: string }[] } | undefined) =>
    story?.credits.map((c) => `${c.role} ${c.name}`);

  it('drops the page’s production credits after the last story, a proofreader among them, and keeps the story’s own', () => {
    const result = splitPage(
      page(
        '高新区开展党史学习教育',
        '本报记者 张阳',
        leadA,
        leadB,
        '编辑：王强',
        '组版：李明',
        '组版：赵刚  校对：孙丽',
        '电话：(010)68667266',
      ),
    );
    expect(result.dropped.map((d) => `${d.text} ${d.rule}`)).toEqual([
      '组版：赵刚  校对：孙丽 编辑/组版/校对（页脚）',
      '电话：(010)68667266 编辑/组版/电话/邮箱',
    ]);
    expect(result.stories.map(credits)).toEqual([['writer 张阳', 'editor 王强', 'layout 李明']]);
  });

  it('drops several production roles on one line set apart from the text or under foot furniture, not one right under it', () => {
    const apart = splitPage(page('高新区开展党史学习教育', leadA, leadB, '', '责任编辑：王强  美编：李明'));
    expect(apart.dropped.map((d) => d.rule)).toEqual(['编辑/组版/校对（页脚）']);
    const underFurniture = splitPage(
      page('高新区开展党史学习教育', leadA, leadB, '高新技术产业导报社出版', '责任编辑：王强  美编：李明'),
    );
    expect(underFurniture.dropped.map((d) => d.rule)).toEqual(['出版/印刷', '编辑/组版/校对（页脚）']);
    const own = splitPage(page('高新区开展党史学习教育', leadA, leadB, '编辑：王强 组版：李明'));
    expect(own.dropped).toEqual([]);
    expect(credits(own.stories[0])).toEqual(['editor 王强', 'layout 李明']);
  });
});

describe('a story’s end over the next story’s headline', () => {
  it('reads a byline a hard-wrapped page set on a line of its own as the story’s, and the lines under it as the next headline', () => {
    const wrapped = [
      '高新区组织党员走访慰问困难党员',
      '\u3000\u3000本报讯 在中国共产党成立98周年之',
      '际，高新区党员到对口帮扶贫困村走访',
      '慰问困难党员和老党员，给他们送去组',
      '织的关怀和温暖，致以节日的祝福。',
      '（靳碧海 文/图）',
      '后环社区党员“走出去”参观学习',
      '缅怀革命先烈 坚定理想信念',
      '\u3000\u3000党员们首先参观了周文雍、陈铁军',
      '烈士纪念馆，各区间主题鲜明，资料翔',
      '实，党员们深受教育。',
    ].join('\n');
    expect(classifyLine('（靳碧海 文/图）', 0).kind).toBe('byline');
    const { stories } = splitPage(wrapped);
    expect(stories.map((s) => s.headline)).toEqual([
      { title: '高新区组织党员走访慰问困难党员' },
      { kicker: '后环社区党员“走出去”参观学习', title: '缅怀革命先烈 坚定理想信念' },
    ]);
    expect(stories[0]!.credits.map((c) => `${c.role} ${c.name}`)).toEqual(['writer 靳碧海', 'photographer 靳碧海']);
  });

  it('never ends a headline of three lines in a 副题 with that 副题 alone as the next story’s title', () => {
    const split = splitPage(
      page(
        '## 高新区召开党建工作会议',
        '本报讯 近日，高新区召开党建工作会议，部署下半年工作。会议指出，要推动党建工作与业务工作深度融合。',
        '### 落实主体责任',
        '会议要求，各级党组织要切实履行主体责任，把党建工作抓在手上、扛在肩上。',
        '### 守初心 担使命 找差距 抓落实\n\n## 济宁高新区主题教育凝聚三次创业磅礴力量\n\n#### ——党史学习教育',
        '本报评论员',
        '按照主题教育统一部署，济宁高新区高度重视、迅速行动，确保高起点开局、高质量推进。',
      ),
    );
    expect(split.stories.map((s) => s.headline)).toEqual([
      { title: '高新区召开党建工作会议' },
      {
        kicker: '守初心 担使命 找差距 抓落实',
        title: '济宁高新区主题教育凝聚三次创业磅礴力量',
        subtitle: '党史学习教育',
      },
    ]);
    expect(split.stories[0]!.paragraphs.join('\n')).not.toContain('济宁');
  });

  it('reads a caption a hard-wrapped page set on several lines as one caption, its credit with it', () => {
    // 16 characters a line: the photo's caption between two paragraphs, wrapped as the text.
    const page = [
      ...WRAPPED.slice(0, 9),
      ...hardWrap('高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。', 16, false),
      '王新明/摄',
      ...WRAPPED.slice(9, 15),
    ];
    const [story] = splitPage(page.join('\n')).stories;
    expect(story!.captions).toEqual([
      { text: '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。', credit: '王新明/摄' },
    ]);
    expect(story!.paragraphs.join('')).not.toMatch(/苏兆征|王新明/u);
    expect(story!.paragraphs.filter((p) => !p.startsWith('## '))).toHaveLength(2);
  });

  it('keeps a caption’s credit that the wrapping cut in two, or sent to a line of its own, as its credit', () => {
    const page = (lines: string[]) => [...WRAPPED.slice(0, 9), ...lines, ...WRAPPED.slice(9, 15)].join('\n');
    const caption = { text: '小横琴社区打造“红色长廊”，展示中共一大到中共十九大的光辉历程。', credit: '供图：高新区' };
    // 16 characters a line: …历程。 ｜ 供图：高新区 (the space at the break not printed).
    const alone = hardWrap(`${caption.text} ${caption.credit}`, 16, false);
    expect(alone.at(-1)).toBe('供图：高新区');
    expect(splitPage(page(alone)).stories[0]!.captions).toEqual([caption]);
    // …历程。 供 ｜ 图：高新区, as a page 17 characters wide cut it, a blank line either side.
    const cut = ['', '小横琴社区打造“红色长廊”，展示中', '共一大到中共十九大的光辉历程。 供', '图：高新区', ''];
    const wide = [
      '\u3000\u3000本报讯 记者宋显晖报道：在中国共',
      '产党成立98周年之际，珠海高新区扶贫',
      '办及高新区派驻化州市扶贫工作组党员',
      '到对口帮扶贫困村之一的高坡村走访慰',
      '问困难党员和老党员，给他们送去组织',
      '的关怀和温暖，向他们致以节日的祝福。',
      ...cut,
      '\u3000\u3000此次，慰问组共走访慰问了高新区对',
      '口帮扶化州市的11个省定贫困村困难党',
      '员和老党员，了解他们的生活、身体健',
      '康等情况，鼓励他们要坚定信心。',
    ];
    const [story] = splitPage(wide.join('\n')).stories;
    expect(story!.captions).toEqual([caption]);
    expect(story!.paragraphs.join('')).not.toContain('供图');
  });

  it('ends a caption at its credit, at the text’s edge though it be: the section head under it is the text’s', () => {
    // 16 characters a line, the credit ending the caption's second line at the edge.
    const caption = ['高新区党政办第二党支部到苏兆征故', '居陈列馆开展活动。 供图：高新区'];
    const page = [...WRAPPED.slice(0, 9), ...caption, '优化“大队伍”建设', ...WRAPPED.slice(9, 15)];
    const [story] = splitPage(page.join('\n')).stories;
    expect(story!.captions).toEqual([
      { text: '高新区党政办第二党支部到苏兆征故居陈列馆开展活动。', credit: '供图：高新区' },
    ]);
    expect(story!.paragraphs).toContain('## 优化“大队伍”建设');
  });

  it('reads lines that are a piece of a sentence, under a full line ending one, as the paragraph going on', () => {
    // The last paragraph's line ends a sentence at the text's edge; the story is cut off at the
    // page's foot two lines later (…增长11%、规模 ｜ 以上…的目), over the next story's headline.
    const cut = ['提出今年地区生产总值增长11%、规模', '以上工业增加值增长11%的目'];
    const { stories } = splitPage([...WRAPPED.slice(0, 12), ...cut, '', ...WRAPPED.slice(15)].join('\n'));
    expect(stories.map((s) => s.headline?.title)).toEqual([
      '高新区组织党员走访慰问化州贫困村困难党员和老党员',
      '缅怀革命先烈 坚定理想信念',
    ]);
    expect(stories[0]!.paragraphs.at(-1)).toMatch(/了解他们的生活。提出今年.*的目$/u);
    expect(stories[1]!.paragraphs[0]).not.toMatch(/^## /u);
  });

  it('keeps a credit the wrapping sent under a caption’s full stop, alone or cut before its name, as the caption’s', () => {
    const page = (lines: string[]) => [...WRAPPED.slice(0, 9), ...lines, ...WRAPPED.slice(9, 15)].join('\n');
    const text = '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。';
    // …活动。 ｜ （高新区供图）: the bracketed credit on a line of its own, as the text is wrapped.
    const bracketed = splitPage(page([...hardWrap(text, 16, false), '（高新区供图）'])).stories[0]!;
    expect(bracketed.captions).toEqual([{ text, credit: '高新区供图' }]);
    expect(bracketed.paragraphs.join('\n')).not.toContain('供图');
    // …活动。 本报 ｜ 记者 张志东 摄: the credit cut before its name.
    const wrapped = hardWrap(`${text} 本报记者 张志东 摄`, 16, false);
    expect(wrapped.slice(-2)).toEqual(['居陈列馆开展主题党日活动。 本报', '记者 张志东 摄']);
    const cut = splitPage(page(wrapped)).stories[0]!;
    expect(cut.captions).toEqual([{ text, credit: '本报记者 张志东 摄' }]);
    expect(cut.paragraphs.join('\n')).not.toMatch(/张志东|报记者/u);
    expect(cut.credits.map((c) => c.name)).not.toContain('张志东');
    // A whole credit in a byline's form under the caption's one sentence: the photo's, not the story's.
    const whole = splitPage(page([...hardWrap(text, 16, false), '本报记者 王新明 摄'])).stories[0]!;
    expect(whole.captions).toEqual([{ text, credit: '本报记者 王新明 摄' }]);
    expect(whole.credits.map((c) => c.name)).not.toContain('王新明');
  });

  it('reads the sentence over a photo credit as its caption, though the wrapping ran it on from a full line ending a sentence', () => {
    const text = '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。';
    // …了解他们的生活。 (at the text's edge) ｜ the caption's lines ｜ 本报记者 叶伟 摄 ｜ the text going on.
    const page = [...WRAPPED.slice(0, 12), ...hardWrap(text, 16, false), '本报记者 叶伟 摄', ...WRAPPED.slice(12, 15)];
    const [story] = splitPage(page.join('\n')).stories;
    expect(story!.captions).toEqual([{ text, credit: '本报记者 叶伟 摄' }]);
    expect(story!.paragraphs.join('\n')).not.toMatch(/苏兆征|叶伟/u);
    expect(story!.paragraphs.join('\n')).toContain('了解他们的生活。');
    expect(story!.credits.map((c) => c.name)).not.toContain('叶伟');
    // Under the story's last paragraph, with no text under it, such a credit is left as it was.
    const last = [...WRAPPED.slice(0, 12), ...hardWrap(text, 16, false), '本报记者 叶伟 摄'];
    expect(splitPage(last.join('\n')).stories[0]!.captions).toEqual([]);
  });

  it('keeps a credit whose last character the wrapping sent alone to the next line, and a number’s end sent so', () => {
    const page = (lines: string[]) => [...WRAPPED.slice(0, 9), ...lines, ...WRAPPED.slice(9, 15)].join('\n');
    // …活动。 张嘉村 ｜ 摄: a character alone on a line reads as debris, unless it ends a credit.
    const wrapped = hardWrap('▲仲恺陈江街道御湖社区党建联盟走进小区开展文明宣传活动。 张嘉村 摄', 16, false);
    expect(wrapped.at(-1)).toBe('摄');
    const split = splitPage(page(wrapped));
    expect(split.stories[0]!.captions).toEqual([
      { text: '▲仲恺陈江街道御湖社区党建联盟走进小区开展文明宣传活动。', credit: '张嘉村 摄' },
    ]);
    expect(split.dropped.map((d) => d.text)).not.toContain('摄');
    // …同比增长42.4 ｜ 6%。: the end of a number under a full line is the paragraph's, not debris.
    const number = splitPage(
      page(['\u3000\u3000全区贫困户收入同比增长了', '区对口帮扶贫困户收入同比增长42.4', '6%。']),
    );
    expect(number.stories[0]!.paragraphs.join('')).toContain('同比增长42.46%。');
    expect(number.dropped.map((d) => d.text)).not.toContain('6%。');
  });

  it("keeps a paragraph's last character the wrapping sent alone under a full line, and drops one set apart", () => {
    const page = (lines: string[]) => [...WRAPPED.slice(0, 9), ...lines, ...WRAPPED.slice(9, 15)].join('\n');
    // …工业增加值增长11%的“双十一” ｜ 目: the page cuts the sentence off; the 目 is printed text.
    const cut = '\u3000\u3000惠州仲恺高新区提出今年地区生产总值增长、规模以上的“双十一”目';
    const wrapped = hardWrap(cut.slice(2), 16, true);
    expect(wrapped.at(-1)).toBe('目');
    const split = splitPage(page(wrapped));
    expect(split.stories[0]!.paragraphs.join('')).toContain('的“双十一”目');
    expect(split.dropped.map((d) => d.text)).not.toContain('目');
    // …解民忧活动… ｜ …: the second half of an ellipsis the line's end parted.
    const ellipsis = ['\u3000\u3000惠州仲恺高新区各社区党建联', '盟积极开展“接诉即办”解民忧活动…', '…'];
    expect(splitPage(page(ellipsis)).stories[0]!.paragraphs.join('')).toContain('解民忧活动……');
    // Under a line at the text's width that reads like a heading, the two are running text: a
    // story cut off at the page's foot (…与庆祝新 ｜ 中), before the next story's headline.
    const cutOff = splitPage(
      [...WRAPPED.slice(0, 14), '模范带头作用。', '济宁高新区将开展主题教育与庆祝新', '中', ...WRAPPED.slice(15)].join(
        '\n',
      ),
    );
    expect(cutOff.stories.map((s) => s.headline?.title).slice(0, 2)).toEqual([WRAPPED[0], '缅怀革命先烈 坚定理想信念']);
    expect(cutOff.stories[0]!.paragraphs.at(-1)).toBe('济宁高新区将开展主题教育与庆祝新中');
    // The same with a name's look (…与庆 ｜ 祝新中): the paragraph's end, not a writer the page
    // never names; a name under a title as wide as the text, no word cut, is its writer.
    const nameLike = splitPage(
      [
        ...WRAPPED.slice(0, 14),
        '模范带头作用。',
        '济宁高新区将开展主题教育活动与庆',
        '祝新中',
        ...WRAPPED.slice(15),
      ].join('\n'),
    );
    expect(nameLike.stories[0]!.paragraphs.at(-1)).toBe('济宁高新区将开展主题教育活动与庆祝新中');
    expect(nameLike.stories.flatMap((s) => s.credits.map((c) => c.name))).not.toContain('祝新中');
    const titled = splitPage(
      [...WRAPPED.slice(0, 15), '坚守初心使命谱写高质量发展新篇章', '王芳', ...WRAPPED.slice(17)].join('\n'),
    );
    expect(titled.stories[1]!.headline?.title).toBe('坚守初心使命谱写高质量发展新篇章');
    expect(titled.stories[1]!.credits).toEqual([{ role: 'writer', name: '王芳' }]);
    // After a sentence's end, or a blank line apart, a character alone is the OCR tool's debris.
    for (const apart of [
      ['\u3000\u3000惠州仲恺高新区提出今年地区生产', '总值增长的目标。', '启'],
      ['', '启'],
    ]) {
      const stray = splitPage(page(apart));
      expect(stray.dropped.map((d) => d.text)).toContain('启');
      expect(stray.stories[0]!.paragraphs.join('')).not.toContain('启');
    }
  });

  it('keeps a line of running text that opens or ends as page furniture does, where the paragraph goes on through it', () => {
    const page = (lines: string[]) => [...WRAPPED.slice(0, 9), ...lines, ...WRAPPED.slice(9, 15)].join('\n');
    // 扫码即可…, …监督局主办, …产业导报: what a QR code's prompt, a sponsor's line and a paper's name match.
    const text = [
      '\u3000\u3000每幅图上都有个大大的二维码，',
      '扫码即可打开视听学习阵地，上',
      '万册图书尽上“掌上”。活动由总',
      '工会和高新区安全生产监督局主办',
      '报道刊登于中国高新技术产业导报',
      '上，反响热烈。',
    ];
    const split = splitPage(page(text));
    const body = split.stories[0]!.paragraphs.join('');
    for (const phrase of ['二维码，扫码即可打开', '由总工会和', '监督局主办报道刊登于', '产业导报上，'])
      expect(body, phrase).toContain(phrase);
    expect(split.dropped).toEqual([]);
    // Apart from the text, after a sentence's end or a blank line, they are furniture.
    for (const apart of [
      ['\u3000\u3000每幅图上都有一个大大的二维码。', '扫一扫 看视频'],
      ['', '扫一扫 看视频'],
    ]) {
      const furniture = splitPage(page(apart));
      expect(furniture.dropped.map((d) => d.text)).toContain('扫一扫 看视频');
    }
  });

  it("reads a dateline's bracket the line's end opened, and the names in it, as the paragraph's, not a byline", () => {
    // …11月8日电（ ｜ 记者 赖彩凤、张嘉村）作为惠州…: the names are the dateline's; the text goes on.
    const lines = [
      '\u3000\u3000本报济南11月8日电（',
      '记者 赖彩凤、张嘉村）作为惠州打造万',
      '亿级电子信息产业集群的核心引擎，近年',
      '来，惠州仲恺高新区始终围绕惠州市以智',
      '能终端为主导。',
    ];
    const [story] = splitPage([...WRAPPED.slice(0, 2), ...lines].join('\n')).stories;
    expect(story!.paragraphs[0]).toMatch(/^本报济南11月8日电（记者 ?赖彩凤、张嘉村）作为惠州打造万亿级/u);
    expect(story!.credits.map((c) => c.name)).toEqual(['赖彩凤', '张嘉村']);
  });

  it("leaves out a jump mark the line's end cut in two, its opening on the text's line", () => {
    const page = (lines: string[]) => [...WRAPPED.slice(0, 9), ...lines, ...WRAPPED.slice(9, 15)].join('\n');
    for (const [last, rest] of [
      ['党员每年200元标准下拨活动经费。（下', '转A2版）'],
      ['党员每年200元标准下拨活动经费。（', '下转第2版）'],
      ['党员每年200元标准下拨活动经费。(下', '转第二版)'],
    ]) {
      const split = splitPage(page(['\u3000\u3000不断夯实基层党建工作保障基础，', last!, rest!]));
      const text = split.stories[0]!.paragraphs.join('');
      expect(text, last).toContain('下拨活动经费。');
      expect(text, last).not.toMatch(/经费。[（(]/u);
      expect(split.dropped.map((d) => d.text)).toContain(rest);
    }
    // An opening bracket the text goes on from is the text's.
    const open = splitPage(page(['\u3000\u3000不断夯实基层党建工作保障基础。（下', '称“基础”）全区推进。']));
    expect(open.stories[0]!.paragraphs.join('')).toContain('（下称“基础”）');
  });

  it('ends a paragraph at a full line that sends its story on to another page, the next headline no part of it', () => {
    for (const mark of ['（下转第2版）', '(转A2版)', '（详见第3版）']) {
      const lines = [
        ...WRAPPED.slice(0, 9),
        '\u3000\u3000此次，慰问组共走访慰问了高新',
        `区帮扶困难党员和老党员${mark}`,
        ...WRAPPED.slice(15, 22),
      ];
      const stories = splitPage(lines.join('\n')).stories;
      expect(
        stories.map((s) => s.headline?.title),
        mark,
      ).toEqual(['高新区组织党员走访慰问化州贫困村困难党员和老党员', '缅怀革命先烈 坚定理想信念']);
      expect(stories[0]!.paragraphs.at(-1), mark).toBe('此次，慰问组共走访慰问了高新区帮扶困难党员和老党员');
    }
  });

  it('opens a story’s text at a line that brings it from another page, not under a full 副题 over it', () => {
    const lines = [
      ...WRAPPED.slice(0, 15),
      '党史学习教育',
      '我市持续推进“十万党员进党校”',
      '——高新区持续推进党史学习教育走深',
      '（上接第1版）近期，珠海市结合党',
      '史学习教育，高质量、大规模实施“',
      '十万党员进党校”。',
    ];
    const [, story] = splitPage(lines.join('\n')).stories;
    expect([story!.headline, story!.paragraphs]).toEqual([
      { kicker: '党史学习教育', title: '我市持续推进“十万党员进党校”', subtitle: '高新区持续推进党史学习教育走深' },
      ['近期，珠海市结合党史学习教育，高质量、大规模实施“十万党员进党校”。'],
    ]);
  });

  it('reads a sentence that ends with its credit as a caption, though the wrapping ran it on from a full line ending a sentence', () => {
    const text = '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。';
    // …了解他们的生活。 (at the text's edge) ｜ the caption and its credit ｜ an indented paragraph.
    const lines = [...WRAPPED.slice(0, 12), ...hardWrap(`${text} 高新区供图`, 16, false), ...WRAPPED.slice(17, 22)];
    const [story] = splitPage(lines.join('\n')).stories;
    expect(story!.captions).toEqual([{ text, credit: '高新区供图' }]);
    expect(story!.paragraphs.join('\n')).not.toMatch(/苏兆征|供图/u);
    expect(story!.paragraphs.join('\n')).toContain('了解他们的生活。');
  });

  it('reads a wrapped caption with neither mark nor credit by its first line, not indented where the page indents', () => {
    const caption = '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。';
    const page = (lines: string[]) => [...WRAPPED.slice(0, 9), ...lines, ...WRAPPED.slice(9, 15)].join('\n');
    expect(splitPage(page(hardWrap(caption, 16, false))).stories[0]!.captions).toEqual([{ text: caption }]);
    // Indented, the same sentence is a paragraph of the text.
    const indented = splitPage(page(hardWrap(caption, 16, true))).stories[0]!;
    expect(indented.captions).toEqual([]);
    expect(indented.paragraphs).toContain(caption);
  });

  it('reads a line over a headline of three lines ending in a 副题 as its 栏目, not the headline with a section head under it', () => {
    // A hard-wrapped page's text: no blank line, the page's name right over the first headline.
    const split = splitPage(
      [
        '党建',
        '不忘初心 牢记使命',
        '鸡山社区党组织开展主题教育党日活动',
        '——高新区举办安全生产知识竞赛',
        '\u3000\u3000为庆祝中国共产党成立98周年，近日，',
        '高新区鸡山社区党组织50名社区党员到',
        '广州辛亥革命纪念馆和广州起义纪念馆，',
        '开展主题为“不忘初心、牢记使命”的',
        '红色教育基地主题教育党日活动，教育',
        '党员干部不忘初心、继承和发扬党的优',
        '良传统。',
      ].join('\n'),
    );
    expect(split.stories.map((s) => [s.headline, s.column, s.paragraphs.filter((p) => p.startsWith('## '))])).toEqual([
      [
        {
          kicker: '不忘初心 牢记使命',
          title: '鸡山社区党组织开展主题教育党日活动',
          subtitle: '高新区举办安全生产知识竞赛',
        },
        '党建',
        [],
      ],
    ]);
  });
});

describe("a reporter's words in the text", () => {
  it('keeps an interview’s questions and the sentences that open with 记者 as text, and the byline as the only credit', () => {
    const [story, ...rest] = splitPage(
      page(
        '高新区党工委书记谈基层党建\n——访高新区党工委书记李明',
        '本报记者 王芳',
        '记者：今年以来，高新区在基层党建方面有哪些新的举措？',
        '李明：我们坚持把党建工作放在首位，推动党建与业务深度融合，在园区企业中新建党组织12个。',
        '记者获悉，今年高新区将新建党群服务中心5个。',
        '记者了解到，这些中心将全部向群众开放，提供政务、\n党建、文化等服务。',
      ),
    ).stories;
    expect(rest).toEqual([]);
    expect(story!.credits).toEqual([{ role: 'writer', title: '本报记者', name: '王芳' }]);
    expect(story!.paragraphs).toEqual([
      '记者：今年以来，高新区在基层党建方面有哪些新的举措？',
      '李明：我们坚持把党建工作放在首位，推动党建与业务深度融合，在园区企业中新建党组织12个。',
      '记者获悉，今年高新区将新建党群服务中心5个。',
      '记者了解到，这些中心将全部向群众开放，提供政务、党建、文化等服务。',
    ]);
  });
});

describe('a headline’s phrases a comma parts, and sections of one sentence under heads in brackets', () => {
  it('reads the 引题 with its comma over the 主题, each head in brackets as a section head, and no caption', () => {
    const [story, next, ...rest] = splitPage(
      page(
        '学党史，办实事\n高新区党员干部深入一线解难题',
        '本报记者 王芳',
        '今年以来，高新区把党史学习教育与为群众办实事结合起来，推动解决了一批群众急难愁盼问题。',
        '【强化组织引领】',
        '高新区党工委成立工作专班，制定任务清单，明确责任分工。',
        '【深化服务群众】',
        '各党支部组织党员深入社区、企业，收集群众意见建议200余条，已办结180条。',
        '高新区举办党务干部培训班',
        '本报讯（记者 张三）6月25日，高新区举办党务干部培训班，100余名党务干部参加培训。',
        '培训邀请市委党校教授授课，内容涵盖党的基本理论、基层党建实务等。',
      ),
    ).stories;
    expect(rest).toEqual([]);
    expect(story!.headline).toEqual({ kicker: '学党史，办实事', title: '高新区党员干部深入一线解难题' });
    expect(story!.captions).toEqual([]);
    expect(story!.paragraphs).toEqual([
      '今年以来，高新区把党史学习教育与为群众办实事结合起来，推动解决了一批群众急难愁盼问题。',
      '## 【强化组织引领】',
      '高新区党工委成立工作专班，制定任务清单，明确责任分工。',
      '## 【深化服务群众】',
      '各党支部组织党员深入社区、企业，收集群众意见建议200余条，已办结180条。',
    ]);
    expect(next!.headline).toEqual({ title: '高新区举办党务干部培训班' });
  });
});

describe('a picture item between two stories', () => {
  const [before, pictures, after, ...rest] = splitPage(
    page(
      '高新区“两新”组织党建工作再上新台阶',
      '记者 张三 通讯员 李四 报道',
      '今年以来，高新区以提升组织力为重点，推动“两新”组织党建工作提质增效。',
      '各党组织围绕企业发展开展党员先锋岗创建活动。目前已设立党员先锋岗120个。',
      '图片新闻',
      '6月28日，高新区党员在苏兆征故居参观学习，重温入党誓词。 本报记者 王五 摄',
      '高新区开展“七一”慰问活动',
      '本报讯（通讯员 赵六）近日，高新区党工委开展“七一”走访慰问活动，看望慰问生活困难党员和老党员30名。',
    ),
  ).stories;

  it('is a draft of its own: the label its 栏目, the caption with its credit, no text', () => {
    expect(rest).toEqual([]);
    expect(pictures!.headline).toBeUndefined();
    expect(pictures!.column).toBe('图片新闻');
    expect(pictures!.paragraphs).toEqual([]);
    expect(pictures!.captions).toEqual([
      { text: '6月28日，高新区党员在苏兆征故居参观学习，重温入党誓词。', credit: '本报记者 王五 摄' },
    ]);
  });

  it('leaves the label and the caption out of the story above, and the story after whole', () => {
    expect(before!.paragraphs).toEqual([
      '今年以来，高新区以提升组织力为重点，推动“两新”组织党建工作提质增效。',
      '各党组织围绕企业发展开展党员先锋岗创建活动。目前已设立党员先锋岗120个。',
    ]);
    expect(before!.captions).toEqual([]);
    expect(before!.column).toBeUndefined();
    expect(after!.headline).toEqual({ title: '高新区开展“七一”慰问活动' });
  });
});

describe('a story’s editor in brackets under its text', () => {
  it('is its credit, not a line dropped as the page’s furniture', () => {
    const { stories, dropped } = splitPage(
      page(
        '高新区召开党建工作会议',
        '本报讯（记者 张三）3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
        '会议要求，要以庆祝建党100周年为契机，推动党建工作再上新台阶。',
        '（责任编辑：赵六）',
      ),
    );
    expect(dropped).toEqual([]);
    expect(stories[0]!.credits).toContainEqual({ role: 'editor', label: '责任编辑', name: '赵六' });
  });
});

describe('captions of photos an agency took or sent', () => {
  it('keeps the caption and its credit apart, with the credit’s spaces, and the text around them whole', () => {
    const [story] = splitPage(
      page(
        '高新区开展主题党日活动',
        '本报讯（记者 张三）近日，高新区各党支部开展主题党日活动，组织党员重温入党誓词，交流学习体会。',
        '6月28日，高新区党员在苏兆征故居参观学习。 新华社记者 李四 摄',
        '活动中，党员们还参观了党史教育展览，接受革命传统教育。',
        '党员志愿者在社区开展环境整治。（新华社发）',
        '大家纷纷表示，要把学习成果转化为推动发展的实际行动。',
        '高新区党员在党史教育展览参观。（资料图片）',
      ),
    ).stories;
    expect(story!.captions).toEqual([
      { text: '6月28日，高新区党员在苏兆征故居参观学习。', credit: '新华社记者 李四 摄' },
      { text: '党员志愿者在社区开展环境整治。', credit: '新华社发' },
      { text: '高新区党员在党史教育展览参观。', credit: '资料图片' },
    ]);
    expect(story!.paragraphs).toEqual([
      '本报讯（记者 张三）近日，高新区各党支部开展主题党日活动，组织党员重温入党誓词，交流学习体会。',
      '活动中，党员们还参观了党史教育展览，接受革命传统教育。',
      '大家纷纷表示，要把学习成果转化为推动发展的实际行动。',
    ]);
  });
});

describe('an editor’s note over a headline', () => {
  it('opens the story under it, not a draft of its own with no headline', () => {
    const { stories, suspicions } = splitPage(
      page(
        '编者按：为庆祝中国共产党成立100周年，本报今起开设“党员风采”专栏，讲述高新区优秀共产党员的故事。',
        '做新时代的追梦人\n——记高新区优秀共产党员陈华',
        '本报记者 王芳',
        '陈华是高新区一家科技企业的党支部书记。多年来，他带领党员攻坚克难，推动企业发展。',
      ),
    );
    expect(stories).toHaveLength(1);
    expect(stories[0]!.headline).toEqual({ title: '做新时代的追梦人', subtitle: '记高新区优秀共产党员陈华' });
    expect(stories[0]!.paragraphs).toEqual([
      '编者按：为庆祝中国共产党成立100周年，本报今起开设“党员风采”专栏，讲述高新区优秀共产党员的故事。',
      '陈华是高新区一家科技企业的党支部书记。多年来，他带领党员攻坚克难，推动企业发展。',
    ]);
    expect(stories[0]!.firstLine).toBe(1);
    expect(suspicions.map((s) => s.kind)).not.toContain('no-headline');
  });

  it('opens the story under it when its label stands on a line of its own (【编者按】), the label a section head', () => {
    for (const label of ['【编者按】', '编者按', '〖编者的话〗']) {
      const { stories } = splitPage(
        page(
          `${label}\n为庆祝中国共产党成立100周年，本报今起开设“党员风采”专栏，讲述高新区优秀共产党员的故事。`,
          '做新时代的追梦人',
          '本报记者 王芳',
          '陈华是高新区一家科技企业的党支部书记。多年来，他带领党员攻坚克难，推动企业发展。',
        ),
      );
      expect(stories.map((s) => [s.headline, s.column, s.paragraphs.slice(0, 2), s.firstLine])).toEqual([
        [
          { title: '做新时代的追梦人' },
          undefined,
          [`## ${label}`, expect.stringMatching(/^为庆祝中国共产党成立100周年/)],
          1,
        ],
      ]);
    }
  });

  it('under a special report’s title, is that title’s draft: the label its section head, no 栏目 and no line of the headline', () => {
    const [note, first, second, ...rest] = splitPage(
      page(
        '# 庆祝中国共产党成立100周年特别报道',
        '【编者按】',
        '为庆祝中国共产党成立100周年，本报今起推出特别报道，讲述党员干部干事创业的故事。',
        '## 金鼎社区：党群服务中心成了居民“会客厅”',
        '本报记者 张三',
        '走进金鼎社区党群服务中心，阅览室里居民们正安静地读书看报。',
        '## 唐家湾镇：红色资源激活乡村振兴',
        '本报记者 李四',
        '唐家湾镇用好苏兆征故居等红色资源，开展现场教学40余场次。',
      ),
    ).stories;
    expect(rest).toEqual([]);
    expect([note!.headline, note!.column, note!.paragraphs]).toEqual([
      { title: '庆祝中国共产党成立100周年特别报道' },
      undefined,
      ['## 【编者按】', '为庆祝中国共产党成立100周年，本报今起推出特别报道，讲述党员干部干事创业的故事。'],
    ]);
    expect(first!.headline).toEqual({ title: '金鼎社区：党群服务中心成了居民“会客厅”' });
    expect(second!.headline).toEqual({ title: '唐家湾镇：红色资源激活乡村振兴' });
  });

  it('opens the story under it when printed under another story, not a section or caption of the one above', () => {
    const above = page(
      '高新区召开党建工作会议\n本报记者 张三',
      '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。会议要求，各级党组织要抓好落实。',
    );
    const note = '为庆祝中国共产党成立100周年，本报今起开设“党员风采”专栏。';
    for (const printed of [`【编者按】\n${note}`, `编者按：${note}`]) {
      const stories = splitPage(
        `${above}\n${page(printed, '做新时代的追梦人\n本报记者 王芳', '陈华是高新区一家科技企业的党支部书记。多年来，他带领党员攻坚克难。')}`,
      ).stories;
      expect(
        stories.map((s) => [s.headline?.title, s.paragraphs.length, s.captions]),
        printed,
      ).toEqual([
        ['高新区召开党建工作会议', 1, []],
        ['做新时代的追梦人', printed.startsWith('【') ? 3 : 2, []],
      ]);
      expect(stories[1]!.paragraphs.join('\n')).toContain(note);
    }
  });

  it('opens the story under it over a headline of two lines with no byline, its dateline still read for credits', () => {
    const above = page(
      '高新区召开党建工作会议\n本报记者 张三',
      '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。会议要求，各级党组织要抓好落实。',
    );
    const note = '为庆祝中国共产党成立100周年，本报今起开设“党员风采”专栏。';
    const stories = splitPage(
      `${above}\n${page(
        `【编者按】\n${note}`,
        '守初心 担使命 找差距 抓落实',
        '济宁高新区主题教育凝聚三次创业磅礴力量',
        '科技日报讯（记者 王芳）按照主题教育统一部署，济宁高新区高度重视、迅速行动。',
        '高新区把学习教育贯穿始终，推动各项工作落地见效。',
      )}`,
    ).stories;
    expect(stories.map((s) => [s.headline, s.paragraphs.slice(0, 2), s.credits.map((c) => c.name)])).toEqual([
      [{ title: '高新区召开党建工作会议' }, [expect.stringMatching(/^3月10日/)], ['张三']],
      [
        { kicker: '守初心 担使命 找差距 抓落实', title: '济宁高新区主题教育凝聚三次创业磅礴力量' },
        ['## 【编者按】', note],
        ['王芳'],
      ],
    ]);
  });

  it('under the cut-off end of the story above, leaves that end the story’s and opens the story under the note', () => {
    const stories = splitPage(
      page(
        '高新区召开党建工作会议\n本报记者 张三',
        '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。会议要求，各级党组织要抓好落实。',
        '学做结合 推动发展',
        '济宁高新区将开展主题教育与庆祝新中',
        '编者按：为庆祝中国共产党成立100周年，本报今起开设“党员风采”专栏。',
        '做新时代的追梦人',
        '陈华是高新区一家科技企业的党支部书记。多年来，他带领党员攻坚克难，推动企业发展。',
      ),
    ).stories;
    expect(stories.map((s) => [s.headline?.title, s.paragraphs.at(-1)!.slice(0, 12)])).toEqual([
      ['高新区召开党建工作会议', '济宁高新区将开展主题教育'],
      ['做新时代的追梦人', '陈华是高新区一家科技企业'],
    ]);
    expect(stories[1]!.paragraphs[0]).toMatch(/^编者按：/);
  });

  it('leaves text over the first headline that is no editor’s note a draft of its own (a story going on from another page)', () => {
    const { stories } = splitPage(
      page(
        '此外，高新区还组织党员开展志愿服务活动，受到群众好评。',
        '做新时代的追梦人',
        '本报记者 王芳',
        '陈华是高新区一家科技企业的党支部书记。多年来，他带领党员攻坚克难，推动企业发展。',
      ),
    );
    expect(stories).toHaveLength(2);
    expect(stories[0]!.headline).toBeUndefined();
  });
});

describe('column labels printed between marks or after a bar', () => {
  it('gives each story its own label, without the marks, and flags none of them as unusual', () => {
    const { stories, suspicions } = splitPage(
      [
        '▍党建引领',
        '高新区召开党建工作会议',
        '本报讯（记者 张三）3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
        '',
        '◆党建之窗◆',
        '高新区举办党务干部培训班',
        '本报讯（记者 李四）6月25日，高新区举办党务干部培训班，100余名党务干部参加培训。',
      ].join('\n'),
    );
    expect(stories.map((s) => [s.column, s.headline])).toEqual([
      ['党建引领', { title: '高新区召开党建工作会议' }],
      ['党建之窗', { title: '高新区举办党务干部培训班' }],
    ]);
    expect(suspicions.filter((s) => s.kind === 'unusual-character')).toEqual([]);
  });
});

describe('a meeting reported in sentences of their own', () => {
  it('keeps them as text, in the printed order, not as captions of photos the page does not have', () => {
    const [story] = splitPage(
      page(
        '高新区召开党建工作会议',
        '本报讯（记者 张三）3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
        '会议指出，过去一年，高新区各级党组织认真贯彻落实上级决策部署，党建工作取得新成效。',
        '高新区党工委书记王明出席会议并讲话。',
        '会议要求，要以庆祝建党100周年为契机，推动党建工作再上新台阶。',
        '各街道、社区党组织书记等200余人参加会议。',
        '会后，与会人员还参观了高新区党建展厅。',
      ),
    ).stories;
    expect(story!.captions).toEqual([]);
    expect(story!.paragraphs).toHaveLength(6);
    expect(story!.paragraphs[2]).toBe('高新区党工委书记王明出席会议并讲话。');
  });
});

describe('a numbered list and a box beside the text', () => {
  const [story, ...rest] = splitPage(
    page(
      '高新区：民生实事清单件件有回音',
      '本报讯（记者 张三）今年以来，高新区深入开展“我为群众办实事”实践活动，梳理形成民生实事清单42项。',
      '截至目前，已完成36项，群众满意率达98.6%。',
      '■ 相关链接',
      '高新区“我为群众办实事”清单（部分）\n1．新建社区党群服务中心3个\n2．改造老旧小区5个\n3．新增停车位800个',
      '下一步，高新区将持续推进民生实事落地见效。',
    ),
  ).stories;

  it('reads the box’s label and title as the story’s section heads, not a story of its own', () => {
    expect(rest).toEqual([]);
    expect(story!.paragraphs.slice(2, 4)).toEqual(['## ■ 相关链接', '## 高新区“我为群众办实事”清单（部分）']);
  });

  it('reads each item as a paragraph of its own, and the text after the list as its own', () => {
    expect(story!.paragraphs.slice(4)).toEqual([
      '1．新建社区党群服务中心3个',
      '2．改造老旧小区5个',
      '3．新增停车位800个',
      '下一步，高新区将持续推进民生实事落地见效。',
    ]);
  });

  it('keeps a story’s numbered section heads, their text between them, as heads', () => {
    const [numbered] = splitPage(
      page(
        '高新区“两新”组织党建工作再上新台阶',
        '本报记者 张三',
        '今年以来，高新区以提升组织力为重点，推动“两新”组织党建工作提质增效。',
        '1．加强组织覆盖',
        '高新区新建“两新”组织党组织25个，实现应建尽建。目前覆盖率达95%以上。',
        '2．强化作用发挥',
        '各党组织围绕企业发展开展党员先锋岗创建活动。目前已设立党员先锋岗120个。',
      ),
    ).stories;
    expect(numbered!.paragraphs.filter((p) => p.startsWith('## '))).toEqual([
      '## 1．加强组织覆盖',
      '## 2．强化作用发挥',
    ]);
  });
});

describe('a headline that asks, over a byline', () => {
  it('is the story’s title, not its first paragraph', () => {
    const [story, ...rest] = splitPage(
      page(
        '党员的初心是什么？\n本报评论员',
        '初心是什么？初心就是为中国人民谋幸福、为中华民族谋复兴。',
        '每一名党员都要牢记初心使命，在本职岗位上建功立业。',
      ),
    ).stories;
    expect(rest).toEqual([]);
    expect(story!.headline).toEqual({ title: '党员的初心是什么？' });
    expect(story!.paragraphs).toHaveLength(2);
  });

  it('is a story’s last sentence over its byline in brackets', () => {
    const [story] = splitPage(
      page(
        '高新区召开党建工作会议',
        '本报讯 3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
        '这难道不值得我们深思吗？\n（本报记者 张三）',
        '高新区举办党务干部培训班',
        '本报讯（记者 李四）6月25日，高新区举办党务干部培训班，100余名党务干部参加培训。',
      ),
    ).stories;
    expect(story!.paragraphs.at(-1)).toBe('这难道不值得我们深思吗？');
    expect(story!.credits).toContainEqual({ role: 'writer', title: '本报记者', name: '张三' });
  });
});

describe('a headline of phrases a comma parts, over a byline', () => {
  const story = (headline: string) =>
    page(
      '高新区召开党建工作会议\n本报记者 张三',
      '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
      '会议要求，各级党组织要抓好落实。',
      `${headline}\n本报记者 李四`,
      '6月25日，金鼎社区组织党员志愿者开展志愿服务活动。',
    );

  it('is the next story’s title, under a story that ended its sentence', () => {
    for (const headline of ['党员志愿服务，暖人心', '金鼎社区：志愿服务，党员先行', '学党史，悟思想，办实事，开新局']) {
      const { stories } = splitPage(story(headline));
      expect(
        stories.map((s) => s.headline?.title),
        headline,
      ).toEqual(['高新区召开党建工作会议', headline]);
      expect(stories[1]!.credits.map((c) => c.name)).toEqual(['李四']);
    }
  });

  it('is text under a sentence left open, and an interview’s turn is text', () => {
    const open = splitPage(story('党员志愿服务，暖人心').replace('抓好落实。', '抓好落实，')).stories;
    expect(open.map((s) => s.headline?.title)).toEqual(['高新区召开党建工作会议']);
    expect(open[0]!.paragraphs[1]).toMatch(/^会议要求，各级党组织要抓好落实，党员志愿服务，暖人心/u);
    const turn = splitPage(story('问：志愿服务，怎么做')).stories;
    expect(turn.map((s) => s.headline?.title)).toEqual(['高新区召开党建工作会议']);
  });
});

describe('a list of names printed a row at a time', () => {
  const honoured = (...rows: string[]) =>
    splitPage(
      page(
        '高新区表彰一批优秀共产党员',
        `本报讯（记者 刘洋）6月29日，高新区召开“两优一先”表彰大会，对一批优秀共产党员进行表彰。\n受表彰的优秀共产党员名单如下：\n${rows.join('\n')}\n会议强调，全区各级党组织要以先进典型为榜样，推动全面从严治党向纵深发展。`,
      ),
    ).stories;

  it('keeps each row a paragraph of the text, not a section head, nor run into the next paragraph', () => {
    const [story, ...rest] = honoured('张志强 李红梅 王建国 赵晓东 陈思远', '刘海燕 孙立新 周文博 吴国华 郑丽娟');
    expect(rest).toEqual([]);
    expect(story!.paragraphs.slice(1)).toEqual([
      '受表彰的优秀共产党员名单如下：',
      '张志强 李红梅 王建国 赵晓东 陈思远',
      '刘海燕 孙立新 周文博 吴国华 郑丽娟',
      '会议强调，全区各级党组织要以先进典型为榜样，推动全面从严治党向纵深发展。',
    ]);
  });

  it('reads a row of three names announced by the line above, parted by 、 or spaces', () => {
    const [story] = honoured('张志强、李红梅、王建国');
    expect(story!.paragraphs.slice(2, 4)).toEqual([
      '张志强、李红梅、王建国',
      '会议强调，全区各级党组织要以先进典型为榜样，推动全面从严治党向纵深发展。',
    ]);
  });

  it('leaves a headline of short phrases a headline', () => {
    for (const slogan of ['学党史 悟思想 办实事 开新局', '高标准 严要求 快推进']) {
      expect(namesRow(slogan), slogan).toBe(false);
      const [story] = splitPage(
        page(`${slogan}\n本报记者 张三`, '今年以来，高新区扎实推进党史学习教育，取得明显成效。'),
      ).stories;
      expect(story!.headline, slogan).toEqual({ title: slogan });
    }
    expect(namesRow('张志强 李红梅 王建国')).toBe(true);
    expect(namesRow('张志强 李红梅')).toBe(false);
  });
});

describe('a column of briefs, each printed on one line with its title', () => {
  const story = page(
    '高新区召开党建工作会议',
    '本报讯（记者 张三）3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
  );

  it('makes each brief a draft of its own: its title, its text, the column’s label as 栏目', () => {
    const { stories, suspicions } = splitPage(
      `${story}\n党建简讯\n\n■金鼎社区开展“我为群众办实事”志愿服务 6月25日，金鼎社区组织党员志愿者开展环境整治志愿服务，\n清理卫生死角20余处。\n■唐家湾镇举办党务工作者培训班 近日，唐家湾镇举办党务工作者培训班，120余名党务工作者参加培训。\n`,
    );
    expect(stories.map((s) => [s.headline, s.column, s.paragraphs, s.captions])).toEqual([
      [{ title: '高新区召开党建工作会议' }, undefined, [expect.stringContaining('3月10日')], []],
      [
        { title: '金鼎社区开展“我为群众办实事”志愿服务' },
        '党建简讯',
        ['6月25日，金鼎社区组织党员志愿者开展环境整治志愿服务，清理卫生死角20余处。'],
        [],
      ],
      [
        { title: '唐家湾镇举办党务工作者培训班' },
        '党建简讯',
        ['近日，唐家湾镇举办党务工作者培训班，120余名党务工作者参加培训。'],
        [],
      ],
    ]);
    // The label's line is the first brief's.
    expect(stories[1]!.lines).toEqual([5, 7, 8]);
    expect(suspicions.filter((s) => s.kind === 'no-headline')).toEqual([]);
  });

  it('reads two briefs or more that open as news items do as briefs without a label', () => {
    const { stories } = splitPage(
      `${story}\n■淇澳村召开党员大会 6月27日，淇澳村党支部召开党员大会，传达学习上级会议精神。\n■后环社区开展党史宣讲 6月28日，后环社区邀请老党员为居民讲述党史故事。\n`,
    );
    expect(stories.map((s) => s.headline?.title)).toEqual([
      '高新区召开党建工作会议',
      '淇澳村召开党员大会',
      '后环社区开展党史宣讲',
    ]);
    expect(stories[1]!.column).toBeUndefined();
  });

  it('reads titles in brackets, or bare before the news, under a label right under the masthead', () => {
    const forms = [
      [
        '【金鼎社区开展志愿服务】6月25日，金鼎社区党委组织党员志愿者走进小区，为居民提供义诊服务。',
        '〖唐家湾镇举办党务干部培训班〗 近日，唐家湾镇举办党务干部培训班，50余名党务干部参加培训。',
      ],
      [
        '金鼎社区开展志愿服务 6月25日，金鼎社区党委组织党员志愿者走进小区，为居民提供义诊服务。',
        '唐家湾镇举办党务干部培训班　近日，唐家湾镇举办党务干部培训班，50余名党务干部参加培训。',
      ],
    ];
    for (const briefs of forms) {
      const { stories, dropped } = splitPage(page('珠海日报 2021年6月28日 星期一 第3版', '党建简讯', ...briefs));
      expect(
        stories.map((s) => [s.headline?.title, s.column, s.paragraphs]),
        briefs[0],
      ).toEqual([
        ['金鼎社区开展志愿服务', '党建简讯', ['6月25日，金鼎社区党委组织党员志愿者走进小区，为居民提供义诊服务。']],
        ['唐家湾镇举办党务干部培训班', '党建简讯', ['近日，唐家湾镇举办党务干部培训班，50余名党务干部参加培训。']],
      ]);
      // The label is the briefs', not the page's name.
      expect(dropped.map((d) => d.text)).toEqual(['珠海日报 2021年6月28日 星期一 第3版']);
    }
  });

  it('reads a title that names its place before a colon (■金鼎社区：开展…)', () => {
    const { stories } = splitPage(
      page(
        '党建简讯',
        '■金鼎社区：开展志愿服务 6月25日，金鼎社区党委组织党员志愿者走进小区，为居民提供义诊服务。\n■唐家湾镇：举办党务干部培训班 近日，唐家湾镇举办党务干部培训班，50余名党务干部参加培训。',
      ),
    );
    expect(stories.map((s) => [s.headline?.title, s.column, s.paragraphs[0]?.slice(0, 6)])).toEqual([
      ['金鼎社区：开展志愿服务', '党建简讯', '6月25日，'],
      ['唐家湾镇：举办党务干部培训班', '党建简讯', '近日，唐家湾'],
    ]);
  });

  it('keeps in its text a phrase a stray space parts from its sentence, and a dateline', () => {
    const { stories } = splitPage(
      page(
        '高新区举办专题党课',
        '珠海高新区讯 6月27日，高新区举办专题党课，邀请市委党校教授授课。\n高新区党工委书记 李明在会上指出，要把党史学习教育抓实抓细。',
      ),
    );
    expect(stories.map((s) => [s.headline?.title, s.paragraphs])).toEqual([
      [
        '高新区举办专题党课',
        [
          expect.stringMatching(/^珠海高新区讯 ?6月27日，/),
          expect.stringMatching(/^高新区党工委书记 ?李明在会上指出，/),
        ],
      ],
    ]);
  });

  it('keeps paragraphs a mark sets off inside a story as its text, and a marked byline a byline', () => {
    const [only, ...rest] = splitPage(
      page(
        '高新区党建工作再上新台阶\n■ 本报记者 张三',
        '今年以来，高新区以提升组织力为重点，推动党建工作提质增效。',
        '■强化组织引领 高新区坚持把党的领导贯穿发展全过程，新建党组织25个。\n■深化服务群众 各党组织围绕群众需求开展志愿服务，办结实事120件。',
      ),
    ).stories;
    expect(rest).toEqual([]);
    expect(only!.credits).toEqual([{ role: 'writer', title: '本报记者', name: '张三' }]);
    expect(only!.paragraphs).toEqual([
      '今年以来，高新区以提升组织力为重点，推动党建工作提质增效。',
      expect.stringMatching(/^■强化组织引领 ?高新区坚持/),
      expect.stringMatching(/^■深化服务群众 ?各党组织/),
    ]);
  });
});

describe('bylines other papers print, under a headline', () => {
  it('leaves the headline its own and credits the names', () => {
    for (const [byline, names] of [
      ['融媒体记者 张三', ['张三']],
      ['高新区融媒体中心记者 张三 李四', ['张三', '李四']],
      ['记者｜张三', ['张三']],
      ['撰文/张三 摄影/李四', ['张三', '李四']],
      ['文/图 本报记者 张三', ['张三', '张三']],
      ['本报记者 张三/文 李四/图', ['张三', '李四']],
    ] as const) {
      const [story, ...rest] = splitPage(
        page(
          '高新区召开党史学习教育总结会议',
          byline,
          '6月27日，高新区召开党史学习教育总结会议，全面总结党史学习教育工作成效。',
        ),
      ).stories;
      expect(rest, byline).toEqual([]);
      expect(story!.headline, byline).toEqual({ title: '高新区召开党史学习教育总结会议' });
      expect(
        story!.credits.map((c) => c.name),
        byline,
      ).toEqual(names);
    }
  });
});

describe('where a story came from, printed under its text', () => {
  const stories = (note: string, attached = false) =>
    splitPage(
      page(
        '以党建引领基层治理现代化\n本报记者 张三',
        `近年来，金鼎社区党委把党组织建在网格上，累计为群众解决实际问题300余件。${attached ? note : `\n${note}`}`,
        '高新区召开党史学习教育总结会议',
        '会议指出，要巩固拓展学习教育成果，推动党史学习教育常态化长效化。（记者 王五 通讯员 赵六）',
      ),
    ).stories;

  it('ends the story: the headline under it leads a story of its own, with its own credits', () => {
    for (const [note, attached] of [
      ['（来源：珠海日报）', false],
      ['来源：珠海日报', false],
      ['（据新华社）', false],
      ['（来源：珠海日报）', true],
    ] as const) {
      const [first, second, ...rest] = stories(note, attached);
      expect(rest, note).toEqual([]);
      expect(first!.paragraphs.join('').endsWith(note), note).toBe(true);
      expect(first!.credits.map((c) => c.name)).toEqual(['张三']);
      expect(second!.headline, note).toEqual({ title: '高新区召开党史学习教育总结会议' });
      expect(second!.credits.map((c) => c.name)).toEqual(['王五', '赵六']);
    }
  });
});

describe('a group of photos and a reporter’s note under a story', () => {
  const [story, ...rest] = splitPage(
    page(
      '高新区为200余名新党员举行入党宣誓仪式',
      '本报讯（通讯员 李四 记者 张三）7月1日上午，高新区为200余名新党员举行入党宣誓仪式。\n新党员们面对鲜红的党旗，庄严宣誓，重温入党初心。',
      '①新党员面向党旗庄严宣誓。 ②老党员为新党员佩戴党员徽章。 ③新党员参观苏兆征故居陈列馆。',
      '【记者手记】\n入党宣誓，是每名党员政治生命的起点。从新党员们坚定的目光中，我们看到了青春的力量。\n希望新党员们不忘入党誓词，在各自岗位上发挥先锋模范作用。',
      '金鼎社区：党群服务中心成了居民“会客厅”\n本报记者 王五\n走进金鼎社区党群服务中心，阅览室里居民们正安静地读书看报。',
    ),
  ).stories;

  it('reads captions numbered in circles on one line as a caption each', () => {
    expect(story!.captions).toEqual([
      { text: '①新党员面向党旗庄严宣誓。' },
      { text: '②老党员为新党员佩戴党员徽章。' },
      { text: '③新党员参观苏兆征故居陈列馆。' },
    ]);
    expect(story!.paragraphs.some((p) => p.includes('①'))).toBe(false);
  });

  it('keeps the reporter’s note in the story, its label a section head', () => {
    expect(rest.map((s) => s.headline)).toEqual([{ title: '金鼎社区：党群服务中心成了居民“会客厅”' }]);
    expect(story!.paragraphs.slice(-3)).toEqual([
      '## 【记者手记】',
      '入党宣誓，是每名党员政治生命的起点。从新党员们坚定的目光中，我们看到了青春的力量。',
      '希望新党员们不忘入党誓词，在各自岗位上发挥先锋模范作用。',
    ]);
  });

  it('leaves numbers in circles inside a sentence, or out of order, to the text', () => {
    expect(numberedCaptions('①新党员面向党旗庄严宣誓。 ③老党员为新党员佩戴党员徽章。')).toBeUndefined();
    expect(numberedCaptions('主要做法有：①建立台账； ②完善制度。')).toBeUndefined();
    expect(numberedCaptions('①建立党员台账，全面摸清底数。目前已录入党员1200名。 ②完善制度。')).toBeUndefined();
  });
});

describe('a sentence right under a paragraph, with no blank line between', () => {
  it('is the same block’s next paragraph, not a photo’s caption, on a page that sets blocks apart', () => {
    const [story] = splitPage(
      page(
        '高新区为200余名新党员举行入党宣誓仪式',
        '本报讯（记者 张三）7月1日上午，高新区为200余名新党员举行入党宣誓仪式。\n新党员们面对鲜红的党旗，庄严宣誓，重温入党初心。',
        '【记者手记】\n入党宣誓，是每名党员政治生命的起点。',
      ),
    ).stories;
    expect(story!.captions).toEqual([]);
    expect(story!.paragraphs[1]).toBe('新党员们面对鲜红的党旗，庄严宣誓，重温入党初心。');
  });

  it('is still a caption when a blank line sets it apart', () => {
    const [story] = splitPage(
      page(
        '高新区为200余名新党员举行入党宣誓仪式',
        '本报讯（记者 张三）7月1日上午，高新区为200余名新党员举行入党宣誓仪式。',
        '新党员们面对鲜红的党旗庄严宣誓。',
        '会上，老党员代表为新党员佩戴党员徽章，并寄语新党员不忘初心。',
      ),
    ).stories;
    expect(story!.captions).toEqual([{ text: '新党员们面对鲜红的党旗庄严宣誓。' }]);
  });
});

describe('a byline with words its reading leaves out', () => {
  it('is reported at its line, the words named, rather than lost without a word', () => {
    const { stories, suspicions } = splitPage(
      page(
        '高新区召开党建工作会议',
        '本报记者 张三 Tom Lee',
        '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
      ),
    );
    expect(stories[0]!.credits).toEqual([{ role: 'writer', title: '本报记者', name: '张三' }]);
    expect(suspicions.filter((s) => s.kind === 'byline-rest')).toEqual([
      { line: 3, kind: 'byline-rest', detail: '署名行中“Tom Lee”未读作署名，请核对' },
    ]);
  });
});

describe('short lines a paragraph announces with a colon', () => {
  const verse = '一百年风雨兼程\n一百年初心如磐\n我们从南湖出发';
  const story = (after: string) =>
    splitPage(
      page(
        '高新区举办“红心向党”诗歌朗诵会',
        '本报讯（记者 张三）6月30日，高新区举办诗歌朗诵会。\n金鼎社区党员王五朗诵了自己创作的诗歌《初心》：',
        verse,
        after,
      ),
    ).stories;

  it('are the text’s verse, a paragraph a line, not the headline of a story of their own', () => {
    const [only, ...rest] = story('台下观众报以热烈的掌声。朗诵会在大合唱中落下帷幕。');
    expect(rest).toEqual([]);
    expect(only!.paragraphs.slice(2)).toEqual([
      '一百年风雨兼程',
      '一百年初心如磐',
      '我们从南湖出发',
      '台下观众报以热烈的掌声。朗诵会在大合唱中落下帷幕。',
    ]);
  });

  it('are a new story’s headline when its byline follows them', () => {
    const [first, second] = story('本报记者 李四\n今年以来，高新区扎实推进党史学习教育，取得明显成效。');
    expect(first!.paragraphs.at(-1)).toBe('金鼎社区党员王五朗诵了自己创作的诗歌《初心》：');
    expect(second!.headline?.title).toBeDefined();
    expect(second!.credits).toEqual([{ role: 'writer', title: '本报记者', name: '李四' }]);
  });
});

describe('an interview whose questions end without their question mark', () => {
  const [story] = splitPage(
    page(
      '访高新区党工委书记李明：以高质量党建引领高质量发展\n本报记者 张三',
      '记者：请您介绍一下高新区党建工作的主要做法\n李明：我们坚持把党的领导贯穿发展全过程，推动党建与业务深度融合。\n记者：下一步有哪些打算\n李明：我们将持续深化党史学习教育，\n推动学习成果转化为发展成效。',
    ),
  ).stories;

  it('keeps each turn a paragraph of its own, and joins a turn a column break cut', () => {
    expect(story!.paragraphs).toEqual([
      '记者：请您介绍一下高新区党建工作的主要做法',
      '李明：我们坚持把党的领导贯穿发展全过程，推动党建与业务深度融合。',
      '记者：下一步有哪些打算',
      '李明：我们将持续深化党史学习教育，推动学习成果转化为发展成效。',
    ]);
  });
});

describe('a picture item under a title of its own, between two stories', () => {
  const item = (lastParagraph: string) =>
    splitPage(
      page(
        '高新区召开党建工作会议',
        '本报讯（记者 张三）3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
        lastParagraph,
        '党员志愿者清洁家园',
        '▲6月25日，金鼎社区党员志愿者开展环境整治志愿服务。 本报记者 王五 摄',
        '金鼎社区举办党史知识竞赛',
        '本报讯（通讯员 李四）6月30日，金鼎社区举办党史知识竞赛，来自辖区的8支代表队参加比赛。',
      ),
    ).stories;

  it('is a draft of its own under a story that ended its last sentence: the title, its photo’s caption, no text', () => {
    const [before, pictures, after, ...rest] = item('会议要求，要以庆祝建党100周年为契机，推动党建工作再上新台阶。');
    expect(rest).toEqual([]);
    expect(before!.paragraphs.at(-1)).toBe('会议要求，要以庆祝建党100周年为契机，推动党建工作再上新台阶。');
    expect(before!.captions).toEqual([]);
    expect(pictures!.headline).toEqual({ title: '党员志愿者清洁家园' });
    expect(pictures!.paragraphs).toEqual([]);
    expect(pictures!.captions).toEqual([
      { text: '▲6月25日，金鼎社区党员志愿者开展环境整治志愿服务。', credit: '本报记者 王五 摄' },
    ]);
    expect(after!.headline).toEqual({ title: '金鼎社区举办党史知识竞赛' });
  });

  it('is one when the story after it opens with neither a byline nor a dateline, whose headline is no section of it', () => {
    const [before, pictures, after, ...rest] = splitPage(
      page(
        '高新区召开党建工作会议',
        '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。会议要求，各级党组织要抓好落实。',
        '党员志愿者清洁家园',
        '![](images/page-1.jpg)',
        '6月25日，金鼎社区党员志愿者开展环境整治志愿服务。 本报记者 王五 摄',
        '金鼎社区举办党史知识竞赛',
        '6月30日，金鼎社区举办党史知识竞赛，来自辖区的8支代表队参加比赛。',
        '比赛分为必答、抢答和风险题三个环节。',
      ),
    ).stories;
    expect(rest).toEqual([]);
    expect(before!.paragraphs).toHaveLength(1);
    expect(pictures!.headline).toEqual({ title: '党员志愿者清洁家园' });
    expect(pictures!.paragraphs).toEqual([]);
    expect(pictures!.captions.map((c) => c.credit)).toEqual(['本报记者 王五 摄']);
    expect(after!.headline).toEqual({ title: '金鼎社区举办党史知识竞赛' });
    expect(after!.paragraphs).toHaveLength(2);
  });

  it('is not one under a paragraph a column break cut: the line goes on with that story', () => {
    const [before, next, ...rest] = item('会议要求，要以庆祝建党100周年为契机，推动');
    expect(rest).toEqual([]);
    expect(before!.captions).toHaveLength(1);
    expect(next!.headline).toEqual({ title: '金鼎社区举办党史知识竞赛' });
  });
});

describe('a picture item at the foot of the page', () => {
  const story = page(
    '让党旗在基层一线高高飘扬',
    '基层党组织是党的全部工作和战斗力的基础。高新区把党组织建在产业链上，让党建工作与企业发展同频共振。',
  );
  const captions =
    '图为金鼎社区党员志愿者为居民提供义诊服务。 本报记者 张三 摄\n\n图为唐家湾镇党员干部参观杨匏安陈列馆。 通讯员 李四 摄';

  it('is a draft of its own under its label (图片新闻), or under a title after a story that ended its last sentence', () => {
    for (const over of ['图片新闻', '党员志愿者服务群众']) {
      const [before, pictures, ...rest] = splitPage(`${story}\n${page(over, captions)}`).stories;
      expect(rest, over).toEqual([]);
      expect(before!.paragraphs, over).toHaveLength(1);
      expect(before!.captions, over).toEqual([]);
      expect(pictures!.paragraphs, over).toEqual([]);
      expect(pictures!.captions.map((c) => c.credit)).toEqual(['本报记者 张三 摄', '通讯员 李四 摄']);
      expect(over === '图片新闻' ? pictures!.column : pictures!.headline?.title).toBe(over);
    }
  });

  it('is not one under a paragraph a column break cut: the photos are that story’s', () => {
    const cut = story.replace('同频共振。', '同频');
    const [only, ...rest] = splitPage(`${cut}\n${page('党员志愿者服务群众', captions)}`).stories;
    expect(rest).toEqual([]);
    expect(only!.captions).toHaveLength(2);
  });
});

describe('a photo between two stories', () => {
  const stories = (caption: string, lastParagraph = '会议要求，各级党组织要抓好落实。') =>
    splitPage(
      page(
        '高新区召开党建工作会议\n本报记者 张三',
        `3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。${lastParagraph}`,
        caption,
        '金鼎社区：党群服务中心成了居民“会客厅”\n本报记者 王五',
        '走进金鼎社区党群服务中心，阅览室里居民们正安静地读书看报，活动室里老年合唱团正在排练。',
      ),
    ).stories;

  it('is the next story’s when its caption shares more of that story’s words', () => {
    const [above, below, ...rest] = stories('▲金鼎社区党群服务中心里，居民正在读书看报。 本报记者 王五 摄');
    expect(rest).toEqual([]);
    expect(above!.captions).toEqual([]);
    expect(below!.captions).toEqual([
      { text: '▲金鼎社区党群服务中心里，居民正在读书看报。', credit: '本报记者 王五 摄' },
    ]);
    expect(below!.firstLine).toBe(6);
    expect(below!.lines).toContain(6);
    expect(above!.lines).not.toContain(6);
  });

  it('stays the story above’s when it speaks of that one, of neither, or the text above was cut', () => {
    for (const [caption, last] of [
      ['▲高新区党建工作会议现场。', undefined],
      ['▲海滨公园鲜花造型摆设完毕。', undefined],
      ['▲金鼎社区党群服务中心里，居民正在读书看报。', '会议要求，各级党组织要抓好'],
    ] as const) {
      const [above, below] = stories(caption, last);
      expect(
        above!.captions.map((c) => c.text),
        caption,
      ).toEqual([caption]);
      expect(below!.captions).toEqual([]);
    }
  });
});

describe('a 主题 printed in two lines under its 引题, after a story', () => {
  const story = '# 高新区召开党建工作会议\n\n3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。';
  const second = (lead: string) =>
    splitPage(
      page(
        story,
        '## 党史学习教育\n# 金鼎社区以高质量党建\n# 引领高质量发展',
        lead,
        '走进金鼎社区党群服务中心，阅览室里居民们正安静地读书看报。',
      ),
    ).stories;

  it('is the next story’s headline, its lines in the title’s type no cut-off end of the story above', () => {
    for (const lead of ['本报记者 王五', '本报讯 3月12日，金鼎社区召开党员大会。', '3月12日，金鼎社区召开党员大会。']) {
      const [above, below, ...rest] = second(lead);
      expect(rest, lead).toEqual([]);
      expect(above!.paragraphs, lead).toEqual(['3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。']);
      expect(below!.headline, lead).toEqual({ kicker: '党史学习教育', title: '金鼎社区以高质量党建 引领高质量发展' });
    }
  });

  it('is one line of the headline, however many lines it has, under a column label and over a 副题 in type sizes', () => {
    const [, below, ...rest] = splitPage(
      page(
        story,
        '【基层党建】\n## 党史学习教育\n# 金鼎社区以高质量党建\n# 引领高质量发展\n## 党员大会部署全年工作',
        '本报记者 王五',
        '走进金鼎社区党群服务中心，阅览室里居民们正安静地读书看报。',
      ),
    ).stories;
    expect(rest).toEqual([]);
    expect(below!.column).toBe('基层党建');
    expect(below!.headline).toEqual({
      kicker: '党史学习教育',
      title: '金鼎社区以高质量党建 引领高质量发展',
      subtitle: '党员大会部署全年工作',
    });
    expect(below!.paragraphs).toEqual(['走进金鼎社区党群服务中心，阅览室里居民们正安静地读书看报。']);
  });

  it('still reads unmarked lines over a dateline as a section head and the cut-off end of the story above', () => {
    const [above, below] = splitPage(
      page(
        '高新区召开党建工作会议\n本报记者 张三',
        '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
        '一、压实责任\n各级党组织要把党建工作\n金鼎社区召开党员大会',
        '本报讯 3月12日，金鼎社区召开党员大会。',
      ),
    ).stories;
    expect(above!.paragraphs).toEqual([
      '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
      '## 一、压实责任',
      '各级党组织要把党建工作',
    ]);
    expect(below!.headline).toEqual({ title: '金鼎社区召开党员大会' });
  });
});

describe('what a story prints after its last sentence', () => {
  const two = (last: string, own: boolean) =>
    splitPage(
      page(
        '高新区召开党建工作会议',
        '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
        own ? '会议要求，各级党组织要抓好落实。' : `会议要求，各级党组织要抓好落实。${last}`,
        ...(own ? [last] : []),
        '金鼎社区举办党史知识竞赛\n本报记者 王五',
        '6月30日，金鼎社区举办党史知识竞赛，来自辖区的8支代表队参加比赛。',
      ),
    );

  it('keeps the sentence when its editors follow it on its line, and reads them as its credits', () => {
    for (const [printed, credits] of [
      ['【责任编辑：张三】', ['editor 张三']],
      ['（编辑：张三）', ['editor 张三']],
      ['〔责编：张三 美编：李四〕', ['editor 张三', 'layout 李四']],
      ['责任编辑：张三 校对：李四', ['editor 张三', 'editor 李四']],
    ] as const) {
      const { stories, dropped } = two(printed, false);
      expect(dropped, printed).toEqual([]);
      expect(stories.map((s) => s.headline?.title)).toEqual(['高新区召开党建工作会议', '金鼎社区举办党史知识竞赛']);
      expect(stories[0]!.paragraphs.at(-1), printed).toBe('会议要求，各级党组织要抓好落实。');
      expect(
        stories[0]!.credits.map((c) => `${c.role} ${c.name}`),
        printed,
      ).toEqual(credits);
    }
  });

  it('keeps a mark of its end on a line of its own as its last line, no 栏目 of the page', () => {
    for (const mark of ['（完）', '（未完待续）', '【完】']) {
      const { stories } = two(mark, true);
      expect(
        stories.map((s) => [s.headline?.title, s.column]),
        mark,
      ).toEqual([
        ['高新区召开党建工作会议', undefined],
        ['金鼎社区举办党史知识竞赛', undefined],
      ]);
      expect(stories[0]!.paragraphs.at(-1), mark).toBe(mark);
    }
  });

  it('reads a name alone in brackets on a line of its own as its writer', () => {
    const { stories } = two('（张三）', true);
    expect(stories.map((s) => [s.headline?.title, s.column])).toEqual([
      ['高新区召开党建工作会议', undefined],
      ['金鼎社区举办党史知识竞赛', undefined],
    ]);
    expect(stories[0]!.credits).toEqual([{ role: 'writer', name: '张三' }]);
    expect(stories[0]!.paragraphs.at(-1)).toBe('会议要求，各级党组织要抓好落实。');
  });
});

describe('a front page’s summaries, each pointing to its full text on another page', () => {
  it('makes each summary a draft of its own, told where its full text is, the pointer left out', () => {
    const { stories, dropped } = splitPage(
      page(
        '高新区召开党建工作会议\n本报记者 张三',
        '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
        '会议要求，各级党组织要抓好落实。',
        '金鼎社区举办党史知识竞赛',
        '6月30日，金鼎社区举办党史知识竞赛，来自辖区的8支代表队参加比赛。（详见第3版）',
        '唐家湾镇：红色资源激活乡村振兴',
        '唐家湾镇用好苏兆征故居等红色资源，开展现场教学40余场次。',
        '详见A3版',
        '淇澳村：党员带头发展特色产业',
        '淇澳村党支部带领村民发展特色种养业，村集体收入逐年增长。（下转第2版）',
      ),
    );
    expect(stories.map((s) => [s.headline?.title, s.paragraphs])).toEqual([
      [
        '高新区召开党建工作会议',
        ['3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。', '会议要求，各级党组织要抓好落实。'],
      ],
      ['金鼎社区举办党史知识竞赛', ['6月30日，金鼎社区举办党史知识竞赛，来自辖区的8支代表队参加比赛。']],
      ['唐家湾镇：红色资源激活乡村振兴', ['唐家湾镇用好苏兆征故居等红色资源，开展现场教学40余场次。']],
      ['淇澳村：党员带头发展特色产业', ['淇澳村党支部带领村民发展特色种养业，村集体收入逐年增长。']],
    ]);
    expect(stories.map((s) => s.continued?.map((c) => c.slice(0, 6)))).toEqual([
      undefined,
      ['本篇全文在另'],
      ['本篇全文在另'],
      ['本篇在另一版'],
    ]);
    expect(dropped.map((d) => d.text)).toEqual(['详见A3版']);
  });
});

describe('a picture item under a story that ends in its credits or a mark of its end', () => {
  it('is a draft of its own, between two stories and at the page’s foot', () => {
    for (const ending of ['【责任编辑：张三】', '（完）']) {
      for (const foot of [false, true]) {
        const printed =
          ending === '（完）'
            ? ['会议要求，各级党组织要抓好落实。', ending]
            : [`会议要求，各级党组织要抓好落实。${ending}`];
        const { stories } = splitPage(
          page(
            '高新区召开党建工作会议',
            '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
            ...printed,
            '党员志愿者清洁家园',
            '6月25日，金鼎社区党员志愿者开展环境整治志愿服务。 本报记者 王五 摄',
            ...(foot
              ? []
              : ['金鼎社区举办党史知识竞赛', '6月30日，金鼎社区举办党史知识竞赛，来自辖区的8支代表队参加比赛。']),
          ),
        );
        expect(
          stories.map((s) => [s.headline?.title, s.paragraphs.length, s.captions.length]),
          `${ending} ${foot}`,
        ).toEqual([
          ['高新区召开党建工作会议', ending === '（完）' ? 3 : 2, 0],
          ['党员志愿者清洁家园', 0, 1],
          ...(foot ? [] : [['金鼎社区举办党史知识竞赛', 1, 0]]),
        ]);
      }
    }
  });

  it('does not glue the next line of text to a paragraph that ends in its credits', () => {
    const { stories } = splitPage(
      page(
        '高新区召开党建工作会议',
        '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。（本报记者 张三）',
        '会议指出，要坚持“第一议题”制度',
      ),
    );
    expect(stories[0]!.paragraphs).toEqual([
      '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。（本报记者 张三）',
      '会议指出，要坚持“第一议题”制度',
    ]);
  });
});

describe('photo credits after a caption, as other papers print them', () => {
  const caption = (printed: string) =>
    splitPage(
      page(
        '高新区召开党建工作会议\n本报记者 张三',
        '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
        printed,
        '会议要求，各级党组织要抓好落实，以实际行动推动党建工作再上新台阶。',
      ),
    ).stories;

  it('reads the credit off the caption: several photographers, 摄影, 图/, 图片来源, right after the full stop', () => {
    for (const [printed, credit] of [
      ['图为党员们重温入党誓词。新华社记者 李四 摄', '新华社记者 李四 摄'],
      ['党员们重温入党誓词。 本报记者 李四 王五 摄', '本报记者 李四 王五 摄'],
      ['党员们重温入党誓词。 李四 摄影', '李四 摄影'],
      ['▲党员们重温入党誓词。 图/本报记者 李四', '图/本报记者 李四'],
      ['党员们重温入党誓词。 图片来源：高新区党工委', '图片来源：高新区党工委'],
      ['党员们重温入党誓词。图片来源：高新区党工委', '图片来源：高新区党工委'],
      ['党员们重温入党誓词。李四 摄影', '李四 摄影'],
      ['党员们重温入党誓词。图/本报记者 李四', '图/本报记者 李四'],
      ['党员们重温入党誓词。李四/摄', '李四/摄'],
    ] as const) {
      const [story, ...rest] = caption(printed);
      expect(rest, printed).toEqual([]);
      expect(story!.paragraphs, printed).toHaveLength(2);
      expect(story!.captions, printed).toEqual([{ text: printed.slice(0, printed.indexOf('。') + 1), credit }]);
    }
  });

  it('keeps a sentence that only ends in such words as text', () => {
    const [story] = caption('会议指出，要让党员在镜头前 重温摄影');
    expect(story!.captions).toEqual([]);
  });
});

describe('a headline too long for a heading’s width', () => {
  const title = '珠海高新区召开2021年度基层党组织书记抓基层党建工作述职评议考核会议暨党建工作推进会';

  it('is the headline over a byline with text under it, with or without a blank line between', () => {
    for (const gap of ['\n', '\n\n']) {
      const { stories } = splitPage(
        `${title}${gap}本报记者 张三\n\n${page(
          '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
          '金鼎社区举办党史知识竞赛',
          '6月30日，金鼎社区举办党史知识竞赛，来自辖区的8支代表队参加比赛。',
        )}`,
      );
      expect(
        stories.map((s) => [s.headline?.title, s.paragraphs.length]),
        JSON.stringify(gap),
      ).toEqual([
        [title, 1],
        ['金鼎社区举办党史知识竞赛', 1],
      ]);
    }
  });

  it('is no headline when it reads as a sentence, or goes on from the line above', () => {
    const sentence = '珠海高新区召开2021年度基层党组织书记抓基层党建工作述职评议考核会议，部署党建工作。';
    const { stories } = splitPage(
      page('高新区召开党建工作会议', `${sentence}\n本报记者 张三`, '3月10日，高新区召开党建工作会议。'),
    );
    expect(stories[0]!.headline).toEqual({ title: '高新区召开党建工作会议' });
    expect(stories[0]!.paragraphs[0]).toBe(sentence);
  });
});
