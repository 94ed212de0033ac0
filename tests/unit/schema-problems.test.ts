import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectArticleText } from '../../src/lib/article-files.ts';
import { fieldPath, schemaProblems } from '../../src/lib/schema-problems.ts';
import { articleSchema } from '../../src/content.config.ts';
import { parseDocument } from 'yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';

const FILE = 'content/articles/2019/x.md';
const VALID = [
  'title: 高新区召开党建工作会议',
  'date: "2019-10-28"',
  'source: p',
  'order: 1',
  'newspaper: zhongguo-gaoxin-daobao',
  'newspaperPrinted: true',
  'zone: jining',
  'topics: [jiceng-dangjian]',
];

/** The messages the loader gives for a file of these frontmatter lines (after `leading` blank lines). */
function problemsOf(lines: string[], leading = 0): string[] {
  const text = `${'\n'.repeat(leading)}---\n${lines.join('\n')}\n---\n\n正文。\n`;
  const { facts } = inspectArticleText(text, FILE, undefined, { yaml: false });
  const data = parseDocument(lines.join('\n')).toJS() as Record<string, unknown>;
  const result = articleSchema.safeParse(data, { reportInput: true });
  return result.success ? [] : schemaProblems(FILE, result.error.issues, facts!.fieldLines, facts!.frontmatterLine);
}

describe('fieldPath', () => {
  it('reads as the field paths of the files: keys joined by dots, list entries in brackets', () => {
    expect(fieldPath(['credits', 0, 'id'])).toBe('credits[0].id');
    expect(fieldPath(['captions', 12])).toBe('captions[12]');
    expect(fieldPath(['title'])).toBe('title');
    expect(fieldPath([])).toBe('frontmatter');
  });
});

