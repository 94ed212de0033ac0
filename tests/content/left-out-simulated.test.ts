/**
 * The check of lines left out (src/lib/left-out-lines.ts) on pages it has never seen: a page
 * published as ingest split it, every draft kept, leaves no line out, in every layout the
 * simulator prints (other furniture, bylines, captions, banners, column breaks, OCR debris).
 * And a paragraph deleted from such a page is told. SIM_PAGES and SIM_FIRST as in
 * ingest-simulated.test.ts (30 pages per family here, from seed 1).
 */
import { describe, expect, it } from 'vitest';
import { readArticles } from '../helpers/content.ts';
import { FAMILIES, simulatePage } from '../helpers/layout-simulator.ts';
import { splitPage, type DraftStory } from '../../src/lib/ingest/split.ts';
import { pageOmissions } from '../../src/lib/left-out-lines.ts';
import { attributeLines, storySegments } from '../../src/lib/source-lines.ts';
import { countHan } from '../../src/lib/text.ts';

const articles = readArticles();
const PAGES = Number(process.env.SIM_PAGES ?? 30);
const FIRST = Number(process.env.SIM_FIRST ?? 1);
const SEEDS = Array.from({ length: PAGES }, (_, i) => FIRST + i);

const asStory = (draft: DraftStory, index: number) => ({
  id: `draft-${index + 1}`,
  segments: storySegments({
    ...draft.headline,
    title: draft.headline?.title ?? '',
    body: draft.paragraphs.join('\n\n'),
    credits: draft.credits,
    captions: draft.captions,
  }),
});

/** The page's attribution and what it leaves out, its drafts published as ingest wrote them (the banner as their column). */
function leftOutOf(text: string, drafts: DraftStory[], banner: string[]) {
  const pageTexts = [...drafts.flatMap((d) => (d.column ? [d.column] : [])), ...(banner.length ? [banner.join(' ')] : [])];
  const texts = drafts.map(asStory);
  const lines = attributeLines(text, texts, { pageTexts });
  const stories = texts.map((story) => ({ ...story, draft: false, omittedLines: [] }));
  return { lines, ...pageOmissions(lines, stories) };
}

describe('lines left out, on simulated pages', () => {
  for (const family of FAMILIES) {
    it(`${family}: a page published as ingest split it leaves no line out, and each story holds lines`, () => {
      const told: string[] = [];
      for (const seed of SEEDS) {
        const page = simulatePage(articles, family, seed);
        const split = splitPage(page.text);
        const { leftOut, unheld } = leftOutOf(page.text, split.stories, split.banner);
        for (const run of leftOut) told.push(`#${seed} 第${run.from}–${run.to}行 "${run.text}"`);
        for (const { story } of unheld) told.push(`#${seed} ${story} holds no line`);
      }
      expect(told).toEqual([]);
    });
  }

  it('tells a story entered twice, and a paragraph entered again as a story', () => {
    let told = 0;
    for (const seed of SEEDS) {
      const page = simulatePage(articles, 'mixed', seed);
      const { stories, banner } = splitPage(page.text);
      const index = seed % stories.length;
      const twice = stories[index]!;
      const paragraph = twice.paragraphs.reduce((a, b) => (countHan(b) > countHan(a) ? b : a), '');
      const again = [...stories, twice, { ...twice, headline: undefined, paragraphs: [paragraph], captions: [], credits: [] }];
      const { unheld } = leftOutOf(page.text, again, banner);
      const added = [`draft-${stories.length + 1}`, `draft-${stories.length + 2}`];
      expect(unheld.map((u) => u.story)).toEqual(added);
      for (const { holders } of unheld) expect(holders).toContain(`draft-${index + 1}`);
      told++;
    }
    expect(told).toBe(SEEDS.length);
  });

  it('tells a paragraph deleted from any story of a simulated page', () => {
    let deleted = 0;
    let tried = 0;
    for (const seed of SEEDS) {
      const page = simulatePage(articles, 'mixed', seed);
      const { stories, banner } = splitPage(page.text);
      // The longest paragraph of a story: a long paragraph of its own words, not a phrase repeated elsewhere.
      const index = seed % stories.length;
      const paragraphs = stories[index]!.paragraphs;
      const longest = paragraphs.reduce((a, b) => (countHan(b) > countHan(a) ? b : a), '');
      if (countHan(longest) < 60) continue;
      tried++;
      const cut = stories.map((s, i) => (i === index ? { ...s, paragraphs: s.paragraphs.filter((p) => p !== longest) } : s));
      const { leftOut } = leftOutOf(page.text, cut, banner);
      if (leftOut.some((run) => run.after === `draft-${index + 1}` || run.after === `draft-${index}`)) deleted++;
    }
    console.log(`a deleted paragraph told on ${deleted} of ${tried} simulated pages (seeds ${FIRST}–${FIRST + PAGES - 1})`);
    expect(tried).toBeGreaterThan(PAGES / 2);
    expect(deleted / tried).toBeGreaterThanOrEqual(0.95);
  });
});
