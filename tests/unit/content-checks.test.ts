import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleIdFromPath,
  articleProblems,
  ContentError,
  duplicatePositions,
  findDuplicateIds,
  readDataIds,
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
});

describe('findDuplicateIds', () => {
  it('finds nothing among distinct names', () => {
    expect(findDuplicateIds(['2019/a.md', '2019/b.md', '2021/c.md'])).toEqual([]);
  });

  it('names both files of a duplicate id', () => {
    const problems = findDuplicateIds(['2019/same-name.md', '2019/other.md', '2021/same-name.md']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/articles/2021/same-name.md');
    expect(problems[0]).toContain('content/articles/2019/same-name.md');
    expect(problems[0]).toContain('id');
    expect(problems[0]).toContain('"same-name"');
  });

  it('reports every further copy', () => {
    expect(findDuplicateIds(['2019/x.md', '2020/x.md', '2021/x.md'])).toHaveLength(2);
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

  it('names the file and yaml for malformed YAML', () => {
    const error = errorOf(() => readDataIds(write('broken.yaml', '- id: a\n  name: [unclosed\n')));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain('broken.yaml');
    expect(error.message).toContain(': yaml: ');
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

  it('reports a missing source file', () => {
    const problems = articleProblems(article({ source: 'page-9' }), readSource);
    expect(problems).toEqual([expect.stringContaining('content/articles/2021/dangshi.md: source: ')]);
    expect(problems[0]).toContain('page-9');
  });

  it('reports a correction whose original is not on the page', () => {
    const problems = articleProblems(
      article({ corrections: [{ original: '苏兆微故居', corrected: '苏兆征故居' }] }, '到苏兆征故居陈列馆。'),
      readSource,
    );
    expect(problems).toEqual([expect.stringContaining('content/articles/2021/dangshi.md: corrections[0].original: ')]);
    expect(problems[0]).toContain('苏兆微故居');
  });

  it('reports a correction whose corrected text is not in the article', () => {
    const problems = articleProblems(
      article({
        corrections: [
          { original: '一体化部署', corrected: '一体化部属' },
          { original: '党史学习', corrected: '党史学习' },
        ],
      }),
      readSource,
    );
    expect(problems).toEqual([expect.stringContaining('corrections[0].corrected: ')]);
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

describe('duplicatePositions', () => {
  const at = (filePath: string, source: string, order: number): ArticleForChecks => ({
    filePath,
    body: '',
    data: { title: 't', source, order, corrections: [] },
  });

  it('accepts distinct positions', () => {
    expect(duplicatePositions([at('a.md', 'p1', 1), at('b.md', 'p1', 2), at('c.md', 'p2', 1)])).toEqual([]);
  });

  it('names both articles at the same position of one page', () => {
    const problems = duplicatePositions([at('a.md', 'p1', 1), at('b.md', 'p2', 1), at('c.md', 'p1', 1)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^c\.md: order: /);
    expect(problems[0]).toContain('a.md');
    expect(problems[0]).toContain('p1');
  });
});
