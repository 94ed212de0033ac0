import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { zoneSchema } from '../../src/content.config.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceIndex } from '../../src/lib/provenance.ts';
import { articleCheckKey } from '../../src/lib/check-cache.ts';
import {
  articleIdFromPath,
  articleProblems,
  ContentError,
  duplicatePositions,
  pageDisagreements,
  findDuplicateIds,
  linkHeadlinesBefore,
  provenanceProblems,
  readDataIds,
  readSourceText,
  type ArticleForChecks,
} from '../../src/lib/content-checks.ts';

describe('articleIdFromPath', () => {
  it('takes the file name as the id', () => {
    expect(articleIdFromPath('2019/gaoxinqu-dangjian-gongzuo.md')).toBe('gaoxinqu-dangjian-gongzuo');
    expect(articleIdFromPath('content/articles/2021/zhuhai-2021-dangshi.md')).toBe('zhuhai-2021-dangshi');
    expect(articleIdFromPath('abc123')).toBe('abc123');
  });

  it.each([
    '2019/Gaoxinqu.md',
    '2019/高新区党建.md',
    '2019/dang jian.md',
    '2019/dang_jian.md',
    '2019/-dangjian.md',
    '2019/dangjian-.md',
    '2019/dang--jian.md',
    '2019/.md',
  ])('rejects %j with a ContentError naming the file and the id', (file) => {
    let error: unknown;
    try {
      articleIdFromPath(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).name).toBe('ContentError');
    expect((error as Error).message.startsWith(`${file}: id: `)).toBe(true);
  });

  it('names the file as it is shown, when told how', () => {
    expect(() => articleIdFromPath('2019/Bad Name.md', 'content/articles/2019/Bad Name.md')).toThrow(
      /^content\/articles\/2019\/Bad Name\.md: id: 文件名 "Bad Name" 应为小写拼音词/,
    );
  });
});

describe('findDuplicateIds', () => {
  // An archive kept outside content/ (ARCHIVE_CONTENT_DIR) is named where it is.
  const shown = (file: string) => `elsewhere/articles/${file}`;
  it('finds nothing among distinct names', () => {
    expect(findDuplicateIds(['2019/a.md', '2019/b.md', '2021/c.md'], shown)).toEqual([]);
  });

  it('names both files of a duplicate id', () => {
    const problems = findDuplicateIds(['2019/same-name.md', '2019/other.md', '2021/same-name.md'], shown);
    expect(problems).toEqual([
      'elsewhere/articles/2021/same-name.md: id: 与 elsewhere/articles/2019/same-name.md 重复 (duplicate id "same-name")',
    ]);
  });

  it('reports every further copy', () => {
    expect(findDuplicateIds(['2019/x.md', '2020/x.md', '2021/x.md'], shown)).toHaveLength(2);
  });
});

