import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WINDOW } from '../../src/lib/coverage.ts';
import { NO_HAN } from '../../src/lib/ingest/lines.ts';
import {
  attributeLines,
  compactLines,
  expandLines,
  firstLines,
  groupLines,
  markOmitted,
  splitLines,
  storySegments,
  summariseLines,
  type SourceLine,
  type StoryFields,
  type StoryText,
} from '../../src/lib/source-lines.ts';

/** What each line became, in a form that reads well in a failure: "3 article:a". */
const kinds = (lines: SourceLine[]) =>
  lines.map((l) => `${l.number} ${l.kind === 'article' ? `article:${l.article}` : l.kind}`);

describe('a byline of several names under one title', () => {
  it.each([
    [
      '本报记者 张三 李四',
      [
        { title: '本报记者', name: '张三' },
        { title: '本报记者', name: '李四' },
      ],
    ],
    [
      '新华社记者 张三、李四',
      [
        { title: '新华社记者', name: '张三' },
        { title: '新华社记者', name: '李四' },
      ],
    ],
    ['通讯员 张三 李四 王五', ['张三', '李四', '王五'].map((name) => ({ title: '通讯员', name }))],
    [
      '摄影：张三 李四',
      [
        { label: '摄影', name: '张三' },
        { label: '摄影', name: '李四' },
      ],
    ],
    [
      '张三 李四 报道',
      [
        { label: '报道', name: '张三' },
        { label: '报道', name: '李四' },
      ],
    ],
    // A label printed around the name.
    ['（本版图片由高新区宣传部提供）', [{ label: '本版图片由…提供', name: '高新区宣传部' }]],
  ])('%s is its story’s line', (byline, credits) => {
    const body = '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。';
    const story: StoryText = { id: 'a', segments: storySegments({ title: '高新区召开党建工作会议', body, credits }) };
    const page = ['高新区召开党建工作会议', byline, body].join('\n');
    expect(kinds(attributeLines(page, [story]))).toEqual(['1 article:a', '2 article:a', '3 article:a']);
  });
});

describe('a title that prints its writer on its line', () => {
  it('is the story’s line, the mark glued to the title or a space apart, and so is a name with its post under it', () => {
    const body = '一百年风雨兼程，一百年初心如磐。';
    for (const [line, credits] of [
      ['七一抒怀□王芳', [{ name: '王芳' }]],
      ['七一抒怀 文/王芳', [{ label: '文', name: '王芳' }]],
      ['七一抒怀 □ 高新区机关党委 张明华', [{ title: '高新区机关党委', name: '张明华' }]],
      // Or under it, the writer's post in brackets after the name.
      ['七一抒怀\n张明（高新区党工委书记）', [{ title: '高新区党工委书记', name: '张明' }]],
      ['七一抒怀\n王芳（教师）', [{ title: '教师', name: '王芳' }]],
    ] as const) {
      const story: StoryText = { id: 'a', segments: storySegments({ title: '七一抒怀', body, credits }) };
      const lines = [...line.split('\n'), body];
      expect(kinds(attributeLines(lines.join('\n'), [story])), line).toEqual(lines.map((_, i) => `${i + 1} article:a`));
    }
  });
});

describe('a headline set vertically, a character a line', () => {
  it('is the story’s whose headline its characters spell, not page furniture', () => {
    const story = (id: string, title: string, body: string): StoryText => ({
      id,
      segments: storySegments({ title, body }),
    });
    const a = story('a', '高新区召开党建工作会议', '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。');
    const b = story('b', '金鼎社区开展志愿服务', '6月25日，金鼎社区组织党员志愿者开展志愿服务活动。');
    const page = [
      '高新区召开党建工作会议',
      '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
      ...'金鼎社区开展志愿服务',
      '6月25日，金鼎社区组织党员志愿者开展志愿服务活动。',
      '启',
    ].join('\n');
    expect(kinds(attributeLines(page, [a, b]))).toEqual([
      '1 article:a',
      '2 article:a',
      ...Array.from({ length: 10 }, (_, i) => `${i + 3} article:b`),
      '13 article:b',
      '14 furniture',
    ]);
  });
});

