import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPin, checkSources, parsePins, pinLine, PINS_HEADER, sha256 } from '../../src/lib/source-pins.ts';

let root: string;
let sources: string;
let pins: string;
const shown = (file: string) => path.relative(root, file);
const page = (name: string, text: string | Buffer) => {
  writeFileSync(path.join(sources, name), text);
  return sha256(typeof text === 'string' ? Buffer.from(text) : text);
};
const pin = (...lines: string[]) => writeFileSync(pins, `${PINS_HEADER}\n${lines.join('\n')}\n`);

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'source-pins-'));
  sources = path.join(root, 'sources');
  pins = path.join(root, 'sources.sha256');
  mkdirSync(sources);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('checkSources', () => {
  it('accepts pinned pages, with or without a byte-order mark', () => {
    pin(pinLine('a.txt', page('a.txt', '版面一\n')), pinLine('b.txt', page('b.txt', '\ufeff版面二\n')));
    expect(checkSources(sources, pins, shown)).toEqual([]);
  });

  it('names a changed page and both hashes', () => {
    const before = page('a.txt', '合计439件\n');
    pin(pinLine('a.txt', before));
    const after = page('a.txt', '合计4390件\n');
    expect(checkSources(sources, pins, shown)).toEqual([
      `sources/a.txt: sha256: 原始版面已被改动：登记为 ${before}，现为 ${after}；原始版面不可修改 (source changed)`,
    ]);
  });

  it('refuses a page without a pin, and a pin without its page', () => {
    const hash = page('new.txt', '新版面\n');
    pin(pinLine('gone.txt', sha256(Buffer.from('x'))));
    expect(checkSources(sources, pins, shown)).toEqual([
      expect.stringMatching(new RegExp(`^sources/new\\.txt: sha256: 未在 sources\\.sha256 中登记.*${hash}`)),
      expect.stringMatching(/^sources\.sha256: sources\/gone\.txt: 登记的原始版面不存在/),
    ]);
  });

  it('refuses a symlink wherever it points, a folder, and a file that is not a page', () => {
    const outside = path.join(root, 'secret.txt');
    writeFileSync(outside, 'secret\n');
    symlinkSync(outside, path.join(sources, 'leak.txt'));
    const inside = page('real.txt', '版面\n');
    symlinkSync(path.join(sources, 'real.txt'), path.join(sources, 'alias.txt'));
    mkdirSync(path.join(sources, 'folder.txt'));
    page('notes.md', '笔记\n');
    pin(pinLine('real.txt', inside), pinLine('leak.txt', sha256(Buffer.from('secret\n'))));
    const problems = checkSources(sources, pins, shown);
    expect(problems).toEqual([
      expect.stringMatching(/^sources\/alias\.txt: file: 是符号链接/),
      expect.stringMatching(/^sources\/folder\.txt: file: 不是普通文件/),
      expect.stringMatching(/^sources\/leak\.txt: file: 是符号链接（指向 .*secret\.txt）/),
      expect.stringMatching(/^sources\/notes\.md: file: /),
    ]);
  });

  it('refuses a page that is not UTF-8, with the iconv command', () => {
    const gbk = Buffer.from('d6d0b9b2b5b3d4b1b8c9b2bfd2aad1a7cfb0b5b3cab7', 'hex');
    pin(pinLine('gbk.txt', page('gbk.txt', gbk)));
    expect(checkSources(sources, pins, shown)).toEqual([
      expect.stringMatching(
        /^sources\/gbk\.txt: encoding: 第1行起是 GBK 编码.*iconv -f GBK -t UTF-8 'sources\/gbk\.txt'/,
      ),
    ]);
  });

  it('names malformed and repeated lines of the pins file', () => {
    const hash = page('a.txt', 'x\n');
    pin(pinLine('a.txt', hash), pinLine('a.txt', hash), 'not a pin');
    expect(checkSources(sources, pins, shown)).toEqual([
      expect.stringMatching(/^sources\.sha256: 第5行: .*重复登记/),
      expect.stringMatching(/^sources\.sha256: 第6行: .*sha256sum 格式/),
    ]);
  });
});

describe('pins file', () => {
  it('is sha256sum format, sorted, and keeps its comments', () => {
    const text = addPin(addPin(`${PINS_HEADER}\n`, 'b.txt', 'b'.repeat(64)), 'a.txt', 'a'.repeat(64));
    expect(text).toBe(`${PINS_HEADER}\n${'a'.repeat(64)}  sources/a.txt\n${'b'.repeat(64)}  sources/b.txt\n`);
    expect([...parsePins(text, 'pins').hashes.keys()]).toEqual(['a.txt', 'b.txt']);
  });

  it('matches the seed pages as sha256sum would write them', () => {
    const seed = readFileSync('content/sources.sha256', 'utf8');
    const { hashes, problems } = parsePins(seed, 'content/sources.sha256');
    expect(problems).toEqual([]);
    for (const [name, hash] of hashes) expect(sha256(readFileSync(path.join('content/sources', name)))).toBe(hash);
  });
});