describe('readDataIds', () => {
  let dir: string;
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text, 'utf8');
    return file;
  };
  const errorOf = (fn: () => unknown): Error => {
    try {
      fn();
    } catch (e) {
      return e as Error;
    }
    throw new Error('expected an error');
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'content-checks-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the ids of a list', () => {
    const file = write('zones.yaml', '- id: zhuhai\n  name: 珠海高新区\n- id: jining\n  name: 济宁高新区\n');
    expect(readDataIds(file)).toEqual(['zhuhai', 'jining']);
  });

  it('reads an empty list', () => {
    expect(readDataIds(write('empty.yaml', '[]\n'))).toEqual([]);
  });

  it('names the file, the field and the line for malformed YAML', () => {
    const error = errorOf(() => readDataIds(write('broken.yaml', '- id: a\n  name: [unclosed\n- id: b\n')));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toMatch(/broken\.yaml: \[0\]\.name: 第3行：YAML 语法错误/);
  });

  it("names a key written twice by itself, and refuses a tag Astro's parser would refuse", () => {
    const twice = errorOf(() => readDataIds(write('twice.yaml', '- id: a\n  name: 甲\n  name: 乙\n')));
    expect(twice.message).toMatch(/twice\.yaml: \[0\]\.name: 第3行：YAML 语法错误 \(yaml\)：字段 name 写了两次/);
    const tagged = errorOf(() => readDataIds(write('tagged.yaml', '- id: a\n  name: !!js/function "x"\n')));
    expect(tagged.message).toMatch(
      /tagged\.yaml: \[0\]\.name: 第2行：YAML 语法错误 \(yaml\)：不支持的标签 !!js\/function/,
    );
  });

  it('checks every entry against the schema it is given, each problem at its field and line', () => {
    const schema = z.strictObject({ id: z.string(), name: z.string().min(1), accent: z.string().optional() });
    const file = write('entries.yaml', '- id: a\n  name: 甲\n- id: b\n  nmae: 乙\n- id: c\n  name: 丙\n  accent: 7\n');
    const error = errorOf(() => readDataIds(file, schema));
    expect(error.message.split('\n')).toEqual([
      // A field the entry lacks, at the entry's first line.
      expect.stringMatching(/entries\.yaml: \[1\]\.name: 第3行：缺少此项/),
      expect.stringMatching(/entries\.yaml: \[1\]\.nmae: 第4行：未知字段/),
      expect.stringMatching(/entries\.yaml: \[2\]\.accent: 第7行：应为文字，而不是 7/),
    ]);
    expect(readDataIds(write('fine.yaml', '- id: a\n  name: 甲\n'), schema)).toEqual(['a']);
    // The data files' own schemas speak the editor's words too.
    const zones = errorOf(() =>
      readDataIds(
        write(
          'zones.yaml',
          '- id: Zhu Hai\n  name: 珠海高新区\n  fullName: 珠海国家高新技术产业开发区\n  kind: 国家高新区\n  province: 广东\n  city: 珠海\n  accent: red\n  description: 报道。\n',
        ),
        zoneSchema,
      ),
    );
    expect(zones.message.split('\n')).toEqual([
      expect.stringMatching(/zones\.yaml: \[0\]\.id: 第1行：id 应为小写字母、数字和 - /),
      expect.stringMatching(/zones\.yaml: \[0\]\.accent: 第7行：应为 #rrggbb 形式的颜色/),
    ]);
  });

  it('refuses an id given twice, at the second, naming the first (Astro would keep the last and drop the first)', () => {
    const error = errorOf(() =>
      readDataIds(write('twice-id.yaml', '- id: a\n  name: 甲\n- id: b\n- id: a\n  name: 乙\n')),
    );
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toMatch(
      /twice-id\.yaml: \[2\]\.id: 第4行：id "a" 与第1行的条目重复；每个条目的 id 须不同 \(duplicate id\)$/,
    );
  });

  it('rejects a root that is not a list', () => {
    const error = errorOf(() => readDataIds(write('map.yaml', 'zhuhai:\n  name: 珠海\n')));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain('map.yaml');
    expect(error.message).toContain('root');
  });

  it('rejects an entry without a string id, naming its index', () => {
    const error = errorOf(() => readDataIds(write('noid.yaml', '- id: a\n- name: 无名\n')));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain('noid.yaml');
    expect(error.message).toContain('[1].id');
    expect(errorOf(() => readDataIds(write('numid.yaml', '- id: 42\n'))).message).toContain('[0].id');
    expect(errorOf(() => readDataIds(write('nullentry.yaml', '- id: a\n-\n'))).message).toContain('[1].id');
  });
});

