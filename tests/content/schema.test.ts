import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../helpers/sandbox.ts';

/** A valid article; each case below breaks one thing. */
function article(overrides: Record<string, string | undefined> = {}, body = '正文第一段，文字照录。\n'): string {
  const fields: Record<string, string | undefined> = {
    title: '高新区召开党建工作会议',
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
  { name: 'malformed YAML', files: { '2019/bad-yaml.md': article({ title: '[未闭合的方括号' }) }, file: 'bad-yaml.md', field: 'bad-yaml.md:2' },
  {
    name: 'approximate date without evidence',
    files: { '2019/no-evidence.md': article({ date: '"2019-10"' }) },
    file: 'no-evidence.md',
    field: 'dateEvidence',
  },
  {
    name: 'raw <script> in the body',
    files: { '2019/script-body.md': article({}, '正文。\n\n<script>alert(1)</script>\n') },
    file: 'script-body.md',
    field: 'body',
  },
  {
    name: 'correction not found in the source page',
    files: { '2019/bad-correction.md': article({ corrections: '[{ original: 页面上没有的字, corrected: 正文 }]' }) },
    file: 'bad-correction.md',
    field: 'corrections',
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
