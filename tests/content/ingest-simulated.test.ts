/**
 * The splitter on pages it has never seen: the curated articles laid out by the layout
 * simulator in hundreds of ways (see tests/helpers/layout-simulator.ts). Prints the figures per
 * variation family:  npx vitest run --project content tests/content/ingest-simulated.test.ts
 * SIM_PAGES=<n> changes the number of pages per family (default 60), SIM_FIRST=<n> the first
 * seed (default 1): seeds 1001–1060 are a range the rules were never looked at on. SIM_HEADLINES=1
 * also lists the stories whose 主题 is right but whose 引题 or 副题 is not; SIM_STRICT=1 the lines
 * of text a draft holds as a caption or a section head.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../../src/lib/ingest/split.ts';
import { readArticles } from '../helpers/content.ts';
import { FAMILIES, simulatePage, type Family } from '../helpers/layout-simulator.ts';
import { emptyTally, formatFigures, score, type Tally } from '../helpers/split-score.ts';

const articles = readArticles();
const PAGES = Number(process.env.SIM_PAGES ?? 60);
const FIRST = Number(process.env.SIM_FIRST ?? 1);

/** The targets, in every family: the exact story count on every page, titles exact in
 * 95% of stories, every body covered 97% by one draft and by no other, captions and credits
 * recovered (every one; 98% allows for a name the page prints nowhere else). */
const TARGETS = {
  count: (t: Tally) => t.countExact / t.pages >= 1,
  titles: (t: Tally) => t.titles / t.stories >= 0.95,
  bodies: (t: Tally) => t.bodies / t.stories >= 1,
  captions: (t: Tally) => t.captions === 0 || t.captionsFound / t.captions >= 0.98,
  credits: (t: Tally) => t.credits === 0 || t.creditsFound / t.credits >= 0.98,
  // A picture item (图片新闻) a draft of its own, its title and captions with their credits.
  pictures: (t: Tally) => t.pictureItems === 0 || t.pictureItemsFound / t.pictureItems >= 0.98,
} as const;
type Target = keyof typeof TARGETS;

/**
 * Where the splitter is still short of a target, with the floor it must not fall below. These
 * tests are expected to fail the target (it.fails): when a change reaches it, the test says so,
 * and the entry comes off this list.
 */
const SHORT: Partial<Record<Family, Partial<Record<Target, (t: Tally) => boolean>>>> = {
  // Plain text with headlines and captions but no type size: a one-line headline with no byline
  // under a story's end reads as its section head now and then (startsStory). A caption wrapped
  // on several lines is found by its mark or credit, or by its first line not indented where the
  // page indents; one with neither, on a page that marks no paragraph apart from a caption (no
  // indent, a blank line after every line), stays text.
  // (The count's floor is the 58 of 60 pages the default seeds give since the page furniture drew
  // from more forms, which laid out other pages; 97.7% of seeds 1–300.)
  'wrapped-mixed': {
    count: (t) => t.countExact / t.pages >= 0.96,
    captions: (t) => t.captionsFound / t.captions >= 0.9,
  },
  // The mixed family's pages in spaced-out type: read as the same pages unspaced are (seeds
  // 1–300, every figure the same with the spacing and without), so its misses are mixed's own:
  // one page of the default seeds (#14: a figure set alone under a cut paragraph's first piece,
  // which reads as a headline) parts a story in two.
  'letter-spaced': {
    count: (t) => t.countExact / t.pages >= 0.98,
    bodies: (t) => t.bodies / t.stories >= 0.99,
  },
};

