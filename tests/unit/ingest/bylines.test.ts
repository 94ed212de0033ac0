/** bylines.ts: roles and names as bylines and credits print them. */
import { describe, expect, it } from 'vitest';
import { classifyLine, cleanLine } from '../../../src/lib/ingest/lines.ts';
import {
  DATELINE,
  endsWithSourceNote,
  bylineOnItsOwn,
  leadCredits,
  affiliatedName,
  parseByline,
  readsAsSentence,
  spacedCredits,
  trailingByline,
  unreadInByline,
} from '../../../src/lib/ingest/bylines.ts';

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
    for (const [printed, label] of [
      ['（本版图片由高新区宣传部提供）', '本版图片由…提供'],
      ['本版照片均由高新区宣传部提供', '本版照片均由…提供'],
    ] as const) {
      expect(classifyLine(printed, 1).kind, printed).toBe('byline');
      expect(parseByline(printed), printed).toEqual([{ role: 'photographer', label, name: '高新区宣传部' }]);
      expect(unreadInByline(printed, parseByline(printed)), printed).toBe('');
    }
  });
});

describe('affiliatedName', () => {
  it('reads where a writer works or the post they hold, then the name', () => {
    expect(affiliatedName('高新区机关党委 张明华')).toEqual({
      role: 'writer',
      title: '高新区机关党委',
      name: '张明华',
    });
    expect(affiliatedName('高新区党工委书记 李明')).toEqual({
      role: 'writer',
      title: '高新区党工委书记',
      name: '李明',
    });
    expect(parseByline('珠海高新区科技创新局 王芳')).toEqual([
      { role: 'writer', title: '珠海高新区科技创新局', name: '王芳' },
    ]);
  });

  it('reads posts a 、 apart, after a byline’s mark or a writer’s label, every word of the line in the credit', () => {
    for (const [printed, credit] of [
      ['高新区党工委书记、管委会主任 李明', { role: 'writer', title: '高新区党工委书记、管委会主任', name: '李明' }],
      ['□ 高新区党工委书记 张明', { role: 'writer', title: '高新区党工委书记', name: '张明' }],
      ['文/高新区党工委书记 张明', { role: 'writer', label: '文', title: '高新区党工委书记', name: '张明' }],
      // The post in brackets after the name.
      ['张明（高新区党工委书记）', { role: 'writer', title: '高新区党工委书记', name: '张明' }],
      ['□ 张明（作者系高新区党工委书记）', { role: 'writer', title: '高新区党工委书记', name: '张明' }],
      ['文/李华(高新区管委会副主任)', { role: 'writer', label: '文', title: '高新区管委会副主任', name: '李华' }],
    ] as const) {
      expect(affiliatedName(printed), printed).toEqual(credit);
      expect(parseByline(printed), printed).toEqual([credit]);
      expect(unreadInByline(printed, parseByline(printed)), printed).toBe('');
    }
  });

  it('reads no headline’s phrases, no reporter’s title and no name without a common surname', () => {
    for (const line of [
      '践行初心 勇担使命',
      '高标准 严要求',
      '本报记者 张明',
      '高新区机关党委 张明华同志',
      '科技创新局 创新',
      // A place or a unit with its other name in brackets; a person's place in a photo.
      '金湾区（航空新城）',
      '高新区（开发区）',
      '李娜（右）',
      '张明（高新区党工委书记）同志',
    ])
      expect(affiliatedName(line), line).toBeUndefined();
  });
});

describe('parseByline, as other papers print bylines', () => {
  it('reads a byline after a mark, more titles, and text and photo by one or by two', () => {
    expect(parseByline('■ 本报记者 张三')).toEqual([{ role: 'writer', title: '本报记者', name: '张三' }]);
    expect(parseByline('◎本报特约记者李娜')).toEqual([{ role: 'writer', title: '本报特约记者', name: '李娜' }]);
    expect(parseByline('本报通讯员 王晓东 实习记者 陈静')).toEqual([
      { role: 'writer', title: '本报通讯员', name: '王晓东' },
      { role: 'writer', title: '实习记者', name: '陈静' },
    ]);
    expect(parseByline('文/图 张三')).toEqual([
      { role: 'writer', label: '文/图', name: '张三' },
      { role: 'photographer', label: '文/图', name: '张三' },
    ]);
    expect(parseByline('文/张三 图/李四')).toEqual([
      { role: 'writer', label: '文', name: '张三' },
      { role: 'photographer', label: '图', name: '李四' },
    ]);
    expect(parseByline('图/李四')).toEqual([{ role: 'photographer', label: '图', name: '李四' }]);
  });

  it('keeps a name whose parts a dot parts after another name, as it keeps one alone', () => {
    expect(parseByline('见习记者 刘洋 特约通讯员 阿布都·热合曼')).toEqual([
      { role: 'writer', title: '见习记者', name: '刘洋' },
      { role: 'writer', title: '特约通讯员', name: '阿布都·热合曼' },
    ]);
    expect(parseByline('记者 刘洋、阿依古丽·买买提').map((c) => c.name)).toEqual(['刘洋', '阿依古丽·买买提']);
  });

  it('tells what a byline printed that its credits do not hold, and nothing for a byline read whole', () => {
    const byline = '见习记者 刘洋 特约通讯员 阿布都·热合曼';
    expect(unreadInByline(byline, [{ role: 'writer', title: '见习记者', name: '刘洋' }])).toBe('阿布都 热合曼');
    for (const printed of [
      byline,
      '■ 本报记者 张三',
      '文/张三 图/李四',
      '文/图 张三',
      '本报记者 张三 李四 摄影报道',
      '撰写:本报记者 宋一诺 摄影:本报记者 吴长赋',
      '责任编辑 王芳 美编 李强',
      '本报评论员',
      '本报记者 王新明 摄',
    ])
      expect(unreadInByline(printed, parseByline(printed)), printed).toBe('');
    expect(unreadInByline('本报记者 张三 Tom Lee', parseByline('本报记者 张三 Tom Lee'))).toBe('Tom Lee');
  });
});

