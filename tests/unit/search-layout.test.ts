import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articleBlock,
  articleTokens,
  BLOCK_UNIT,
  blockLayout,
  BUNDLE_SIZE,
  byDate,
  chunkProbes,
  chunkStartsByChar,
  collectHits,
  decodeBlocks,
  EMPTY_POSITION,
  encodeBlocks,
  GRAM,
  locate,
  planTerms,
  planWord,
  readBundles,
  type WordPlan,
} from '../../src/lib/search-layout.ts';
import { INDEX_MARKS, normalizedRuns, parseQuery, type Segment, type SegmentKind } from '../../src/lib/search-text.ts';
import { modelArchive } from '../helpers/pagefind-model.ts';

const T2S = { 黨: '党', 學: '学', 習: '习' } as const;
const { runEnd: E, presence: P } = INDEX_MARKS;

describe('articleTokens', () => {
  it('gives a positional token of GRAM characters at each character, filled at a run end', () => {
    const tokens = articleTokens([{ kind: 'title', text: '苏兆征故居' }], T2S);
    expect(tokens.headline).toEqual(['苏兆征故', '兆征故居', `征故居${E}`, `故居${E}${E}`, `居${E}${E}${E}`]);
    expect(tokens.body).toEqual([]);
  });

  it('stops tokens at sentence ends and segment boundaries, and reads text normalised', () => {
    const tokens = articleTokens(
      [
        { kind: 'p', text: '黨建。ＡＢ' },
        { kind: 'p', text: '学' },
      ],
      T2S,
    );
    expect(tokens.body).toEqual([`党建${E}${E}`, `建${E}${E}${E}`, `ab${E}${E}`, `b${E}${E}${E}`, `学${E}${E}${E}`]);
  });

  it('lists each pair once, where it first occurs, in order', () => {
    const tokens = articleTokens(
      [
        { kind: 'title', text: '党建引领' },
        { kind: 'p', text: '党建工作，引领发展' },
      ],
      T2S,
    );
    expect(tokens.headlinePresence).toEqual([`${P}党建`, `${P}建引`, `${P}引领`]);
    expect(tokens.bodyPresence).toEqual([`${P}建工`, `${P}工作`, `${P}作引`, `${P}领发`, `${P}发展`]);
  });
});

describe('blocks', () => {
  const tokens = articleTokens(
    [
      { kind: 'title', text: '标题' },
      { kind: 'p', text: '正文内容' },
    ],
    T2S,
  );
  const layout = blockLayout([tokens]);

  it('reserves room for the longest headline, in steps of 16', () => {
    expect(layout).toEqual({ headline: 16, headlinePresence: 16 });
    const long = articleTokens([{ kind: 'title', text: '长'.repeat(20) }], T2S);
    expect(blockLayout([tokens, long])).toEqual({
      headline: 32,
      headlinePresence: 16,
    });
  });

  it('puts the headline first, its pairs next, then the body, padded to whole units', () => {
    const block = articleBlock(tokens, layout);
    expect(block.length % BLOCK_UNIT).toBe(0);
    expect(block.slice(0, 2)).toEqual(tokens.headline);
    expect(block.slice(2, 16).every((w) => w === EMPTY_POSITION)).toBe(true);
    expect(block.slice(16, 17)).toEqual(tokens.headlinePresence);
    expect(block.slice(32, 32 + tokens.bodyPresence.length + tokens.body.length)).toEqual([
      ...tokens.bodyPresence,
      ...tokens.body,
    ]);
  });

  it('refuses a headline longer than the layout allows', () => {
    const long = articleTokens([{ kind: 'title', text: '长'.repeat(20) }], T2S);
    expect(() => articleBlock(long, layout)).toThrow(/headline/);
  });

  it('encodes block lengths one character each, and back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: BUNDLE_SIZE }), (units) => {
        expect(decodeBlocks(encodeBlocks(units))).toEqual(units);
      }),
    );
  });

  it('locates a position in its article', () => {
    const place = readBundles({
      bundleSize: 2,
      unit: 10,
      headline: 4,
      headlinePresence: 4,
      bundles: [
        ['a', encodeBlocks([1, 3])],
        ['b', encodeBlocks([2])],
      ],
      chunkStartChars: '',
    }).get('b')!;
    expect(place).toEqual({ first: 2, starts: [0, 20] });
    const first = readBundles({
      bundleSize: 2,
      unit: 10,
      headline: 4,
      headlinePresence: 4,
      bundles: [['a', encodeBlocks([1, 3])]],
      chunkStartChars: '',
    }).get('a')!;
    expect(locate(first, 0)).toEqual({ article: 0, offset: 0 });
    expect(locate(first, 9)).toEqual({ article: 0, offset: 9 });
    expect(locate(first, 10)).toEqual({ article: 1, offset: 0 });
    expect(locate(first, 39)).toEqual({ article: 1, offset: 29 });
    expect(locate(first, 40)).toBeUndefined();
  });
});