describe('articleProblems', () => {
  const source =
    '高新区党政办第二党支部\n到苏兆征故居陈列馆开展主题党日活动。\n党史学习教育开展以来，高新区把“学党史、悟思想”一体化部署推进。\n';
  const sources: Record<string, string> = { 'page-1': source };
  const readSource = (id: string) => sources[id];

  function article(
    overrides: Partial<ArticleForChecks['data']> = {},
    body = '党史学习教育开展以来，高新区一体化部署推进。\n',
  ): ArticleForChecks {
    return {
      filePath: 'content/articles/2021/dangshi.md',
      body,
      data: { title: '高新区党建', source: 'page-1', order: 1, corrections: [], ...overrides },
    };
  }

  it('finds nothing wrong with a clean article', () => {
    expect(articleProblems(article(), readSource)).toEqual([]);
  });

  it('refuses an exact date its page does not print, unless its evidence is written; names file, field and line', () => {
    const dated = (date: string, dateEvidence?: string): ArticleForChecks => ({
      ...article({ date, dateEvidence }),
      facts: { bodyLineOffset: 12, frontmatterLine: 1, fieldLines: new Map([['date', 4]]) },
    });
    const page = (text: string) => () => text;
    const printed = '高新区报\n2021年5月7日 星期五\n党史学习教育开展以来，高新区一体化部署推进。';
    expect(articleProblems(dated('2021-05-07'), page(printed))).toEqual([]);
    const [problem, ...rest] = articleProblems(dated('2021-05-08'), page(printed));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/articles\/2021\/dangshi\.md: date: 第4行：日期 "2021-05-08" 未印在原始版面/);
    // A page that prints no date: only a written evidence lets an exact date stand.
    const undated = '党史学习教育开展以来，高新区一体化部署推进。';
    expect(articleProblems(dated('2021-05-07'), page(undated))).toHaveLength(1);
    expect(articleProblems(dated('2021-05-07', '同日出版的另一版印有日期'), page(undated))).toEqual([]);
    expect(
      articleProblems({ ...dated('2021-05-07'), data: { ...dated('2021-05-07').data, draft: true } }, page(undated)),
    ).toEqual([]);
    // An approximate date is the schema's to check (it needs dateEvidence there).
    expect(articleProblems(dated('2021-05'), page(undated))).toEqual([]);
  });

  it('reports raw HTML in the body, with file, field and line', () => {
    const problems = articleProblems(article({}, '正文。\n\n<script>alert(1)</script>\n'), readSource);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/articles\/2021\/dangshi\.md: body: 第3行/);
    expect(problems[0]).toContain('<script>');
  });

  it('reports a level-1 heading in the body', () => {
    const problems = articleProblems(article({}, '正文。\n\n# 大标题\n'), readSource);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/articles/2021/dangshi.md: body: 第3行');
  });

  /** The article, with the file lines of some of its fields. */
  const withLines = (checked: ArticleForChecks, lines: [string, number][]): ArticleForChecks => ({
    ...checked,
    facts: { bodyLineOffset: 12, frontmatterLine: 1, fieldLines: new Map(lines) },
  });

  it('reports a missing source file, at the line of its field', () => {
    const problems = articleProblems(withLines(article({ source: 'page-9' }), [['source', 3]]), readSource);
    expect(problems).toEqual([expect.stringContaining('content/articles/2021/dangshi.md: source: 第3行：')]);
    expect(problems[0]).toContain('page-9');
  });

  it('reports a correction whose original is not on the page, at its line', () => {
    const problems = articleProblems(
      withLines(
        article({ corrections: [{ original: '苏兆微故居', corrected: '苏兆征故居' }] }, '到苏兆征故居陈列馆。'),
        [['corrections[0].original', 7]],
      ),
      readSource,
    );
    expect(problems).toEqual([
      expect.stringContaining('content/articles/2021/dangshi.md: corrections[0].original: 第7行：'),
    ]);
    expect(problems[0]).toContain('苏兆微故居');
  });

  it('reports a correction whose corrected text is not in the article, at its line', () => {
    const problems = articleProblems(
      withLines(
        article({
          corrections: [
            { original: '一体化部署', corrected: '一体化部属' },
            { original: '党史学习', corrected: '党史学习' },
          ],
        }),
        [['corrections[0].corrected', 8]],
      ),
      readSource,
    );
    expect(problems).toEqual([expect.stringContaining('corrections[0].corrected: 第8行：')]);
    expect(problems[0]).toContain('一体化部属');
  });

  it('finds the corrected text in the headline too', () => {
    const problems = articleProblems(
      article({ kicker: '苏兆征故居', corrections: [{ original: '苏兆征故居', corrected: '苏兆征故居' }] }),
      readSource,
    );
    expect(problems).toEqual([]);
  });

  it('tolerates whitespace differences across a column break', () => {
    const data = { corrections: [{ original: '第二党支部到苏兆征', corrected: '第二 党支部到苏兆征' }] };
    expect(articleProblems(article(data, '高新区党政办第二党\n支部到苏兆征故居。'), readSource)).toEqual([]);
  });

  it('does not check corrections against a missing source', () => {
    const problems = articleProblems(
      article({ source: 'page-9', corrections: [{ original: '不在任何地方', corrected: '一体化部署' }] }),
      readSource,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(': source: ');
  });

  it('accepts an empty corrected text (a deletion)', () => {
    expect(articleProblems(article({ corrections: [{ original: '主题党日', corrected: '' }] }), readSource)).toEqual(
      [],
    );
  });
});