describe('trailingByline', () => {
  it('joins a name a stray space cut in two', () => {
    expect(trailingByline('不断夯实基层党建工作保障基础。·宋显 晖 靳碧海 张阳·').credits.map((c) => c.name)).toEqual([
      '宋显晖',
      '靳碧海',
      '张阳',
    ]);
  });
});

describe('parseByline', () => {
  it('reads 责任编辑 as one label', () => {
    expect(parseByline('责任编辑：叶伟  美编：王新明').map((c) => `${c.role} ${c.label} ${c.name}`)).toEqual([
      'editor 责任编辑 叶伟',
      'layout 美编 王新明',
    ]);
  });
});

describe('a name a stray space cut, after a name of two characters', () => {
  it('gives a lone common surname to the two characters after it, and any other lone character to the name before', () => {
    const names = (text: string) => parseByline(text).map((c) => c.name);
    expect(names('▶ 刘琴 赖 彩凤')).toEqual(['刘琴', '赖彩凤']);
    expect(names('▶ 张阳 宋 一诺 吴长赋')).toEqual(['张阳', '宋一诺', '吴长赋']);
    expect(names('▶ 宋显 晖 叶伟')).toEqual(['宋显晖', '叶伟']);
    // The characters after it open with a surname themselves: a name of their own.
    expect(names('▶ 宋显 王 叶伟')).toEqual(['宋显王', '叶伟']);
  });
});

describe('parseByline, with the titles of a trainee and a commentator', () => {
  it('reads 实习生 as a title, and keeps 本报评论员 printed alone', () => {
    expect(parseByline('本报记者 张三 实习生 李四')).toEqual([
      { role: 'writer', title: '本报记者', name: '张三' },
      { role: 'writer', title: '实习生', name: '李四' },
    ]);
    // A title with no name is kept as printed, the credit's name (people.ts lists it as no person).
    expect(parseByline('本报评论员')).toEqual([{ role: 'writer', name: '本报评论员' }]);
  });
});

describe('parseByline, more forms other papers print', () => {
  const read = (text: string) => parseByline(text).map((c) => `${c.role} ${c.label ?? ''} ${c.title ?? ''} ${c.name}`);
  it.each([
    ['图文：张三', ['writer 图文  张三', 'photographer 图文  张三']],
    ['文│张三 图│李四', ['writer 文  张三', 'photographer 图  李四']],
    ['文/本报记者 张三', ['writer 文 本报记者 张三']],
    ['本报记者 张三、李四', ['writer  本报记者 张三', 'writer  本报记者 李四']],
    ['通讯员 张三 记者 李四 报道', ['writer 报道 通讯员 张三', 'writer 报道 记者 李四']],
    ['本报首席记者 张三', ['writer  本报首席记者 张三']],
    ['特约撰稿人 张三', ['writer  特约撰稿人 张三']],
    // What the names did, printed after them.
    ['本报记者 张三 文/图', ['writer 文/图 本报记者 张三', 'photographer 文/图 本报记者 张三']],
    ['本报记者 张三 摄影报道', ['writer 摄影报道 本报记者 张三', 'photographer 摄影报道 本报记者 张三']],
    ['记者 张三 李四摄', ['photographer 摄 记者 张三', 'photographer 摄 记者 李四']],
    // Labels with spaces for colons.
    ['撰文 张三 摄影 李四', ['writer 撰文  张三', 'photographer 摄影  李四']],
    // The forms printed after a story's last sentence, on a line of their own under it.
    ['（靳碧海 文/图）', ['writer 文/图  靳碧海', 'photographer 文/图  靳碧海']],
    ['（文/张三）', ['writer 文  张三']],
    ['·任溢斌 黄艳鸣 张悦·', ['writer   任溢斌', 'writer   黄艳鸣', 'writer   张悦']],
  ])('%s', (text, credits) => {
    expect(read(text)).toEqual(credits);
  });
});

