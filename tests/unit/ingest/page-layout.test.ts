/** The page-layout rules that tell a story's next section head from the next story's headline. */
import { describe, expect, it } from 'vitest';
import { endsItsSentence, nextSectionOf, numberedNext, sectionNumber } from '../../../src/lib/ingest/page-layout.ts';
import type { DraftStory } from '../../../src/lib/ingest/split.ts';

const story = (...heads: string[]): DraftStory => ({
  paragraphs: ['正文第一段。', ...heads.flatMap((head) => [`## ${head}`, '正文。'])],
  credits: [],
  captions: [],
  lines: [],
  firstLine: 1,
});

describe('sectionNumber', () => {
  it('reads the style and the number of a numbered head', () => {
    expect(sectionNumber('4 服务经济社会高质量发展')).toEqual({ style: '1 ', number: 4 });
    expect(sectionNumber('2．不断提升基层治理效能')).toEqual({ style: '1.', number: 2 });
    expect(sectionNumber('十二、打通服务群众“最后一公里”')).toEqual({ style: '一、', number: 12 });
    expect(sectionNumber('二十三、坚持党建引领')).toEqual({ style: '一、', number: 23 });
    expect(sectionNumber('（三）坚持党建引领')).toEqual({ style: '(一)', number: 3 });
    expect(sectionNumber('(3)坚持党建引领')).toEqual({ style: '(1)', number: 3 });
    expect(sectionNumber('第五部分 坚持党建引领')).toEqual({ style: '第一部分', number: 5 });
  });

  it('reads no number where one begins a title’s words', () => {
    for (const text of [
      '1.5万名党员参加培训',
      '10支企业和高校队伍参赛',
      '2021年党建工作要点',
      '十万党员进党校',
      '三年来成效显著',
    ])
      expect(sectionNumber(text)).toBeUndefined();
  });
});

describe('numberedNext', () => {
  it('is true for the number after the story’s last of the same style only', () => {
    const numbered = story('1 以组织振兴推动乡村振兴', '2 不断提升基层治理效能', '3 打通服务群众');
    expect(numberedNext('4 服务经济社会高质量发展', numbered)).toBe(true);
    expect(numberedNext('1 深处实处新处', numbered)).toBe(false);
    expect(numberedNext('5 服务经济社会高质量发展', numbered)).toBe(false);
    expect(numberedNext('四、服务经济社会高质量发展', numbered)).toBe(false);
    expect(numberedNext('4 服务经济社会高质量发展', story('构建“大党建”格局'))).toBe(false);
  });
});

describe('nextSectionOf', () => {
  it('is true for a head of the shape a series of the story’s heads share, words apart', () => {
    const series = story('高点起步 扎实推进', '从严从实 以上率下');
    expect(nextSectionOf('学做结合 推动发展', series)).toBe(true);
    expect(nextSectionOf('学做结合推动发展', series)).toBe(false);
    expect(nextSectionOf('学做结合 推动发展', story('高点起步 扎实推进'))).toBe(false);
  });

  it('is false for plain Han lines of one length, however many', () => {
    const plain = story('本次活动为金融机构和企业双', '高新区举办安全生产知识竞赛');
    expect(nextSectionOf('昆山高新区获评生物医药十强', plain)).toBe(false);
  });
});

describe('endsItsSentence', () => {
  it('reads a full stop, credits after one, and a mark of the story’s end as the text’s end', () => {
    for (const text of [
      '会议要求，各级党组织要抓好落实。',
      '他说：“要抓好落实。”',
      '会议要求，各级党组织要抓好落实。【责任编辑：张三】',
      '会议要求，各级党组织要抓好落实。（张三 李四）',
      '会议要求，各级党组织要抓好落实。（本报记者 张三）',
      '（完）',
      '（未完待续）',
    ])
      expect(endsItsSentence(text), text).toBe(true);
  });

  it('reads a sentence a line or a column cut as going on', () => {
    for (const text of [
      '会议要求，各级党组织要抓好',
      '会议要求，各级党组织要抓好落实，',
      '（张三）',
      '【责任编辑：张三】',
    ])
      expect(endsItsSentence(text), text).toBe(false);
  });
});
