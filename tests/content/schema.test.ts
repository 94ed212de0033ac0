import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../helpers/sandbox.ts';

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
  field: string;
}

const cases: Case[] = [
  { name: 'missing headline', files: { '2019/no-title.md': article({ title: undefined }) }, file: 'no-title.md', field: 'title' },
  { name: 'impossible date', files: { '2019/bad-date.md': article({ date: '"2019-02-30"' }) }, file: 'bad-date.md', field: 'date' },
  { name: 'unknown zone', files: { '2019/bad-zone.md': article({ zone: 'atlantis' }) }, file: 'bad-zone.md', field: 'zone' },
  {
    name: 'duplicate id',
    files: { '2019/same-name.md': article(), '2021/same-name.md': article({ order: '2' }) },
    file: 'same-name.md',
    field: 'id',
  },
  {
    name: 'a file name that is not a lowercase slug',
    files: { '2019/Bad_Name.md': article() },
    file: 'Bad_Name.md',
    field: 'lowercase ASCII slug',
  },
  { name: 'malformed YAML, named by its field and file line', files: { '2019/bad-yaml.md': article({ title: '[未闭合的方括号' }) }, file: 'bad-yaml.md', field: 'title: 第2行：YAML 语法错误' },
  {
    name: 'approximate date without evidence',
    files: { '2019/no-evidence.md': article({ date: '"2019-10"' }) },
    file: 'no-evidence.md',
    field: 'dateEvidence',
  },
  {
    name: 'raw <script> in the body',
    files: { '2019/script-body.md': article({}, '新近投运的北京大兴国际机场备受全球高度关注，被称之为是全球新奇迹之首。\n\n<script>alert(1)</script>\n') },
    file: 'script-body.md',
    // Counted from the file's first line: 10 lines of frontmatter, a blank line, a paragraph, a blank line.
    field: 'body: 第14行含原始 HTML',
  },
  {
    name: 'correction not found in the source page',
    files: { '2019/bad-correction.md': article({ corrections: '[{ original: 页面上没有的字, corrected: 正文 }]' }) },
    file: 'bad-correction.md',
    field: 'corrections',
  },
  {
    name: 'a headline part longer than any printed headline',
    files: { '2019/long-title.md': article({ title: '党'.repeat(81) }) },
    file: 'long-title.md',
    field: 'title',
  },
  {
    name: 'reordered without an editorial note saying why',
    files: { '2019/reordered.md': article({ reordered: 'true' }) },
    file: 'reordered.md',
    field: 'reordered: true 须在 editorialNotes 中说明',
  },
  {
    name: 'a credit id that is not a lowercase slug',
    files: { '2019/bad-credit-id.md': article({ credits: '[{ role: writer, name: 张志东, id: 张志东 }]' }) },
    file: 'bad-credit-id.md',
    field: '署名 id 应为小写字母',
  },
];

describe('bad articles fail the build with the file and the field named', () => {
  let good: Sandbox;
  beforeAll(() => {
    good = createSandbox();
  });
  afterAll(() => good.remove());

  it('a valid article passes (the fixtures differ from it in one thing each)', () => {
    good.write('content/articles/2019/valid.md', article());
    const result = good.astro('sync');
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it.each(cases)('$name', ({ files, file, field }) => {
    const sandbox = createSandbox();
    try {
      for (const [name, text] of Object.entries(files)) sandbox.write(`content/articles/${name}`, text);
      const result = sandbox.astro('sync');
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).toContain(file);
      expect(result.output).toContain(field);
    } finally {
      sandbox.remove();
    }
  });
});