describe('parseByline, a line of production credits with spaces for colons', () => {
  it('reads each label with the names after it', () => {
    expect(parseByline('责任编辑 王芳 美编 李强 校对 张敏 刘洋').map((c) => `${c.role} ${c.label} ${c.name}`)).toEqual([
      'editor 责任编辑 王芳',
      'layout 美编 李强',
      'editor 校对 张敏',
      'editor 校对 刘洋',
    ]);
  });

  it('is no such line when a word is neither a label nor a name, or a label has no name', () => {
    expect(spacedCredits('责任编辑 王芳 美编 李强')).toBe(true);
    expect(spacedCredits('编辑 美编 李强')).toBe(false);
    expect(spacedCredits('责任编辑 王芳 美编')).toBe(false);
    expect(spacedCredits('编辑部 走进 高新区企业')).toBe(false);
    expect(spacedCredits('本报记者 王芳')).toBe(false);
  });
});

/** A line as ingest reads it on its own: its kind, and its credits as "role label title name". */
const read = (line: string) => {
  const { kind, text } = classifyLine(line, 1);
  return { kind, credits: parseByline(text).map((c) => `${c.role} ${c.label ?? ''} ${c.title ?? ''} ${c.name}`) };
};

describe('bylines other papers print', () => {
  it('reads a newsroom’s reporters (融媒体记者, 全媒体记者, 高新区融媒体中心记者)', () => {
    expect(read('融媒体记者 张三')).toEqual({ kind: 'byline', credits: ['writer  融媒体记者 张三'] });
    expect(read('全媒体记者 张三 王五').credits).toEqual(['writer  全媒体记者 张三', 'writer  全媒体记者 王五']);
    expect(read('本报融媒记者 张三').credits).toEqual(['writer  本报融媒记者 张三']);
    expect(read('高新区融媒体中心记者张三').credits).toEqual(['writer  高新区融媒体中心记者 张三']);
    expect(read('融媒体记者 张三 摄')).toEqual({ kind: 'byline', credits: ['photographer 摄 融媒体记者 张三'] });
    // A headline that speaks of one is no byline.
    expect(read('走近全媒体记者张三').kind).not.toBe('byline');
    // In brackets on a line of its own, and after a dateline, spaced or run together.
    expect(read('（全媒体记者 张三 通讯员 李四）')).toEqual({
      kind: 'byline',
      credits: ['writer  全媒体记者 张三', 'writer  通讯员 李四'],
    });
    for (const lead of [
      '本报讯（全媒体记者 张三 通讯员 李四）6月27日，…',
      '本报讯（全媒体记者张三通讯员李四）6月27日，…',
    ])
      expect(leadCredits(lead).map((c) => `${c.title} ${c.name}`)).toEqual(['全媒体记者 张三', '通讯员 李四']);
    expect(leadCredits('本报讯（本报特约记者张三）近日，…').map((c) => `${c.title} ${c.name}`)).toEqual([
      '本报特约记者 张三',
    ]);
  });

  it('reads resident, special and intern reporters, other outlets’, and names that 报道 or file from a place', () => {
    expect(read('本报驻京记者 张三')).toEqual({ kind: 'byline', credits: ['writer  本报驻京记者 张三'] });
    expect(read('本报特派记者 张三').credits).toEqual(['writer  本报特派记者 张三']);
    expect(read('本报实习生 李四').credits).toEqual(['writer  本报实习生 李四']);
    expect(read('新华社记者 张三 李四')).toEqual({
      kind: 'byline',
      credits: ['writer  新华社记者 张三', 'writer  新华社记者 李四'],
    });
    expect(read('人民日报驻广东记者 张三').credits).toEqual(['writer  人民日报驻广东记者 张三']);
    expect(read('经济日报记者 张三 通讯员 李四').credits).toEqual(['writer  经济日报记者 张三', 'writer  通讯员 李四']);
    expect(read('张三 李四 报道')).toEqual({ kind: 'byline', credits: ['writer 报道  张三', 'writer 报道  李四'] });
    expect(read('记者 张三 发自珠海').credits).toEqual(['writer  记者 张三']);
    // Another outlet's photo, on a line of its own: a photo's credit.
    expect(read('新华社记者 李四 摄').kind).toBe('photo-credit');
    // A headline that speaks of 报道 or of a paper's reporters is none.
    expect(read('两会特别报道').kind).not.toBe('byline');
    expect(read('记者节里访经济日报记者').kind).not.toBe('byline');
  });

  it('reads 文 and 图 before names whose slash the OCR tool lost (文 张三 图 李四), names of common surnames only', () => {
    expect(read('文 张三')).toEqual({ kind: 'byline', credits: ['writer 文  张三'] });
    expect(read('文 张三 图 李四').credits).toEqual(['writer 文  张三', 'photographer 图  李四']);
    expect(read('文 欧阳晓明').credits).toEqual(['writer 文  欧阳晓明']);
    // Words that open with 文 or 图, a stray space after it: a headline's.
    expect(read('文 明实践').kind).not.toBe('byline');
    expect(read('图 书馆里过党日').kind).not.toBe('byline');
    expect(read('图 李四').kind).not.toBe('byline');
  });

  it('reads a bar or slash after a label (记者｜张三, 撰文/张三 摄影/李四)', () => {
    expect(read('记者｜张三')).toEqual({ kind: 'byline', credits: ['writer 记者  张三'] });
    expect(read('撰文/张三 摄影/李四')).toEqual({
      kind: 'byline',
      credits: ['writer 撰文  张三', 'photographer 摄影  李四'],
    });
    expect(read('编辑│叶伟 组版│王新明').credits).toEqual(['editor 编辑  叶伟', 'layout 组版  王新明']);
  });

  it('reads a title after 文/图, a label between names, and what each name did after a slash', () => {
    expect(read('文/图 本报记者 张三')).toEqual({
      kind: 'byline',
      credits: ['writer 文/图 本报记者 张三', 'photographer 文/图 本报记者 张三'],
    });
    expect(read('记者 张三 摄影 李四')).toEqual({
      kind: 'byline',
      credits: ['writer  记者 张三', 'photographer 摄影  李四'],
    });
    expect(read('本报记者 张三/文 王五/图')).toEqual({
      kind: 'byline',
      credits: ['writer 文 本报记者 张三', 'photographer 图 本报记者 王五'],
    });
    expect(read('张三/文 李四/摄').credits).toEqual(['writer 文  张三', 'photographer 摄  李四']);
    // A photo's credit alone stays one.
    expect(read('乔冠宇/摄').kind).toBe('photo-credit');
  });
});

