import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  documentValue,
  fieldAt,
  inspectArticleFiles,
  inspectArticleText,
  LIMITS,
  parserErrorProblem,
  yamlMessageInWords,
  yearFolderProblem,
} from '../../src/lib/article-files.ts';
import { splitArticleFile } from '../../src/lib/article-file.ts';
import { parseDocument } from 'yaml';

const FILE = 'content/articles/2019/x.md';
const article = (frontmatter: string[], body = '正文。\n') => `---\n${frontmatter.join('\n')}\n---\n\n${body}`;
const BASE = ['title: 高新区召开党建工作会议', 'date: "2019-10-28"', 'source: p', 'order: 1'];

describe('inspectArticleText', () => {
  it('finds nothing wrong with a plain article, and gives the file line of the body and of each field', () => {
    const result = inspectArticleText(
      article([...BASE, 'captions:', '  - { text: 说明。, credit: 摄影 }'], '第一段。\n\n第二段。\n'),
      FILE,
      '2019',
    );
    expect(result.problems).toEqual([]);
    // Astro gives the body trimmed: its first line is line 10 of the file.
    expect(result.facts!.bodyLineOffset).toBe(9);
    expect(result.facts!.fieldLines.get('title')).toBe(2);
    expect(result.facts!.fieldLines.get('captions[0].text')).toBe(7);
  });

  it('gives an empty body the line after the frontmatter, not a line past the end of the file', () => {
    // --- at 1, four fields at 2–5, --- at 6: the body begins at line 7, however many blank lines follow.
    for (const body of ['', '\n', '\n\n\n']) {
      expect(inspectArticleText(article(BASE, body), FILE, '2019').facts!.bodyLineOffset).toBe(6);
    }
  });

  it('names the field and the file line of a YAML error', () => {
    const { problems } = inspectArticleText(
      article([...BASE.slice(1), 'title: [未闭合的方括号', 'zone: jining']),
      FILE,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^content\/articles\/2019\/x\.md: title: 第5行：YAML 语法错误.*（第6行发现）/),
    ]);
    const duplicate = inspectArticleText(article([...BASE, 'order: 2']), FILE).problems;
    expect(duplicate).toEqual([expect.stringMatching(/: order: 第6行：YAML 语法错误：字段 order 写了两次/)]);
  });

  it('names a key written twice by itself, at its second line, however deep', () => {
    const credits = ['credits:', '  - role: writer', '    name: 宋一诺', '    role: photographer'];
    const { problems } = inspectArticleText(article([...BASE, ...credits]), FILE);
    expect(problems).toEqual([
      `${FILE}: credits[0].role: 第9行：YAML 语法错误：字段 role 写了两次，只能写一次（Map keys must be unique） (YAML error)`,
    ]);
  });

  it("refuses a tag, which Astro's YAML parser refuses and this one only warns of", () => {
    for (const [tag, shown] of [
      ['!foo', '!foo'],
      ['!!js/function', '!!js/function'],
    ]) {
      const { problems } = inspectArticleText(article([...BASE, `summary: ${tag} "x"`]), FILE);
      expect(problems).toEqual([expect.stringContaining(`: summary: 第6行：YAML 语法错误：不支持的标签 ${shown}；`)]);
    }
  });

  it("says what an editor can do about common YAML mistakes, the parser's words kept", () => {
    const said = (line: string) => inspectArticleText(article([...BASE, line]), FILE).problems.join('\n');
    expect(said('\tzone: jining')).toContain('不能用 Tab 缩进，请改用空格（Tabs are not allowed as indentation）');
    expect(said('column: "党建在高新')).toContain('column: 第6行：YAML 语法错误：引号没有闭合');
    expect(said('column: 党建: 在高新')).toContain('请给整个值加上引号');
    expect(said('column: "党建"在高新')).toContain('引号外还有文字');
    expect(said('column: @党建')).toContain('值以 YAML 保留的字符开头');
    expect(yamlMessageInWords('something new', 'SOMETHING_NEW')).toBe('something new');
  });
});

