/** lines.ts: one line of a page, cleaned and classified by its own looks. */
import { describe, expect, it } from 'vitest';
import {
  classifyLine,
  cleanLine,
  pageNameOf,
  printedPageName,
  printedPageNumber,
  TERMINAL,
  titleWithWriter,
} from '../../../src/lib/ingest/lines.ts';
import { readLines } from '../../../src/lib/ingest/read-lines.ts';
import { closeLetterSpacing } from '../../../src/lib/text.ts';

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

  it('keeps the spaces between the names in a dateline’s bracket, and closes those in the text after it', () => {
    expect(cleanLine('本报讯（通讯员 李四 记者 张三）6月25日，高新区举办 党史知识竞赛。')).toBe(
      '本报讯（通讯员 李四 记者 张三）6月25日，高新区举办党史知识竞赛。',
    );
    expect(cleanLine('新华社北京6月30日电（ 记者  张三、李四 ）党员们重温 入党誓词。')).toBe(
      '新华社北京6月30日电（记者 张三、李四）党员们重温入党誓词。',
    );
    // Stray spaces inside a title or a name: closed, as in the text, for the names to be read.
    expect(cleanLine('本报讯（记者 刘琴 通 讯员 李 洋）新近投运的机场备受关注。')).toBe(
      '本报讯（记者刘琴通讯员李洋）新近投运的机场备受关注。',
    );
    // Not after a dateline: a bracket in running text is closed as the text is.
    expect(cleanLine('会上（记者 张三）介绍了 有关情况。')).toBe('会上（记者张三）介绍了有关情况。');
  });

  it('keeps the spaces of a photo credit after a caption printed without its full stop, not of names and deeds', () => {
    expect(cleanLine('党员们重温入党誓词 新华社记者 李四 摄')).toBe('党员们重温入党誓词 新华社记者 李四 摄');
    expect(cleanLine('党员们重温入党誓词 通讯员 王五 供图')).toBe('党员们重温入党誓词 通讯员 王五 供图');
    expect(cleanLine('《追寻苏兆征》 李洋/摄')).toBe('《追寻苏兆征》 李洋/摄');
    // Names with what each did: a byline's, whose spaces part the names (namesThenDeed).
    expect(cleanLine('张阳 文 宋一诺 摄')).toBe('张阳 文 宋一诺 摄');
    expect(classifyLine('张阳 文 宋一诺 摄', 1).kind).toBe('byline');
  });

  it('drops a jump mark set on a line of text, as one on a line of its own is dropped', () => {
    expect(cleanLine('推动党建工作与业务工作深度融合，取得新成效。（下转第2版）')).toBe(
      '推动党建工作与业务工作深度融合，取得新成效。',
    );
    expect(cleanLine('增强党组织的凝聚力 (转 第 三 版)')).toBe('增强党组织的凝聚力');
    expect(cleanLine('（上接A1版）党员们重温入党誓词。')).toBe('党员们重温入党誓词。');
    expect(cleanLine('(上接第１版) 党员们重温入党誓词。')).toBe('党员们重温入党誓词。');
    // On a line of its own it is the line, which the furniture rules drop; in the text, it stays.
    expect(cleanLine('（下转第2版）')).toBe('（下转第2版）');
    expect(classifyLine('（下转第2版）', 1).kind).toBe('furniture');
    expect(cleanLine('会议决定转第2版块的工作到下月，并（转载第2版）文章。')).toBe(
      '会议决定转第2版块的工作到下月，并（转载第2版）文章。',
    );
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
    ['中国高新技术产业导报 CHINA HIGH-TECH', 0, 'banner'],
    ['要闻 NEWS', 0, 'banner'],
    // Capitals in running text or a headline are the text's (before: the line dropped as a 版头).
    ['高新区企业参加APEC工商领导人峰会，推动合作交流，取得丰硕成果。', 1, 'body'],
    ['园区聚焦5G、AIOT等新兴产业，培育一批高成长企业。', 1, 'body'],
    ['华为、OPPO、VIVO等企业负责人参加会议。', 1, 'body'],
    ['党员志愿者走进社区开展COVID疫情防控宣传', 1, 'heading'],
    ['撰写:本报记者 宋一诺 摄影:本报记者 吴长赋', 1, 'byline'],
    ['▶ 张志东', 1, 'byline'],
    ['赖彩凤 本报记者 刘琴', 1, 'byline'],
    ['乔冠宇/摄', 3, 'photo-credit'],
    ['高新区持续深化“放管服”改革，提升行政效能，提高办事效率。', 3, 'caption'],
    ['高新区持续深化“放管服”改革，提升行政效能，提高办事效率。', 1, 'body'],
    ['▲高新区党员在会同书店开展主题党日活动。', 1, 'caption'],
    ['△ 主题党日活动现场', 0, 'caption'],
    // 图为 in brackets, 图注 and 图片说明 labels, and a 上图 a space parts from the words.
    ['（图为党员志愿者在社区开展服务）', 1, 'caption'],
    ['上图为党员们重温入党誓词。', 1, 'caption'],
    ['图注：党员们重温入党誓词。', 1, 'caption'],
    ['图片说明：党员们重温入党誓词。', 1, 'caption'],
    ['左图 党员们重温入党誓词', 1, 'caption'],
    ['为庆祝中国共产党成立98周年，近日，高新区举办活动。', 1, 'body'],
    ['▲图为活动现场，党员们重温入党誓词，坚持不懈推动学习教育走深走实。', 1, 'caption'],
    ['学思践悟守初心 凝心聚力开新局', 1, 'heading'],
    ['惠州仲恺高新区:', 1, 'heading'],
    ['昆山高新区获评“中国生物医药园区 创新药物潜力指数十强园区”', 1, 'heading'],
    ['本报讯 记者宋显晖报道:日前,高新区安监局联合高新区教育局开展活动。', 1, 'body'],
    // Other papers' forms: 版次 with its 版名, a hotline, bylines, captions marked （图）.
    ['第 5 版 · 园区党建', 0, 'furniture'],
    ['第5版：要闻', 0, 'furniture'],
    ['本版热线：0731-12345678  电子邮箱：dangjian@example.cn', 0, 'furniture'],
    ['新闻热线：(0756)3368888', 0, 'furniture'],
    ['群众可拨打服务热线：0756-1234567，咨询办事流程。', 1, 'body'],
    ['本报通讯员 王晓东 记者 陈静', 1, 'byline'],
    ['特约记者 李娜', 1, 'byline'],
    ['■ 本报记者 张三', 1, 'byline'],
    ['◎本报记者 张三 通讯员 李四', 1, 'byline'],
    ['文/图 张三', 1, 'byline'],
    ['文/张三 图/李四', 1, 'byline'],
    ['图/张三', 1, 'photo-credit'],
    ['张三 摄', 1, 'photo-credit'],
    ['2022年3月7日 星期一 农历壬寅年二月初五', 0, 'furniture'],
    // The 报头 with the date, the weekday and the lunar date as 干支: one line of furniture.
    ['珠海特区报 2021年7月1日 星期四 辛丑年五月廿二', 0, 'furniture'],
    ['2021年7月1日 周四 珠海特区报', 0, 'furniture'],
    ['中国高新技术产业导报 2019.10.28', 0, 'furniture'],
    // Running heads of a date's parts, a 版次, the number, one word (the page's name).
    ['要闻·A03', 0, 'furniture'],
    ['高新区党建 | 2021.07.01', 0, 'furniture'],
    ['2021年7月1日 星期四 辛丑年五月廿二 今日12版', 0, 'furniture'],
    ['星期四', 0, 'furniture'],
    ['党史学习教育 2021年6月', 1, 'heading'],
    ['学党史 悟思想', 1, 'heading'],
    // A masthead's paper names of more forms, its weather, its publishers labelled; not such words in a sentence.
    ['珠海高新报', 0, 'furniture'],
    ['高新区报 2022年7月1日', 0, 'furniture'],
    ['今日天气 晴 28℃～35℃', 0, 'furniture'],
    ['天气：多云转阴 22～30℃', 0, 'furniture'],
    ['今天天气晴朗，气温35℃，党员们冒着酷暑开展志愿服务。', 1, 'body'],
    ['主办：珠海高新区党工委  承办：高新区融媒体中心', 0, 'furniture'],
    ['主管单位：高新区管委会', 0, 'furniture'],
    ['主办单位高度重视', 1, 'heading'],
    // A bulletin's compiler and date, whom it goes to; not such words in a sentence.
    ['高新区党工委办公室编                2023年6月30日', 0, 'furniture'],
    ['报：市委组织部', 0, 'furniture'],
    ['抄送：各基层党组织，各企业党支部', 1, 'body'],
    ['送：各基层党组织', 0, 'furniture'],
    // The 刊号, its price, its editor-in-chief.
    ['国内统一刊号：CN44-0038', 0, 'furniture'],
    ['定价：1.50元', 0, 'furniture'],
    ['主编：张三', 0, 'furniture'],
    // The page's production credits with spaces for colons; the number; a jump line.
    ['责任编辑 王芳 美编 李强 校对 张敏', 0, 'byline'],
    ['今日8版 第10742期', 0, 'furniture'],
    ['总第10742期', 0, 'furniture'],
    ['（上接A1版）', 1, 'furniture'],
    ['下转第二版', 1, 'furniture'],
    // 主题——副题 on one line, longer than a headline line: each part is measured.
    ['高新区采取有力措施提升城市基层党建工作水平——实施“五大行动” 引领高质量发展', 1, 'heading'],
    ['图文：张三', 1, 'byline'],
    ['上图：高新区党员在会同书店开展主题党日活动。', 1, 'caption'],
    ['图1：金鼎社区党员志愿者开展便民服务', 1, 'caption'],
    ['——聚焦主责主业，压实党建责任。', 3, 'body'],
    ['文│张三', 1, 'byline'],
    ['本报记者 张三、李四', 1, 'byline'],
    ['首席记者 张三', 1, 'byline'],
    ['撰文 张三 摄影 李四', 1, 'byline'],
    // A reporter's kind of piece is a section head, not a byline.
    ['■记者手记', 1, 'heading'],
    ['记者观察', 1, 'heading'],
    // Full-width digits, as some OCR tools print them.
    ['２０２１年７月１日　星期四', 0, 'furniture'],
    ['第３版', 0, 'furniture'],
    // A commentary's byline, with no name.
    ['本报评论员', 1, 'byline'],
    // A reporter's words in the text, an interview's question: sentences, not bylines.
    ['记者获悉，今年高新区将新建党群服务中心5个。', 1, 'body'],
    ['记者了解到，这些中心将全部向群众开放，提供政务、', 0, 'body'],
    ['记者：今年以来，高新区在基层党建方面有哪些新的举措？', 1, 'body'],
    ['（记者 刘洋，通讯员 宋玲毅）', 1, 'byline'],
    // An interview's question without its question mark, or one the line's end cut: text.
    ['记者：请您介绍下一步工作打算', 1, 'body'],
    ['记者：请您谈谈高新区在基层党建工', 0, 'body'],
    ['问：下一步有什么打算', 1, 'body'],
    // Names after a label that only people's names follow; an office may write or take photos.
    ['记者：张三 李四', 1, 'byline'],
    ['编辑：李洋 组版：王新明', 1, 'byline'],
    ['作者：中共珠海高新区工委组织部', 1, 'byline'],
    // A story's editor in brackets under its text; a page's, with a telephone, is furniture.
    ['（责任编辑：赵六）', 1, 'byline'],
    ['（编辑：赵六 校对：钱七）', 1, 'byline'],
    ['（编辑：赵六 电话：0756-1234567）', 1, 'furniture'],
    // A headline's phrases a comma parts; a sentence's opening as short is running text.
    ['学党史，办实事', 1, 'heading'],
    ['不忘初心，牢记使命', 1, 'heading'],
    ['近年来，高新区', 0, 'body'],
    ['党员们，在这里', 0, 'body'],
    ['一是抓覆盖，二是抓活动', 0, 'body'],
    // A note in round brackets under the text is the text's, not a heading.
    ['（作者系高新区党工委宣传部干部）', 0, 'body'],
    ['（本文作者为高新区党校教师）', 1, 'body'],
    // 图为 marks a caption, however many clauses it has.
    ['图为6月29日，高新区党员干部在苏兆征故居陈列馆参观学习，重温入党誓词，接受党性教育。', 1, 'caption'],
    ['供图：高新区宣传部', 1, 'photo-credit'],
    ['（图片由高新区宣传部提供）', 1, 'photo-credit'],
    // A dateline opens a lead, however short the line.
    ['本报珠海讯（记者 张三）近日，高新区召开会议。', 1, 'body'],
    ['新华社北京6月30日电（记者 张三、李四）', 1, 'body'],
    // 本报 and a reporter's title is a sentence, not a dateline: short, it is a headline.
    ['本报记者走进高新区企业', 1, 'heading'],
    ['A3 要闻', 0, 'furniture'],
    // A mark before a headline is no byline's.
    ['■ 高新区召开党建工作会议', 1, 'heading'],
    ['（图）党员志愿者走进社区开展服务', 0, 'caption'],
    ['【图】主题党日活动现场', 1, 'caption'],
    // A running head (date, 版次, paper), a 版次 in brackets, a PDF's page numbers, a QR prompt.
    ['2021年7月1日　星期四　第5版', 0, 'furniture'],
    ['珠海特区报 2021年7月1日 星期四 第5版 要闻', 0, 'furniture'],
    ['第5版 2021年7月1日', 0, 'furniture'],
    ['【第5版】', 0, 'furniture'],
    ['（第12版）', 1, 'furniture'],
    ['第1页 共4页', 0, 'furniture'],
    ['—— 第 3 页 ——', 1, 'furniture'],
    ['扫码阅读', 1, 'furniture'],
    ['欢迎订阅2022年度《珠海特区报》', 1, 'furniture'],
    ['订阅热线：0756-1234567', 0, 'furniture'],
    ['欢迎订阅本报的读者朋友们积极参与征文活动。', 1, 'body'],
    // Photos an agency's reporter took or sent: credits.
    ['新华社记者 李四 摄', 1, 'photo-credit'],
    ['（新华社发）', 1, 'photo-credit'],
    // A photo's caption numbered in a circle.
    ['图①：竞赛现场。', 1, 'caption'],
    ['图② 获奖队伍合影', 0, 'caption'],
    ['扫一扫 看视频', 1, 'furniture'],
    // Sentences that name a date, a 版 or a QR code are text.
    ['2021年7月1日，高新区召开会议，部署第5版规划。', 1, 'body'],
    ['扫码参与党史知识竞赛，赢取精美礼品。', 1, 'body'],
    ['第一页的内容', 1, 'heading'],
  ] as const)('%s → %s', (line, blanks, kind) => {
    expect(classifyLine(line, blanks).kind).toBe(kind);
  });
});

