/** suspicions.ts: what the ingest report flags for an editor. */
import { describe, expect, it } from 'vitest';
import type { PageLine } from '../../../src/lib/ingest/lines.ts';
import { readLines } from '../../../src/lib/ingest/read-lines.ts';
import { splitPage } from '../../../src/lib/ingest/split.ts';
import {
  continuedStories,
  PHRASE_SHOWN,
  repeatedPhrases,
  unusualCharacters,
} from '../../../src/lib/ingest/suspicions.ts';

const body = (text: string, number = 1): PageLine => ({ number, raw: text, text, kind: 'body', blanksBefore: 0 });

describe('repeatedPhrases', () => {
  it('names a phrase printed twice back to back', () => {
    expect(repeatedPhrases([body('打通治理服务“最后一公里”，打通治理服务“最后一公里”，建立健全机制。')])).toEqual([
      { line: 1, kind: 'repeated-phrase', detail: '“打通治理服务“最后一公里””连印两次' },
    ]);
  });

  it('cuts a long phrase in the report, and gives its length', () => {
    const phrase = '高新区党建工作'.repeat(2000);
    const [found] = repeatedPhrases([body(`${phrase}${phrase}`)]);
    expect([...found!.detail].length).toBeLessThan(PHRASE_SHOWN + 20);
    expect(found!.detail).toMatch(/…（共 \d+ 字）”连印两次$/u);
  });
});

describe('continuedStories', () => {
  const page = [
    '# 高新区召开党建工作会议',
    '',
    '本报讯（记者 张一鸣）近日，高新区召开党建工作会议，部署下半年工作。',
    '',
    '会议指出，要推动党建工作与业务工作深度融合，取得新成效。(下转第2版)',
    '',
    '# 园区企业开展主题党日活动',
    '',
    '（上接第一版）',
    '',
    '本报讯 日前，园区企业党支部开展主题党日活动，党员们重温入党誓词。',
    '',
    '# 社区党员志愿服务队走进小区',
    '',
    '（上接A1版）志愿者们为居民义务理发、测量血压，宣传垃圾分类知识。',
  ].join('\n');

  it('tells the editor which stories go on on another page, whether the mark has a line of its own or not', () => {
    expect(continuedStories(readLines(page))).toEqual([
      {
        line: 5,
        kind: 'continued',
        detail: '本篇在另一版续完（下转第2版）：续文是那一版的稿件；在 continuedIn 里写那篇的 id',
      },
      {
        line: 9,
        kind: 'continued',
        detail: '本篇开头在另一版（上接第一版）：开头是那一版的稿件；在那篇的 continuedIn 里写本篇的 id',
      },
      {
        line: 15,
        kind: 'continued',
        detail: '本篇开头在另一版（上接A1版）：开头是那一版的稿件；在那篇的 continuedIn 里写本篇的 id',
      },
    ]);
  });

  it('leaves the marks out of the drafts, and the report names them', () => {
    const split = splitPage(page);
    expect(split.stories.map((s) => s.headline?.title)).toEqual([
      '高新区召开党建工作会议',
      '园区企业开展主题党日活动',
      '社区党员志愿服务队走进小区',
    ]);
    const text = split.stories.flatMap((s) => s.paragraphs).join('\n');
    expect(text).toContain('取得新成效。\n');
    expect(text).toContain('\n志愿者们为居民义务理发');
    expect(text).not.toMatch(/转第|上接/u);
    expect(split.suspicions.filter((s) => s.kind === 'continued').map((s) => s.line)).toEqual([5, 9, 15]);
    // Each story knows its own marks, for its draft.
    expect(split.stories.map((s) => s.continued?.map((c) => /（.*?）/u.exec(c)![0]))).toEqual([
      ['（下转第2版）'],
      ['（上接第一版）'],
      ['（上接A1版）'],
    ]);
  });

  it('flags nothing on a page without jump marks', () => {
    expect(continuedStories(readLines('# 标题\n\n会议决定转第2版块的工作到下月。'))).toEqual([]);
  });
});

describe('unusualCharacters', () => {
  it('names characters Chinese text does not print, with their code points', () => {
    expect(unusualCharacters([body('党员活动室\u0410设在三楼。', 4)])).toEqual([
      { line: 4, kind: 'unusual-character', detail: '\u0410 U+0410' },
    ]);
  });

  it('passes the mark before a writer a title’s line prints (七一抒怀 □ 王芳), not one of its title', () => {
    const [poem, unread] = readLines('七一抒怀 □ 王芳\n初心□歌 □ 王芳');
    expect(unusualCharacters([poem!])).toEqual([]);
    expect(unusualCharacters([unread!])).toEqual([{ line: 2, kind: 'unusual-character', detail: '□ U+25A1' }]);
  });

  it('passes the numbers in circles or brackets a list or a photo caption prints', () => {
    expect(unusualCharacters([body('图①：竞赛现场。'), body('⑴加强组织建设；⒉完善制度。', 2)])).toEqual([]);
  });
});