describe('the splitter on simulated pages', () => {
  const tallies = new Map<string, Tally>();
  const total = emptyTally();
  for (const family of FAMILIES) {
    const tally = emptyTally();
    for (let seed = FIRST; seed < FIRST + PAGES; seed++) {
      const page = simulatePage(articles, family, seed);
      score(page, tally);
      score(page, total);
    }
    tallies.set(family, tally);
  }
  tallies.set('all', total);
  console.log(
    `seeds ${FIRST}–${FIRST + PAGES - 1}\n${formatFigures(tallies)}\n\nexamples:\n${[...tallies.values()].flatMap((t) => t.examples.slice(0, 3)).join('\n')}`,
  );

  it('simulates reproducibly', () => {
    expect(simulatePage(articles, 'mixed', 3).text).toBe(simulatePage(articles, 'mixed', 3).text);
    expect(total.pages).toBe(FAMILIES.length * PAGES);
  });

  for (const family of FAMILIES) {
    for (const target of Object.keys(TARGETS) as Target[]) {
      const floor = SHORT[family]?.[target];
      if (floor) {
        it.fails(`${family}: ${target} reaches the target (not yet)`, () => {
          expect(TARGETS[target](tallies.get(family)!)).toBe(true);
        });
        it(`${family}: ${target} stays above its floor`, () => {
          expect(floor(tallies.get(family)!)).toBe(true);
        });
      } else
        it(`${family}: ${target} reaches the target`, () => {
          expect(TARGETS[target](tallies.get(family)!)).toBe(true);
        });
    }
  }

  // Every printed character of a story's text is somewhere in the drafts: a line dropped as
  // furniture or debris that was the text's (扫码即可…, a paragraph's last character) is lost.
  it.each([...FAMILIES])('%s: drops none of the text the stories print', (family) => {
    const tally = tallies.get(family)!;
    expect(tally.bodyCharacters).toBeGreaterThan(0);
    expect(tally.lostCharacters, tally.examples.filter((e) => e.includes('in no draft')).join('\n')).toBe(0);
  });

  // Strictly: a furniture line counts as dropped only when it is in the report of dropped lines.
  it('drops the page furniture: every line at the foot, nearly every line at the top', () => {
    for (const family of ['furniture', 'mixed', 'wrapped-mixed'] as const) {
      const tally = tallies.get(family)!;
      expect(tally.footFurniture).toBeGreaterThan(0);
      expect(tally.footFurnitureDropped).toBe(tally.footFurniture);
      // A 版名 printed right over the first headline is taken for its 栏目, as a 栏目 printed there is.
      expect(tally.furnitureDropped / tally.furniture).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('prints what the front-page family is for on its pages, and drops every pointer on a line of its own', () => {
    const pages = Array.from({ length: PAGES }, (_, i) => simulatePage(articles, 'front-page', FIRST + i));
    const printing = (pattern: RegExp) => pages.filter((p) => pattern.test(p.text)).length;
    expect(pages.flatMap((p) => p.pictureItems).length).toBeGreaterThan(PAGES / 4);
    // 主题 in two lines, summaries' pointers, editors after the last sentence, marks of the end.
    expect(printing(/^#{1,2} [^\n]+\n#{1,2} /mu)).toBeGreaterThan(PAGES / 10);
    expect(printing(/见(?:今日)?第?[A-Z]?\d版/u)).toBeGreaterThan(PAGES / 10);
    expect(printing(/[。！？](?:【责任编辑|\s?责任编辑)/u)).toBeGreaterThan(PAGES / 20);
    expect(printing(/^（(?:完|未完待续)）$/mu)).toBeGreaterThan(PAGES / 20);
    const tally = tallies.get('front-page')!;
    expect(tally.furniture).toBeGreaterThan(0);
    expect(tally.furnitureDropped, tally.examples.filter((e) => e.startsWith('furniture')).join('\n')).toBe(
      tally.furniture,
    );
  });

  it('prints what the caption-styles family is for: captions without their full stop, credits of other papers', () => {
    const pages = Array.from({ length: PAGES }, (_, i) => simulatePage(articles, 'caption-styles', FIRST + i));
    const captions = pages.flatMap((p) => p.stories.flatMap((s) => s.captions));
    expect(captions.length).toBeGreaterThan(PAGES);
    expect(captions.filter((c) => !/[。！？]$/u.test(c.text)).length / captions.length).toBeGreaterThan(0.5);
    const printed = (caption: string) => pages.some((p) => p.text.includes(caption));
    expect(printed('（')).toBe(true);
    for (const form of [/^\p{Script=Han}{2,3}摄$/u, /^新华社记者 /u, /^经济日报记者 /u, /^图\//u, /^通讯员 .* 供图$/u, /\/摄$/u])
      expect(
        captions.some((c) => form.test(c.credit ?? '')),
        String(form),
      ).toBe(true);
  });

  it('prints what the vertical family is for: titles a character a line, marks on lines of their own', () => {
    const pages = Array.from({ length: PAGES }, (_, i) => simulatePage(articles, 'vertical', FIRST + i));
    const vertical = (page: (typeof pages)[number]) =>
      page.stories.filter((s) => page.text.includes([...s.title].join('\n'))).length;
    expect(pages.reduce((n, page) => n + vertical(page), 0)).toBeGreaterThan(PAGES / 2);
    expect(pages.some((page) => /\n[“：]\n/u.test(page.text))).toBe(true);
    expect(tallies.get('vertical')!.furniture).toBe(0);
  });

  it('prints what the lists family is for, and keeps each line of an appendix a paragraph of its story', () => {
    // And a page whose appendix lists names a 、 apart, a row a line as wide as the text (赖彩凤、宋显晖、叶伟 /
    // 张嘉村、李洋、张志东), once run together into one paragraph (…叶伟张嘉村…).
    const pages = [
      ...Array.from({ length: PAGES }, (_, i) => simulatePage(articles, 'lists', FIRST + i)),
      simulatePage(articles, 'lists', 3534),
    ];
    expect(pages.filter((p) => /^[■◆●★] ?\S/mu.test(p.text)).length).toBeGreaterThan(PAGES / 4);
    expect(pages.filter((p) => /^[□■◎] ?\p{Script=Han}{2,3}(?: \p{Script=Han}{2,3})?$/mu.test(p.text)).length).toBeGreaterThan(
      PAGES / 4,
    );
    const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();
    let appendices = 0;
    for (const page of pages) {
      const drafts = splitPage(page.text).stories;
      for (const story of page.stories) {
        const opens = story.body.findIndex((line) => /^附(?:件)?：/u.test(line));
        if (opens < 0) continue;
        appendices++;
        const draft = drafts.find((d) => d.headline?.title === story.title);
        expect(draft?.paragraphs.map(squash), `#${page.seed} ${story.id}`).toEqual(
          expect.arrayContaining(story.body.slice(opens).map(squash)),
        );
      }
    }
    expect(appendices).toBeGreaterThan(PAGES / 4);
  });

  it('prints what the literary family is for, and keeps each stanza of a poem one paragraph of its lines', () => {
    const pages = Array.from({ length: PAGES }, (_, i) => simulatePage(articles, 'literary', FIRST + i));
    // Writers under the title with no mark, and where they work before the name.
    expect(pages.filter((p) => /(?:党支部|党委|党总支|联合党委|书记|主任) \p{Script=Han}{2,3}$/mu.test(p.text)).length).toBeGreaterThan(
      PAGES / 4,
    );
    // And writers on the title's own line, after a mark or a label (七一抒怀 □ 王芳).
    expect(pages.filter((p) => /^.*\p{Script=Han}[”」]? ?(?:[□■◎]|文\/) ?\p{Script=Han}/mu.test(p.text)).length).toBeGreaterThan(
      PAGES / 4,
    );
    let stanzas = 0;
    for (const page of pages) {
      const paragraphs = splitPage(page.text).stories.flatMap((story) => story.paragraphs);
      for (const story of page.stories)
        for (const stanza of story.body.filter((paragraph) => paragraph.includes('\n'))) {
          stanzas++;
          expect(paragraphs, `#${page.seed} ${story.id}`).toContain(stanza);
        }
    }
    expect(stanzas).toBeGreaterThan(PAGES);
  });

  it("drops every line of a front page's contents, which repeat other pages' headlines", () => {
    const tally = tallies.get('newsroom')!;
    expect(tally.furniture).toBeGreaterThan(0);
    expect(tally.furnitureDropped, tally.examples.filter((e) => e.startsWith('furniture')).join('\n')).toBe(
      tally.furniture,
    );
  });
});
