import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, omittingPage, type Sandbox } from '../helpers/sandbox.ts';

/** A valid article, its words as its page prints them; each case below breaks one thing. */
function article(
  overrides: Record<string, string | undefined> = {},
  body = '新近投运的北京大兴国际机场备受全球高度关注，被称之为是全球新奇迹之首。\n',
): string {
  const fields: Record<string, string | undefined> = {
    title: '"“淄博高新区制造”闪耀北京大兴国际机场"',
    date: '"2019-10-28"',
    source: '004_0c38c2483bdfdc45',
    order: '1',
    newspaper: 'zhongguo-gaoxin-daobao',
    newspaperPrinted: 'true',
    zone: 'jining',
    topics: '[jiceng-dangjian]',
    ...overrides,
  };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}

interface Case {
  name: string;
  files: Record<string, string>;
  file: string;
  /** What the message says after the file's path: the field, and the line where there is one. */
  field: string;
}

// Each file breaks one thing, and its position (order) is its own, so that no case trips another.
// The first builds: what the files and the schema refuse; the second, what only the text checks
// see, beside one file the schema refuses.
const refusedByFilesOrSchema: Case[] = [
  { name: 'missing headline', files: { '2019/no-title.md': article({ title: undefined, order: '2' }) }, file: 'no-title.md', field: 'title: 第1行起的 frontmatter 中缺少此项' },
  { name: 'impossible date', files: { '2019/bad-date.md': article({ date: '"2019-02-30"', order: '3' }) }, file: 'bad-date.md', field: 'date: 第3行：' },
  { name: 'unknown zone', files: { '2019/bad-zone.md': article({ zone: 'atlantis', order: '4' }) }, file: 'bad-zone.md', field: 'zone: 第8行：未知的园区' },
  {
    name: 'duplicate id',
    files: { '2019/same-name.md': article({ order: '5' }), '2021/same-name.md': article({ order: '6' }) },
    file: 'same-name.md',
    field: 'same-name.md: id: 与',
  },
  {
    name: 'a file name that is not a lowercase slug',
    files: { '2019/Bad_Name.md': article({ order: '7' }) },
    file: 'Bad_Name.md',
    // Named from the project root, as every other message names its file.
    field: 'content/articles/2019/Bad_Name.md: id: 文件名 "Bad_Name" 应为小写拼音词',
  },
  { name: 'malformed YAML, named by its field and file line', files: { '2019/bad-yaml.md': article({ title: '[未闭合的方括号', order: '8' }) }, file: 'bad-yaml.md', field: 'title: 第2行：YAML 语法错误' },
  {
    name: 'approximate date without evidence',
    files: { '2019/no-evidence.md': article({ date: '"2019-10"', order: '9' }) },
    file: 'no-evidence.md',
    field: 'dateEvidence: 第1行起的 frontmatter 中没有此项：',
  },
  {
    name: 'a headline part longer than any printed headline',
    files: { '2019/long-title.md': article({ title: '党'.repeat(81), order: '10' }) },
    file: 'long-title.md',
    field: 'title: 第2行：标题行共 81 字',
  },
  {
    name: 'a headline part on two lines',
    files: { '2019/two-line-title.md': article({ title: '"“淄博高新区制造”\\n闪耀北京大兴国际机场"', order: '30' }) },
    file: 'two-line-title.md',
    field: 'title: 第2行：不能换行',
  },
  {
    name: 'a credit id that is not a lowercase slug',
    files: { '2019/bad-credit-id.md': article({ order: '11', credits: '[{ role: writer, name: 张志东, id: 张志东 }]' }) },
    file: 'bad-credit-id.md',
    field: 'credits[0].id: 第10行：署名 id 应为小写字母',
  },
  {
    name: 'a continuation that is not an article id',
    files: { '2019/bad-continued-in.md': article({ order: '34', continuedIn: '"第2版"' }) },
    file: 'bad-continued-in.md',
    field: 'continuedIn: 第10行：应为续文那篇文章的 id',
  },
  {
    name: 'a YAML tag, which Astro refuses',
    files: { '2019/yaml-tag.md': article({ order: '32', column: '!!js/function "function () {}"' }) },
    file: 'yaml-tag.md',
    field: 'column: 第10行：YAML 语法错误：不支持的标签 !!js/function；请直接写出取值',
  },
  {
    name: "a nesting too deep for Astro's YAML parser",
    files: { '2019/too-deep.md': article({ order: '33', credits: `${'['.repeat(101)}${']'.repeat(101)}` }) },
    file: 'too-deep.md',
    field: 'credits: 第10行：YAML 语法错误：嵌套超过 100 层',
  },
  {
    name: 'a misspelt field',
    files: { '2019/misspelt.md': article({ order: '12', titel: '错字' }) },
    file: 'misspelt.md',
    field: 'titel: 第10行：未知字段',
  },
];