describe('a vertical headline’s marks', () => {
  it('are its story’s, as the characters either side of them are', () => {
    const story: StoryText = {
      id: 'b',
      segments: storySegments({
        title: '“淄博高新区制造”闪耀北京大兴国际机场',
        body: '6月25日，金晶集团生产的超白玻璃用于北京大兴国际机场。',
      }),
    };
    const page = [
      ...'“淄博高新区制造”闪耀北京大兴国际机场',
      '6月25日，金晶集团生产的超白玻璃用于北京大兴国际机场。',
    ].join('\n');
    const lines = attributeLines(page, [story]);
    expect(lines.filter((line) => line.kind !== 'article').map((line) => line.number)).toEqual([]);
  });
});

describe('splitLines', () => {
  it('numbers every line as received; the final newline does not start a line', () => {
    expect(splitLines('甲\n\n乙\n')).toEqual(['甲', '', '乙']);
    expect(splitLines('甲\r\n乙')).toEqual(['甲', '乙']);
    expect(splitLines('')).toEqual(['']);
    expect(splitLines('\n')).toEqual(['']);
  });
});

describe('storySegments', () => {
  it('takes headline, body, bylines (label first and name first), captions and corrected OCR readings', () => {
    const segments = storySegments({
      kicker: '引题',
      title: '主题',
      subtitle: '副题',
      body: '正文第一段。\n\n## 小标题\n\n正文第二段。',
      credits: [{ label: '摄', name: '乔冠宇' }],
      captions: [{ text: '图片说明。', credit: '某某供图' }],
      corrections: [{ original: '工装装进' }],
    });
    expect(segments[0]).toBe('引题\n主题\n副题\n正文第一段。\n\n## 小标题\n\n正文第二段。');
    expect(segments).toContain('摄 乔冠宇');
    expect(segments).toContain('乔冠宇 摄');
    expect(segments).toContain('图片说明。 某某供图');
    expect(segments).toContain('工装装进');
  });

  it('takes names that share a label with the label after them, as "张三 李四 文" prints them', () => {
    const segments = storySegments({
      title: '主题',
      body: '正文。',
      credits: [
        { label: '文', title: '本报记者', name: '张三' },
        { label: '文', title: '本报记者', name: '李四' },
        { name: '赵六' },
        { label: '图', name: '王五' },
        { label: '图', name: '钱七' },
      ],
    });
    expect(segments).toContain('本报记者 张三 李四 文');
    expect(segments).toContain('王五 钱七 图');
    // A credit without the label parts the runs: no line prints 张三 李四 王五 together.
    expect(segments.filter((s) => s.includes('赵六') && s.endsWith('图'))).toEqual([]);
  });
});

describe('attributeLines on bylines that name each credit’s label', () => {
  /** A story's headline, its byline as printed with these credits, and its text. */
  const attributed = (byline: string, credits: NonNullable<StoryFields['credits']>) => {
    const [title, body] = ['高新区召开党建工作会议', '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。'];
    const story: StoryText = { id: 'a', segments: storySegments({ title, body, credits }) };
    return kinds(attributeLines([title, byline, body].join('\n'), [story]));
  };

  it('shows a byline of each name with what it did after it as the story’s', () => {
    expect(
      attributed('张三 文/图 李四 图', [
        { label: '文/图', name: '张三' },
        { label: '文/图', name: '张三' },
        { label: '图', name: '李四' },
      ]),
    ).toEqual(['1 article:a', '2 article:a', '3 article:a']);
  });

  it('shows a line of names under one label, a title before each, as the story’s', () => {
    expect(
      attributed('通讯员 张三 记者 李四 文', [
        { label: '文', title: '通讯员', name: '张三' },
        { label: '文', title: '记者', name: '李四' },
      ]),
    ).toEqual(['1 article:a', '2 article:a', '3 article:a']);
  });

  it('shows one titled name with what it did after it as the story’s', () => {
    expect(attributed('通讯员 王五 供稿', [{ label: '供稿', title: '通讯员', name: '王五' }])).toEqual([
      '1 article:a',
      '2 article:a',
      '3 article:a',
    ]);
  });
});