describe('more bylines other papers print', () => {
  it('reads names a slash parts after a title, and several photographers after 图/', () => {
    expect(read('本报记者 张三/李四')).toEqual({
      kind: 'byline',
      credits: ['writer  本报记者 张三', 'writer  本报记者 李四'],
    });
    expect(read('文/张三 图/李四 王五').credits).toEqual([
      'writer 文  张三',
      'photographer 图  李四',
      'photographer 图  王五',
    ]);
    expect(read('文/本报记者 张三 图/李四').credits).toEqual(['writer 文 本报记者 张三', 'photographer 图  李四']);
  });

  it('reads the labels of planning, design and video (策划, 统筹, 执行, 设计, 视频, 航拍) with their roles', () => {
    expect(read('策划：张三 执行：李四')).toEqual({
      kind: 'byline',
      credits: ['editor 策划  张三', 'editor 执行  李四'],
    });
    expect(read('统筹：张三 设计：王五').credits).toEqual(['editor 统筹  张三', 'layout 设计  王五']);
    expect(read('视频：赵六 航拍：钱七').credits).toEqual(['photographer 视频  赵六', 'photographer 航拍  钱七']);
    // 制图 is the page's design, not a photo.
    expect(read('制图：王五').credits).toEqual(['layout 制图  王五']);
  });

  it('joins a two-character surname a stray space parted from the given name, and reports nothing unread', () => {
    const credits = parseByline('本报记者 欧阳 晓明');
    expect(credits.map((c) => c.name)).toEqual(['欧阳晓明']);
    expect(unreadInByline('本报记者 欧阳 晓明', credits)).toBe('');
    expect(parseByline('本报记者 司马 光 诸葛亮').map((c) => c.name)).toEqual(['司马光', '诸葛亮']);
    expect(parseByline('本报记者 欧阳 晓明/文 王五/图').map((c) => `${c.role} ${c.name}`)).toEqual([
      'writer 欧阳晓明',
      'photographer 王五',
    ]);
    // Two names of two characters each are still two people.
    expect(parseByline('本报记者 张三 李四').map((c) => c.name)).toEqual(['张三', '李四']);
  });
});

describe('trailingByline, （文/张三） after the last sentence', () => {
  it('takes the writer off the paragraph', () => {
    expect(trailingByline('活动受到群众广泛好评。（文/张三）')).toEqual({
      text: '活动受到群众广泛好评。',
      credits: [{ role: 'writer', label: '文', name: '张三' }],
    });
  });
});