const refusedByTextChecks: Case[] = [
  {
    name: 'raw <script> in the body',
    files: { '2019/script-body.md': article({ order: '13' }, '新近投运的北京大兴国际机场备受全球高度关注，被称之为是全球新奇迹之首。\n\n<script>alert(1)</script>\n') },
    file: 'script-body.md',
    // Counted from the file's first line: 10 lines of frontmatter, a blank line, a paragraph, a blank line.
    field: 'body: 第14行含原始 HTML',
  },
  {
    name: 'correction not found in the source page',
    files: { '2019/bad-correction.md': article({ order: '14', corrections: '[{ original: 页面上没有的字, corrected: 正文 }]' }) },
    file: 'bad-correction.md',
    field: 'corrections',
  },
  {
    name: 'reordered without an editorial note saying why',
    files: { '2019/reordered.md': article({ order: '15', reordered: 'true' }) },
    file: 'reordered.md',
    field: 'reordered: 第10行：reordered: true 须在 editorialNotes 中说明',
  },
  {
    name: 'a picture in the body (the archive holds captions, not photos)',
    files: {
      '2019/picture.md': article(
        { order: '31' },
        '新近投运的北京大兴国际机场备受全球高度关注，被称之为是全球新奇迹之首。\n\n![](https://example.org/photo.jpg)\n',
      ),
    },
    file: 'picture.md',
    field: 'body: 第14行有图片 "https://example.org/photo.jpg"：档案不收照片',
  },
  {
    name: 'beside them, a file the schema refuses',
    files: { '2019/bad-zone.md': article({ zone: 'atlantis', order: '16' }) },
    file: 'bad-zone.md',
    field: 'zone: 第8行：未知的园区',
  },
];

/** The valid article alone on its page: the page's other lines recorded as left out. */
const VALID = article().replace('\n---\n\n', `\n${omittingPage('004_0c38c2483bdfdc45')}\n---\n\n`);

describe('bad articles fail the build with the file, the field and the line named', () => {
  let good: Sandbox;
  beforeAll(() => {
    good = createSandbox();
  });
  afterAll(() => good.remove());

  it('a valid article passes (the fixtures differ from it in one thing each)', () => {
    good.write('content/articles/2019/valid.md', VALID);
    const result = good.astro('sync');
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  /**
   * `astro sync` of the valid article, after a sync that stored it, with one file of the project
   * changed; then the file is put back, and the article passes again.
   */
  function syncWithChanged(file: string, change: (text: string) => string): { status: number | null; output: string } {
    good.write('content/articles/2019/valid.md', VALID);
    expect(good.astro('sync').status).toBe(0);
    const target = path.join(good.root, file);
    const before = readFileSync(target, 'utf8');
    const after = change(before);
    expect(after, 'the change changes something').not.toBe(before);
    try {
      writeFileSync(target, after);
      return good.astro('sync');
    } finally {
      writeFileSync(target, before);
      expect(good.astro('sync').status).toBe(0);
    }
  }

  it('an unchanged article is checked again when what the schema reads changes: a zone removed from zones.yaml', () => {
    const result = syncWithChanged('content/zones.yaml', (zones) => zones.replace(/^- id: jining\n(?: .*\n)*/m, ''));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('content/articles/2019/valid.md: zone: 第8行：未知的园区 "jining"');
  });

  it('and when a module the schema imports changes: a lower headline limit', () => {
    const result = syncWithChanged('src/lib/article-files.ts', (limits) =>
      limits.replace('headlineChars: 80,', 'headlineChars: 10,'),
    );
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/content\/articles\/2019\/valid\.md: title: 第2行：标题行共 \d+ 字，超过上限 10 字/);
  });

  describe.each([
    ['files and the schema refuse', refusedByFilesOrSchema],
    ['only the text checks see', refusedByTextChecks],
  ])('one build names every file with what %s', (_, cases) => {
    let output = '';
    let status: number | null = null;
    beforeAll(() => {
      const sandbox = createSandbox();
      try {
        for (const { files } of cases)
          for (const [name, text] of Object.entries(files)) sandbox.write(`content/articles/${name}`, text);
        ({ output, status } = sandbox.astro('sync'));
      } finally {
        sandbox.remove();
      }
    });

    it('fails', () => expect(status, output).not.toBe(0));

    it.each(cases)('$name', ({ file, field }) => {
      const messages = output.split('\n').filter((line) => line.includes(`${file}: `));
      expect(messages, output).not.toEqual([]);
      expect(messages.some((line) => line.includes(field)), output).toBe(true);
    });
  });
});
