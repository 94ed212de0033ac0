import { describe, expect, it } from 'vitest';
import { findRawHtml, findTopLevelHeadings, inspectMarkdown, isAllowedUrl } from '../../src/lib/markdown-safety.ts';

describe('findRawHtml', () => {
  it('finds a script block', () => {
    const findings = findRawHtml('正文。\n\n<script>alert(1)</script>\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.line).toBe(3);
    expect(findings[0]!.html).toContain('<script>');
  });

  it('finds an image with an event handler', () => {
    const findings = findRawHtml('<img src=x onerror="alert(1)">');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.html).toContain('onerror');
  });

  it('finds inline HTML inside a paragraph, with its line', () => {
    const findings = findRawHtml('第一行\n党史<span style="color:red">学习</span>教育');
    expect(findings.map((f) => f.line)).toEqual([2, 2]);
    expect(findings.map((f) => f.html)).toEqual(['<span style="color:red">', '</span>']);
  });

  it('finds HTML comments', () => {
    expect(findRawHtml('正文。\n\n<!-- 备注 -->\n')).toEqual([{ line: 3, html: '<!-- 备注 -->' }]);
  });

  it('finds HTML inside a list or a quote', () => {
    expect(findRawHtml('- 项目<b>加粗</b>')).toHaveLength(2);
    expect(findRawHtml('> <iframe src="x"></iframe>')).toHaveLength(1);
  });

  it('cuts long HTML to 80 characters', () => {
    const [finding] = findRawHtml(`<div title="${'x'.repeat(200)}">`);
    expect(finding!.html).toHaveLength(80);
  });

  it.each([
    ['comparisons in text', 'a < b 且 c > d'],
    ['angle brackets around Chinese', '增长率<5%，人数>100人'],
    ['Chinese book title marks', '《论中国共产党历史》'],
    ['an autolink', '<https://example.org>'],
    ['code spans', '用 `<script>` 标签'],
    ['fenced code', '```\n<div>x</div>\n```'],
    ['escaped brackets', '\\<div\\>'],
    ['emphasis and links', '**党史**[学习](https://example.org)'],
  ])('does not flag %s', (_, markdown) => {
    expect(findRawHtml(markdown)).toEqual([]);
  });
});

describe('findTopLevelHeadings', () => {
  it('finds level-1 headings, ATX and setext', () => {
    expect(findTopLevelHeadings('# 标题\n\n正文\n\n## 小标题\n\n# 又一个\n')).toEqual([1, 7]);
    expect(findTopLevelHeadings('正文\n\n标题\n===\n')).toEqual([3]);
  });

  it('allows deeper headings and a # in text', () => {
    expect(findTopLevelHeadings('## 二\n\n### 三\n\n#党建# 话题\n\n`# code`')).toEqual([]);
  });
});

describe('inspectMarkdown', () => {
  it('finds raw HTML and level-1 headings in one pass, with their lines', () => {
    const inspection = inspectMarkdown('# 标题\n\n正文<b>粗</b>。\n\n## 小标题\n');
    expect(inspection.rawHtml).toEqual([
      { line: 3, html: '<b>' },
      { line: 3, html: '</b>' },
    ]);
    expect(inspection.topLevelHeadings).toEqual([1]);
    expect(inspection.unsafeLinks).toEqual([]);
    expect(inspection.blocks.map((b) => [b.line, b.text])).toEqual([
      [1, '标题'],
      [3, '正文粗。'],
      [5, '小标题'],
    ]);
  });
});

describe('links', () => {
  it.each([
    'https://www.example.org/a?b=1',
    'http://example.org',
    'MAILTO:editor@example.org',
    '/articles/zhuhai-wuda-xingdong/',
    '#section',
    '../papers/',
    'sources/x.txt',
  ])('allows %s', (url) => {
    expect(isAllowedUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '//evil.example.org/',
    '/\\evil.example.org/',
    'ftp://example.org/',
  ])('refuses %j', (url) => {
    expect(isAllowedUrl(url)).toBe(false);
  });

  it('finds bad links, images, reference definitions and autolinks, with their lines', () => {
    const markdown = [
      '正文[链接](javascript:alert(1))。',
      '',
      '![图](data:image/svg+xml,x) 与 [引用][a] 与 <vbscript:msgbox>',
      '',
      '[a]: javascript:void(0)',
      '',
      '[好链接](https://example.org/) 与 [站内](/zones/)',
    ].join('\n');
    expect(inspectMarkdown(markdown).unsafeLinks).toEqual([
      { line: 1, url: 'javascript:alert(1)' },
      { line: 3, url: 'data:image/svg+xml,x' },
      { line: 3, url: 'vbscript:msgbox' },
      // A reference link is judged at its definition.
      { line: 5, url: 'javascript:void(0)' },
    ]);
  });

  it('decodes character references before judging ("&#x6A;avascript:")', () => {
    expect(inspectMarkdown('[x](&#x6A;avascript:alert(1))').unsafeLinks).toHaveLength(1);
  });
});
