/**
 * Bounds on the bytes each kind of page spends beyond its text (issue 14: dist/ ≤ 30 KB per
 * article at 100,000 articles), so bloat cannot creep back: the chrome on every page, the
 * markup of an article in a list, class attributes in general. `npm run dist:bytes` says where
 * the bytes go. Each bound sits between today's markup and the earlier one that wrote the same
 * utility classes into every element and item (chrome 2.7–3.7 KB a page, class attributes 14–19%
 * of article and list pages, 370–470 bytes of markup per listed article), which fails them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fileKind, htmlParts, utf8Bytes } from '../../src/lib/dist-bytes.ts';
import { distFiles, htmlText, readDist, requireDist } from '../helpers/dist.ts';

beforeAll(() => requireDist());

// The search page is one page, whatever the archive's size, and the search's own.
const pages = () =>
  distFiles('.html')
    .map((file) => ({ file, kind: fileKind(file), html: readDist(file) }))
    .filter(({ kind }) => kind !== 'search');

describe('bytes per page', () => {
  it('every page carries at most 2.5 KB of site chrome (header, skip link, breadcrumbs, footer)', () => {
    const over = pages()
      .map(({ file, html }) => ({ file, chrome: htmlParts(html).chrome }))
      .filter(({ chrome }) => chrome > 2500);
    expect(over).toEqual([]);
  });

  it('class attributes are at most 12% of the bytes of each kind of page that grows with the archive', () => {
    const byKind = new Map<string, { classes: number; bytes: number }>();
    for (const { kind, html } of pages()) {
      const sum = byKind.get(kind) ?? { classes: 0, bytes: 0 };
      sum.classes += htmlParts(html).classes;
      sum.bytes += utf8Bytes(html);
      byKind.set(kind, sum);
    }
    const shares = Object.fromEntries(
      (['article page', 'source view', 'printed page', 'person page', 'list page'] as const).map((kind) => [
        kind,
        Math.round((100 * byKind.get(kind)!.classes) / byKind.get(kind)!.bytes),
      ]),
    );
    for (const share of Object.values(shares)) expect(share, JSON.stringify(shares)).toBeLessThanOrEqual(12);
  });

  it('no class string over 40 characters is repeated five times in a page', () => {
    const repeated = pages().flatMap(({ file, html }) => {
      const counts = new Map<string, number>();
      for (const m of html.matchAll(/\sclass="([^"]*)"/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
      return [...counts]
        .filter(([value, n]) => n >= 5 && value.length > 40)
        .map(([value, n]) => `${file}: ${n}× ${value}`);
    });
    expect(repeated).toEqual([]);
  });

  it("an article in a list spends at most 300 bytes of markup beyond its text, id and zone's link", () => {
    let items = 0;
    const over = pages().flatMap(({ file, html }) =>
      [...html.matchAll(/<li[^>]*data-article-id="([^"]*)"[\s\S]*?<\/li>/g)].flatMap((m) => {
        items += 1;
        const zoneHref = /href="(\/zones\/[^"]*)"/.exec(m[0])?.[1] ?? '';
        const markup = utf8Bytes(m[0]) - utf8Bytes(htmlText(m[0])) - 2 * utf8Bytes(m[1]!) - utf8Bytes(zoneHref);
        return markup > 300 ? [`${file} ${m[1]}: ${markup} bytes`] : [];
      }),
    );
    expect(items).toBeGreaterThan(100);
    expect(over).toEqual([]);
  });

  it('every kind of page is there to be measured', () => {
    const kinds = new Set(pages().map(({ kind }) => kind));
    for (const kind of ['article page', 'source view', 'printed page', 'person page', 'list page'] as const)
      expect(kinds).toContain(kind);
  });
});