describe('articleProblems: links, empty bodies, file lines', () => {
  const readSource = () => '正文。\n';
  const at = (body: string, data: Partial<ArticleForChecks['data']> = {}, bodyLineOffset = 0): ArticleForChecks => ({
    filePath: 'content/articles/2019/x.md',
    body,
    data: { title: 't', source: 'p', order: 1, corrections: [], ...data },
    facts: { bodyLineOffset, frontmatterLine: 1, fieldLines: new Map() },
  });

  it('counts body lines from the first line of the file', () => {
    const problems = articleProblems(at('正文。\n\n<br>', {}, 30), readSource);
    expect(problems).toEqual([expect.stringContaining('content/articles/2019/x.md: body: 第33行含原始 HTML')]);
  });

  it('refuses a link that is not http, https, mailto or internal, at its file line', () => {
    const problems = articleProblems(at('正文。\n\n[点击](javascript:alert(1))', {}, 10), readSource);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/articles\/2019\/x\.md: body: 第13行的链接 "javascript:alert\(1\)" 不允许/),
    ]);
    expect(articleProblems(at('[站内](/zones/) [外](https://example.org) [信](mailto:a@b.cn)'), readSource)).toEqual(
      [],
    );
  });

  it('refuses an empty body unless the article says why, and the reason without an empty body', () => {
    expect(articleProblems(at('', {}, 9), readSource)).toEqual([
      expect.stringContaining('x.md: body: 第10行：正文为空'),
    ]);
    expect(articleProblems(at('\n\n'), readSource)).toEqual([expect.stringContaining('x.md: body: 第1行：正文为空')]);
    expect(articleProblems(at('', { emptyBody: '图片新闻：只有照片和说明' }), readSource)).toEqual([]);
    const explained = at('正文。', { emptyBody: '图片新闻' });
    explained.facts!.fieldLines.set('emptyBody', 5);
    expect(articleProblems(explained, readSource)).toEqual([expect.stringContaining('x.md: emptyBody: 第5行：')]);
  });
});

