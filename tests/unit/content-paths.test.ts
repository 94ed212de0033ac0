import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles, contentPath, contentRoot } from '../../src/lib/content-paths.ts';

describe('contentRoot', () => {
  it('defaults to content/ under the working directory', () => {
    expect(contentRoot({})).toBe(path.resolve(process.cwd(), 'content'));
  });

  it('follows ARCHIVE_CONTENT_DIR', () => {
    const dir = path.resolve('/tmp/some-archive');
    expect(contentRoot({ ARCHIVE_CONTENT_DIR: dir })).toBe(dir);
    expect(contentRoot({ ARCHIVE_CONTENT_DIR: 'tests/fixtures/content' })).toBe(
      path.resolve(process.cwd(), 'tests/fixtures/content'),
    );
  });

  it('ignores other variables', () => {
    expect(contentRoot({ CONTENT_DIR: '/elsewhere' })).toBe(path.resolve('content'));
  });
});

describe('contentPath', () => {
  it('joins a known file to the root', () => {
    const root = path.resolve('/tmp/a');
    expect(contentPath('articles', root)).toBe(path.join(root, 'articles'));
    expect(contentPath('sources', root)).toBe(path.join(root, 'sources'));
    expect(contentPath('zones', root)).toBe(path.join(root, 'zones.yaml'));
    expect(contentPath('newspapers', root)).toBe(path.join(root, 'newspapers.yaml'));
    expect(contentPath('pins', root)).toBe(path.join(root, 'sources.sha256'));
    expect(Object.keys(contentFiles).sort()).toEqual([
      'articles',
      'campaigns',
      'newspapers',
      'pins',
      'sources',
      'topics',
      'zones',
    ]);
  });
});
