import { describe, expect, it } from 'vitest';
import { articleRenderer } from '../../src/lib/article-markdown.ts';

const render = async (markdown: string) => (await (await articleRenderer()).render(markdown, {})).code;

describe('article bodies as HTML', () => {
  it('keeps a printed range with tildes as text, never struck out', async () => {
    const html = await render('气温10~20度，湿度30~40%，投资5～10亿元，约~~3~~成。');
    expect(html).toBe('<p>气温10~20度，湿度30~40%，投资5～10亿元，约~~3~~成。</p>');
  });

  it('keeps a printed address and web address as text, not links', async () => {
    const html = await render('来信请寄 dangjian@example.cn，详见 www.example.cn 或 https://example.cn/a。');
    expect(html).not.toContain('<a');
  });

  it('keeps lines with | as the paragraph they are', async () => {
    expect(await render('| 园区 | 党员 |\n| - | - |\n| 珠海 | 100 |')).not.toContain('<table');
  });

  it('gives section heads slugged ids and a heading list, as the table of contents needs', async () => {
    const result = await (await articleRenderer()).render('正文。\n\n## 高点起步 扎实推进\n\n又一段。', {});
    expect(result.code).toContain('<h2 id="高点起步-扎实推进">高点起步 扎实推进</h2>');
    expect(result.metadata.headings).toEqual([{ depth: 2, slug: '高点起步-扎实推进', text: '高点起步 扎实推进' }]);
  });

  it('highlights no code: no inline styles, which the Content-Security-Policy forbids', async () => {
    expect(await render('```js\nconst a = 1;\n```')).not.toContain('style=');
  });
});