describe('provenanceProblems', () => {
  const page = SourceIndex.of(
    '高新区召开党建工作会议\n\n撰写:本报记者 宋一诺\n\n党员志愿服务岗办理服务事项合计439件。解决了社\n\n区因阵地建设不足的问题。\n\n第二段照录。\n',
  );
  const article = (body: string, data: Partial<ArticleForChecks['data']> = {}): ArticleForChecks => ({
    filePath: 'content/articles/2019/x.md',
    body,
    data: {
      title: '高新区召开党建工作会议',
      source: 'p',
      order: 1,
      corrections: [],
      credits: [{ label: '撰写', title: '本报记者', name: '宋一诺' }],
      ...data,
    },
    facts: { bodyLineOffset: 20, frontmatterLine: 1, fieldLines: new Map([['title', 2]]) },
  });

  it('accepts the page as printed, joined across a column break', () => {
    expect(
      provenanceProblems(
        article('党员志愿服务岗办理服务事项合计439件。解决了社区因阵地建设不足的问题。\n\n第二段照录。'),
        page,
      ),
    ).toEqual([]);
  });

  it('names the file, the field, the file line and the words the page does not print', () => {
    const body = '第二段照录。\n\n党员志愿服务岗办理服务事项合计4390件。解决了社区因阵地建设不足的问题。';
    expect(provenanceProblems(article(body, { reordered: true }), page)).toEqual([
      expect.stringMatching(
        /^content\/articles\/2019\/x\.md: body: 第23行：原始版面中没有“0”：…\S*合计439【0】件。解决了/,
      ),
    ]);
    expect(provenanceProblems(article('第二段照录。', { title: '高新区召开党建会议' }), page)).toEqual([
      expect.stringMatching(/: title: 第2行：/),
    ]);
    expect(provenanceProblems(article('第二段照录。', { credits: [{ label: '撰写', name: '宋二诺' }] }), page)).toEqual(
      [expect.stringMatching(/: credits\[0\]\.name: 原始版面中没有/)],
    );
  });

  it('finds each part of a label printed around the name (… where the name stands)', () => {
    const given = SourceIndex.of('高新区召开党建工作会议\n\n第二段照录。\n\n（本版图片由高新区宣传部提供）\n');
    const credited = (label: string) =>
      article('第二段照录。', { credits: [{ role: 'photographer', label, name: '高新区宣传部' }] as never });
    expect(provenanceProblems(credited('本版图片由…提供'), given)).toEqual([]);
    expect(provenanceProblems(credited('本版图片由…赠送'), given)).toEqual([
      expect.stringMatching(/: credits\[0\]\.label: 原始版面中没有/),
    ]);
  });

  it('honours corrections', () => {
    const corrected = article('党员志愿服务岗办理服务事项合计493件。', {
      corrections: [{ original: '合计439件', corrected: '合计493件' }],
    });
    expect(provenanceProblems(corrected, page)).toEqual([]);
  });

  it('checks the order of paragraphs unless the article says reordered', () => {
    const body = '第二段照录。\n\n党员志愿服务岗办理服务事项合计439件。';
    expect(provenanceProblems(article(body), page)).toEqual([
      expect.stringMatching(/: body: 第23行：此段在原始版面上排在前一段之前/),
    ]);
    expect(provenanceProblems(article(body, { reordered: true }), page)).toEqual([]);
  });

  it('finds a stanza in order across its lines when the headline above prints its words on one line', () => {
    const poem = SourceIndex.of(
      '不忘初心 牢记使命\n\n鸡山社区党日活动\n\n党员们纷纷感慨\n\n大家纷纷表示\n\n\n不忘初心\n\n牢记使命\n',
    );
    const stanzas = article('党员们纷纷感慨\\\n大家纷纷表示\n\n不忘初心\\\n牢记使命', {
      kicker: '不忘初心 牢记使命',
      title: '鸡山社区党日活动',
      credits: [],
    });
    expect(provenanceProblems(stanzas, poem)).toEqual([]);
    // Printed nowhere after the paragraph above, across lines or not: out of order, as before.
    const moved = article('不忘初心\\\n牢记使命\n\n大家纷纷表示\n\n党员们纷纷感慨', {
      kicker: '不忘初心 牢记使命',
      title: '鸡山社区党日活动',
      credits: [],
    });
    expect(provenanceProblems(moved, poem)).toEqual([expect.stringMatching(/此段在原始版面上排在前一段之前/)]);
  });

  it('finds a stanza in order across its lines when a later story prints its words on one line', () => {
    const page = SourceIndex.of(
      [
        '七一抒怀',
        '',
        '基础不牢，',
        '地动山摇。',
        '',
        '只有加强基层党建工作，',
        '才能确保党的根基牢固。',
        '',
        '党建引领发展',
        '',
        '基础不牢，地动山摇。高新区全面加强基层党建工作。',
      ].join('\n'),
    );
    const poem = article('基础不牢，\\\n地动山摇。\n\n只有加强基层党建工作，\\\n才能确保党的根基牢固。', {
      title: '七一抒怀',
      credits: [],
    });
    expect(provenanceProblems(poem, page)).toEqual([]);
    // Read on the later story's line, the stanza is after the paragraph above it.
    const moved = article('只有加强基层党建工作，\\\n才能确保党的根基牢固。\n\n基础不牢，\\\n地动山摇。', {
      title: '七一抒怀',
      credits: [],
    });
    expect(provenanceProblems(moved, page)).toEqual([]);
    const reversed = article('才能确保党的根基牢固。\n\n只有加强基层党建工作，', { title: '七一抒怀', credits: [] });
    expect(provenanceProblems(reversed, page)).toEqual([expect.stringMatching(/此段在原始版面上排在前一段之前/)]);
  });
});

