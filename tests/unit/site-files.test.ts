import { lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { scratchFolders } from '../helpers/scratch.ts';
import { channel, listen, offer } from '../../src/lib/build-handoff.ts';
import { siteFilePath, writeSiteFiles } from '../../src/lib/site-files.ts';

const newSite = scratchFolders('site-files-');

describe('writeSiteFiles', () => {
  it('writes each file at its URL path, text and bytes as given', () => {
    const site = newSite();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0x85, 0x9a, 0x0d, 0x0a]);
    const { written: count } = writeSiteFiles(site, [
      { url: '/articles/a/citation.ris', content: 'TY  - NEWS\nTI  - 党建\n' },
      { url: '/sources/001_x.txt', content: bytes },
    ]);
    expect(count).toBe(2);
    expect(readFileSync(path.join(site, 'articles/a/citation.ris'), 'utf8')).toBe('TY  - NEWS\nTI  - 党建\n');
    expect(new Uint8Array(readFileSync(path.join(site, 'sources/001_x.txt')))).toEqual(bytes);
  });

  it('links the files the replaced site holds byte for byte, and writes the others', () => {
    const published = newSite();
    const site = newSite();
    const bytes = new Uint8Array([0xe5, 0x85, 0x9a, 0x0d, 0x0a]);
    const before = [
      { url: '/articles/a/citation.ris', content: 'TY  - NEWS\nTI  - 党建\n' },
      { url: '/articles/b/citation.ris', content: 'TY  - NEWS\nTI  - 旧标题\n' },
      { url: '/sources/001_x.txt', content: bytes },
    ];
    writeSiteFiles(published, before);
    mkdirSync(path.join(published, 'articles', 'd'), { recursive: true });
    symlinkSync(path.join(published, 'articles/a/citation.ris'), path.join(published, 'articles/d/citation.ris'));
    const after = [
      before[0]!,
      { url: '/articles/b/citation.ris', content: 'TY  - NEWS\nTI  - 新标题\n' },
      { url: '/sources/001_x.txt', content: new Uint8Array(bytes) },
      { url: '/articles/c/citation.ris', content: 'TY  - NEWS\n' },
      { url: '/articles/d/citation.ris', content: 'TY  - NEWS\nTI  - 党建\n' },
    ];
    expect(writeSiteFiles(site, after, published)).toEqual({ written: 5, linked: 2 });
    const inode = (root: string, url: string) => lstatSync(siteFilePath(root, url)).ino;
    expect(inode(site, '/articles/a/citation.ris')).toBe(inode(published, '/articles/a/citation.ris'));
    expect(inode(site, '/sources/001_x.txt')).toBe(inode(published, '/sources/001_x.txt'));
    expect(inode(site, '/articles/b/citation.ris')).not.toBe(inode(published, '/articles/b/citation.ris'));
    expect(lstatSync(siteFilePath(site, '/articles/d/citation.ris')).isFile()).toBe(true);
    for (const file of after) {
      const read = readFileSync(siteFilePath(site, file.url));
      expect(typeof file.content === 'string' ? read.toString('utf8') : new Uint8Array(read)).toEqual(file.content);
    }
    // The replaced site is as it was.
    expect(readFileSync(siteFilePath(published, '/articles/b/citation.ris'), 'utf8')).toContain('旧标题');
  });

  it('refuses a URL that would leave the site or name a folder, and two files of one URL', () => {
    const site = newSite();
    for (const url of ['articles/a.ris', '/../escape.txt', '/a/./b.txt', '/a//b.txt', '/a/'])
      expect(() => siteFilePath(site, url), url).toThrow('站点文件路径无效');
    expect(() =>
      writeSiteFiles(site, [
        { url: '/a.txt', content: '一' },
        { url: '/a.txt', content: '二' },
      ]),
    ).toThrow('站点文件重复：/a.txt');
    expect(readdirSync(site)).toEqual(['a.txt']);
  });
});

describe('build handoff', () => {
  it('hands an offer to the channel’s listener, computed only when asked; without a listener it is dropped', async () => {
    const numbers = channel<number[]>('test-numbers');
    let computed = 0;
    const value = () => Promise.resolve([++computed]);
    offer(numbers, value);
    expect(computed).toBe(0);
    const received: (() => Promise<number[]>)[] = [];
    listen(numbers, (offered) => received.push(offered));
    offer(numbers, value);
    expect(received).toHaveLength(1);
    expect(computed).toBe(0);
    expect(await received[0]!()).toEqual([1]);
    listen(numbers, undefined);
    offer(numbers, value);
    expect(received).toHaveLength(1);
  });

  it('meets across separate copies of the module, as Astro’s page bundle and the integrations are', async () => {
    vi.resetModules();
    const copy = await import('../../src/lib/build-handoff.ts');
    expect(copy.listen).not.toBe(listen);
    const received: string[] = [];
    listen(channel<string>('test-copies'), async (offered) => received.push(await offered()));
    copy.offer(copy.channel<string>('test-copies'), () => Promise.resolve('from the other copy'));
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(received).toEqual(['from the other copy']);
    listen(channel<string>('test-copies'), undefined);
  });
});