describe('attributeLines on a front page with its contents', () => {
  it('shows the contents as furniture, not as lines of the stories whose headlines they repeat', () => {
    const story: StoryText = {
      id: 'a',
      segments: storySegments({
        title: '高新区召开党史学习教育总结会议',
        body: '6月27日，高新区召开党史学习教育总结会议，全面总结党史学习教育工作成效。',
      }),
    };
    const page = [
      '今日导读',
      '高新区召开党史学习教育总结会议 2版',
      '唐家湾镇举办党务干部培训班 3版',
      '',
      '高新区召开党史学习教育总结会议',
      '6月27日，高新区召开党史学习教育总结会议，全面总结党史学习教育工作成效。',
    ].join('\n');
    const lines = attributeLines(page, [story]);
    expect(lines.map((l) => (l.kind === 'furniture' ? `furniture:${l.rule}` : l.kind))).toEqual([
      'furniture:导读',
      'furniture:导读',
      'furniture:导读',
      'blank',
      'article',
      'article',
    ]);
  });
});

describe('attributeLines on a story’s last sentence with its editors after it', () => {
  it('shows the line as the story’s, not as furniture', () => {
    const story: StoryText = {
      id: 'a',
      segments: storySegments({
        title: '高新区召开党建工作会议',
        body: '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。\n\n会议要求，各级党组织要抓好落实。',
        credits: [{ label: '责任编辑', name: '张三' }],
      }),
    };
    const page = [
      '高新区召开党建工作会议',
      '3月10日，高新区召开党建工作会议，总结去年工作，部署今年任务。',
      '会议要求，各级党组织要抓好落实。【责任编辑：张三】',
      '编辑：李四 电话：(010)68667266',
    ].join('\n');
    expect(kinds(attributeLines(page, [story]))).toEqual(['1 article:a', '2 article:a', '3 article:a', '4 furniture']);
  });
});

describe('attributeLines on a page like the seed pages', () => {
  const a: StoryText = {
    id: 'a',
    segments: storySegments({
      title: '党建引领 奋力迈进国家一流高新区',
      body: '作为惠州打造万亿级电子信息产业集群的核心引擎，仲恺高新区始终围绕两大产业。党史学习教育开展以来，把基层党建工作装进一个个“二维码”。',
      credits: [{ label: '摄', name: '乔冠宇' }],
      captions: [{ text: '仲恺陈江街道御湖社区党建联盟走进小区开展文明宣传活动。' }],
      corrections: [{ original: '把基层党建工装装进' }],
    }),
  };
  const b: StoryText = {
    id: 'b',
    segments: storySegments({
      kicker: '党史学习教育',
      title: '我市持续推进“十万党员进党校”',
      body: '近期，珠海市结合党史学习教育，高质量、大规模实施“十万党员进党校”。',
    }),
  };
  const page = [
    '',
    '庆祝中国共产党成立100周年',
    'The Communist Party of China',
    '编辑:叶伟(010)68667266转242 E-mail:x@chih.org',
    '# 党建引领 奋力迈进国家一流高新区',
    '',
    '作为惠州打造万亿级电子信息产 业集群的核心引擎,仲恺',
    '',
    '高新区始终围绕两大产业。',
    '<mark>仲恺陈</mark>江街道御湖社区党建联盟走 进小区开展文明宣传活动。',
    '党史学习教育',
    '',
    '我市持续推进',
    '“十万党员进党校”',
    '乔冠宇/摄',
    '党史学习教育开展以来,把基层党建工装装进一个个“二维码”。',
    '海滨公园庆祝建党100周年鲜花造型摆设完毕。',
    '启',
  ].join('\n');
  const lines = attributeLines(page, [a, b], { pageTexts: ['庆祝中国共产党成立100周年·再出发'] });

  it('keeps every line exactly as received, OCR debris included', () => {
    expect(lines.map((l) => l.text)).toEqual(page.split('\n'));
    expect(lines.map((l) => l.number)).toEqual(page.split('\n').map((_, i) => i + 1));
  });

  it('marks each line with its story, the page banner, furniture by rule, and what is in no story', () => {
    expect(kinds(lines)).toEqual([
      '1 blank',
      '2 page',
      // An English line: page furniture, as ingest drops it.
      '3 furniture',
      '4 furniture',
      '5 article:a',
      '6 blank',
      '7 article:a',
      '8 blank',
      // The rest of a sentence broken by a column.
      '9 article:a',
      '10 article:a',
      // In both stories: it continues into "我市持续推进", which only b holds.
      '11 article:b',
      '12 blank',
      '13 article:b',
      '14 article:b',
      // A byline printed name first.
      '15 article:a',
      // An OCR misreading the article corrected.
      '16 article:a',
      // A caption whose photo, and story, the archive does not hold.
      '17 none',
      '18 furniture',
    ]);
    expect(lines[2]).toMatchObject({ kind: 'furniture', rule: NO_HAN });
    expect(lines[3]).toMatchObject({ kind: 'furniture', rule: '编辑/组版/电话/邮箱' });
    expect(lines[17]).toMatchObject({ kind: 'furniture', rule: '单字残留' });
  });

  it('gives each story its first line and its count of lines', () => {
    expect(firstLines(lines)).toEqual(
      new Map([
        ['a', 5],
        ['b', 11],
      ]),
    );
    const summary = summariseLines(lines);
    expect(summary.stories.get('a')).toEqual({ first: 5, count: 6 });
    expect(summary.counts).toEqual({ blank: 4, article: 9, page: 1, furniture: 3, omitted: 0, none: 1 });
  });

  it('does not match a line to a story that holds less than half of it', () => {
    const half = attributeLines('党建引领奋力迈进海滨公园鲜花造型摆设完毕', [a]);
    expect(half[0]!.kind).toBe('none');
  });
});