describe('a story that began on another page', () => {
  // The part on page 2: its text under a jump line, its headline printed on page 1 only.
  const page2 = SourceIndex.of('（上接第1版）\n\n第二段照录。\n');
  const article = (filePath: string, data: Partial<ArticleForChecks['data']>): ArticleForChecks => ({
    filePath,
    body: '第二段照录。',
    data: { title: '高新区召开党建工作会议', source: 'p2', order: 1, corrections: [], date: '2019-10-28', ...data },
    facts: { bodyLineOffset: 20, frontmatterLine: 1, fieldLines: new Map([['title', 2]]) },
  });
  const first = article('content/articles/2019/part-1.md', { source: 'p1', continuedIn: 'part-2' });
  const headlineOf = ({ data }: ArticleForChecks) => ({
    kicker: data.kicker,
    title: data.title,
    subtitle: data.subtitle,
  });

  it('takes the headline of the part before it, which need not be printed on its own page', () => {
    const next = article('content/articles/2019/part-2.md', {});
    linkHeadlinesBefore([first, next]);
    expect(next.headlineBefore).toEqual(headlineOf(first));
    expect(first.headlineBefore).toBeUndefined();
    expect(provenanceProblems(next, page2)).toEqual([]);
  });

  it('still has a headline of its own checked against its page', () => {
    const next = article('content/articles/2019/part-2.md', { title: '党建工作会议（续）' });
    linkHeadlinesBefore([first, next]);
    expect(provenanceProblems(next, page2)).toEqual([
      expect.stringMatching(/part-2\.md: title: 第2行：原始版面中没有/),
    ]);
  });

  it('is not told so by a draft, nor by an article that does not name it', () => {
    for (const before of [
      { ...first, data: { ...first.data, draft: true as const } },
      { ...first, data: { ...first.data, continuedIn: 'other' } },
    ]) {
      const next = article('content/articles/2019/part-2.md', {});
      linkHeadlinesBefore([before, next]);
      expect(next.headlineBefore).toBeUndefined();
      expect(provenanceProblems(next, page2)).toEqual([expect.stringMatching(/part-2\.md: title: /)]);
    }
  });

  it('is checked again when the headline of the part before it changes', () => {
    const next = article('content/articles/2019/part-2.md', {});
    const key = articleCheckKey('v', next, 'page');
    linkHeadlinesBefore([first, next]);
    const linked = articleCheckKey('v', next, 'page');
    expect(linked).not.toBe(key);
    linkHeadlinesBefore([article(first.filePath, { ...first.data, title: '另一个标题' }), next]);
    expect(articleCheckKey('v', next, 'page')).not.toBe(linked);
  });
});