describe('pageNameOf', () => {
  it.each([
    ['第 5 版 · 园区党建', '园区党建'],
    ['第5版：要闻', '要闻'],
    ['第九版 综合新闻', '综合新闻'],
    ['A3 要闻', '要闻'],
    ['第5版', undefined],
    ['第５版 · 园区党建', '园区党建'],
    ['A3', undefined],
    ['要闻', undefined],
  ] as const)('%s → %s', (line, name) => {
    expect(pageNameOf(line)).toBe(name);
  });
});

describe('cleanLine', () => {
  it('closes a space that leaves one character alone in a short line', () => {
    expect(cleanLine('建设新时代中国特色社会主 义')).toBe('建设新时代中国特色社会主义');
    expect(cleanLine('守初心 担使命 找差距 抓落实')).toBe('守初心 担使命 找差距 抓落实');
  });

  it('keeps the spaces between the phrases of a 主题 and a 副题 joined on one line (主题——副题), however long the line', () => {
    const joined = '贵阳高新区：有声智慧党建 打造全新学习阵地——高新区与横琴新区联合举办“双自联动”银企对接会';
    expect(joined.length).toBeGreaterThan(40);
    expect(cleanLine(joined)).toBe(joined);
    expect(cleanLine('党建引领 奋力迈进国家一流高新区——惠州仲恺高新区 打造全面过硬的干部队伍')).toBe(
      '党建引领 奋力迈进国家一流高新区——惠州仲恺高新区 打造全面过硬的干部队伍',
    );
  });

  it('still closes a stray space in a long line of running text with a dash in it', () => {
    expect(cleanLine('在“规范化建设”上巩固完善，在“组织力 提升”上持续用力——切实把基层党组织建设成为坚强战斗堡垒')).toBe(
      '在“规范化建设”上巩固完善，在“组织力提升”上持续用力——切实把基层党组织建设成为坚强战斗堡垒',
    );
  });
});