describe('ties and fragments', () => {
  const story = (id: string, ...segments: string[]): StoryText => ({ id, segments });

  it('gives a line several stories hold to the story of its neighbours when nothing else decides', () => {
    const x = story('x', '第一条新闻的正文讲的是高新区的事情', '党史学习教育');
    const y = story('y', '第二条新闻的正文说的是别的园区情况', '党史学习教育');
    const page = '第一条新闻的正文讲的是\n党史学习教育\n高新区的事情\n第二条新闻的正文说的是\n党史学习教育';
    expect(kinds(attributeLines(page, [x, y]))).toEqual([
      '1 article:x',
      '2 article:x',
      '3 article:x',
      '4 article:y',
      '5 article:y',
    ]);
  });

  it('gives a paragraph’s last line with a jump mark set after it to the story, however short the line', () => {
    const x = story('x', '济宁高新区将开展主题教育与庆祝新中国成立70周年系列活动');
    const page =
      '济宁高新区将开展主题教育与庆祝新中国成立70周\n年系列活动 （下转A2版）\n（上接第1版）济宁高新区将开展主题教育与庆祝新中国成立70周年系列活动';
    expect(kinds(attributeLines(page, [x]))).toEqual(['1 article:x', '2 article:x', '3 article:x']);
  });

  it('takes a single character only when it continues a neighbouring line of the story', () => {
    const x = story('x', '高新区持续推动党建工作发展壮大');
    const page = '高新区持续推动党建工作发\n展。\n\n另。';
    expect(kinds(attributeLines(page, [x]))).toEqual(['1 article:x', '2 article:x', '3 blank', '4 none']);
  });

  it('reads characters outside the BMP and compatibility forms like their plain forms', () => {
    const x = story('x', '𠮷野家的𠮷字与⼯作的工字');
    expect(kinds(attributeLines('𠮷野家的𠮷字\n与工作的工字', [x]))).toEqual(['1 article:x', '2 article:x']);
  });
});

describe('markOmitted', () => {
  it('marks the recorded lines that no story holds, with their reason, and no other', () => {
    const lines = attributeLines('甲乙丙丁戊己\n子丑寅卯辰巳\n\n午未申酉戌亥\n', [
      { id: 'a', segments: ['甲乙丙丁戊己'] },
    ]);
    const marked = markOmitted(
      lines,
      new Map([
        [1, '广告'],
        [2, '广告'],
        [3, '广告'],
        [4, '转版提示'],
      ]),
    );
    expect(marked.map((l) => [l.kind, l.kind === 'omitted' ? l.reason : undefined])).toEqual([
      ['article', undefined],
      ['omitted', '广告'],
      ['blank', undefined],
      ['omitted', '转版提示'],
    ]);
    expect(groupLines(marked).map((g) => [g.kind, g.reason, g.lines.map((l) => l.number)])).toEqual([
      ['article', undefined, [1]],
      ['omitted', '广告', [2]],
      ['blank', undefined, [3]],
      ['omitted', '转版提示', [4]],
    ]);
    expect(summariseLines(marked).counts.omitted).toBe(2);
  });
});