describe('leadCredits', () => {
  it('reads the names after any dateline: the paper’s with a place or date, or an agency’s', () => {
    const credits = (lead: string) => leadCredits(lead).map((c) => `${c.label} ${c.title ?? ''} ${c.name}`);
    expect(credits('本报讯（记者 刘洋 通讯员 宋玲毅）近日，高新区召开会议。')).toEqual([
      '本报讯 记者 刘洋',
      '本报讯 通讯员 宋玲毅',
    ]);
    expect(credits('本报珠海讯（记者 张三）近日，高新区召开会议。')).toEqual(['本报珠海讯 记者 张三']);
    expect(credits('本报北京6月30日电（记者 张三）近日，高新区召开会议。')).toEqual(['本报北京6月30日电 记者 张三']);
    // Names parted by 、, and a space the OCR left inside the date.
    expect(credits('新华社济南8 月22日电（记者 宋一诺、张嘉村）基础不牢，地动山摇。')).toEqual([
      '新华社济南8 月22日电 记者 宋一诺',
      '新华社济南8 月22日电 记者 张嘉村',
    ]);
    expect(credits('本报讯 记者宋显晖报道：日前，高新区安监局开展活动。')).toEqual(['本报讯 记者  宋显晖']);
  });

  it('reads names in brackets of any shape, titled names in brackets after them, and names before 报道', () => {
    const credits = (lead: string) => leadCredits(lead).map((c) => `${c.label} ${c.title ?? ''} ${c.name}`);
    expect(credits('本报讯【记者 张三】近日，高新区召开会议。')).toEqual(['本报讯 记者 张三']);
    expect(credits('本报讯 〔记者 张三〕近日，高新区召开会议。')).toEqual(['本报讯 记者 张三']);
    expect(credits('本报讯（记者 张三）（通讯员 李四）近日，高新区召开会议。')).toEqual([
      '本报讯 记者 张三',
      '本报讯 通讯员 李四',
    ]);
    // A bracket after the names that names no one is no credit.
    expect(credits('本报讯（记者 张三）（图）近日，高新区召开会议。')).toEqual(['本报讯 记者 张三']);
    expect(credits('本报讯 记者张三通讯员李四报道：近日，高新区召开会议。')).toEqual([
      '本报讯 记者 张三',
      '本报讯 通讯员 李四',
    ]);
    expect(credits('本报讯 通讯员李四 记者张三 报道：近日，高新区召开会议。')).toEqual([
      '本报讯 通讯员 李四',
      '本报讯 记者 张三',
    ]);
    // 报道 in the text is no byline's.
    expect(credits('本报讯 近日，高新区召开会议，本报记者张三进行了报道。')).toEqual([]);
  });

  it('reads another paper’s, site’s or newsroom’s dateline, and no word that ends in 讯', () => {
    const credits = (lead: string) => leadCredits(lead).map((c) => `${c.label} ${c.title ?? ''} ${c.name}`);
    expect(credits('科技日报讯（记者 张三 通讯员 李四）6月27日，高新区举办专题党课。')).toEqual([
      '科技日报讯 记者 张三',
      '科技日报讯 通讯员 李四',
    ]);
    expect(credits('高新区融媒体中心讯 （通讯员 王五）近日，高新区召开会议。')).toEqual([
      '高新区融媒体中心讯 通讯员 王五',
    ]);
    expect(credits('人民网北京 6月27日电（记者 张三）近日，高新区召开会议。')).toEqual([
      '人民网北京 6月27日电 记者 张三',
    ]);
    for (const sentence of [
      '传来喜讯（图）近日，高新区获评先进。',
      '群众闻讯（记者 张三）赶来。',
      '党建简讯 6月27日，高新区召开会议。',
    ])
      expect(DATELINE.test(sentence), sentence).toBe(false);
    expect(DATELINE.test('珠海高新区讯 6月27日，高新区举办专题党课。')).toBe(true);
  });

  it('reads 本报讯 after a mark or in brackets, 本报消息, and titled names after it with no brackets', () => {
    for (const lead of [
      '【本报讯】3月10日，高新区召开会议。',
      '■本报讯 3月10日，高新区召开会议。',
      '（本报讯）3月10日，高新区召开会议。',
      '本报消息 3月10日，高新区召开会议。',
    ])
      expect(DATELINE.test(lead), lead).toBe(true);
    const credits = (lead: string) => leadCredits(lead).map((c) => `${c.label} ${c.title ?? ''} ${c.name}`);
    expect(credits('本报讯 记者张三通讯员李四 3月10日，高新区召开会议。')).toEqual([
      '本报讯 记者 张三',
      '本报讯 通讯员 李四',
    ]);
    expect(credits('本报讯 记者张三 3月10日，高新区召开会议。')).toEqual(['本报讯 记者 张三']);
    expect(credits('本报消息（记者 张三）3月10日，高新区召开会议。')).toEqual(['本报消息 记者 张三']);
    // A phrase of the text after the dateline is no name.
    expect(credits('本报讯 高新区党工委 3月10日召开会议。')).toEqual([]);
    // Nor is a sentence that mentions the paper's news, or a brief's title before its text.
    expect(DATELINE.test('本报消息传来，群众纷纷点赞。')).toBe(false);
  });

  it('reads photos said after the names (摄影报道, 文/图) as each name’s photos too, not as a name', () => {
    const credits = (lead: string) => leadCredits(lead).map((c) => `${c.role} ${c.label} ${c.title ?? ''} ${c.name}`);
    expect(credits('本报讯（通讯员 李四 记者 张三 摄影报道）7月1日上午，高新区举行入党宣誓仪式。')).toEqual([
      'writer 本报讯 通讯员 李四',
      'writer 本报讯 记者 张三',
      'photographer 摄影报道 通讯员 李四',
      'photographer 摄影报道 记者 张三',
    ]);
    expect(credits('本报讯（记者 张三 文/图）近日，高新区召开会议。')).toEqual([
      'writer 本报讯 记者 张三',
      'photographer 文/图 记者 张三',
    ]);
  });

  it('reads none in a sentence that opens with 本报 and a reporter', () => {
    expect(leadCredits('本报记者近日电话采访了（记者 张三）所在单位。')).toEqual([]);
    expect(leadCredits('（记者 张三）近日，高新区召开会议。')).toEqual([]);
  });
});

