/** read-lines.ts: lines judged by the lines around them (a cut paragraph's piece, a caption). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  captionSentence,
  cutInWord,
  looksLikeFragment,
  pairCounts,
  printedWidth,
  readLines,
} from '../../../src/lib/ingest/read-lines.ts';
import { BLANK_PARTED, WRAPPED } from './wrapped-page.ts';

describe('looksLikeFragment', () => {
  it('reads the first piece of a cut paragraph as running text, not a heading', () => {
    expect(looksLikeFragment('为深入开展“不忘初心、牢记使命', '”主题教育，')).toBe(true);
    expect(looksLikeFragment('珠海推动非公企业把党建工作融入企业生产经营、人才培养', '等各个环节。')).toBe(true);
    expect(looksLikeFragment('近日在济南举行的第三届中国生物医药园', '区产业创新发展大会上')).toBe(true);
    expect(looksLikeFragment('高新区党委把党建工作融入企业的', '生产经营。')).toBe(true);
    expect(looksLikeFragment('贵阳高新区：有声智慧党建 打造全新学习阵地', '紧凑的党员活动室内。')).toBe(false);
    expect(looksLikeFragment('昆山高新区获评“中国生物医药园区 创新药物潜力指数十强园区”', '近日。')).toBe(false);
  });

  it('reads a piece ending in a word that needs one after it, or opening with one that ties it to the sentence before, as running text', () => {
    expect(looksLikeFragment('此次活动的第', '一站为广州辛亥革命纪念馆。')).toBe(true);
    expect(looksLikeFragment('本次活动为金融机构和企业双', '方搭建了沟通平台。')).toBe(true);
    expect(looksLikeFragment('随后党员们来到广州起义纪念馆', '参观学习。')).toBe(true);
    expect(looksLikeFragment('构建“大党建”格局', '坚持把党的政治建设摆在首位。')).toBe(false);
    expect(looksLikeFragment('学做结合 推动发展', '济宁高新区将开展主题教育。')).toBe(false);
    // A section head's number before an enumeration's comma is no enumeration (一、建强组织体系).
    expect(looksLikeFragment('一、建强组织体系', '高新区在重点产业链上建立党组织36个。')).toBe(false);
    expect(looksLikeFragment('3、优化服务机制', '高新区推行党员服务专员制度。')).toBe(false);
    expect(looksLikeFragment('一、是坚持党建引领、服务发展', '推动各项工作落实。')).toBe(true);
    // A headline may end in 作为 as a noun (彰显新作为), not a piece in 作为 as a verb (把…作为 ｜ …).
    expect(looksLikeFragment('（三）服务发展，彰显作为', '园区组建党员突击队16支。')).toBe(false);
    expect(looksLikeFragment('奋发有为', '园区组建党员突击队16支。')).toBe(false);
    expect(looksLikeFragment('坚持把党建工作作为', '一把手工程来抓。')).toBe(true);
    expect(looksLikeFragment('（四）优化服务，增进合作与', '交流。')).toBe(true);
  });

  it('reads a line as a piece when the next opens with a clause of one character, which no paragraph does', () => {
    expect(looksLikeFragment('紧凑的党员活动室', '内，没有豪华的装修，只有一台电视。')).toBe(true);
    expect(looksLikeFragment('业送来了“知百姓冷暖 为百姓谋利”的锦', '旗；')).toBe(true);
    // Nor is a label over an interview's first turn (访谈 ｜ 问：…).
    expect(looksLikeFragment('访谈', '问：园区如何推动党建与业务深度融合？')).toBe(false);
    expect(looksLikeFragment('人物专访', '答：我们坚持党建引领。')).toBe(false);
    // A lead may open with a word of two characters and a comma (近日，…), or with a quote.
    expect(looksLikeFragment('贵阳高新区：有声智慧党建 打造全新学习阵地', '近日，高新区召开会议。')).toBe(false);
    expect(looksLikeFragment('贵阳高新区：有声智慧党建 打造全新学习阵地', '“好，我们马上办。”')).toBe(false);
  });
});

describe('captionSentence', () => {
  it('reads a sentence that quotes someone, says who spoke or judges as text, never a caption', () => {
    expect(captionSentence('惠州仲恺高新区相关负责人说。')).toBe(false);
    expect(captionSentence('”惠州仲恺高新区相关负责人表示。')).toBe(false);
    expect(captionSentence('“一个支部一座堡垒，一名党员一面旗帜。')).toBe(false);
    expect(captionSentence('群众满意不满意是检验工作成效的唯一标准。')).toBe(false);
    expect(captionSentence('基层党建抓得好，党建工作才能有力又有效。')).toBe(false);
    // A scene whose words quote a name keep their caption (…“少年中国说”主题活动。).
    expect(captionSentence('高新区企业金山软件开展五四嘉年华“少年中国说”主题活动。')).toBe(true);
    expect(captionSentence('惠州仲恺高新区委书记吴献民带领党员干部重温入党誓词。')).toBe(true);
  });

  it('tells a one-sentence caption, commas and all, from a one-sentence paragraph', () => {
    expect(captionSentence('高新区持续深化“放管服”改革，提升行政效能，提高办事效率。')).toBe(true);
    expect(captionSentence('小横琴社区打造“红色长廊”，展示中共一大到中共十九大的光辉历程。')).toBe(true);
    expect(captionSentence('基层党组织全面进步全面过硬，离不开一支敢担当善作为的党员干部队伍。')).toBe(false);
    expect(
      captionSentence('在业委会中设立党组织，对化解物业管理纠纷、提升居住质量、推进居民自治等方面起到了积极作用。'),
    ).toBe(false);
    expect(captionSentence('日前，高新区安监局联合高新区教育局在金峰学校开展安全生产宣传教育活动。')).toBe(false);
    // Statistics are the text's; a scene may count one thing (百余名党员).
    expect(captionSentence('园区今年发展新党员31名，转正预备党员12名。')).toBe(false);
    expect(captionSentence('新建党群服务中心３个，改造提升党员活动室１２个。')).toBe(false);
    expect(captionSentence('高新区100余名党员在党旗下重温入党誓词。')).toBe(true);
    expect(captionSentence('海滨公园庆祝建党100周年鲜花造型摆设完毕。')).toBe(true);
  });
});

describe('cutInWord', () => {
  it('sees a word cut by a column break when its two halves stand together elsewhere on the page', () => {
    const page = pairCounts(['党组织建设。基层党组织。在业委会中设立党', '组织，对化解物业管理纠纷起到了积极作用。']);
    expect(cutInWord('在业委会中设立党', '组织，对化解物业管理纠纷', page)).toBe(true);
    expect(cutInWord('以高质量党建引领珠海高质量发展', '建设新时代中国特色社会主义', page)).toBe(false);
    // A headline of two phrases is left alone.
    expect(cutInWord('党建引领 奋力迈进国家一流党', '组织', page)).toBe(false);
  });

  it('sees a word the dictionary knows cut in two, though the page prints it nowhere else', () => {
    const none = pairCounts([]);
    expect(cutInWord('从百年党史中汲取宝', '贵精神力量', none)).toBe(true);
    expect(cutInWord('特别是党的十', '八大以来，', none)).toBe(true);
    expect(cutInWord('一个党员就是一', '面旗帜。', none)).toBe(true);
    // Whole words either side: a section head and its first paragraph.
    expect(cutInWord('不断提升基层治理效能', '近年来，高新区', none)).toBe(false);
    expect(cutInWord('打通服务群众“最后一公里”', '社区是基层', none)).toBe(false);
    expect(cutInWord('凝聚力量促进发展', '建设新时代', none)).toBe(false);
  });

  it('sees a number cut from its unit', () => {
    const none = pairCounts([]);
    expect(cutInWord('自2018', '年成立首个区域化党建联盟', none)).toBe(true);
    expect(cutInWord('规模以上工业增加值增长11', '%，', none)).toBe(true);
    expect(cutInWord('实施“五大行动”', '2019年以来', none)).toBe(false);
  });
});

describe('printedWidth', () => {
  it('counts a Chinese character or punctuation mark as one, a letter, digit or number mark as a half', () => {
    expect(printedWidth('党建引领')).toBe(4);
    expect(printedWidth('成立98周年，')).toBe(6);
    expect(printedWidth('\u3000\u3000按照2.5%')).toBe(6);
    expect(printedWidth('2018-2020年）》，  ')).toBe(8.5);
  });
});

describe('readLines on a hard-wrapped page', () => {
  const lines = readLines(WRAPPED.join('\n'));
  const kinds = (numbers: number[]) => numbers.map((n) => `${lines[n - 1]!.kind}${lines[n - 1]!.wraps ? '+' : ''}`);

  it('reads each line under a line of the text’s width, not indented, as going on from it', () => {
    expect(kinds([3, 4, 5, 6, 7, 8, 9])).toEqual(['body', 'body+', 'body+', 'body+', 'body+', 'body+', 'body+']);
    // A line ending a sentence at the line's end, the paragraph going on under it.
    expect(kinds([12, 13, 14, 15])).toEqual(['body+', 'body+', 'body+', 'body+']);
    expect(kinds([18, 19, 22])).toEqual(['body', 'body+', 'body+']);
  });

  it('keeps headlines as headings: wider than the text, with words a space apart, or after a story’s end', () => {
    expect(kinds([1, 2, 16, 17])).toEqual(['heading', 'heading', 'heading', 'heading']);
  });

  it('reads an indented line as a paragraph’s first, however short, and a line as wide as the text after a sentence’s end as no part of that paragraph unless it ends as one', () => {
    expect(kinds([24])).toEqual(['body']);
    expect(lines[22]!.wraps).toBeFalsy();
  });

  it('reads a centred line under a paragraph as a heading, not the paragraph’s next line', () => {
    const centred = [...WRAPPED.slice(0, 8), '          党建引领高质量发展', ...WRAPPED.slice(9)];
    const line = readLines(centred.join('\n'))[8]!;
    expect([line.kind, line.wraps]).toEqual(['heading', undefined]);
  });

  it('reads a page that sets a blank line after every line alike', () => {
    const spaced = readLines(WRAPPED.join('\n\n'));
    expect(spaced.filter((line) => line.wraps).map((line) => line.number)).toEqual(
      lines.filter((line) => line.wraps).map((line) => 2 * line.number - 1),
    );
  });

  it('reads a line a character narrower than the text as a paragraph’s end or a headline, unless its last character went down with a mark', () => {
    // A page that indents nothing: only the widths tell a headline from a paragraph's first line.
    const page = [
      '使用灭火器等火灾急救技能。同学们认真',
      '听讲并积极回应，更是争先恐后地参与现',
      '场体验。',
      '鸡山社区党组织开展主题教育党日活动',
      '为庆祝中国共产党成立98周年，近日，高',
      '新区鸡山社区党组织50名社区党员到广州',
      '辛亥革命纪念馆开展红色教育，他们认真',
      '听取讲解，深受教育。',
    ];
    const read = readLines(page.join('\n'));
    expect(read.map((l) => `${l.kind}${l.wraps ? '+' : ''}`)).toEqual([
      'body',
      'body+',
      'body+',
      'heading',
      'body',
      'body+',
      'body+',
      'body+',
    ]);
    // A line as narrow, where the typesetter moved its last character down with the comma after it: text.
    const pushed = [
      ...page.slice(0, 3),
      '鸡山社区党组织开展主题教育党日活动',
      '时，党员们到广州辛亥革命纪念馆开展红',
      '色教育，他们认真听取讲解，深受教育，',
      ...page.slice(5),
    ];
    expect(readLines(pushed.join('\n')).map((l) => `${l.kind}${l.wraps ? '+' : ''}`)).toEqual([
      'body',
      'body+',
      'body+',
      'body',
      'body+',
      'body+',
      'body+',
      'body+',
      'body+',
    ]);
  });

  const read = (page: string[]) => readLines(page.join('\n')).map((l) => `${l.kind}${l.wraps ? '+' : ''}`);

  it('reads a line a character wider than the text, with no mark to hang or squeeze, as a headline’s', () => {
    // 16 characters a line: the headline's two lines are 17 wide.
    const page = [
      ...WRAPPED.slice(2, 15),
      '责任编辑：宋一诺',
      '我市加强党的基层组织建设的成效显著',
      '把基层党组织建设成为坚强的战斗堡垒',
      '——惠州仲恺高新区',
      '▶ 本报记者 赖彩凤',
      ...WRAPPED.slice(2, 9),
    ];
    expect(read(page).slice(14, 18)).toEqual(['heading', 'heading', 'heading', 'byline']);
  });

  it('reads no line as going on from a line wider than the text, and a section head’s number set a space apart as a heading’s', () => {
    // 15 characters a line; a headline of two lines 16 wide over the lead, which opens with no indent.
    const page = [
      '我市加强党的基层组织建设成效显著',
      '把基层党组织建设成为坚强战斗堡垒',
      '“党的力量来自组织。党的全面领',
      '导、党的全部工作要靠党的坚强组',
      '织体系去实现。”党的十八大以来，',
      '习近平总书记对党的基层组织建设',
      '提出了新目标新要求，为我们推动',
      '基层党组织建设全面进步、全面过',
      '硬指明了努力方向。',
      '3 打通服务群众“最后一公里”',
      '在小横琴社区党群服务中心，居民',
      '在这里可以进行“面对面、零距离”',
      '的交流。',
    ];
    expect(read(page).slice(0, 3)).toEqual(['heading', 'heading', 'body']);
    expect(read(page).slice(9, 11)).toEqual(['heading', 'body']);
  });

  it('reads a line of digits that hangs a mark as wider than the text when it is wider by more than the digits’ doubt', () => {
    // 21 characters a line; the caption is 23.5 wide, 22.5 without its full stop.
    const page = [
      '\u3000\u3000北京大兴国际机场航站楼综合建筑群采用了',
      '大量玻璃，其中屋顶使用了8000多片超白玻璃，',
      '航站楼共使用12800片玻璃，这对玻璃的通透性、',
      '安全自爆率等提出极为苛刻的要求，而金晶集团',
      '生产的超白玻璃凭借极高的纯度和透度脱颖而出，',
      '成为航站楼的玻璃，满足了当下极为苛刻的要求。',
      '（图）海滨公园庆祝建党100周年鲜花造型摆设完毕。',
      '\u3000\u3000淄博高新区企业金晶集团生产的金晶超白玻',
      '璃，凭借极高的纯度和透度、极低的自爆率以及',
      '优良的性能，在国内外多个机场得到应用。',
    ];
    expect(read(page)[6]).not.toBe('body+');
    expect(read(page)[5]).toBe('body+');
  });

  it('reads a line that hangs its closing marks past the text’s edge as text, however many', () => {
    // 20 characters a line; …更主动。” is 22 wide, and the paragraph goes on under it.
    const page = [
      '\u3000\u3000来自贵阳高新区基层党建大数据平台的统',
      '计显示，目前园区上下已实现党组织、党员数',
      '据化精准化管理，132个党支部、1461名党员',
      '已全部参加主题教育，实现党员全覆盖。',
      '',
      '\u3000\u3000“一个支部一座堡垒，一名党员一面旗帜。',
      '党员学习教育是一项融入日常，抓在经常的活',
      '动，着力创新，党员们的学习更积极、更主动。”',
      '贵阳高新区党政办工作人员表示，新时代赋予',
      '非公企业和社会组织新的机遇和使命，为实现',
      '主题教育零遗漏，贵阳高新区上下因地制宜，',
      '积极发动非公企业和社会组织开展灵活多样的',
      '学习活动。',
    ];
    expect(read(page).slice(5, 10)).toEqual(['body', 'body+', 'body+', 'body+', 'body+']);
  });

  it('reads a line as going on from the line above when a mark binds them, whatever else it looks like', () => {
    const page = [
      '\u3000\u30002020年，惠州仲恺高新区交出了一张漂亮',
      '的成绩单：全年完成地区生产总值631.6亿元、',
      '规上工业总产值2325.9亿元、规上工业增加值',
      '405.3亿元、固定资产投资383.4亿元、区财政',
      '总收入273.49亿元。迈入“十四五”，抓好20',
      '21年工作、实现“十四五”良好开局尤为关键。',
      // The line after a sentence's end, a number cut from its per cent sign.
      '惠州仲恺高新区提出今年地区生产总值增长11',
      '%、规模以上工业增加值增长11%的“双十一”',
      '目标。',
      // A line ending in an opening quote, and a quoted slogan with a space in it.
      '\u3000\u3000目前，各单位持续每日开展“晨读一刻”',
      '学党史活动，全区各中小学校深入开展“国旗',
      '下讲党史”。此外，惠州仲恺高新区还组织“',
      '学党史 跟党走”中国共产党党史及成就系列',
      '展览，推出百场红色电影进基层、连环画学党',
      '史、红色宣讲故事会、“周末党校”、归侨党',
      '员讲故事、老党员讲故事、我与家人学党史党',
      '员1+N等喜闻乐见的学习活动。',
    ];
    expect(read(page).slice(6, 9)).toEqual(['body+', 'body+', 'body+']);
    expect(read(page).slice(11, 14)).toEqual(['body+', 'body+', 'body+']);
  });

  it('reads lines with a sentence’s end inside one as running text, though they end cut off', () => {
    // 18 characters a line; the paragraph's last line ends cut off (…深入开展了), as a page may print it.
    const page = [
      '\u3000\u3000不断完善联系服务群众制度机制。制',
      '定关于加强我市党员领导干部联系服务群',
      '众工作方案，建立镇（街道）领导干部驻',
      '点普遍直接联系服务群众等制度，市区镇',
      '村四级党员干部联系服务群众工作体系逐',
      '步形成。开展基层党组织结对帮扶、联系',
      '共建活动，广泛组织开展党员志愿服务活',
      '动，推动联系服务群众全覆盖。',
      '\u3000\u3000坚持把提升人民群众获得感、幸福感、',
      '安全感作为基层治理的出发点和落脚点。',
      '市财政每年按每个社区10万元的标准安排',
      '服务群众专项经费。深入开展了',
      '',
      '4 服务经济社会高质量发展',
    ];
    expect(read(page).slice(8, 12)).toEqual(['body', 'body+', 'body+', 'body+']);
  });

  it('reads a caption’s mark under a full line that ends a sentence as a caption’s start, not the paragraph going on', () => {
    // 23 characters a line; a caption of one line, 图为…, right under the paragraph's last line.
    const page = [
      '\u3000\u3000在中国共产党成立98周年之际，珠海高新区扶贫',
      '办及高新区派驻化州市扶贫工作组党员到对口帮扶贫',
      '困村之一的高坡村走访慰问困难党员和老党员，给他',
      '们送去组织的关怀和温暖，向他们致以节日的祝福。',
      '图为海滨公园庆祝建党100周年鲜花造型摆设完毕。',
      '图片由高新区提供',
      '\u3000\u3000此次，慰问组共走访慰问了高新区对口帮扶化州',
      '市的11个省定贫困村困难党员和老党员，了解他们的',
      '生活、身体健康等情况，鼓励他们要坚定信心，乐观',
      '面对生活，一如既往地发挥模范带头作用。',
    ];
    expect(read(page).slice(0, 6)).toEqual(['body', 'body+', 'body+', 'body+', 'caption', 'photo-credit']);
  });

  it('reads a run of lines as one paragraph on a page that sets a blank line between paragraphs', () => {
    const said = BLANK_PARTED.indexOf('惠州仲恺高新区相关负责人说。');
    expect(read(BLANK_PARTED)[said]).toBe('body+');
    expect(read(BLANK_PARTED).filter((kind) => kind === 'caption' || kind === 'heading')).toEqual(['heading']);
    // Without those blank lines (or with them between stories only), a paragraph may end at a
    // sentence that ends a line: a page that indents nothing shows no more.
    const joined = BLANK_PARTED.filter(Boolean);
    expect(read(joined)[joined.indexOf('惠州仲恺高新区相关负责人说。')]).not.toBe('body+');
    const stories = [...joined.slice(0, 20), '', ...joined.slice(20)];
    expect(read(stories)[stories.indexOf('惠州仲恺高新区相关负责人说。')]).not.toBe('body+');
  });

  it('finds no text width where a few short lines share one among whole paragraphs', () => {
    const page = [
      '今年4月底，我市正式启动实施新一轮党的基层组织建设三年行动计划，将不断扩大基层党组织覆盖。',
      '基层党组织锻造得更加坚强有力。',
      '',
      '我市加强党的基层组织建设成效显著',
      '把基层党组织建设成为坚强战斗堡垒',
      '“党的力量来自组织。党的全面领导、',
      '',
      '',
      '党的全部工作要靠党的坚强组织体系去实现。”党的十八大以来，习近平总书记对党的基层组织建设作出一系列重要指示。',
    ];
    expect(readLines(page.join('\n\n')).filter((line) => line.wraps)).toEqual([]);
    expect(readLines(page.join('\n')).filter((line) => line.wraps)).toEqual([]);
  });

  it('finds no wrapped line on the seed pages, whose lines are paragraphs of any length', () => {
    for (const seed of readdirSync('content/sources').filter((f) => f.endsWith('.txt')))
      expect(readLines(readFileSync(path.join('content/sources', seed), 'utf8')).filter((l) => l.wraps)).toEqual([]);
  });
});

describe('a sentence’s end sent on alone', () => {
  const kindOf = (page: string[], number: number) => {
    const line = readLines(page.join('\n'))[number - 1]!;
    return [line.kind, line.text];
  };
  const open = '今年上半年，高新区规上工业增加值同比增长1';

  it('reads a number’s end or closing marks under an open sentence as its text, in a gap or not', () => {
    expect(kindOf([open, '', '46%。', '', '会议强调，要坚持党建引领。'], 3)).toEqual(['body', '46%。']);
    expect(kindOf([open, '46%。'], 2)).toEqual(['body', '46%。']);
    expect(kindOf(['今年上半年，高新区规上工业增加值同比增长', '', '146%。'], 3)).toEqual(['body', '146%。']);
    expect(kindOf(['近日，高新区企业代表参加了', '', 'APEC。'], 3)).toEqual(['body', 'APEC。']);
    expect(kindOf(['党员们纷纷表示，要把党史学习的成果转化为“办实事', '', '”。'], 3)).toEqual(['body', '”。']);
    expect(kindOf(['会议强调，要坚持党建引领', '', '。'], 3)).toEqual(['body', '。']);
  });

  it('leaves debris as debris: after a sentence’s end, under no text, or ending no sentence', () => {
    expect(kindOf(['会议强调，要坚持党建引领。', '', '46%。'], 3)[0]).toBe('furniture');
    expect(kindOf(['高新区召开党建工作会议', '', '。'], 3)[0]).toBe('furniture');
    expect(kindOf([open, '', '5'], 3)[0]).toBe('furniture');
    expect(kindOf(['会议强调，要坚持党建引领', '', '2021.06'], 3)[0]).toBe('furniture');
  });

  it('leaves the next line’s gap the blank lines after the end alone', () => {
    const lines = readLines([open, '', '', '46%。', '', '会议强调，要坚持党建引领。'].join('\n'));
    expect(lines[5]!.blanksBefore).toBe(1);
  });
});

describe('a figure or a word in letters set alone inside a sentence', () => {
  const kindOf = (page: string[], number: number) => {
    const line = readLines(page.join('\n'))[number - 1]!;
    return [line.kind, line.text];
  };

  it('reads it as the sentence’s text when the line under goes on with it, in a gap or not', () => {
    expect(kindOf(['今年以来，高新区党工委坚持党建引领，截至', '2023', '年4月底，新增企业两家。'], 2)).toEqual([
      'body',
      '2023',
    ]);
    expect(kindOf(['全区规上工业产值同比增长', '12.5%', '，新增高新技术企业两家。'], 2)).toEqual(['body', '12.5%']);
    expect(kindOf(['数字经济核心产业增加值占', '', 'GDP', '', '比重达到三成。'], 3)).toEqual(['body', 'GDP']);
    expect(kindOf(['随后，老师结合', '', 'PPT', '', '课件进行演练。'], 3)).toEqual(['body', 'PPT']);
    // A number as a page number prints it, before what it counts: 86 ｜ 家.
    expect(kindOf(['新增高新技术企业', '', '86', '', '家。'], 3)).toEqual(['body', '86']);
    expect(kindOf(['推动制度规范上墙', '', '479', '', '块，不断促进社区党建工作标准化。'], 3)).toEqual(['body', '479']);
    // OCR's debris beside it (a letter alone, a picture's mark) parts nothing.
    expect(kindOf(['慰问了对口帮扶的', '', 'A', '', '11', '', '个贫困村困难党员。'], 5)).toEqual(['body', '11']);
    expect(kindOf(['慰问了对口帮扶的', '11', '![](images/p1.jpg)', '个贫困村困难党员。'], 2)).toEqual(['body', '11']);
  });

  it('leaves a page number, a letter alone and debris as furniture', () => {
    // A page number between a column's open end and the next column's text.
    expect(kindOf(['会议强调，要坚持党建引领', '', '3', '', '推动各项工作落到实处。'], 3)[0]).toBe('furniture');
    // A letter alone is the OCR tool's debris.
    expect(kindOf(['会议强调，要坚持党建引领', 'H', '推动各项工作落到实处。'], 2)[0]).toBe('furniture');
    // After a sentence's end, under no text, or over no text.
    expect(kindOf(['会议强调，要坚持党建引领。', '2023', '年是关键之年。'], 2)[0]).toBe('furniture');
    expect(kindOf(['2023', '年是关键之年。'], 1)[0]).toBe('furniture');
    expect(kindOf(['会议强调，要坚持党建引领', '', '2021.06'], 3)[0]).toBe('furniture');
    expect(kindOf(['会议强调，要坚持党建引领', '2023', '本报记者 张三'], 2)[0]).toBe('furniture');
    // Marks with no figure or letter in them.
    expect(kindOf(['会议强调，要坚持党建引领', '---', '推动各项工作落到实处。'], 2)[0]).toBe('furniture');
  });
});
