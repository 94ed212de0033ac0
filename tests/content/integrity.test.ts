import { appendFileSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, omittingPage, type Sandbox } from '../helpers/sandbox.ts';

/**
 * Integrity of the archive, tried as a careless or hostile contributor would: each fixture
 * breaks one rule, and `astro sync` (the content step of every build) must fail with a line
 * that names the fixture's file and the field or line. Fixtures of one stage share a sandbox:
 * the checks before loading (files, encodings, sources) report every problem at once, and so
 * do the checks of the loaded articles (text against the page, links, bodies).
 */

const SOURCE = '004_0c38c2483bdfdc45';
const TITLE = '"“淄博高新区制造”闪耀北京大兴国际机场"';
const SENTENCE = '新近投运的北京大兴国际机场备受全球高度关注，被称之为是全球新奇迹之首。';
const OTHER_SENTENCES = [
  '北京大兴国际机场航站楼综合建筑140万平方米，如展翅的巨型凤凰，完美诠释了中国基建实力的新高度。',
  '同时，整个航站楼共使用12800片玻璃，其中屋顶8000多片。',
  '由于屋顶采用流线曲面构造，8000片玻璃的规格和样式没有两片是一样的，这对玻璃的通透性、安全自爆率等提出极为苛刻的要求。',
  '金晶集团是专注于太阳能新材料、建筑节能新材料为主要应用方向的集团公司，依托产品创新及质量提升，金晶科技收入及盈利均得到大幅提升，2005—2007年三年间实现营业收入翻了2.5倍。',
];
/** 中共党员干部要学习党史, in GBK. */
const GBK = Buffer.from('d6d0b9b2b5b3d4b1b8c9b2bfd2aad1a7cfb0b5b3cab7', 'hex');

