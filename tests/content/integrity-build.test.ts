import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../helpers/sandbox.ts';

/**
 * What the integrity rules accept must still build and publish: an article saved with a
 * byte-order mark, a raw page with one (published byte for byte, BOM included), a photo
 * item whose body is empty because the article says why, and a paragraph left out on purpose.
 */
const PAGE = '\ufeff图片新闻\n\n党员志愿者走进社区开展文明宣传活动。\n\n本报记者 宋一诺 摄\n';

/** The line of page 002 that the recorded omission names. */
const OMITTED_LINE = readFileSync('content/sources/002_d900017915a012f7.txt', 'utf8')
  .split('\n')
  .findIndex((line) => line.startsWith('2020年,惠州仲恺高新区交出了')) + 1;

let sandbox: Sandbox;
let result: { status: number | null; output: string };
beforeAll(() => {
  sandbox = createSandbox();
  sandbox.writeSource('photo-page', PAGE);
  sandbox.write(
    'content/articles/2021/photo-item.md',
    [
      '---',
      'title: 图片新闻',
      'date: "2021"',
      'dateEvidence: 测试版面',
      'source: photo-page',
      'order: 1',
      'newspaperPrinted: false',
      'newspaperNote: 测试版面未印报名。',
      'zone: zhuhai',
      'topics: [jiceng-dangjian]',
      'captions:',
      '  - { text: 党员志愿者走进社区开展文明宣传活动。, credit: 本报记者 宋一诺 摄 }',
      'emptyBody: 图片新闻：本版只印照片和说明，档案未存照片',
      '---',
      '',
    ].join('\n'),
  );
  const zibo = readFileSync('content/articles/2019/zibo-jinjing-daxing-jichang.md', 'utf8');
  sandbox.write('content/articles/2019/with-bom.md', `\ufeff${zibo}`);
  // A paragraph left out on purpose, recorded with its page line and why.
  const zhongkai = readFileSync('content/articles/2021/huizhou-zhongkai-dangjian-yinling.md', 'utf8');
  const cut = zhongkai.split('\n').find((line) => line.startsWith('2020年，惠州仲恺高新区交出了'))!;
  sandbox.write(
    'content/articles/2021/huizhou-zhongkai-dangjian-yinling.md',
    zhongkai
      .replace(`${cut}\n\n`, '')
      .replace(/^corrections:/m, `omittedLines:\n  - { lines: ${OMITTED_LINE}, reason: 测试：有意不录的一段 }\ncorrections:`),
  );
  result = sandbox.astro('build', '--silent');
}, 300_000);
afterAll(() => sandbox.remove());

const dist = (file: string) => path.join(sandbox.root, 'dist', file);

it('builds', () => {
  expect(result.status, result.output).toBe(0);
});

it('publishes a raw page with a byte-order mark byte for byte', () => {
  expect(readFileSync(dist('sources/photo-page.txt')).equals(Buffer.from(PAGE, 'utf8'))).toBe(true);
  expect(readFileSync(dist('sources/photo-page.txt')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
});

it('publishes a photo item without body text, with its caption', () => {
  const html = readFileSync(dist('articles/photo-item/index.html'), 'utf8');
  expect(html).toContain('党员志愿者走进社区开展文明宣传活动。');
});

it('reads an article saved with a byte-order mark like any other', () => {
  expect(existsSync(dist('articles/with-bom/index.html'))).toBe(true);
  expect(readFileSync(dist('articles/with-bom/index.html'), 'utf8')).toContain('闪耀北京大兴国际机场');
});

it('shows lines left out on purpose in the page’s line-by-line view, with the reason, apart from the story', () => {
  const html = readFileSync(dist('sources/002_d900017915a012f7/index.html'), 'utf8');
  const group = /<tbody data-group="omitted"[^>]*>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  expect(group).toContain('有意不录：测试：有意不录的一段');
  expect(group).toContain(`id="L${OMITTED_LINE}"`);
  expect(html).toContain('有意不录：1 行');
});