describe('printedPageName', () => {
  it('is the 版名 a 版次 line prints, or the 版次 of a running head', () => {
    const named = (top: string) =>
      printedPageName(readLines(`${top}\n\n高新区召开党建工作会议\n\n本报讯 近日，高新区召开会议。\n`));
    expect(named('第5版 · 园区党建')).toBe('园区党建');
    expect(named('2021年7月1日　星期四　第5版　要闻')).toBe('要闻');
    expect(named('珠海特区报 2021年7月1日 A3 要闻')).toBe('要闻');
    expect(named('2021年7月1日　星期四　第5版')).toBeUndefined();
  });
});

describe('printedPageNumber', () => {
  const numbered = (top: string) =>
    printedPageNumber(readLines(`${top}\n\n高新区召开党建工作会议\n\n本报讯 近日，高新区召开会议。\n`));

  it('is the 版次 a 版次 line or a running head prints, in one form', () => {
    expect(numbered('第5版 · 园区党建')).toBe('5');
    expect(numbered('第 ５ 版')).toBe('5');
    expect(numbered('第九版')).toBe('9');
    expect(numbered('2021年7月1日　星期四　第12版　要闻')).toBe('12');
    expect(numbered('珠海特区报 2021年7月1日 A03 要闻')).toBe('A3');
    expect(numbered('园区党建·A05')).toBe('A5');
    expect(numbered('园区党建 3')).toBe('3');
  });

  it('is none where the page prints none, or prints two', () => {
    expect(numbered('2021年7月1日　星期四')).toBeUndefined();
    expect(numbered('园区党建 | 2022.03.07')).toBeUndefined();
    expect(numbered('高新区党建工作综述')).toBeUndefined();
    expect(numbered('第5版 · 园区党建\n\n2021年7月1日　星期四　第6版')).toBeUndefined();
    // The same 版次 twice is one.
    expect(numbered('第5版 · 园区党建\n\n2021年7月1日　星期四　第５版')).toBe('5');
  });
});