describe("parserErrorProblem: what Astro's own YAML parser refuses", () => {
  const refusal = (text: string) => {
    try {
      splitArticleFile(text);
    } catch (error) {
      return error;
    }
    throw new Error("Astro's parser accepted it");
  };

  it('names the field and the file line of a nesting too deep for it', () => {
    const text = `\n${article([...BASE, `credits: ${'['.repeat(120)}${']'.repeat(120)}`])}`;
    expect(parserErrorProblem(text, FILE, refusal(text))).toBe(
      `${FILE}: credits: 第7行：YAML 语法错误：嵌套超过 100 层（nesting exceeded maxDepth (100)） (YAML error)`,
    );
  });

  it('and of a tag it does not know', () => {
    const text = article([...BASE, 'summary: !foo x']);
    expect(parserErrorProblem(text, FILE, refusal(text))).toMatch(
      /: summary: 第6行：YAML 语法错误：不支持的标签 !foo；/,
    );
  });

  it("is undefined for an error that is not the YAML parser's", () => {
    expect(parserErrorProblem(article(BASE), FILE, new Error('other'))).toBeUndefined();
  });

  it('refuses invisible characters in frontmatter and body, with field, line, column and code point', () => {
    const { problems } = inspectArticleText(
      article(
        ['title: 高新区\u200b召开党建工作会议', ...BASE.slice(1), 'credits: [{ role: writer, name: "宋\u202e一诺" }]'],
        '正文\u2060。\n',
      ),
      FILE,
    );
    expect(problems).toEqual([
      `${FILE}: title: 第2行第11列含不可见字符 U+200B ZERO WIDTH SPACE；请删去 (invisible character)`,
      `${FILE}: credits[0].name: 第6行第35列含不可见字符 U+202E RIGHT-TO-LEFT OVERRIDE；请删去 (invisible character)`,
      `${FILE}: body: 第9行第3列含不可见字符 U+2060 WORD JOINER；请删去 (invisible character)`,
    ]);
  });

  it('refuses an article in another year folder than its date', () => {
    const { problems } = inspectArticleText(article(BASE), 'content/articles/2021/x.md', '2021');
    expect(problems).toEqual([
      expect.stringMatching(/^content\/articles\/2021\/x\.md: date: 第3行：日期 .*content\/articles\/2019\//),
    ]);
  });

  it('refuses a line, a body or a headline beyond the limits, naming the field', () => {
    const long = '党'.repeat(LIMITS.lineChars + 1);
    expect(inspectArticleText(article(BASE, `${long}\n`), FILE).problems).toEqual([
      expect.stringMatching(/: body: 第8行共 5001 字，超过每行上限 5000 字/),
    ]);
    expect(inspectArticleText(article([...BASE, `dateEvidence: ${long}`]), FILE).problems).toEqual([
      expect.stringMatching(/: dateEvidence: 第6行共 5015 字/),
    ]);
    const paragraphs = Array.from({ length: 11 }, () => '党'.repeat(4999)).join('\n\n');
    expect(inspectArticleText(article(BASE, paragraphs), FILE).problems).toEqual([
      expect.stringMatching(/: body: 正文共 \d+ 字，超过上限 50000 字/),
    ]);
  });

  it('refuses a body line with more emphasis marks than any printed paragraph, at its file line', () => {
    // 9,800 characters of `*a` within the line limit: each Markdown parse of it takes seconds.
    const marks = '*a'.repeat(2450);
    expect(inspectArticleText(article(BASE, `正文。\n\n${marks}\n`), FILE).problems).toEqual([
      expect.stringMatching(/: body: 第10行含 2450 个强调符号/),
    ]);
    expect(inspectArticleText(article(BASE, `*强调*与_下划线_。\n`), FILE).problems).toEqual([]);
  });

  it('requires frontmatter, and names the line to mend', () => {
    expect(inspectArticleText('正文。\n', FILE).problems).toEqual([
      `${FILE}: frontmatter: 第1行应为 ---：文章以 --- 行开始、以 --- 行结束的 frontmatter 开头 (no frontmatter)`,
    ]);
    expect(inspectArticleText('\n\ntitle: 标题\n---\n正文。\n', FILE).problems).toEqual([
      expect.stringContaining(`${FILE}: frontmatter: 第3行应为 ---`),
    ]);
    expect(inspectArticleText('\ufeff\n---\r\ntitle: 标题\r\n\r\n正文。\r\n', FILE).problems).toEqual([
      `${FILE}: frontmatter: 第2行的 --- 之后没有结束 frontmatter 的 --- 行 (frontmatter not closed)`,
    ]);
    expect(inspectArticleText(' \n', FILE).problems).toEqual([
      expect.stringContaining(`${FILE}: frontmatter: 第1行：文件是空的`),
    ]);
  });
});

describe('yearFolderProblem', () => {
  it('asks for the date’s line only when the folder is wrong: finding it parses the frontmatter again', () => {
    const asked: string[] = [];
    const line = (n: number) => () => (asked.push(`line ${n}`), n);
    expect(yearFolderProblem('a.md', '2019-10-28', '2019', line(3))).toBeUndefined();
    expect(yearFolderProblem('a.md', '2019', '2019', line(3))).toBeUndefined();
    expect(asked).toEqual([]);
    expect(yearFolderProblem('a.md', '2019-10-28', '2021', line(3))).toBe(
      'a.md: date: 第3行：日期 "2019-10-28" 属于 2019 年，文件应放在 content/articles/2019/，而不是 2021/ (year folder does not match the date)',
    );
    expect(asked).toEqual(['line 3']);
  });
});

describe('fieldAt', () => {
  it('names nested fields', () => {
    const source = 'title: a\ncaptions:\n  - text: b\n    credit: c\n';
    const doc = parseDocument(source);
    expect(fieldAt(doc.contents, source.indexOf('a'))).toBe('title');
    expect(fieldAt(doc.contents, source.indexOf('c\n'))).toBe('captions[0].credit');
  });
});

describe('inspectArticleFiles', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'article-files-'));
    mkdirSync(path.join(dir, '2019', 'nested'), { recursive: true });
    const good = article(BASE);
    writeFileSync(path.join(dir, '2019', 'good.md'), good);
    writeFileSync(path.join(dir, '2019', 'bom.md'), `\ufeff${good}`);
    for (const name of ['upper.MD', 'long.markdown', 'note.txt', '.DS_Store'])
      writeFileSync(path.join(dir, '2019', name), good);
    writeFileSync(path.join(dir, '2019', 'nested', 'deep.md'), good);
    writeFileSync(path.join(dir, 'no-year.md'), good);
    writeFileSync(
      path.join(dir, '2019', 'gbk.md'),
      Buffer.from(
        '2d2d2d0a7469746c653a20d6d0b9b2b5b3d4b10a2d2d2d0a0ad6d0b9b2b5b3d4b1b8c9b2bfd2aad1a7cfb0b5b3cab70a',
        'hex',
      ),
    );
    symlinkSync('/etc/hostname', path.join(dir, '2019', 'link.md'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses every file that is not <year>/<name>.md, UTF-8 and plain, and accepts a BOM', () => {
    const { problems, facts } = inspectArticleFiles(dir, (file) => path.relative(dir, file));
    const named = (file: string) => problems.filter((p) => p.startsWith(`${file}: `));
    for (const file of ['2019/upper.MD', '2019/long.markdown', '2019/note.txt', '2019/.DS_Store'])
      expect(named(file), file).toEqual([
        expect.stringContaining(`${file}: file: content/articles/ 下只能放 .md 文章`),
      ]);
    expect(named('2019/nested/deep.md')).toEqual([
      expect.stringContaining(': file: 文章应放在 content/articles/<年份>/'),
    ]);
    expect(named('no-year.md')).toEqual([expect.stringContaining(': file: ')]);
    expect(named('2019/gbk.md')).toEqual([
      expect.stringMatching(/^2019\/gbk\.md: encoding: 第\d+行起是 GBK 编码.*iconv -f GBK -t UTF-8/),
    ]);
    expect(named('2019/link.md')).toEqual([expect.stringContaining(': file: 是符号链接')]);
    expect(named('2019/good.md')).toEqual([]);
    expect(named('2019/bom.md')).toEqual([]);
    expect(facts.get(path.join(dir, '2019', 'bom.md'))!.bodyLineOffset).toBe(7);
    expect(problems).toHaveLength(8);
  });

  it('hands over each file without a problem, once, as read (a BOM kept), and no other', () => {
    const handed: [string, string, string][] = [];
    inspectArticleFiles(dir, (file) => path.relative(dir, file), {
      yaml: false,
      onArticle: (file, relative, contents) => handed.push([file, relative, contents]),
    });
    const good = article(BASE);
    expect(handed).toEqual([
      [path.join(dir, '2019', 'bom.md'), '2019/bom.md', `\ufeff${good}`],
      [path.join(dir, '2019', 'good.md'), '2019/good.md', good],
    ]);
  });
});

describe('documentValue', () => {
  it('is the value of a document, aliases expanded', () => {
    expect(documentValue(parseDocument('a: &x [1, 2]\nb: *x\n'))).toEqual({ value: { a: [1, 2], b: [1, 2] } });
  });

  it('says where an alias names no anchor set before it', () => {
    const text = 'title: 标题\ntopics: *topics\n';
    const value = documentValue(parseDocument(text));
    expect(value).toMatchObject({ offset: text.indexOf('*topics') });
    expect('error' in value && value.error).toContain('别名 *topics 之前没有对应的锚点');
  });

  it('refuses more aliases than an article could need, at the first', () => {
    const levels = Array.from({ length: 6 }, (_, i) =>
      i === 0
        ? 'l0: &l0 [a, b]'
        : `l${i}: &l${i} [${Array(9)
            .fill(`*l${i - 1}`)
            .join(', ')}]`,
    ).join('\n');
    const value = documentValue(parseDocument(levels));
    expect(value).toMatchObject({ offset: levels.indexOf('*l0') });
    expect('error' in value && value.error).toContain('展开过多');
  });
});