describe('groupLines', () => {
  it('runs lines of one story together with the blank lines between them; other blanks stand alone', () => {
    const lines = attributeLines('\n甲乙丙丁戊己\n\n甲乙丙丁戊己\n\n庚辛壬癸子丑\n', [
      { id: 'a', segments: ['甲乙丙丁戊己'] },
      { id: 'b', segments: ['庚辛壬癸子丑'] },
    ]);
    expect(groupLines(lines).map((g) => [g.kind, g.article, g.lines.map((l) => l.number)])).toEqual([
      ['blank', undefined, [1]],
      ['article', 'a', [2, 3, 4]],
      ['blank', undefined, [5]],
      ['article', 'b', [6]],
    ]);
  });
});

// Han characters for generated text, without those the furniture rules look for (编辑, 主办…).
const FURNITURE_CHARS = new Set([...'编辑组版责美校对合主协办报']);
const POOL = Array.from({ length: 800 }, (_, i) => String.fromCodePoint(0x4e00 + i)).filter(
  (c) => !FURNITURE_CHARS.has(c),
);
/** Characters no generated story uses. */
const FOREIGN = Array.from({ length: 300 }, (_, i) => String.fromCodePoint(0x7a00 + i));
const text = (pool: string[], minLength: number, maxLength: number) =>
  fc.array(fc.constantFrom(...pool), { minLength, maxLength }).map((chars) => chars.join(''));
/**
 * Stories as lists of printed lines; the article joins them, as editors join column breaks.
 * Different stories draw on different characters: two stories that print the same words leave
 * a line no reader could attribute either (e.g. two stories of "一一一一").
 */
const MAX_STORIES = 5;
const storiesArb = fc.integer({ min: 1, max: MAX_STORIES }).chain((count) =>
  fc.tuple(
    ...Array.from({ length: count }, (_, story) =>
      fc.array(
        text(
          POOL.filter((_, i) => i % MAX_STORIES === story),
          4,
          30,
        ),
        { minLength: 1, maxLength: 8 },
      ),
    ),
  ),
);

interface PageLine {
  text: string;
  /** Index of the story the line was cut from; undefined for lines in no story. */
  story?: number;
}

/** Merges the stories' lines (or runs of lines) in an order drawn by `picks`, keeping each story's order. */
function interleave<T>(queues: T[][], picks: number[]): T[] {
  const rest = queues.map((q) => [...q]);
  const out: T[] = [];
  for (let p = 0; rest.some((q) => q.length > 0); p++) {
    const live = rest.filter((q) => q.length > 0);
    out.push(live[(picks[p] ?? 0) % live.length]!.shift()!);
  }
  return out;
}

function check(stories: string[][], page: PageLine[], blanks: boolean[]) {
  const rows: PageLine[] = page.flatMap((line, i) => (blanks[i] ? [{ text: '' }, line] : [line]));
  const lines = attributeLines(
    rows.map((r) => r.text).join('\n'),
    stories.map((lines, k) => ({ id: `s${k}`, segments: [lines.join('')] })),
  );
  rows.forEach((row, i) => {
    const expected = row.text === '' ? 'blank' : row.story === undefined ? 'none' : `article:s${row.story}`;
    expect(kinds([lines[i]!])[0], `line ${i + 1} "${row.text}"`).toBe(`${i + 1} ${expected}`);
  });
}