function frontmatter(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    title: TITLE,
    date: '"2019-10-28"',
    source: SOURCE,
    order: '1',
    newspaper: 'zhongguo-gaoxin-daobao',
    page: '"9"',
    newspaperPrinted: 'true',
    zone: 'zibo',
    topics: '[chanye-fazhan]',
    ...overrides,
  };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${yaml.join('\n')}\n---\n`;
}

const article = (overrides: Record<string, string | undefined> = {}, body = `${SENTENCE}\n`) =>
  `${frontmatter(overrides)}\n${body}`;

/** The first output line about a file. */
function lineFor(output: string, file: string): string {
  // On a miss, the output's end for the failure message, with its paths altered so that no expected line matches it.
  return (
    output.split('\n').find((line) => line.includes(`${file}: `)) ??
    `（输出中没有 ${file}）\n${output.slice(-3000).replaceAll('content/', 'content∕')}`
  );
}

function sync(sandbox: Sandbox): string {
  const result = sandbox.astro('sync');
  expect(result.status, result.output).not.toBe(0);
  return result.output;
}

describe('before loading: files, encodings, sources', () => {
  let sandbox: Sandbox;
  let output: string;
  let changedFrom: string;
  beforeAll(() => {
    sandbox = createSandbox();
    const a = (name: string, text: string | Uint8Array) => sandbox.write(`content/articles/${name}`, text);
    a('2019/valid.md', article());
    a('2019/upper-case.MD', article({ order: '2' }));
    a('2019/old-style.markdown', article({ order: '3' }));
    a('2019/notes.txt', SENTENCE);
    a(
      '2019/gbk-article.md',
      Buffer.concat([Buffer.from(frontmatter({ order: '4', title: '' }).replace('title: \n', 'title: ')), GBK]),
    );
    a('2019/zero-width-title.md', article({ order: '5', title: '"“淄博高新区制造”\u200b闪耀北京大兴国际机场"' }));
    a('2019/bidi-body.md', article({ order: '6' }, `新近投运的北京\u202e大兴国际机场备受全球高度关注。\n`));
    a('2019/long-line.md', article({ order: '8' }, `${'党'.repeat(5001)}\n`));
    a('2019/too-long.md', article({ order: '9' }, `${Array.from({ length: 11 }, () => '党'.repeat(4900)).join('\n\n')}\n`));
    // YAML aliases: one to no anchor, and nine levels of nine, which expanded would be 9⁹ strings.
    a('2019/alias-without-anchor.md', article({ order: '10', topics: '*topics' }));
    const levels = Array.from({ length: 9 }, (_, i) =>
      i === 0 ? 'l0: &l0 [chanye-fazhan, chanye-fazhan]' : `l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`,
    );
    a('2019/alias-bomb.md', article({ order: '11', zone: `zibo\n${levels.join('\n')}`, topics: '*l8' }));
    // Sources: a symlink out of the folder, a changed page, a page nobody pinned, a GBK page.
    symlinkSync('/etc/hostname', path.join(sandbox.root, 'content', 'sources', 'leak.txt'));
    const page = path.join(sandbox.root, 'content', 'sources', `${SOURCE}.txt`);
    changedFrom = readFileSync(path.join(sandbox.root, 'content', 'sources.sha256'), 'utf8')
      .split('\n')
      .find((l) => l.endsWith(`${SOURCE}.txt`))!
      .slice(0, 64);
    appendFileSync(page, '党员志愿服务岗办理服务事项合计4390件。\n');
    writeFileSync(path.join(sandbox.root, 'content', 'sources', 'unpinned.txt'), '新版面\n');
    sandbox.writeSource('gbk-page', GBK);
    output = sync(sandbox);
  });
  afterAll(() => sandbox.remove());

  it.each([
    ['a file named .MD is not left out silently', '2019/upper-case.MD', 'file: content/articles/ 下只能放 .md 文章'],
    ['nor one named .markdown', '2019/old-style.markdown', 'file: '],
    ['nor any other file', '2019/notes.txt', 'file: '],
    ['a GBK article, with the iconv command', '2019/gbk-article.md', "encoding: 第11行起是 GBK 编码，不是 UTF-8。请先转换：iconv -f GBK -t UTF-8 'content/articles/2019/gbk-article.md' > 'content/articles/2019/gbk-article.md.utf8' && mv 'content/articles/2019/gbk-article.md.utf8' 'content/articles/2019/gbk-article.md'"],
    ['a zero-width space in a title', '2019/zero-width-title.md', 'title: 第2行第18列含不可见字符 U+200B ZERO WIDTH SPACE'],
    ['a bidi control in a body', '2019/bidi-body.md', 'body: 第13行第8列含不可见字符 U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['a line longer than 5,000 characters', '2019/long-line.md', 'body: 第13行共 5001 字，超过每行上限 5000 字'],
    ['a body longer than 50,000 characters', '2019/too-long.md', 'body: 正文共'],
    ['a YAML alias to no anchor', '2019/alias-without-anchor.md', 'topics: 第10行：YAML 语法错误：别名 *topics 之前没有对应的锚点（&）'],
    // Told at once (the file is not handed to the schema, which would expand every alias).
    ['a YAML alias bomb', '2019/alias-bomb.md', 'l1: 第11行：YAML 语法错误：别名（*）展开过多，超过 100 个'],
  ])('%s', (_, file, expected) => {
    expect(lineFor(output, `content/articles/${file}`)).toContain(`content/articles/${file}: ${expected}`);
  });

  it('a symlink in content/sources/, pointing out of the folder, is refused', () => {
    expect(lineFor(output, 'content/sources/leak.txt')).toContain('content/sources/leak.txt: file: 是符号链接');
  });

  it('a changed source fails with its name and both hashes', () => {
    const line = lineFor(output, `content/sources/${SOURCE}.txt`);
    expect(line).toContain(`content/sources/${SOURCE}.txt: sha256: 原始版面已被改动：登记为 ${changedFrom}，现为 `);
    expect(line).toMatch(/现为 [0-9a-f]{64}/);
  });

  it('a source nobody pinned is refused', () => {
    expect(lineFor(output, 'content/sources/unpinned.txt')).toContain(
      'content/sources/unpinned.txt: sha256: 未在 content/sources.sha256 中登记',
    );
  });

  it('a GBK source is refused with the iconv command', () => {
    expect(lineFor(output, 'content/sources/gbk-page.txt')).toContain(
      "content/sources/gbk-page.txt: encoding: 第1行起是 GBK 编码，不是 UTF-8。请先转换：iconv -f GBK -t UTF-8 'content/sources/gbk-page.txt'",
    );
  });

  it('names every fixture and nothing else: the valid article passes', () => {
    // Named only as the page's first story, which the other one disagrees with.
    expect(output).not.toMatch(/^content\/articles\/2019\/valid\.md/m);
    const named = output.split('\n').filter((line) => /^content\/(articles|sources)\//.test(line));
    expect(named).toHaveLength(14);
  });
});

describe('after loading: every published word on the page, links, bodies', () => {
  let sandbox: Sandbox;
  let output: string;
  const real = (file: string) => readFileSync(path.join('content', 'articles', file), 'utf8');
  /** A copy of a real article at another position of its page, with one change. */
  const copy = (file: string, order: number, change: (text: string) => string) =>
    change(real(file).replace(/^order: \d+$/m, `order: ${order}`));
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
  const wuda = real('2019/zhuhai-wuda-xingdong.md');
  let restOfPage = '';

  beforeAll(() => {
    sandbox = createSandbox();
    const a = (name: string, text: string) => sandbox.write(`content/articles/${name}`, text);
    // The fixtures hold a few stories of pages 004 and 001: the rest of each page is recorded as left out.
    a('2019/valid.md', article({ omittedLines: omittingPage(SOURCE).replace('omittedLines: ', '') }));
    // Said to go on on another page, in an article the archive does not hold.
    restOfPage = copy('2019/zhuhai-wuda-xingdong.md', 95, (t) =>
      t.replace(
        /^corrections:/m,
        `${omittingPage('001_3f31efd273dffd98')}\ncontinuedIn: zhuhai-wuda-xingdong-xuwen\ncorrections:`,
      ),
    );
    a('2019/rest-of-page.md', restOfPage);
    a('2019/digit.md', copy('2019/zhuhai-wuda-xingdong.md', 91, (t) => t.replace('合计439件', '合计4390件')));
    a(
      '2019/added-sentence.md',
      copy('2019/zhuhai-wuda-xingdong.md', 92, (t) => t.replace('地动山摇。', '地动山摇。高新区党建工作全国第一。')),
    );
    a(
      '2019/caption.md',
      copy('2019/zhuhai-wuda-xingdong.md', 93, (t) => t.replace('在会同书店开展', '在新华书店开展')),
    );
    a(
      '2019/moved.md',
      copy('2019/zhuhai-wuda-xingdong.md', 94, (t) => {
        const [head, body] = [t.slice(0, t.lastIndexOf('\n---\n') + 5), t.slice(t.lastIndexOf('\n---\n') + 5)];
        const paragraphs = body.trim().split('\n\n');
        return `${head}\n${[paragraphs[1], paragraphs[0], ...paragraphs.slice(2)].join('\n\n')}\n`;
      }),
    );
    // Each fixture of page 004 prints other lines of it: one that holds none would fail as entered twice.
    a('2021/wrong-year.md', article({ order: '5' }, `${OTHER_SENTENCES[0]}\n`));
    a('2019/javascript-link.md', article({ order: '2' }, `${OTHER_SENTENCES[1]}\n\n[新近投运](javascript:alert(1))\n`));
    a('2019/empty-body.md', article({ order: '3', title: '"守初心 担使命 找差距 抓落实"' }, '\n'));
    a('2019/other-page.md', article({ order: '6', page: '"10"' }, `${OTHER_SENTENCES[3]}\n`));
    a(
      '2019/html-late.md',
      article(
        // 50 lines of captions (a line the page prints) push the body down the file.
        { order: '4', captions: '\n' + `  - { text: ${TITLE} }\n`.repeat(50).trimEnd() },
        `${OTHER_SENTENCES[2]}\n\n<img src=x onerror=alert(1)>\n`,
      ),
    );
    output = sync(sandbox);
  });
  afterAll(() => sandbox.remove());

  it('439 changed into 4390 (no correction recorded)', () => {
    expect(lineFor(output, 'content/articles/2019/digit.md')).toContain(
      `content/articles/2019/digit.md: body: 第${lineOf(wuda, '合计439件')}行：原始版面中没有“0”`,
    );
  });

  it('a sentence added to a published article', () => {
    expect(lineFor(output, 'content/articles/2019/added-sentence.md')).toContain(
      `content/articles/2019/added-sentence.md: body: 第${lineOf(wuda, '地动山摇。')}行：原始版面中没有“高新区党建工作全国第一”`,
    );
  });

  it('a word changed in a caption', () => {
    expect(lineFor(output, 'content/articles/2019/caption.md')).toContain(
      `content/articles/2019/caption.md: captions[1].text: 第${lineOf(wuda, '在会同书店')}行：原始版面中没有“新华”`,
    );
  });

  it('paragraphs moved without saying so', () => {
    expect(lineFor(output, 'content/articles/2019/moved.md')).toMatch(
      /content\/articles\/2019\/moved\.md: body: 第\d+行：此段在原始版面上排在前一段之前/,
    );
  });

  it('an article in the wrong year folder', () => {
    expect(lineFor(output, 'content/articles/2021/wrong-year.md')).toContain(
      'content/articles/2021/wrong-year.md: date: 第3行：日期 "2019-10-28" 属于 2019 年，文件应放在 content/articles/2019/',
    );
  });

  it('a javascript: link', () => {
    expect(lineFor(output, 'content/articles/2019/javascript-link.md')).toContain(
      'content/articles/2019/javascript-link.md: body: 第15行的链接 "javascript:alert(1)" 不允许',
    );
  });

  it('an empty body that does not say why', () => {
    expect(lineFor(output, 'content/articles/2019/empty-body.md')).toContain(
      // 9 fields between the --- lines: the body begins at line 12.
      'content/articles/2019/empty-body.md: body: 第12行：正文为空',
    );
  });

  it('a story whose page number disagrees with the other stories of its page, at its line', () => {
    expect(lineFor(output, 'content/articles/2019/other-page.md')).toContain(
      `content/articles/2019/other-page.md: page: 第7行："10" 与同版面 ${SOURCE} 的 content/articles/2019/valid.md（"9"）不一致`,
    );
  });

  it('a story said to go on in an article the archive does not hold, at its line', () => {
    const file = 'content/articles/2019/rest-of-page.md';
    expect(output.split('\n').filter((line) => line.startsWith(`${file}: continuedIn: `))).toEqual([
      `${file}: continuedIn: 第${lineOf(restOfPage, 'continuedIn:')}行：没有 id 为 "zhuhai-wuda-xingdong-xuwen" 的文章；应为在另一版续完本篇的文章的文件名（不含 .md） (no such article)`,
    ]);
  });

  it('raw HTML, at its line counted from the first line of the file', () => {
    // 11 fields, 50 caption lines, the --- lines, a blank, a paragraph, a blank: line 66.
    expect(lineFor(output, 'content/articles/2019/html-late.md')).toContain(
      'content/articles/2019/html-late.md: body: 第66行含原始 HTML',
    );
  });

  it('names every fixture and nothing else: the valid article passes', () => {
    // Named only as the page's first story, which the other one disagrees with.
    expect(output).not.toMatch(/^content\/articles\/2019\/valid\.md/m);
    const named = output.split('\n').filter((line) => /^content\/articles\//.test(line));
    // The copies of one story on one page also fail as the same text entered twice.
    const twice = named.filter((line) => line.endsWith('(story printed twice)'));
    expect(twice.map((line) => line.split(':')[0]).sort()).toEqual(
      ['added-sentence', 'caption', 'moved', 'rest-of-page'].map((name) => `content/articles/2019/${name}.md`),
    );
    expect(named.length - twice.length, named.join('\n')).toBe(11);
  });
});

describe('lines of a page that no story holds', () => {
  let sandbox: Sandbox;
  let output: string;
  const real = (file: string) => readFileSync(path.join('content', 'articles', file), 'utf8');
  const printed = (source: string) => readFileSync(path.join('content', 'sources', `${source}.txt`), 'utf8');
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
  const paragraphOf = (file: string, opening: string) =>
    real(file)
      .split('\n')
      .find((line) => line.startsWith(opening))!;
  const JINING = '2019/jining-zhuti-jiaoyu-sanci-chuangye.md';
  const FIRST_OF_THREE = '2021/zhuhai-gaozhiliang-dangjian-yinling.md';
  const jiningCut = paragraphOf(JINING, '近期，济宁高新区专门召开了');
  const ZHONGKAI = '2021/huizhou-zhongkai-dangjian-yinling.md';
  const ZHONGKAI_SOURCE = '002_d900017915a012f7';
  const zhongkaiCut = paragraphOf(ZHONGKAI, '2020年，惠州仲恺高新区交出了');
  const zhongkaiLine = lineOf(printed(ZHONGKAI_SOURCE), '2020年,惠州仲恺高新区交出了');
  const WUDA = '2019/zhuhai-wuda-xingdong.md';
  const TWICE = '2019/wuda-entered-twice.md';

  beforeAll(() => {
    sandbox = createSandbox();
    // The whole archive: a page's lines are held by all its stories.
    for (const year of ['2019', '2021'])
      for (const name of readdirSync(path.join('content', 'articles', year)))
        sandbox.write(`content/articles/${year}/${name}`, real(`${year}/${name}`));
    // A paragraph deleted from a story.
    sandbox.write(`content/articles/${JINING}`, real(JINING).replace(`${jiningCut}\n\n`, ''));
    // A paragraph left out on purpose and recorded passes; a record of lines the page lacks does not.
    sandbox.write(
      `content/articles/${ZHONGKAI}`,
      real(ZHONGKAI)
        .replace(`${zhongkaiCut}\n\n`, '')
        .replace(
          /^corrections:/m,
          `omittedLines:\n  - { lines: ${zhongkaiLine}, reason: 测试：有意不录 }\n  - { lines: 9000-9001, reason: 测试 }\ncorrections:`,
        ),
    );
    // A story entered twice.
    sandbox.write(`content/articles/${TWICE}`, real(WUDA).replace(/^order: \d+$/m, 'order: 95'));
    // A page whose first story is entered and the other two are not yet: a notice, not a failure.
    for (const later of ['2021/zhuhai-jiceng-zuzhi-jianshe.md', '2021/zhuhai-shiwan-dangyuan-jin-dangxiao.md'])
      rmSync(path.join(sandbox.root, 'content', 'articles', later));
    output = sync(sandbox);
  });
  afterAll(() => sandbox.remove());

  /** The build's notices (printed, not failing it) that name a file. */
  const noticesFor = (file: string) =>
    output.split('\n').filter((line) => /\[WARN\]/.test(line) && line.includes(`content/articles/${file}: `));

  it('a paragraph deleted from the middle of a published story is told at the paragraph before it, with the page lines', () => {
    const text = real(JINING);
    const before = text.slice(0, text.indexOf(jiningCut)).trimEnd();
    expect(noticesFor(JINING)).toEqual([
      expect.stringContaining(
        `content/articles/${JINING}: body: 第${lineOf(text, before.slice(-10))}行：原始版面 content/sources/${SOURCE}.txt 第${lineOf(printed(SOURCE), '近期,济宁高新区专门召开了')}行（"近期,济宁高新区专门召开了`,
      ),
    ]);
    expect(noticesFor(JINING)[0]).toContain('夹在本篇的文字中间');
  });

  it('the stories of a page not entered yet are told as lines in no story, not as a failure', () => {
    const notices = noticesFor(FIRST_OF_THREE);
    // The third story's headline, after the first story's last line.
    const third = lineOf(printed('003_8499ef40c8702847'), '我市持续推进');
    expect(notices.some((n) => n.includes(`第${third}`) && n.includes('在本篇之后'))).toBe(true);
    // The second story's lines, which the page's columns set between the first story's.
    expect(notices.some((n) => n.includes('夹在本篇的文字中间'))).toBe(true);
    for (const notice of notices) expect(notice).toContain('若是本版尚未录入的文章');
  });

  it('lines left out on purpose pass when recorded; a record of lines the page lacks fails, at the record', () => {
    expect(noticesFor(ZHONGKAI)).toEqual([]);
    expect(lineFor(output, `content/articles/${ZHONGKAI}`)).toContain(
      `content/articles/${ZHONGKAI}: omittedLines[1].lines: 第${lineOf(real(ZHONGKAI), 'corrections:') + 2}行：content/sources/${ZHONGKAI_SOURCE}.txt 只有`,
    );
  });

  it('a story entered twice fails, at its first line of text, naming the story that holds its lines', () => {
    const text = real(WUDA);
    const opening = text.slice(text.lastIndexOf('\n---\n') + 5).trimStart().split('\n')[0]!;
    expect(lineFor(output, `content/articles/${TWICE}`)).toContain(
      `content/articles/${TWICE}: body: 第${lineOf(text, opening)}行：原始版面 content/sources/001_3f31efd273dffd98.txt 上没有一行文字归于本篇：它的文字已在 content/articles/${WUDA} 中`,
    );
  });

  it('names nothing else: every other story of the seed pages holds its lines', () => {
    const failed = output.split('\n').filter((line) => /^content\/articles\//.test(line));
    expect(failed, failed.join('\n')).toHaveLength(2);
    const noticed = output.split('\n').filter((line) => /\[WARN\].*content\/articles\//.test(line));
    expect(noticed.filter((line) => !line.includes(JINING) && !line.includes(FIRST_OF_THREE))).toEqual([]);
  });
});