describe('planWord', () => {
  it('asks for pairs by presence, and for up to GRAM characters by prefix', () => {
    expect(planWord('党')).toEqual({ kind: 'occurrences', term: '党' });
    expect(planWord('党建')).toEqual({ kind: 'presence', term: `${P}党建` });
    expect(planWord('党建', 'occurrences')).toEqual({
      kind: 'occurrences',
      term: '党建',
    });
    expect(planWord('苏兆征')).toEqual({ kind: 'occurrences', term: '苏兆征' });
    expect(planWord('不忘初心')).toEqual({
      kind: 'occurrences',
      term: '不忘初心',
    });
  });

  it('chains whole tokens for longer words', () => {
    expect(planWord('十万党员进')).toEqual({
      kind: 'chain',
      links: [
        { offset: 0, term: '十万党员' },
        { offset: 1, term: '万党员进' },
      ],
    });
    expect(planTerms(planWord('十万党员进党校'))).toEqual(['十万党员', '员进党校']);
    expect(planWord('𠮷野家的牛肉饭').kind).toBe('chain');
  });

  it('property: a chain covers every character with tokens of GRAM characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('甲', '乙', '𠮷', 'a', '1'), {
          minLength: GRAM + 1,
          maxLength: 30,
        }),
        (chars) => {
          const plan = planWord(chars.join('')) as Extract<WordPlan, { kind: 'chain' }>;
          const covered = new Set<number>();
          for (const { offset, term } of plan.links) {
            expect(term).toBe(chars.slice(offset, offset + GRAM).join(''));
            for (let i = offset; i < offset + GRAM; i++) covered.add(i);
          }
          expect(covered.size).toBe(chars.length);
        },
      ),
    );
  });
});

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

describe('chunk starts', () => {
  it('groups the starts of positional chunks by first character, leaving out pair chunks', () => {
    const byChar = chunkStartsByChar(['党建工作', `${P}党建`, '党员大会', '𠮷野家的', '学习']);
    expect([...byChar]).toEqual([
      ['党', ['党建工作', '党员大会']],
      ['𠮷', ['𠮷野家的']],
      ['学', ['学习']],
    ]);
  });

  it('probes the chunks that begin inside a prefix, and none for a whole token or a pair', () => {
    const starts = ['党建工作', '党建引领', '党员大会', '学习'];
    expect(chunkProbes('党建', starts)).toEqual(['党建', '党建工作', '党建引领']);
    expect(chunkProbes('党', starts)).toEqual(['党', '党建工作', '党建引领', '党员大会']);
    expect(chunkProbes('党建工作', starts)).toEqual(['党建工作']);
    expect(chunkProbes(`${P}党建`, starts)).toEqual([`${P}党建`]);
  });
});

describe('byDate', () => {
  it('sorts by date key, keeping the order of equal dates', () => {
    const records = [
      { id: 'b', sort: { date: '2020-01-02' } },
      { id: 'a', sort: { date: '2019-05-01' } },
      { id: 'c', sort: { date: '2020-01-02' } },
    ];
    expect(byDate(records).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
