import { describe, expect, it } from 'vitest';
import {
  ContentError,
  decodeContentFile,
  describeCharacter,
  findInvisibleCharacters,
} from '../../src/lib/content-text.ts';

describe('decodeContentFile', () => {
  it('reads UTF-8, and drops a leading byte-order mark', () => {
    expect(decodeContentFile(Buffer.from('党建\n'), 'f')).toEqual({ text: '党建\n', bom: false });
    expect(decodeContentFile(Buffer.from('\ufeff党建\n'), 'f')).toEqual({ text: '党建\n', bom: true });
  });

  it('refuses GBK with the iconv command ingest gives', () => {
    const gbk = Buffer.from('d6d0b9b2b5b3d4b1b8c9b2bfd2aad1a7cfb0b5b3cab7', 'hex');
    expect(() => decodeContentFile(gbk, 'content/zones.yaml')).toThrow(ContentError);
    expect(() => decodeContentFile(gbk, 'content/zones.yaml')).toThrow(
      /^content\/zones\.yaml: encoding: 第1行起是 GBK 编码.*iconv -f GBK -t UTF-8 'content\/zones\.yaml'/,
    );
    expect(() => decodeContentFile(Buffer.from([0xff, 0x41, 0x42]), 'x.md')).toThrow(
      /x\.md: encoding: 第1行起不是 UTF-8/,
    );
    // A byte-order mark of UTF-16 names it, as for a page given to ingest.
    expect(() => decodeContentFile(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'x.md')).toThrow(
      /x\.md: encoding: 第1行起是 UTF-16 编码.*iconv -f UTF-16 -t UTF-8 'x\.md'/,
    );
  });
});

describe('findInvisibleCharacters', () => {
  it('finds zero-width, bidi, other format and control characters, with line and column', () => {
    const text = '标题\u200b\n正\u202e文\u00ad\n\u0007响铃\ufffd';
    expect(findInvisibleCharacters(text).map((f) => [f.line, f.column, describeCharacter(f.char)])).toEqual([
      [1, 3, 'U+200B ZERO WIDTH SPACE'],
      [2, 2, 'U+202E RIGHT-TO-LEFT OVERRIDE'],
      [2, 4, 'U+00AD SOFT HYPHEN'],
      [3, 1, 'U+0007'],
      [3, 4, 'U+FFFD REPLACEMENT CHARACTER'],
    ]);
  });

  it('leaves ordinary text alone: Han, punctuation, spaces, tabs, line breaks, astral Han', () => {
    expect(findInvisibleCharacters('党建，“引领”　高质量\t发展\r\n𠀀 A-1.5%')).toEqual([]);
  });
});