describe('the page’s editors with a space for the colon', () => {
  it('are page furniture, as with a colon', () => {
    for (const line of ['本版责编 王芳', '本版编辑 王芳 美编 李强', '本版责任编辑 王芳', '本版责编：王芳'])
      expect(classifyLine(line, 1)).toMatchObject({ kind: 'furniture', rule: '编辑/组版/电话/邮箱' });
    // A sentence about the page's editors is none.
    expect(classifyLine('本版编辑部成员深入社区开展调研。', 1).kind).toBe('body');
  });
});

describe('an advertisement’s label', () => {
  it('is page furniture, in brackets or not', () => {
    for (const line of ['广告', '【广告】', '（广 告）'])
      expect(classifyLine(line, 1)).toMatchObject({ kind: 'furniture', rule: '广告' });
    expect(classifyLine('广告公司党支部开展主题党日活动', 1).kind).not.toBe('furniture');
  });
});

describe('a letter’s salutation', () => {
  it('is its text, not a headline’s label', () => {
    for (const line of ['全区广大党员：', '同志们、朋友们：', '亲爱的居民朋友们：'])
      expect(classifyLine(line, 1).kind).toBe('body');
    expect(classifyLine('惠州仲恺高新区：', 1).kind).toBe('heading');
  });
});

describe('TERMINAL, with the ASCII full stop some OCR tools print', () => {
  it('ends a sentence with a full stop after Chinese or a closing quote, not after a figure or a letter', () => {
    expect(TERMINAL.test('会议强调，要坚持党建引领.')).toBe(true);
    expect(TERMINAL.test('他说：“要坚持党建引领”.')).toBe(true);
    expect(TERMINAL.test('同比增长12.')).toBe(false);
    expect(TERMINAL.test('详见 www.gov.cn.')).toBe(false);
  });
});