describe('bylineOnItsOwn', () => {
  it('reads only the forms printed after a last sentence, with names of two to four characters', () => {
    expect(bylineOnItsOwn('（吴长赋 乔冠宇 文/图）').map((c) => `${c.role} ${c.name}`)).toEqual([
      'writer 吴长赋',
      'writer 乔冠宇',
      'photographer 吴长赋',
      'photographer 乔冠宇',
    ]);
    // A column's label between dots, a phrase in brackets, a caption's mark: no names.
    for (const line of ['·党建之窗·', '（党史学习教育 文/图）', '（图）', '（上接 第一版）', '本报记者 张三'])
      expect(bylineOnItsOwn(line), line).toEqual([]);
  });
});

describe('readsAsSentence', () => {
  it('is a line that opens as a byline does and goes on as a sentence', () => {
    expect(readsAsSentence('记者获悉，今年高新区将新建党群服务中心5个。')).toBe(true);
    expect(readsAsSentence('记者了解到，这些中心将全部向群众开放，提供政务、')).toBe(true);
    expect(readsAsSentence('记者看到，党员们正在整理学习资料')).toBe(true);
    expect(readsAsSentence('记者：今年以来，高新区在基层党建方面有哪些新的举措？')).toBe(true);
    expect(readsAsSentence('通讯员：如何发挥企业党组织的作用？')).toBe(true);
    // A question the line's end cut, with no mark yet: no name is so long.
    expect(readsAsSentence('记者：请您谈谈高新区在基层党建工')).toBe(true);
  });

  it('is no byline with names parted by commas, spaces or 、, in brackets or after a mark', () => {
    for (const byline of [
      '（记者 刘洋，通讯员 宋玲毅）',
      '记者：张三，李四',
      '本报记者 张三、李四',
      '■ 本报记者 张三 通讯员 李四',
      '撰写:本报记者 宋一诺 摄影:本报记者 吴长赋',
      '作者：中共珠海高新区工委组织部',
      '文/图 张三',
    ])
      expect(readsAsSentence(byline), byline).toBe(false);
  });
});

describe('trailingByline, labelled credits in brackets after the last sentence', () => {
  it('takes （作者：李四） and （撰文：张三 摄影：王五） off the paragraph as its credits', () => {
    expect(trailingByline('办成一批民生实事。（作者：李四）')).toEqual({
      text: '办成一批民生实事。',
      credits: [{ role: 'writer', label: '作者', name: '李四' }],
    });
    expect(trailingByline('活动取得圆满成功。（撰文：张三 摄影：王五）').credits).toEqual([
      { role: 'writer', label: '撰文', name: '张三' },
      { role: 'photographer', label: '摄影', name: '王五' },
    ]);
    expect(bylineOnItsOwn('（作者：李四）')).toEqual([{ role: 'writer', label: '作者', name: '李四' }]);
  });

  it('leaves a note about the writer, a sentence in brackets, and brackets inside a sentence in the text', () => {
    for (const paragraph of [
      '办成一批民生实事。（作者系高新区党工委干部）',
      '办成一批民生实事。（记者：这项工作还将继续推进。）',
      '会议由（作者：李四）主持',
    ])
      expect(trailingByline(paragraph)).toEqual({ text: paragraph, credits: [] });
  });
});

describe('endsWithSourceNote', () => {
  it('reads where a story came from, alone or after its last sentence', () => {
    for (const note of [
      '（来源：珠海日报）',
      '来源：新华网',
      '稿件来源: 高新区党群工作部',
      '（据新华社）',
      '（据《人民日报》报道）',
      '（本报综合）',
      '会议要求，各级党组织要抓好落实。（来源：珠海日报）',
      '会议要求，各级党组织要抓好落实。”（据新华社电）',
    ])
      expect(endsWithSourceNote(note), note).toBe(true);
  });

  it('reads no sentence, headline or bracket that only speaks of a source', () => {
    for (const text of [
      '数据来源：国家统计局',
      '来源：珠海日报，记者张三',
      '党员群众纷纷表示，这是力量的来源：初心。',
      '高新区召开会议（据了解，会议为期两天）',
      '会议要求，各级党组织要抓好落实（来源：珠海日报）',
      '（图为党员志愿者在社区开展服务）',
    ])
      expect(endsWithSourceNote(text), text).toBe(false);
  });
});

