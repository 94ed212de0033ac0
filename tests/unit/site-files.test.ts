import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channel, listen, offer } from '../../src/lib/build-handoff.ts';
import { siteFilePath, writeSiteFiles } from '../../src/lib/site-files.ts';

const sites: string[] = [];
const newSite = () => {
  const site = mkdtempSync(path.join(tmpdir(), 'site-files-'));
  sites.push(site);
  return site;
};
afterEach(() => sites.splice(0).forEach((site) => rmSync(site, { recursive: true, force: true })));

describe('writeSiteFiles', () => {
  it('writes each file at its URL path, text and bytes as given', () => {
    const site = newSite();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0x85, 0x9a, 0x0d, 0x0a]);
    const count = writeSiteFiles(site, [
      { url: '/articles/a/citation.ris', content: 'TY  - NEWS\nTI  - 党建\n' },
      { url: '/sources/001_x.txt', content: bytes },
    ]);
    expect(count).toBe(2);
    expect(readFileSync(path.join(site, 'articles/a/citation.ris'), 'utf8')).toBe('TY  - NEWS\nTI  - 党建\n');
    expect(new Uint8Array(readFileSync(path.join(site, 'sources/001_x.txt')))).toEqual(bytes);
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