describe('readSourceText', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'read-source-'));
    mkdirSync(path.join(root, 'sources'));
    writeFileSync(path.join(root, 'sources', 'bom.txt'), '\ufeff版面\n');
    writeFileSync(path.join(root, 'outside.txt'), '机密\n');
    symlinkSync(path.join(root, 'outside.txt'), path.join(root, 'sources', 'leak.txt'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('drops a byte-order mark, refuses a symlink, and says when there is no page', () => {
    expect(readSourceText('bom', root)).toBe('版面\n');
    expect(() => readSourceText('leak', root)).toThrow(/leak\.txt: file: 不是普通文件/);
    expect(readSourceText('missing', root)).toBeUndefined();
  });
});

describe('duplicatePositions', () => {
  const at = (filePath: string, source: string, order: number): ArticleForChecks => ({
    filePath,
    body: '',
    data: { title: 't', source, order, corrections: [] },
    facts: { bodyLineOffset: 9, frontmatterLine: 1, fieldLines: new Map([['order', 4]]) },
  });

  it('accepts distinct positions', () => {
    expect(duplicatePositions([at('a.md', 'p1', 1), at('b.md', 'p1', 2), at('c.md', 'p2', 1)])).toEqual([]);
  });

  it('names both articles at the same position of one page', () => {
    const problems = duplicatePositions([at('a.md', 'p1', 1), at('b.md', 'p2', 1), at('c.md', 'p1', 1)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^c\.md: order: 第4行：/);
    expect(problems[0]).toContain('a.md');
    expect(problems[0]).toContain('p1');
  });
});

describe('pageDisagreements', () => {
  const story = (
    filePath: string,
    order: number,
    data: Partial<ArticleForChecks['data']> = {},
    source = 's',
  ): ArticleForChecks => {
    // date at line 3, newspaper at 6, page at 7, unless left out; the frontmatter opens at line 1.
    const fieldLines = new Map([
      ['date', 3],
      ['newspaper', 6],
      ['page', 7],
    ]);
    for (const [field, value] of Object.entries(data)) if (value === undefined) fieldLines.delete(field);
    return {
      filePath,
      body: '',
      data: { title: 't', source, order, corrections: [], date: '2019-10-28', newspaper: 'paper', page: '9', ...data },
      facts: { bodyLineOffset: 9, frontmatterLine: 1, fieldLines },
    };
  };

  it('accepts the stories of one page that agree, and different pages that differ', () => {
    expect(pageDisagreements([story('a.md', 1), story('b.md', 2)])).toEqual([]);
    expect(
      pageDisagreements([story('a.md', 1), story('b.md', 1, { date: '2021-06', page: undefined }, 'other')]),
    ).toEqual([]);
  });

  it.each([
    ['date', { date: '2019-10-29' }, '第3行："2019-10-29"', '"2019-10-28"'],
    ['date', { date: '2019-10' }, '第3行："2019-10"', '"2019-10-28"'],
    ['newspaper', { newspaper: 'other' }, '第6行："other"', '"paper"'],
    ['newspaper', { newspaper: undefined }, '第1行：未填', '"paper"'],
    ['page', { page: '10' }, '第7行："10"', '"9"'],
  ] as [string, Partial<ArticleForChecks['data']>, string, string][])(
    'names the story, its %s and its line, and the page’s first story with its value',
    (field, change, told, expected) => {
      // Given out of order: the page's first story is the one of the lowest order.
      const problems = pageDisagreements([story('c.md', 3, change), story('a.md', 1), story('b.md', 2)]);
      expect(problems).toEqual([
        expect.stringContaining(`c.md: ${field}: ${told} 与同版面 s 的 a.md（${expected}）不一致`),
      ]);
    },
  );

  it('leaves drafts out until they are published', () => {
    expect(pageDisagreements([story('a.md', 1), story('b.md', 2, { draft: true, date: '2020' })])).toEqual([]);
  });
});