describe('bylines as an OCR tool spaces them', () => {
  it('reads a slash or bar with spaces around it (文 / 张三  图 / 李四, 张三 / 文, 本报记者 / 张三)', () => {
    expect(read('文 / 王五  图 / 赵六')).toEqual({
      kind: 'byline',
      credits: ['writer 文  王五', 'photographer 图  赵六'],
    });
    expect(read('文 / 王五\u3000图 / 赵六').credits).toEqual(['writer 文  王五', 'photographer 图  赵六']);
    expect(read('张三 / 文  李四 / 摄').credits).toEqual(['writer 文  张三', 'photographer 摄  李四']);
    expect(read('撰文 / 张三 摄影 / 李四').credits).toEqual(['writer 撰文  张三', 'photographer 摄影  李四']);
    expect(read('记者 ｜ 张三').credits).toEqual(['writer 记者  张三']);
    // With ASCII bars, as some tools print the full-width ones (before: one title, 文 | 张三图 | 李四).
    expect(read('文 | 张三 图 | 李四')).toEqual({
      kind: 'byline',
      credits: ['writer 文  张三', 'photographer 图  李四'],
    });
    // A separator after a title that is no label parts it from the name as a space does.
    expect(read('本报记者 / 孙七')).toEqual({ kind: 'byline', credits: ['writer  本报记者 孙七'] });
    expect(read('全媒体记者：李四').credits).toEqual(['writer  全媒体记者 李四']);
  });

  it('leaves the spaces around a slash in text and headlines', () => {
    expect(classifyLine('党员 / 群众共同参与', 1).text).toBe('党员 / 群众共同参与');
    expect(classifyLine('学党史 / 办实事', 1).text).toBe('学党史 / 办实事');
  });

  it('reads names with what they did after them and no title (张三 李四 文, 张三 文/图)', () => {
    expect(read('张三 李四 文')).toEqual({ kind: 'byline', credits: ['writer 文  张三', 'writer 文  李四'] });
    expect(read('王五 文/图').credits).toEqual(['writer 文/图  王五', 'photographer 文/图  王五']);
    // One name of them a common surname opens is enough (a pen name beside it).
    expect(read('刘琴 绪言 文').credits).toEqual(['writer 文  刘琴', 'writer 文  绪言']);
    // A headline's phrases are no names.
    expect(read('学党史 悟思想 文').kind).not.toBe('byline');
    // A title before the names gives them all (张三 文 is no name 张三文).
    expect(read('本报记者 张三 文').credits).toEqual(['writer 文 本报记者 张三']);
    expect(read('本报记者 张三 李四 文').credits).toEqual(['writer 文 本报记者 张三', 'writer 文 本报记者 李四']);
  });
});

describe('bylines of text and photos by the same people', () => {
  const credits = (printed: string) => parseByline(printed).map((c) => `${c.role} ${c.name}`);

  it('reads 文·图 and 文图/ or 图文/ before the names, and 摄影报道 after them, with or without a slash', () => {
    for (const printed of [
      '文·图/张三',
      '文·图 张三',
      '文图/张三',
      '图文/张三',
      '图/文 张三',
      '图／文：本报记者 张三',
      '图·文 张三',
      '张三 摄影报道',
      '张三/摄影报道',
    ]) {
      expect(classifyLine(printed, 1).kind, printed).toBe('byline');
      expect(credits(printed), printed).toEqual(['writer 张三', 'photographer 张三']);
    }
    expect(credits('张三 李四 摄影报道')).toEqual([
      'writer 张三',
      'writer 李四',
      'photographer 张三',
      'photographer 李四',
    ]);
  });

  it('reads the writer after 文 and a point (文·张三), as after a slash', () => {
    for (const printed of ['文·张三', '文・张三']) {
      expect(classifyLine(printed, 1).kind, printed).toBe('byline');
      expect(credits(printed), printed).toEqual(['writer 张三']);
    }
    expect(credits('文·本报记者 张三 图/李四')).toEqual(['writer 张三', 'photographer 李四']);
  });

  it('reads each name with what it did after it, names a slash parts from 文, and the labels 撰稿, 执笔, 供稿', () => {
    for (const [printed, read] of [
      ['张三 文 李四 图', ['writer 张三', 'photographer 李四']],
      ['张三 文/图 李四 摄', ['writer 张三', 'photographer 张三', 'photographer 李四']],
      ['张三 李四/文', ['writer 张三', 'writer 李四']],
      ['撰稿：张三', ['writer 张三']],
      ['执笔：张三', ['writer 张三']],
      ['供稿：高新区党工委', ['writer 高新区党工委']],
    ] as const) {
      expect(classifyLine(printed, 1).kind, printed).toBe('byline');
      expect(credits(printed), printed).toEqual(read);
    }
  });

  it('reads any name before 摄影报道, said of people only, but takes phrases before 文 for no byline', () => {
    expect(credits('绪言/摄影报道')).toEqual(['writer 绪言', 'photographer 绪言']);
    for (const line of ['学党史 悟思想 文', '学党史 文 悟思想 图'])
      expect(classifyLine(line, 1).kind, line).not.toBe('byline');
  });
});