describe('attributeLines, for any page made of its stories', () => {
  it('gives every line of interleaved stories to its own story', () => {
    fc.assert(
      fc.property(storiesArb, fc.array(fc.nat()), fc.array(fc.boolean()), (stories, picks, blanks) => {
        const queues = stories.map((lines, story) => lines.map((text) => ({ text, story })));
        check(stories, interleave(queues, picks), blanks);
      }),
    );
  });

  it('gives both halves of a line split across a column break to its story, down to one character', () => {
    const splitStories = storiesArb.chain((stories) =>
      fc.tuple(
        fc.constant(stories),
        fc.array(fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 8, maxLength: 8 }), {
          minLength: stories.length,
          maxLength: stories.length,
        }),
      ),
    );
    fc.assert(
      fc.property(splitStories, fc.array(fc.nat()), fc.array(fc.boolean()), ([stories, cuts], picks, blanks) => {
        // Each split line becomes two page lines, printed one after the other whatever the
        // interleaving; a lone character keeps its punctuation, or it would be stray-letter furniture.
        const queues = stories.map((lines, story) =>
          lines.map((line, i): PageLine[] => {
            const cut = cuts[story]![i];
            if (cut === undefined) return [{ text: line, story }];
            const at = 1 + (cut % (line.length - 1));
            return [line.slice(0, at), line.slice(at)].map((half) => ({
              text: half.length === 1 ? `${half}。` : half,
              story,
            }));
          }),
        );
        const page = interleave(queues, picks).flat();
        check(stories, page, blanks);
      }),
    );
  });

  it('leaves lines that are in no story unattributed', () => {
    fc.assert(
      fc.property(
        storiesArb,
        fc.array(text(FOREIGN, 2, 30), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat()),
        (stories, strays, picks) => {
          const queues: PageLine[][] = stories.map((lines, story) => lines.map((text) => ({ text, story })));
          queues.push(strays.map((text) => ({ text })));
          check(stories, interleave(queues, picks), []);
        },
      ),
    );
  });

  it("attributes the same lines whatever the windows' hash: a match is always checked", () => {
    // Few characters, so stories share windows; one hash for every window, or two, makes every
    // lookup run through windows that are not the one looked for.
    const shared = POOL.slice(0, 4);
    const sharedStories = fc.array(fc.array(text(shared, 1, 20), { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(sharedStories, fc.array(fc.nat()), text(shared, 0, 12), (stories, picks, banner) => {
        const queues = stories.map((lines) => lines.map((text) => text));
        const source = interleave(queues, picks).join('\n');
        const texts = stories.map((lines, k) => ({ id: `s${k}`, segments: [lines.join(''), lines[0]!] }));
        const expected = attributeLines(source, texts, { pageTexts: [banner] });
        expect(attributeLines(source, texts, { pageTexts: [banner], hash: () => 0 })).toEqual(expected);
        expect(
          attributeLines(source, texts, { pageTexts: [banner], hash: (text, start) => text.charCodeAt(start) & 1 }),
        ).toEqual(expected);
      }),
    );
  });

  it('still finds the story of a long line with one misread character', () => {
    fc.assert(
      fc.property(
        text(POOL, 2 * WINDOW, 60),
        fc.nat(),
        fc.constantFrom(...FOREIGN),
        text(POOL, 0, 40),
        (line, at, misread, rest) => {
          const position = at % line.length;
          const ocr = line.slice(0, position) + misread + line.slice(position + 1);
          const lines = attributeLines(ocr, [{ id: 'x', segments: [rest + line] }]);
          expect(lines[0]).toMatchObject({ kind: 'article', article: 'x' });
        },
      ),
    );
  });

  it('keeps any text line for line and never throws, whatever the stories', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.array(fc.string({ unit: 'binary', maxLength: 100 }), { maxLength: 3 }),
        (source, stories) => {
          const lines = attributeLines(
            source,
            stories.map((s, k) => ({ id: `s${k}`, segments: [s] })),
          );
          expect(lines.map((l) => l.text)).toEqual(splitLines(source));
          expect(lines.map((l) => l.number)).toEqual(lines.map((_, i) => i + 1));
          expect(groupLines(lines).flatMap((g) => g.lines)).toEqual(lines);
        },
      ),
    );
  });
});

describe('compactLines and expandLines', () => {
  it('give back the same lines, for any page and stories', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', '党史学习教育', '第3版', '2021年6月18日 星期五')),
          { maxLength: 30 },
        ),
        fc.array(fc.string({ minLength: 1, maxLength: 60 }), { maxLength: 4 }),
        // Lines recorded as left out on purpose, with reasons that may hold the separator.
        fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.string({ minLength: 1, maxLength: 10 }))),
        (pageLines, stories, records) => {
          const source = pageLines.join('\n');
          const ids = stories.map((_, k) => `s${k}`);
          const attributed = attributeLines(
            source,
            stories.map((text, k) => ({ id: ids[k]!, segments: [text, '党史学习教育'] })),
            { pageTexts: ['第3版'] },
          );
          const lines = markOmitted(attributed, new Map(records));
          expect(expandLines(source, compactLines(lines, ids), ids)).toEqual(lines);
        },
      ),
    );
  });

  it('refuse a line of a story not listed, and a text of another length', () => {
    const lines = attributeLines('党史学习教育走深走实\n', [{ id: 'a', segments: ['党史学习教育走深走实'] }]);
    expect(() => compactLines(lines, ['b'])).toThrow('未列出的文章 a');
    expect(() => expandLines('一\n二\n', compactLines(lines, ['a']), ['a'])).toThrow('原文有 2 行');
  });
});