describe('names alone in brackets on a line of their own', () => {
  it('are a byline, every name a common surname’s', () => {
    for (const line of ['（张三）', '（张三 李四）', '（张三、李四、王五）', '(张三 李四)'])
      expect(classifyLine(line, 1).kind).toBe('byline');
    expect(classifyLine('（党建 引领）', 1).kind).not.toBe('byline');
    expect(classifyLine('（完）', 1).kind).not.toBe('byline');
  });
});

describe('closeLetterSpacing', () => {
  it('closes the spacing of a line whose every character stands a space apart, keeping its own wider spaces', () => {
    expect(closeLetterSpacing('高 新 区 召 开 2 0 2 2 年 党 建 工 作 推 进 会 。')).toBe(
      '高新区召开2022年党建工作推进会。',
    );
    expect(closeLetterSpacing('□   实 习 生   陈 丽   本 报 记 者   王 强')).toBe('□ 实习生 陈丽 本报记者 王强');
    expect(closeLetterSpacing('\u3000\u3000连 日 来 ， 园 区 开 展 活 动 。')).toBe(
      '\u3000\u3000连日来，园区开展活动。',
    );
    expect(classifyLine('第 2 版   要 闻', 0)).toMatchObject({ kind: 'furniture', text: '第2版 要闻' });
    expect(classifyLine('文 / 本 报 记 者   赵 敏   图 / 本 报 记 者   孙 杰', 0).kind).toBe('byline');
    // A line of few Han characters or none: a figure, a telephone line.
    expect(closeLetterSpacing('2 0 9')).toBe('209');
    expect(closeLetterSpacing('4 3 . 5 %')).toBe('43.5%');
    expect(closeLetterSpacing('电 话 ： 0 1 0 - 6 8 6 6 7 2 3 5   邮 箱 ： n e w s @ e x a m p l e . c n')).toBe(
      '电话：010-68667235 邮箱：news@example.cn',
    );
  });

  it('leaves every other line as it is: text with a space or two, and lines too short to tell', () => {
    for (const line of [
      '本报记者 周明 通讯员 吴芳',
      '守初心 担使命 找差距 抓落实',
      '党 建',
      '9 8',
      '高新区召开 党建 工作推进会',
      '张 三 李 四 王 五 赵 六 钱七孙八周九吴十',
    ])
      expect(closeLetterSpacing(line)).toBe(line);
  });
});

