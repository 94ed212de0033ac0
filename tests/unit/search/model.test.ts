/** The whole search, text to tokens to bundles to a query's hits, through a model of Pagefind. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectHits, planTerms, planWord, type WordPlan } from '../../../src/lib/search/browser/plan.ts';
import { normalizedRuns, parseQuery, type Segment, type SegmentKind } from '../../../src/lib/search/shared/text.ts';
import { articleSegments, type CreditRole } from '../../../src/lib/search/build/document.ts';
import { REGIONS, regionOf, type Region } from '../../../src/lib/search/shared/layout.ts';
import { modelArchive } from '../../helpers/pagefind-model.ts';

const T2S = { 黨: '党', 學: '学', 習: '习' } as const;
// A small alphabet makes repeats, near misses and sentence ends frequent.
const ALPHABET = ['甲', '乙', '丙', '丁', 'a', 'A', 'Ａ', '黨', '党', '1', '，', '。', ' ', '…', '𠮷'];
const WORD_ALPHABET = ['甲', '乙', '丙', 'a', '党', '1'];
const textArb = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 24 }).map((c) => c.join(''));
const KINDS: SegmentKind[] = ['kicker', 'title', 'subtitle', 'h2', 'h3', 'p', 'caption', 'credit'];
const articleArb = fc.array(fc.record({ kind: fc.constantFrom(...KINDS), text: textArb }), {
  minLength: 1,
  maxLength: 4,
});
/** Several of the model's small bundles (tests/helpers/pagefind-model.ts). */
const archiveArb = fc.array(articleArb, { minLength: 1, maxLength: 12 });

/** Occurrences of a normalised word in the segments, overlapping ones included, by region. */
function expectedCounts(segments: readonly Segment[], word: string): Record<Region, number> {
  const counts = { headline: 0, body: 0, caption: 0, credit: 0 };
  for (const segment of segments) {
    for (const run of normalizedRuns(segment.text, T2S)) {
      for (let i = run.indexOf(word); i >= 0; i = run.indexOf(word, i + 1)) counts[regionOf(segment)]++;
    }
  }
  return counts;
}