describe('data files', () => {
  it.each([
    [
      'a GBK zones.yaml, with the iconv command',
      (s: Sandbox) => s.write('content/zones.yaml', Buffer.concat([Buffer.from('- id: x\n  name: '), GBK, Buffer.from('\n')])),
      "content/zones.yaml: encoding: 第2行起是 GBK 编码，不是 UTF-8。请先转换：iconv -f GBK -t UTF-8 'content/zones.yaml'",
    ],
    [
      'a zero-width space in a campaign name',
      (s: Sandbox) => {
        const file = path.join(s.root, 'content', 'campaigns.yaml');
        s.write('content/campaigns.yaml', readFileSync(file, 'utf8').replace(/name: (.)/, 'name: $1\u200b'));
      },
      'content/campaigns.yaml: [0].name: 第',
    ],
    [
      'a YAML error, named by its field',
      (s: Sandbox) => {
        const file = path.join(s.root, 'content', 'topics.yaml');
        s.write('content/topics.yaml', readFileSync(file, 'utf8').replace(/name: (.*)/, 'name: [$1'));
      },
      'content/topics.yaml: [0].name: 第',
    ],
    [
      'a YAML alias to no anchor, at its line',
      (s: Sandbox) => {
        const file = path.join(s.root, 'content', 'topics.yaml');
        s.write('content/topics.yaml', readFileSync(file, 'utf8').replace(/name: [^,}]*/, 'name: *missing '));
      },
      'content/topics.yaml: [0].name: 第2行：YAML 语法错误 (yaml)：别名 *missing 之前没有对应的锚点',
    ],
    [
      'a zone accent too light to see on the page, at its line',
      (s: Sandbox) => {
        const file = path.join(s.root, 'content', 'zones.yaml');
        s.write('content/zones.yaml', readFileSync(file, 'utf8').replace(/accent: ".*"/, 'accent: "#f5c518"'));
      },
      'content/zones.yaml: [0].accent: 第10行：强调色 #f5c518 与浅色底的对比度只有 1.56:1，至少应为 4.5:1',
    ],
    [
      'a misspelt field of a data file, at its line (Astro names the entry only)',
      (s: Sandbox) => {
        const file = path.join(s.root, 'content', 'campaigns.yaml');
        s.write('content/campaigns.yaml', readFileSync(file, 'utf8').replace('  description:', '  descripton:'));
      },
      'content/campaigns.yaml: [0].descripton: 第',
    ],
  ])('%s', (_, breakIt, expected) => {
    const sandbox = createSandbox();
    try {
      breakIt(sandbox);
      expect(sync(sandbox)).toContain(expected);
    } finally {
      sandbox.remove();
    }
  });
});
