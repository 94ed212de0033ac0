import { toHast } from 'mdast-util-to-hast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import rehypeSlug from 'rehype-slug';
import { describe, expect, it } from 'vitest';
import { articleSegments, bodySegments, creditLabel } from '../../../../src/lib/search/build/document.ts';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: { id?: string };
  children?: HastNode[];
}

/** Heading ids as rehype-slug puts them on the page. */
function pageHeadingIds(markdown: string): string[] {
  const tree = toHast(fromMarkdown(markdown)) as unknown as HastNode;
  (rehypeSlug() as (tree: unknown) => void)(tree);
  const ids: string[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '')) ids.push(String(node.properties?.id));
    node.children?.forEach(visit);
  };
  visit(tree);
  return ids;
}

describe('bodySegments', () => {
  it('gives headings and paragraphs in order', () => {
    expect(bodySegments('第一段。\n\n## 小标题\n\n第二段。\n\n### 三级标题\n\n第三段。\n')).toEqual([
      { kind: 'p', text: '第一段。' },
      { kind: 'h2', text: '小标题', slug: '小标题' },
      { kind: 'p', text: '第二段。' },
      { kind: 'h3', text: '三级标题', slug: '三级标题' },
      { kind: 'p', text: '第三段。' },
    ]);
  });

  it('slugs headings like the page: punctuation dropped, duplicates suffixed', () => {
    const segments = bodySegments('## 构建“4+”学习模式\n\n正文。\n\n## 构建“4+”学习模式\n\n## Party Building 2021\n');
    expect(segments.filter((s) => s.slug).map((s) => s.slug)).toEqual([
      '构建4学习模式',
      '构建4学习模式-1',
      'party-building-2021',
    ]);
  });

  it('flattens emphasis, links and code to their text', () => {
    expect(bodySegments('深入开展**党史**学习*教育*，见[学习强国](https://example.org)和`APP`。')).toEqual([
      { kind: 'p', text: '深入开展党史学习教育，见学习强国和APP。' },
    ]);
    expect(bodySegments('## *强化*引领')).toEqual([{ kind: 'h2', text: '强化引领', slug: '强化引领' }]);
  });

  it('counts list items and quotes as paragraphs', () => {
    expect(bodySegments('- 第一项\n- 第二项\n\n> 引用的话\n')).toEqual([
      { kind: 'p', text: '第一项' },
      { kind: 'p', text: '第二项' },
      { kind: 'p', text: '引用的话' },
    ]);
  });

  it('keeps line breaks inside a paragraph', () => {
    expect(bodySegments('第一行\n第二行  \n第三行')).toEqual([{ kind: 'p', text: '第一行\n第二行\n第三行' }]);
  });

  it('skips empty paragraphs such as a lone image', () => {
    expect(bodySegments('![图](a.png)\n\n正文。')).toEqual([{ kind: 'p', text: '正文。' }]);
    expect(bodySegments('')).toEqual([]);
  });

  it('treats deeper headings as h3', () => {
    expect(bodySegments('#### 四级')).toEqual([{ kind: 'h3', text: '四级', slug: '四级' }]);
  });

  it.each([
    ['duplicates', '## 一、强化引领\n\n文。\n\n## 一、强化引领\n\n### 一、强化引领\n'],
    ['emphasis and code', '## *强化*`引领` 2021\n\n## 强化引领 2021\n'],
    ['links', '## [苏兆征](https://example.org)故居\n'],
    ['Latin and punctuation', '## “学党史、悟思想、办实事、开新局”\n\n## Hello, World!\n\n## A & B\n'],
    ['numbers', '## 1\n\n## 1\n\n## 1-1\n'],
  ])('gives the ids rehype-slug gives (%s)', (_, markdown) => {
    expect(pageHeadingIds(markdown).length).toBeGreaterThan(0);
    expect(bodySegments(markdown).flatMap((s) => (s.slug === undefined ? [] : [s.slug]))).toEqual(
      pageHeadingIds(markdown),
    );
  });
});

describe('articleSegments', () => {
  it('puts the headline parts first', () => {
    expect(articleSegments({ kicker: '引题', title: '主题', subtitle: '副题' }, '正文。')).toEqual([
      { kind: 'kicker', text: '引题' },
      { kind: 'title', text: '主题' },
      { kind: 'subtitle', text: '副题' },
      { kind: 'p', text: '正文。' },
    ]);
  });

  it('leaves out missing headline parts', () => {
    expect(articleSegments({ title: '主题' }, '## 节\n\n正文。')).toEqual([
      { kind: 'title', text: '主题' },
      { kind: 'h2', text: '节', slug: '节' },
      { kind: 'p', text: '正文。' },
    ]);
    expect(articleSegments({ title: '主题', kicker: '', subtitle: '' }, '')).toEqual([{ kind: 'title', text: '主题' }]);
  });

  it('gives the captions after the body, a credit line as printed in brackets, then the names in the credits', () => {
    expect(
      articleSegments(
        {
          title: '实施“五大行动” 引领高质量发展',
          captions: [
            { text: '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。' },
            { text: '海滨公园鲜花造型摆设完毕。', credit: '本报记者 钟凡 摄' },
          ],
          credits: [
            { role: 'writer', label: '采写', name: '宋显晖' },
            { role: 'photographer', label: '摄影', name: '高新区供图' },
          ],
        },
        '正文。',
      ),
    ).toEqual([
      { kind: 'title', text: '实施“五大行动” 引领高质量发展' },
      { kind: 'p', text: '正文。' },
      { kind: 'caption', text: '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动。' },
      { kind: 'caption', text: '海滨公园鲜花造型摆设完毕。' },
      { kind: 'caption', text: '（本报记者 钟凡 摄）' },
      { kind: 'credit', text: '宋显晖', label: '采写' },
      { kind: 'credit', text: '高新区供图', label: '摄影' },
    ]);
  });
});

describe('creditLabel', () => {
  it('is the word printed before the name, or the role where none is printed or it is a mark', () => {
    expect(creditLabel({ role: 'writer', label: '采写' })).toBe('采写');
    expect(creditLabel({ role: 'writer', label: '本报讯 记者' })).toBe('本报讯 记者');
    expect(creditLabel({ role: 'writer', label: '▶' })).toBe('作者');
    expect(creditLabel({ role: 'writer' })).toBe('作者');
    expect(creditLabel({ role: 'photographer' })).toBe('摄影');
    expect(creditLabel({ role: 'editor' })).toBe('编辑');
    expect(creditLabel({ role: 'layout', label: '' })).toBe('组版');
  });
});