describe('a title that prints its writer on its line (titleWithWriter)', () => {
  it.each([
    ['七一抒怀 □ 王芳', '七一抒怀', '□ 王芳'],
    ['七一抒怀□王芳', '七一抒怀', '□王芳'],
    ['车间里的党员先锋岗 文/张志强', '车间里的党员先锋岗', '文/张志强'],
    ['说说“三个一” □ 高新区机关党委 张明华', '说说“三个一”', '□ 高新区机关党委 张明华'],
    ['守初心 作者：李明', '守初心', '作者：李明'],
    ['高新区召开党建工作会议 ■ 本报记者 李明 王强', '高新区召开党建工作会议', '■ 本报记者 李明 王强'],
  ])('%s: the title and its writer', (line, title, writer) => {
    expect(titleWithWriter(line)).toEqual({ title, writer });
    expect(classifyLine(line, 1)).toEqual({ kind: 'heading', text: title, writer });
  });

  it.each([
    '学党史 □ 悟思想', // a headline's phrases, no name after the mark
    '初心如磐 □ 使命在肩',
    '显晖 文/图）', // the rest of a byline a column break cut
    '高新区□□社区开展活动', // characters the OCR tool could not read
  ])('%s: no writer', (line) => {
    expect(titleWithWriter(line)).toBeUndefined();
    expect(classifyLine(line, 1).writer).toBeUndefined();
  });

  it('leaves a sentence with a writer after it to the text, and keeps a title’s heading marks for its level', () => {
    expect(classifyLine('会议要求各单位抓好落实。□ 王芳', 1)).toMatchObject({ kind: 'body' });
    expect(classifyLine('会议要求各单位抓好落实。□ 王芳', 1).writer).toBeUndefined();
    expect(titleWithWriter('## 红色足迹□高新区机关党委 张明华')).toEqual({
      title: '## 红色足迹',
      writer: '□高新区机关党委 张明华',
    });
  });
});
