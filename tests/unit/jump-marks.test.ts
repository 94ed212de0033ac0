/** jump-marks.ts: a newspaper's note that a story goes on on another page, set on a line of text. */
import { describe, expect, it } from 'vitest';
import {
  cutJumpMarkAt,
  endsOnJumpAway,
  jumpMarksOf,
  opensOnJumpFrom,
  printedPageKey,
  readJumpMark,
  withoutJumpMarks,
} from '../../src/lib/jump-marks.ts';

describe('jump marks on a line of text', () => {
  it('finds one before the text and one after it, in either bracket and any number form', () => {
    expect(jumpMarksOf('（上接第1版）近期，珠海市开展活动。')).toEqual(['（上接第1版）']);
    expect(jumpMarksOf('取得新成效。 (下转第二版)')).toEqual(['(下转第二版)']);
    expect(jumpMarksOf('（上接A1版）党员们重温誓词，（紧转 第 １２ 版）')).toEqual([
      '（上接A1版）',
      '（紧转 第 １２ 版）',
    ]);
    expect(withoutJumpMarks('（上接A1版）党员们重温誓词，（转第3版）')).toBe('党员们重温誓词，');
    // With the spaces an OCR tool sets inside Chinese text.
    expect(jumpMarksOf('（上 接第1版）近期，珠海市开展活动。 （下 转第2版）')).toEqual([
      '（上 接第1版）',
      '（下 转第2版）',
    ]);
    expect(withoutJumpMarks('获得二等奖。 （下 转 第 2 版）')).toBe('获得二等奖。');
  });

  it('finds a front page’s pointer from a summary to its full text', () => {
    expect(jumpMarksOf('来自辖区的8支代表队参加比赛。（详见第3版）')).toEqual(['（详见第3版）']);
    expect(jumpMarksOf('来自辖区的8支代表队参加比赛。 (见A3版)')).toEqual(['(见A3版)']);
    expect(withoutJumpMarks('来自辖区的8支代表队参加比赛。（全文见今日第3版）')).toBe('来自辖区的8支代表队参加比赛。');
    expect(withoutJumpMarks('来自辖区的8支代表队参加比赛。（详见第３版）')).toBe('来自辖区的8支代表队参加比赛。');
  });

  it('leaves a line that is only a mark, a mark inside the text, and words that only look alike', () => {
    for (const line of [
      '（下转第2版）',
      '会议（下转第2版）决定',
      '会议决定转第2版块的工作',
      '（转载第2版）文章',
      '（第2版）',
      '（详见附件）',
      '会议精神（见第2版）要求',
    ])
      expect([jumpMarksOf(line), withoutJumpMarks(line)]).toEqual([[], line]);
  });

  it('finds where the text ends when a line’s end opens a mark the next line closes', () => {
    expect(cutJumpMarkAt('开展主题教育与庆祝新中 （', '下转第2版）')).toBe('开展主题教育与庆祝新中'.length);
    expect(cutJumpMarkAt('筑牢基础。（下', '转A2版）')).toBe('筑牢基础。'.length);
    expect(cutJumpMarkAt('筑牢基础。 (下 ', ' 转第 ２ 版) ')).toBe('筑牢基础。'.length);
    // Not when the next line is no jump mark, when the line is only the opening, or when
    // the bracket opens something else.
    expect(cutJumpMarkAt('开展主题教育与庆祝新中 （', '通讯员 张明）')).toBeUndefined();
    expect(cutJumpMarkAt('（', '下转第2版）')).toBeUndefined();
    expect(cutJumpMarkAt('会议指出（', '第2版）')).toBeUndefined();
    expect(cutJumpMarkAt('筑牢基础。（下', '下转第2版）')).toBeUndefined();
  });

  it('tells a line that sends its story on to another page from one that brings it from one, at either end', () => {
    for (const line of ['取得新成效。（下转第2版）', '党员们重温誓词 (转A2版)', '参加比赛。（详见第３版）'])
      expect(endsOnJumpAway(line), line).toBe(true);
    for (const line of [
      '（上接第1版）近期，珠海市开展活动。',
      '取得新成效。（上接第1版）',
      '会议（下转第2版）决定',
      '（下转第2版）',
    ])
      expect(endsOnJumpAway(line), line).toBe(false);
    for (const line of ['（上接第1版）近期，珠海市开展活动。', '(上 接A1版)“党的力量来自组织。'])
      expect(opensOnJumpFrom(line), line).toBe(true);
    for (const line of ['（下转第2版）近期', '近期（上接第1版）开展', '（上接第1版）', '取得新成效。（下转第2版）'])
      expect(opensOnJumpFrom(line), line).toBe(false);
  });
});

describe('what a jump mark says', () => {
  it('reads its way and the page it names, in any number form', () => {
    expect(readJumpMark('（下转第2版）')).toEqual({ direction: 'on', page: '2' });
    expect(readJumpMark('(转A2版)')).toEqual({ direction: 'on', page: 'A2' });
    expect(readJumpMark('（紧转 第 １２ 版）')).toEqual({ direction: 'on', page: '12' });
    expect(readJumpMark('（上 接第十版）')).toEqual({ direction: 'from', page: '10' });
    expect(readJumpMark('上接第二十四版')).toEqual({ direction: 'from', page: '24' });
    expect(readJumpMark('（上接Ａ０３版）')).toEqual({ direction: 'from', page: 'A3' });
    expect(readJumpMark('（详见第三版）')).toEqual({ direction: 'see', page: '3' });
    expect(readJumpMark('（全文见今日第9版）')).toEqual({ direction: 'see', page: '9' });
    expect(readJumpMark('（下转第九十九版）')).toEqual({ direction: 'on', page: '99' });
  });

  it('reads nothing from what is no jump mark, or names no page it can read', () => {
    for (const text of ['（第2版）', '（转载第2版）', '会议决定', '（下转第十十版）', '（下转第二三版）'])
      expect(readJumpMark(text), text).toBeUndefined();
  });

  it('gives a printed page one form, so that a page field and a mark compare', () => {
    for (const [printed, key] of [
      ['9', '9'],
      ['09', '9'],
      ['第9版', '9'],
      [' 第 9 版 ', '9'],
      ['a3', 'A3'],
      ['A03', 'A3'],
      ['ａ３', 'A3'],
      ['10', '10'],
      ['B10', 'B10'],
      ['0', '0'],
      ['第九版', '9'],
      ['第十二版', '12'],
      ['B十', 'B10'],
    ])
      expect(printedPageKey(printed!), printed).toBe(key);
  });
});