describe('schemaProblems, on the real schema', () => {
  it('finds nothing in the valid frontmatter the cases below break', () => {
    expect(problemsOf(VALID)).toEqual([]);
  });

  it('names the field at its own line, with the schema’s own message', () => {
    const lines = VALID.map((line) => (line.startsWith('zone:') ? 'zone: atlantis' : line));
    expect(problemsOf(lines)).toEqual([
      `${FILE}: zone: 第8行：${articleSchema.shape.zone.safeParse('atlantis').error!.issues[0]!.message}`,
    ]);
  });

  it('counts lines from the file’s first line, blank lines before the frontmatter included', () => {
    const lines = VALID.map((line) => (line.startsWith('date:') ? 'date: "2019-02-30"' : line));
    expect(problemsOf(lines, 2)).toEqual([`${FILE}: date: 第5行：日期 2019-02-30 不存在 (impossible date)`]);
  });

  it('gives a missing field the line where the frontmatter begins', () => {
    expect(problemsOf(VALID.slice(1), 3)).toEqual([`${FILE}: title: 第4行起的 frontmatter 中缺少此项 (required)`]);
  });

  it('gives a check on an absent field the frontmatter’s line too, saying the field is not there', () => {
    const lines = VALID.map((line) => (line.startsWith('date:') ? 'date: "2019-10"' : line));
    expect(problemsOf(lines)).toEqual([
      `${FILE}: dateEvidence: 第1行起的 frontmatter 中没有此项：估计日期 "2019-10" 必须在 dateEvidence 中写明依据 (an approximate date needs its evidence)`,
    ]);
  });

  it('names every issue of a list entry, each at the entry’s line, and each unknown key at its own', () => {
    const lines = [
      ...VALID,
      'credits:',
      '  - { role: writer, name: 张志东 }',
      '  - role: boss',
      '    nam: 王明',
      'titel: 错字',
    ];
    expect(problemsOf(lines)).toEqual([
      `${FILE}: credits[1].role: 第12行：应为 "writer"、"photographer"、"editor"、"layout" (expected one of these)`,
      `${FILE}: credits[1].name: 第12行：缺少此项 (required)`,
      `${FILE}: credits[1].nam: 第13行：未知字段，请检查拼写 (unknown field)`,
      `${FILE}: titel: 第14行：未知字段，请检查拼写 (unknown field)`,
    ]);
  });

  it('gives frontmatter that is not a set of fields the line where it begins', () => {
    expect(problemsOf(['- title', '- date'], 1)).toEqual([
      `${FILE}: frontmatter: 第2行：应为键值条目，而不是 ["title","date"] (expected object)`,
    ]);
  });

  it('says what a value of the wrong kind is, and that a text must not be empty', () => {
    const lines = VALID.map((line) =>
      line.startsWith('order:')
        ? 'order: 第一'
        : line.startsWith('title:')
          ? 'title: "  "'
          : line.startsWith('newspaperPrinted:')
            ? 'newspaperPrinted: 否'
            : line,
    );
    expect(problemsOf(lines)).toEqual([
      `${FILE}: title: 第2行：不能为空 (must not be empty)`,
      `${FILE}: order: 第5行：应为数字，而不是 "第一" (expected number)`,
      `${FILE}: newspaperPrinted: 第7行：应为 true 或 false，而不是 "否" (expected boolean)`,
    ]);
  });

  it('says in the editor’s words that a number must be whole and above its least value', () => {
    const order = (value: string) => VALID.map((line) => (line.startsWith('order:') ? `order: ${value}` : line));
    expect(problemsOf(order('1.5'))).toEqual([`${FILE}: order: 第5行：应为整数，而不是 1.5 (expected int)`]);
    expect(problemsOf(order('0'))).toEqual([`${FILE}: order: 第5行：应大于 0，而不是 0 (too small)`]);
    expect(problemsOf(order('-1'))).toEqual([`${FILE}: order: 第5行：应大于 0，而不是 -1 (too small)`]);
  });

  it('asks for quotes around an unquoted date, as the build reads it, without echoing a date the file does not say', () => {
    for (const written of ['2019-10-28', '2019-02-30']) {
      const text = `---\n${VALID.map((line) => (line.startsWith('date:') ? `date: ${written}` : line)).join('\n')}\n---\n\n正文。\n`;
      const { facts } = inspectArticleText(text, FILE, undefined, { yaml: false });
      const result = articleSchema.safeParse(parseFrontmatter(text).frontmatter, { reportInput: true });
      expect(result.success).toBe(false);
      const problems = schemaProblems(FILE, result.success ? [] : result.error.issues, facts!.fieldLines);
      expect(problems).toEqual([expect.stringMatching(/^content\/articles\/2019\/x\.md: date: 第3行：.*加上引号/)]);
      expect(problems.join()).not.toMatch(/T00:00|2019-03-02/);
    }
  });

  it('cuts a long value of the wrong kind short', () => {
    const lines = [...VALID, `credits: ${'党'.repeat(100)}`];
    expect(problemsOf(lines)).toEqual([
      `${FILE}: credits: 第10行：应为列表，而不是 "${'党'.repeat(39)}… (expected array)`,
    ]);
  });

  it('gives every issue of any frontmatter a line within the frontmatter', () => {
    const value = fc.oneof(
      fc.constant('""'),
      fc.constant('[]'),
      fc.constant('{}'),
      fc.constant('7'),
      fc.constant('true'),
      fc.constant('x'),
    );
    const field = fc.constantFrom(
      'title',
      'date',
      'order',
      'zone',
      'credits',
      'captions',
      'topics',
      'newspaperPrinted',
      'extra',
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(field, value), { selector: ([key]) => key, maxLength: 6 }),
        fc.nat(3),
        (changes, leading) => {
          const changed = new Map<string, string>(changes);
          const lines = [
            ...VALID.filter((line) => !changed.has(line.split(':')[0]!)),
            ...changes.map(([key, v]) => `${key}: ${v}`),
          ];
          const last = leading + lines.length + 2;
          for (const problem of problemsOf(lines, leading)) {
            const line = Number(/: 第(\d+)行/.exec(problem)?.[1]);
            expect(line).toBeGreaterThanOrEqual(leading + 1);
            expect(line).toBeLessThanOrEqual(last);
          }
        },
      ),
    );
  });
});