describe('trailingByline, editors after the last sentence', () => {
  it('takes them off the paragraph, in any bracket or bare', () => {
    for (const [printed, names] of [
      ['【责任编辑：张三】', ['editor 张三']],
      ['〔责编：张三 美编：李四〕', ['editor 张三', 'layout 李四']],
      ['责任编辑：张三 校对：李四', ['editor 张三', 'editor 李四']],
    ] as const) {
      const trailing = trailingByline(`活动受到群众广泛好评。${printed}`);
      expect(trailing.text, printed).toBe('活动受到群众广泛好评。');
      expect(
        trailing.credits.map((c) => `${c.role} ${c.name}`),
        printed,
      ).toEqual(names);
    }
  });

  it('leaves a sentence that only names an editor, and bare labels other than the production’s', () => {
    for (const paragraph of [
      '活动受到群众广泛好评。作者：张三',
      '他说：“编辑：张三。”',
      '活动受到群众广泛好评。记者：请问',
    ]) {
      expect(trailingByline(paragraph).credits, paragraph).toEqual([]);
    }
  });
});

describe('bylines whose spaces cleaning closed or a title parts', () => {
  const read = (printed: string) => parseByline(printed).map((c) => `${c.role} ${c.title ?? ''} ${c.name}`);

  it('reads titles each run into a name (记者 王 五 通讯员 李 四, cleaned), every name with a common surname', () => {
    expect(classifyLine('记者 王 五 通讯员 李 四', 1)).toEqual({ kind: 'byline', text: '记者王五通讯员李四' });
    expect(read('记者王五通讯员李四')).toEqual(['writer 记者 王五', 'writer 通讯员 李四']);
    expect(read('本报记者王五 实习生李四')).toEqual(['writer 本报记者 王五', 'writer 实习生 李四']);
    expect(classifyLine('记者走访通讯员家中', 1).kind).not.toBe('byline');
  });

  it('gives a title between names to the names after it, before what they did (通讯员 张三 记者 李四 文)', () => {
    expect(classifyLine('通讯员 张三 记者 李四 文', 1)).toEqual({ kind: 'byline', text: '通讯员 张三 记者 李四 文' });
    expect(read('通讯员 张三 记者 李四 文')).toEqual(['writer 通讯员 张三', 'writer 记者 李四']);
    expect(read('本报记者 王文')).toEqual(['writer 本报记者 王文']);
  });
});

describe('a byline in square brackets on a line of its own', () => {
  it('reads the titles and names inside, as in round ones', () => {
    expect(read('【本报记者 王小明】')).toEqual({ kind: 'byline', credits: ['writer  本报记者 王小明'] });
    expect(read('〔记者 李四 通讯员 王五〕')).toEqual({
      kind: 'byline',
      credits: ['writer  记者 李四', 'writer  通讯员 王五'],
    });
    expect(read('［撰文：张三］').credits).toEqual(['writer 撰文  张三']);
  });

  it('leaves a column’s label in them a heading', () => {
    expect(read('【记者手记】').kind).toBe('heading');
    expect(read('【聚焦】').kind).toBe('heading');
    expect(read('【党建引领 记者观察】').kind).toBe('heading');
  });
});

describe('credits as still more papers print them', () => {
  it('reads a lead’s titled names printed a space apart with no bracket, before the text, and keeps their spaces', () => {
    const lead = cleanLine('本报讯 记者 张三 通讯员 李四 近日，某某高新区召开党建工作推进会。');
    expect(lead).toBe('本报讯 记者 张三 通讯员 李四 近日，某某高新区召开党建工作推进会。');
    expect(leadCredits(lead).map((c) => `${c.title} ${c.name}`)).toEqual(['记者 张三', '通讯员 李四']);
    expect(leadCredits(cleanLine('本报讯 记者 王五 日前，高新区召开会议。')).map((c) => c.name)).toEqual(['王五']);
    // Words that are no reporter's name are the text's: its spaces close as in any text.
    expect(cleanLine('本报讯 高新区 近日召开 会议。')).toBe('本报讯 高新区近日召开会议。');
    expect(leadCredits('本报讯 高新区 近日召开 会议。')).toEqual([]);
  });

  it('reads names with 供稿 after them as the text’s writers', () => {
    expect(read('通讯员 王五 供稿')).toEqual({ kind: 'byline', credits: ['writer 供稿 通讯员 王五'] });
  });

  it('reads where a story’s photos came from, on a line of its own, as their credit', () => {
    expect(read('图片来源：高新区融媒体中心')).toEqual({
      kind: 'byline',
      credits: ['photographer 图片来源  高新区融媒体中心'],
    });
    expect(read('本版图片来源：高新区党群工作部').credits).toEqual(['photographer 本版图片来源  高新区党群工作部']);
  });
});
