import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSandbox, omittingPage, type Sandbox } from '../helpers/sandbox.ts';

/**
 * Namesakes are told apart by the credit id, never guessed: a name that has an id in one
 * credit and none in another fails the build, naming the file, the field and its line.
 */
const article = (
  order: number,
  credit: string,
  more: string[] = [],
  body = '新近投运的北京大兴国际机场备受全球高度关注，被称之为是全球新奇迹之首。',
) =>
  [
    '---',
    'title: "“淄博高新区制造”闪耀北京大兴国际机场"',
    'date: "2019-10-28"',
    'source: 004_0c38c2483bdfdc45',
    `order: ${order}`,
    'newspaper: zhongguo-gaoxin-daobao',
    'newspaperPrinted: true',
    'zone: zibo',
    'topics: [jiceng-dangjian]',
    'credits:',
    `  - ${credit}`,
    ...more,
    '---',
    '',
    body,
    '',
  ].join('\n');

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = createSandbox();
});
afterAll(() => sandbox?.remove());

it('a name with an id in one credit and none in another fails the build at the credit', () => {
  sandbox.write('content/articles/2019/with-id.md', article(1, '{ role: writer, name: 张志东, id: zhang-zhidong-zibo }', [omittingPage('004_0c38c2483bdfdc45')]));
  // Another sentence of the page: a story whose text is all in another story fails as entered twice.
  sandbox.write(
    'content/articles/2019/without-id.md',
    article(2, '{ role: editor, name: 张志东 }', [], '同时，整个航站楼共使用12800片玻璃，其中屋顶8000多片。'),
  );
  const result = sandbox.astro('build', '--silent');
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toMatch(/content\/articles\/2019\/without-id\.md: credits\[0\]\.id: 第11行：姓名“张志东”/);
});
