import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_SHAPES, hostilePage, seedLines, type HostileShape } from '../../../scripts/bench/hostile-pages.ts';

const sources = 'content/sources';
const pages = readdirSync(sources)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(path.join(sources, name), 'utf8'));
const lines = seedLines(pages);
const shapes = Object.keys(HOSTILE_SHAPES) as HostileShape[];

describe('seedLines', () => {
  it('draws each kind of line from the seed pages', () => {
    const printed = new Set(pages.flatMap((page) => page.split(/\r?\n/).map((line) => line.trim())));
    for (const line of [...lines.short, ...lines.bylines, ...lines.all]) expect(printed.has(line)).toBe(true);
    expect(lines.text.every((line) => !/[。！？；]$/u.test(line))).toBe(true);
    expect(lines.short.every((line) => /^\p{Script=Han}{4,20}$/u.test(line))).toBe(true);
    expect(lines.bylines.some((line) => line.includes('本报记者'))).toBe(true);
  });

  it('refuses pages that hold too few lines to draw from', () => {
    expect(() => seedLines(['党建'])).toThrow(/too few lines/);
  });
});

describe('hostilePage', () => {
  it.each(shapes)('fills the bytes asked for with its shape (%s)', (shape) => {
    for (const bytes of [4096, 65_536]) {
      const page = hostilePage(shape, bytes, lines, 7);
      const size = Buffer.byteLength(page);
      expect(size).toBeLessThanOrEqual(bytes);
      // As full as the longest piece allows.
      expect(size).toBeGreaterThan(bytes - 1000);
      expect(hostilePage(shape, bytes, lines, 7)).toBe(page);
    }
  });

  it('varies with the seed, and keeps to its shape', () => {
    expect(hostilePage('lines shuffled', 8192, lines, 1)).not.toBe(hostilePage('lines shuffled', 8192, lines, 2));
    expect(hostilePage('one line', 8192, lines)).not.toContain('\n');
    expect(hostilePage('wrapped paragraph', 8192, lines)).not.toContain('\n\n');
    expect(
      hostilePage('one character a line', 8192, lines)
        .split('\n')
        .every((line) => [...line].length === 1),
    ).toBe(true);
    const marks = new Set(hostilePage('marks only', 8192, lines).split('\n\n'));
    expect([...marks].every((mark) => !/\p{Script=Han}/u.test(mark))).toBe(true);
  });
});
