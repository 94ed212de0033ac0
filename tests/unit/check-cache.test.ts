import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  articleCheckKey,
  checkerVersion,
  digestOf,
  loadPassedChecks,
  sourcePageDigest,
  stableJson,
} from '../../src/lib/check-cache.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'check-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = {
  filePath: 'content/articles/2021/a.md',
  body: '正文第一段。',
  data: { title: '标题', source: 'p1', corrections: [{ original: '己', corrected: '已' }] },
};

describe('digestOf', () => {
  it('tells a list from its parts joined differently', () => {
    expect(digestOf(['ab', 'c'])).not.toBe(digestOf(['a', 'bc']));
    expect(digestOf(['a', ''])).not.toBe(digestOf(['a']));
  });
});

describe('stableJson', () => {
  it('is the same whatever the order of an object’s keys, and differs with any value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(stableJson(reversed)).toBe(stableJson(object));
      }),
    );
    expect(stableJson({ a: [1, 2] })).not.toBe(stableJson({ a: [2, 1] }));
  });
});

describe('articleCheckKey', () => {
  const key = articleCheckKey('v1', article, sourcePageDigest('版面文字'));

  it('changes with anything the checks read: the code, the file, the data, the body, the page', () => {
    expect(articleCheckKey('v2', article, sourcePageDigest('版面文字'))).not.toBe(key);
    expect(
      articleCheckKey('v1', { ...article, filePath: 'content/articles/2021/b.md' }, sourcePageDigest('版面文字')),
    ).not.toBe(key);
    expect(articleCheckKey('v1', { ...article, body: '正文第一段' }, sourcePageDigest('版面文字'))).not.toBe(key);
    expect(articleCheckKey('v1', article, sourcePageDigest('版面文字。'))).not.toBe(key);
    expect(articleCheckKey('v1', article, sourcePageDigest(undefined))).not.toBe(key);
    expect(articleCheckKey('v1', article, sourcePageDigest(''))).not.toBe(
      articleCheckKey('v1', article, sourcePageDigest(undefined)),
    );
  });

  it('changes with any change of a frontmatter value', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (original, corrected) => {
        fc.pre(original !== '己' || corrected !== '已');
        const changed = { ...article, data: { ...article.data, corrections: [{ original, corrected }] } };
        expect(articleCheckKey('v1', changed, sourcePageDigest('版面文字'))).not.toBe(key);
      }),
    );
  });

  it('is the same for the same content', () => {
    expect(articleCheckKey('v1', structuredClone(article), sourcePageDigest('版面文字'))).toBe(key);
  });
});

describe('checkerVersion', () => {
  it('changes when a file of the checks changes, or one is added', () => {
    const lib = path.join(dir, 'lib');
    mkdirSync(path.join(lib, 'sub'), { recursive: true });
    writeFileSync(path.join(lib, 'a.ts'), 'export const a = 1;');
    const lock = path.join(dir, 'package-lock.json');
    writeFileSync(lock, '{}');
    const before = checkerVersion([lock], [lib]);
    expect(checkerVersion([lock], [lib])).toBe(before);
    writeFileSync(path.join(lib, 'sub', 'b.ts'), 'export const b = 1;');
    const added = checkerVersion([lock], [lib]);
    expect(added).not.toBe(before);
    writeFileSync(path.join(lib, 'a.ts'), 'export const a = 2;');
    expect(checkerVersion([lock], [lib])).not.toBe(added);
    const edited = checkerVersion([lock], [lib]);
    writeFileSync(lock, '{"lockfileVersion":3}');
    expect(checkerVersion([lock], [lib])).not.toBe(edited);
  });
});

describe('loadPassedChecks', () => {
  it('remembers this build’s passes, and only them, for the next build', () => {
    const file = path.join(dir, 'cache', 'content-checks.json');
    const first = loadPassedChecks(file);
    expect(first.has('a')).toBe(false);
    first.add('a');
    first.add('b');
    first.save();
    const second = loadPassedChecks(file);
    expect(second.has('a') && second.has('b')).toBe(true);
    second.add('b');
    second.save();
    const third = loadPassedChecks(file);
    expect(third.has('b')).toBe(true);
    expect(third.has('a')).toBe(false);
  });

  it('treats a damaged or foreign file as no cache', () => {
    const file = path.join(dir, 'damaged.json');
    writeFileSync(file, '{"passed": [');
    expect(loadPassedChecks(file).has('a')).toBe(false);
    writeFileSync(file, JSON.stringify({ format: 99, passed: ['a'] }));
    expect(loadPassedChecks(file).has('a')).toBe(false);
  });
});