describe('cost', () => {
  it('attributes a page of 10,000 lines from 200 stories in linear time (well under the time of a scan per line)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const big = Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x4e00 + i));
    const stories = Array.from({ length: 200 }, () =>
      Array.from({ length: 50 }, () =>
        Array.from({ length: 10 + Math.floor(random() * 40) }, () => big[Math.floor(random() * big.length)]).join(''),
      ),
    );
    const page = stories.flat().join('\n');
    const started = performance.now();
    const lines = attributeLines(
      page,
      stories.map((lines, k) => ({ id: `s${k}`, segments: [lines.join('')] })),
    );
    const elapsed = performance.now() - started;
    expect(lines.filter((l) => l.kind === 'article')).toHaveLength(10_000);
    // About half a second; the bound is loose, against a scan of the stories' text for each line.
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe('attributeLines, furniture as ingest drops it', () => {
  it('shows a line no story holds that ingest drops as furniture with ingest’s rule, and keeps a held one its story’s', () => {
    const story: StoryText = { id: 'a', segments: ['高新区召开党建工作会议，部署二〇二二年重点任务。'] };
    const lines = attributeLines(
      [
        '第5版 · 园区党建',
        '今日8版 第10742期',
        '（上接A1版）',
        '高新区召开党建工作会议，部署二〇二二年重点任务。',
      ].join('\n'),
      [story],
    );
    expect(lines.map((l) => (l.kind === 'furniture' ? `furniture ${l.rule}` : l.kind))).toEqual([
      'furniture 版次',
      'furniture 期号',
      'furniture 转版',
      'article',
    ]);
  });
});

/** Each line's story ('a') or kind, on a page that prints one story 'a' of this title and body. */
const oneStoryKinds = (title: string, body: string, page: readonly string[]) =>
  attributeLines(page.join('\n'), [{ id: 'a', segments: storySegments({ title, body }) }]).map((l) =>
    l.kind === 'article' ? l.article : l.kind,
  );

describe('a line of no Han set alone in a story’s sentence, or signing it', () => {
  it('is the story above’s when it prints that sentence’s end (42.46%。); other lines of no Han stay furniture', () => {
    const body = '今年上半年，社区志愿服务时长同比增长42.46%。\n活动中，党员们走访慰问了困难群众。';
    const page = [
      '标题',
      '今年上半年，社区志愿服务时长同比增长',
      '42.46%。',
      '活动中，党员们走访慰问了困难群众。',
      '5',
      '88%。',
    ];
    expect(oneStoryKinds('标题', body, page)).toEqual(['a', 'a', 'a', 'a', 'furniture', 'furniture']);
  });

  it('is the story’s when it prints a figure or a word in letters after the line above’s last words; a page number stays furniture', () => {
    const body =
      '截至2023年4月底，全区新增企业86家，数字经济增加值占GDP比重达到三成。\n活动中，党员们走访慰问了困难群众。';
    const page = [
      '标题',
      '截至',
      '2023',
      '年4月底，全区新增企业',
      '86',
      '家，数字经济增加值占',
      'GDP',
      '比重达到三成。',
      '活动中，党员们走访',
      '3',
      '慰问了困难群众。',
    ];
    expect(oneStoryKinds('标题', body, page)).toEqual(['a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'furniture', 'a']);
  });

  it('is in no story, not furniture, when the story does not print it: text lost on its way into the story', () => {
    const page = ['标题', '截至', '2023', '年4月底，全区新增企业两家。'];
    expect(oneStoryKinds('标题', '截至年4月底，全区新增企业两家。', page)).toEqual(['a', 'a', 'none', 'a']);
  });

  it('is a letter’s signature, its date too; a date alone the story does not print stays the page’s', () => {
    const body = '让我们携起手来，以优异成绩庆祝建党100周年！\n中共某某高新区工作委员会\n2021年6月28日';
    const page = [
      '2021年6月28日',
      '致全区党员的倡议书',
      '让我们携起手来，以优异成绩庆祝建党100周年！',
      '中共某某高新区工作委员会',
      '2021年6月28日',
      '2021年7月1日',
    ];
    expect(oneStoryKinds('致全区党员的倡议书', body, page)).toEqual(['furniture', 'a', 'a', 'a', 'a', 'furniture']);
  });
});