function search(archive: ReturnType<typeof modelArchive>, plan: WordPlan) {
  return collectHits(
    plan,
    planTerms(plan).map((term) => archive.find(term)),
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
    expect(search(archive, planWord('初心', 'occurrences')).get(0)).toMatchObject({ region: 1, occurrences: 2 });
  });

  it('finds words of captions and credits, ranked by where they stand, and none across two of them', () => {
    const segments = articleSegments(
      {
        title: '实施“五大行动” 引领高质量发展',
        captions: [
          { text: '高新区党政办第二党支部到苏兆征故居陈列馆开展主题党日活动' },
          { text: '金鼎社区卫生服务中心党支部', credit: '本报记者 钟凡 摄' },
        ],
        credits: [
          { role: 'writer', label: '采写', name: '宋显晖' },
          { role: 'editor', label: '编辑', name: '叶伟' },
        ],
      },
      '高新区扎实开展“不忘初心、牢记使命”主题教育。',
    );
    const archive = modelArchive([segments, [{ kind: 'p', text: '记者宋显晖报道' }]], T2S);
    const find = (query: string) => {
      const [word] = parseQuery(query, T2S);
      return new Map([...search(archive, planWord(word!.normalized))].map(([n, hit]) => [n, REGIONS[hit.region]]));
    };
    expect(find('苏兆征')).toEqual(new Map([[0, 'caption']]));
    expect(find('活动金鼎')).toEqual(new Map());
    expect(find('钟凡')).toEqual(new Map([[0, 'caption']]));
    expect(find('党支部本报')).toEqual(new Map());
    expect(find('宋显晖')).toEqual(
      new Map([
        [0, 'credit'],
        [1, 'body'],
      ]),
    );
    expect(find('叶伟')).toEqual(new Map([[0, 'credit']]));
    expect(find('晖叶')).toEqual(new Map());
    expect(find('伟')).toEqual(new Map([[0, 'credit']]));
    expect(find('苏')).toEqual(new Map([[0, 'caption']]));
    expect(find('初心')).toEqual(new Map([[0, 'body']]));
    expect(find('行动')).toEqual(new Map([[0, 'headline']]));
  });

  it('property: every word of one to nine characters finds exactly the articles that contain it, with its occurrences counted, however the index is cut into parts', () => {
    fc.assert(
      fc.property(
        archiveArb,
        fc.array(fc.constantFrom(...WORD_ALPHABET), {
          minLength: 1,
          maxLength: 9,
        }),
        fc.boolean(),
        fc.integer({ min: 1, max: 13 }),
        (articles, chars, counted, partSize) => {
          const archive = modelArchive(articles, T2S, { partSize });
          const word = chars.join('');
          const plan = planWord(word, counted ? 'occurrences' : 'membership');
          const hits = search(archive, plan);
          articles.forEach((segments, n) => {
            const expected = expectedCounts(segments, word);
            const total = REGIONS.reduce((sum, region) => sum + expected[region], 0);
            const hit = hits.get(n);
            expect(hit !== undefined, `${word} in article ${n}`).toBe(total > 0);
            if (!hit) return;
            // The best region it occurs in.
            expect(REGIONS[hit.region], `${word} in ${JSON.stringify(segments)}`).toBe(
              REGIONS.find((region) => expected[region] > 0),
            );
            if (plan.kind === 'presence') expect(hit.occurrences).toBe(1);
            else
              expect({ headline: hit.headline, occurrences: hit.occurrences }).toEqual({
                headline: expected.headline,
                occurrences: total,
              });
          });
          expect([...hits.keys()].every((n) => n < articles.length)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property (recall): any substring of two or more characters of any searchable element, captions and credits included, finds that article', () => {
    const han = fc.constantFrom('苏', '兆', '征', '党', '黨', '建', '记', '者');
    const text = fc.array(fc.oneof(han, han, fc.constantFrom('，', ' ', '“', '”', 'Ａ', '1')), {
      minLength: 1,
      maxLength: 12,
    });
    const partsArb = fc.record({
      kicker: fc.option(
        text.map((c) => c.join('')),
        { nil: undefined },
      ),
      title: text.map((c) => c.join('')),
      body: fc.array(
        text.map((c) => c.join('')),
        { maxLength: 3 },
      ),
      captions: fc.array(
        fc.record({
          text: text.map((c) => c.join('')),
          credit: fc.option(
            text.map((c) => c.join('')),
            { nil: undefined },
          ),
        }),
        { maxLength: 3 },
      ),
      credits: fc.array(
        fc.record({
          role: fc.constantFrom('writer', 'photographer', 'editor', 'layout') as fc.Arbitrary<CreditRole>,
          name: text.map((c) => c.join('')),
        }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(partsArb, { minLength: 1, maxLength: 9 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (parts, pick, element, a, b) => {
          const articles = parts.map((p) => articleSegments(p, p.body.join('\n\n')));
          const n = pick % articles.length;
          // Every element the reader sees, as printed.
          const p = parts[n]!;
          const elements = [
            ...(p.kicker ? [p.kicker] : []),
            p.title,
            ...p.body,
            ...p.captions.flatMap((c) => [c.text, ...(c.credit ? [c.credit] : [])]),
            ...p.credits.map((c) => c.name),
          ].filter((e) => e.trim());
          fc.pre(elements.length > 0);
          const chars = [...elements[element % elements.length]!];
          const [i, j] = [a % (chars.length + 1), b % (chars.length + 1)].sort((x, y) => x - y) as [number, number];
          const typed = chars.slice(i, j).join('');
          const [word] = parseQuery(`“${typed}”`, T2S);
          fc.pre(word !== undefined && [...word.normalized].length >= 2);
          expect(
            search(modelArchive(articles, T2S), planWord(word.normalized)).has(n),
            `${typed} in ${JSON.stringify(articles[n])}`,
          ).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

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
