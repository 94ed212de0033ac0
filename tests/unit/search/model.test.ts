/** The whole search, text to tokens to bundles to a query's hits, through a model of Pagefind. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectHits, planTerms, planWord, type WordPlan } from '../../../src/lib/search/browser/plan.ts';
import { normalizedRuns, parseQuery, type Segment, type SegmentKind } from '../../../src/lib/search/shared/text.ts';
import { modelArchive } from '../../helpers/pagefind-model.ts';

const T2S = { 黨: '党', 學: '学', 習: '习' } as const;
// A small alphabet makes repeats, near misses and sentence ends frequent.
const ALPHABET = ['甲', '乙', '丙', '丁', 'a', 'A', 'Ａ', '黨', '党', '1', '，', '。', ' ', '…', '𠮷'];
const WORD_ALPHABET = ['甲', '乙', '丙', 'a', '党', '1'];
const textArb = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 24 }).map((c) => c.join(''));
const KINDS: SegmentKind[] = ['kicker', 'title', 'subtitle', 'h2', 'h3', 'p'];
const articleArb = fc.array(fc.record({ kind: fc.constantFrom(...KINDS), text: textArb }), {
  minLength: 1,
  maxLength: 4,
});
/** Several of the model's small bundles (tests/helpers/pagefind-model.ts). */
const archiveArb = fc.array(articleArb, { minLength: 1, maxLength: 12 });

/** Occurrences of a normalised word in the segments, overlapping ones included, split by headline and body. */
function expectedCounts(segments: readonly Segment[], word: string) {
  const counts = { headline: 0, body: 0 };
  for (const segment of segments) {
    for (const run of normalizedRuns(segment.text, T2S)) {
      for (let i = run.indexOf(word); i >= 0; i = run.indexOf(word, i + 1)) {
        if (['kicker', 'title', 'subtitle'].includes(segment.kind)) counts.headline++;
        else counts.body++;
      }
    }
  }
  return counts;
}

function search(archive: ReturnType<typeof modelArchive>, plan: WordPlan) {
  return collectHits(
    plan,
    planTerms(plan).map((term) => archive.find(term)),
    archive.layout,
    archive.places,
  );
}

describe('search as Ctrl+F, through a model of Pagefind', () => {
  it('finds a phrase typed with different punctuation, spaces, script and width, and not across a sentence end', () => {
    const archive = modelArchive(
      [
        [
          {
            kind: 'p',
            text: '“不忘初心、牢记使命”主题教育，黨史學習 ＡＰＰ上线。初心',
          },
        ],
      ],
      T2S,
    );
    for (const query of [
      '不忘初心牢记使命',
      '"不忘初心 牢记使命"',
      '党史学习',
      '黨史学习',
      'app上线',
      'ＡＰＰ',
      '牢记',
    ]) {
      const [word] = parseQuery(query, T2S);
      expect([...search(archive, planWord(word!.normalized)).keys()], query).toEqual([0]);
    }
    expect(search(archive, planWord('上线初心')).size).toBe(0);
    expect(search(archive, planWord('初心', 'occurrences')).get(0)).toMatchObject({ body: 2 });
  });

  it('property: every word of one to nine characters finds exactly the articles that contain it, with its occurrences counted', () => {
    fc.assert(
      fc.property(
        archiveArb,
        fc.array(fc.constantFrom(...WORD_ALPHABET), {
          minLength: 1,
          maxLength: 9,
        }),
        fc.boolean(),
        (articles, chars, counted) => {
          const archive = modelArchive(articles, T2S);
          const word = chars.join('');
          const plan = planWord(word, counted ? 'occurrences' : 'membership');
          const hits = search(archive, plan);
          articles.forEach((segments, n) => {
            const expected = expectedCounts(segments, word);
            const hit = hits.get(n);
            expect(hit !== undefined, `${word} in article ${n}`).toBe(expected.headline + expected.body > 0);
            if (!hit) return;
            if (plan.kind === 'presence') {
              expect(hit.headline + hit.body).toBe(1);
              if (hit.headline) expect(expected.headline).toBeGreaterThan(0);
            } else expect({ headline: hit.headline, body: hit.body }).toEqual(expected);
          });
          expect([...hits.keys()].every((n) => n < articles.length)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property (recall): any substring of an article, as typed, finds that article', () => {
    fc.assert(
      fc.property(archiveArb, fc.nat(), fc.nat(), fc.nat(), (articles, pick, a, b) => {
        const n = pick % articles.length;
        const text = articles[n]!.map((s) => s.text).join('\n');
        const chars = [...text];
        const [i, j] = [a % (chars.length + 1), b % (chars.length + 1)].sort((x, y) => x - y) as [number, number];
        const typed = chars.slice(i, j).join('');
        fc.pre(!/[。…\n]/u.test(typed));
        const [word] = parseQuery(`“${typed}”`, T2S);
        fc.pre(word !== undefined);
        expect(
          search(modelArchive(articles, T2S), planWord(word!.normalized)).has(n),
          `${typed} in ${JSON.stringify(text)}`,
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
