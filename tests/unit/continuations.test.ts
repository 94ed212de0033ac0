import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { continuationProblems, continuationsOf, type ContinuedPart } from '../../src/lib/continuations.ts';

/** A part on page `source` of the issue of 2021-07-01 of paper `p`, unless told otherwise. */
const part = (id: string, source: string, extra: Partial<ContinuedPart> = {}): ContinuedPart => ({
  id,
  source,
  date: '2021-07-01',
  newspaper: 'p',
  ...extra,
});

const problemsOf = (parts: ContinuedPart[]) =>
  continuationProblems(parts, (p) => p).map(({ article, reason }) => `${article.id}: ${reason}`);

describe('continuationsOf', () => {
  it('links each part to the part before it and the part after it, along a story over three pages', () => {
    const parts = [
      part('a', 'page-1', { continuedIn: 'b' }),
      part('b', 'page-2', { continuedIn: 'c' }),
      part('c', 'page-3'),
      part('d', 'page-1'),
    ];
    const of = continuationsOf(parts, (p) => p.continuedIn);
    expect(of('a')).toEqual({ from: undefined, into: parts[1] });
    expect(of('b')).toEqual({ from: parts[0], into: parts[2] });
    expect(of('c')).toEqual({ from: parts[1], into: undefined });
    expect(of('d')).toEqual({ from: undefined, into: undefined });
    expect(problemsOf(parts)).toEqual([]);
  });

  it('links nothing to an article the archive does not hold', () => {
    const of = continuationsOf([part('a', 'page-1', { continuedIn: 'gone' })], (p) => p.continuedIn);
    expect(of('a')).toEqual({ from: undefined, into: undefined });
    expect(of('gone')).toEqual({ from: undefined, into: undefined });
  });

  it('links a part after another back to it, both ways alike, whatever the order of the articles', () => {
    const story = fc
      .array(fc.option(fc.nat({ max: 7 }), { nil: undefined }), { minLength: 1, maxLength: 8 })
      .map((next) =>
        next.map((n, i) => part(`a${i}`, `page-${i}`, { continuedIn: n === undefined ? undefined : `a${n}` })),
      );
    fc.assert(
      fc.property(story, fc.infiniteStream(fc.nat()), (parts, order) => {
        const shuffled = [...parts].sort(() => (order.next().value % 3) - 1);
        // Pages are built only from links the build lets through.
        fc.pre(continuationProblems(shuffled, (p) => p).length === 0);
        const of = continuationsOf(shuffled, (p) => p.continuedIn);
        for (const p of parts) {
          const { from, into } = of(p.id);
          expect(into?.id).toBe(p.continuedIn);
          if (into) expect(of(into.id).from).toBe(p);
          if (from) expect(of(from.id).into).toBe(p);
        }
      }),
    );
  });
});

describe('continuationProblems', () => {
  it('tells a continuation that is no article, or the article itself, and takes one still a draft', () => {
    expect(
      problemsOf([
        part('a', 'page-1', { continuedIn: 'missing' }),
        part('b', 'page-1', { continuedIn: 'b' }),
        part('c', 'page-1', { continuedIn: 'd' }),
        part('d', 'page-2', { draft: true }),
        // A draft is read as it stands: one of another issue is told.
        part('e', 'page-3', { continuedIn: 'f' }),
        part('f', 'page-4', { draft: true, date: '2021-07-02' }),
      ]),
    ).toEqual([
      'a: 没有 id 为 "missing" 的文章；应为在另一版续完本篇的文章的文件名（不含 .md） (no such article)',
      'b: 不能是本篇自己 (an article cannot go on in itself)',
      'e: 续文 "f" 的 date 为 "2021-07-02"，本篇为 "2021-07-01"；续文印在同一期报纸的另一版 (the continuation is in the same issue)',
    ]);
  });

  it('does not check a draft, which is not on the site', () => {
    expect(problemsOf([part('a', 'page-1', { draft: true, continuedIn: 'missing' })])).toEqual([]);
  });

  it('tells a continuation on the same page, or in another issue', () => {
    expect(
      problemsOf([
        part('a', 'page-1', { continuedIn: 'b' }),
        part('b', 'page-1'),
        part('c', 'page-3', { continuedIn: 'd' }),
        part('d', 'page-4', { date: '2021-07-02' }),
        part('e', 'page-5', { continuedIn: 'f' }),
        part('f', 'page-6', { newspaper: undefined }),
      ]),
    ).toEqual([
      'a: 续文 "b" 与本篇同在版面 page-1；续文印在另一版 (the continuation is on another page)',
      'c: 续文 "d" 的 date 为 "2021-07-02"，本篇为 "2021-07-01"；续文印在同一期报纸的另一版 (the continuation is in the same issue)',
      'e: 续文 "f" 的 newspaper 为 未填，本篇为 "p"；续文印在同一期报纸的另一版 (the continuation is in the same issue)',
    ]);
  });

  it('tells a second article going on in the same one, on the second', () => {
    expect(
      problemsOf([
        part('a', 'page-1', { continuedIn: 'c' }),
        part('b', 'page-2', { continuedIn: 'c' }),
        part('c', 'page-3'),
      ]),
    ).toEqual(['b: 续文 "c" 已接在 "a" 之后；一篇只接在一篇之后 (two articles go on in one)']);
  });

  it('tells a loop once, on its part whose id sorts first, in the order the parts go on', () => {
    expect(
      problemsOf([
        part('x', 'page-9', { continuedIn: 'y' }),
        part('y', 'page-8'),
        part('c', 'page-3', { continuedIn: 'b' }),
        part('b', 'page-2', { continuedIn: 'd' }),
        part('d', 'page-4', { continuedIn: 'c' }),
        part('e', 'page-5', { continuedIn: 'f' }),
        part('f', 'page-6', { continuedIn: 'e' }),
      ]),
    ).toEqual(['b: 续接成环：b → d → c → b (the parts form a loop)', 'e: 续接成环：e → f → e (the parts form a loop)']);
  });

  it('tells every link a page could not show, and no other', () => {
    const parts = fc
      .array(
        fc.record({
          next: fc.option(fc.nat({ max: 6 }), { nil: undefined }),
          source: fc.nat({ max: 3 }),
          draft: fc.boolean(),
        }),
        { minLength: 1, maxLength: 7 },
      )
      .map((drawn) =>
        drawn.map(({ next, source, draft }, i) =>
          part(`a${i}`, `page-${source}`, {
            continuedIn: next === undefined ? undefined : `a${next}`,
            ...(draft ? { draft: true as const } : {}),
          }),
        ),
      );
    fc.assert(
      fc.property(parts, (drawn) => {
        if (continuationProblems(drawn, (p) => p).length > 0) return;
        // None told: every published part goes on in a published part of another page, each
        // part follows at most one, and following the parts ends.
        const byId = new Map(drawn.map((p) => [p.id, p]));
        const before = new Map<string, string>();
        for (const p of drawn) {
          if (p.draft || p.continuedIn === undefined) continue;
          const next = byId.get(p.continuedIn);
          expect(next && next.source !== p.source).toBe(true);
          expect(before.has(p.continuedIn)).toBe(false);
          before.set(p.continuedIn, p.id);
        }
        for (const p of drawn) {
          let steps = 0;
          for (let at: ContinuedPart | undefined = p; at && !at.draft; at = byId.get(at.continuedIn ?? '')) {
            expect(++steps).toBeLessThanOrEqual(drawn.length);
          }
        }
      }),
    );
  });
});
