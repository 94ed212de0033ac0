/**
 * How well the splitter recovers a simulated page: story count, titles, bodies, captions,
 * credits, furniture. Figures are fractions; `formatFigures` prints one row per family.
 */
import { coverage } from '../../src/lib/coverage.ts';
import { hasBody, splitPage, type DraftStory } from '../../src/lib/ingest/split.ts';
import { hanOnly } from '../../src/lib/text.ts';
import type { SimulatedPage } from './layout-simulator.ts';

export interface Tally {
  pages: number;
  countExact: number;
  stories: number;
  titles: number;
  headlines: number;
  bodies: number;
  captions: number;
  captionsFound: number;
  /** Picture items (图片新闻): found when a draft without text holds their title and captions, credits with them. */
  pictureItems: number;
  pictureItemsFound: number;
  credits: number;
  creditsFound: number;
  furniture: number;
  furnitureDropped: number;
  /** The furniture printed at the foot of the page, after the last story. */
  footFurniture: number;
  footFurnitureDropped: number;
  /**
   * Characters of the stories' bodies that no draft holds anywhere (headline, text, captions,
   * credits): printed text the splitter dropped, which no later reading of the drafts recovers.
   * Han characters, and figures and words in letters (42.46%, 5G) whole as printed.
   */
  bodyCharacters: number;
  lostCharacters: number;
  /** A few failures, for reading. */
  examples: string[];
  /** How many failures to keep (6 unless set; a debugging script may want them all). */
  examplesMax?: number;
}

export const emptyTally = (): Tally => ({
  pages: 0,
  countExact: 0,
  stories: 0,
  titles: 0,
  headlines: 0,
  bodies: 0,
  captions: 0,
  captionsFound: 0,
  pictureItems: 0,
  pictureItemsFound: 0,
  credits: 0,
  creditsFound: 0,
  furniture: 0,
  furnitureDropped: 0,
  footFurniture: 0,
  footFurnitureDropped: 0,
  bodyCharacters: 0,
  lostCharacters: 0,
  examples: [],
});

const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const bodyHan = (d: DraftStory) => hanOnly(d.paragraphs.join('\n'));

export function score(page: SimulatedPage, tally: Tally): void {
  const split = splitPage(page.text);
  const drafts = split.stories.filter((s) => s.paragraphs.some((p) => !p.startsWith('## ')));
  const example = (what: string) => {
    if (tally.examples.length < (tally.examplesMax ?? 6)) tally.examples.push(`[${page.family} #${page.seed}] ${what}`);
  };
  tally.pages++;
  if (drafts.length === page.stories.length) tally.countExact++;
  else
    example(
      `${drafts.length} drafts for ${page.stories.length} stories: ${drafts.map((d) => d.headline?.title ?? '–').join(' | ')}`,
    );
  const draftHan = drafts.map(bodyHan);
  // Everything the drafts hold, wherever they put it: a body's text found there is not lost.
  const heldHan = split.stories.map((d) =>
    hanOnly(
      [
        d.headline?.kicker,
        d.headline?.title,
        d.headline?.subtitle,
        ...d.paragraphs,
        ...d.captions.map((c) => `${c.text}${c.credit ?? ''}`),
        ...d.credits.map((c) => c.name),
      ].join('\n'),
    ),
  );
  const heldText = split.stories
    .map((d) =>
      [
        d.headline?.kicker,
        d.headline?.title,
        d.headline?.subtitle,
        ...d.paragraphs,
        ...d.captions.map((c) => `${c.text}${c.credit ?? ''}`),
      ].join('\n'),
    )
    .join('\n')
    .normalize('NFKC')
    .replace(/\s+/gu, '');
  for (const [index, story] of page.stories.entries()) {
    tally.stories++;
    const expected = hanOnly(story.body.join('\n'));
    const lost = coverage(expected, heldHan).missing;
    tally.bodyCharacters += [...expected].length;
    tally.lostCharacters += [...lost.join('')].length;
    if (lost.length > 0) example(`text of ${story.id} in no draft: ${lost.join(' | ')}`);
    // Figures and words in letters hold no Han: looked for as printed (42.46%, 5G).
    const lostFigures = figuresOf(story.body.join('\n')).filter((figure) => !heldText.includes(figure));
    tally.lostCharacters += lostFigures.join('').length;
    if (lostFigures.length > 0) example(`figures of ${story.id} in no draft: ${lostFigures.join(' | ')}`);
    const ratios = draftHan.map((han) => coverage(expected, [han]).ratio);
    const best = ratios.length ? ratios.indexOf(Math.max(...ratios)) : -1;
    const draft = drafts[best];
    // Text the story shares with the other stories anyway does not count against the split.
    const inherent = coverage(
      expected,
      page.stories.filter((_, i) => i !== index).map((s) => hanOnly(s.body.join('\n'))),
    ).ratio;
    const elsewhere = coverage(
      expected,
      draftHan.filter((_, i) => i !== best),
    ).ratio;
    if (draft && ratios[best]! >= 0.97 && elsewhere <= inherent + 0.03) tally.bodies++;
    else
      example(
        `body of ${story.id}: best ${((ratios[best] ?? 0) * 100).toFixed(1)}%, elsewhere ${(elsewhere * 100).toFixed(1)}%`,
      );
    if (draft && squash(draft.headline?.title) === squash(story.title)) {
      tally.titles++;
      if (
        squash(draft.headline?.kicker) === squash(story.kicker) &&
        squash(draft.headline?.subtitle) === squash(story.subtitle)
      )
        tally.headlines++;
      else if (process.env.SIM_HEADLINES)
        example(
          `headline of ${story.id}: ${JSON.stringify(draft.headline)} for ${JSON.stringify([story.kicker, story.subtitle])}`,
        );
    } else example(`title of ${story.id}: «${draft?.headline?.title ?? '–'}» for «${story.title}»`);
    for (const caption of story.captions) {
      tally.captions++;
      const found = draft?.captions.some(
        (c) => hanOnly(c.text) === hanOnly(caption.text) && hanOnly(c.credit ?? '') === hanOnly(caption.credit ?? ''),
      );
      if (found) tally.captionsFound++;
      else example(`caption of ${story.id}: ${caption.text.slice(0, 12)}… ${caption.credit ?? ''}`);
    }
    for (const credit of story.credits) {
      tally.credits++;
      if (draft?.credits.some((c) => c.name === credit.name && c.role === credit.role)) tally.creditsFound++;
      else
        example(
          `credit of ${story.id}: ${credit.role} ${credit.name}; got ${JSON.stringify(draft?.credits.map((c) => `${c.role} ${c.name}`))}`,
        );
    }
  }
  for (const item of page.pictureItems) {
    tally.pictureItems++;
    const found = split.stories.some(
      (d) =>
        !hasBody(d) &&
        squash(d.headline?.title) === squash(item.title) &&
        item.captions.every((caption) =>
          d.captions.some(
            (c) => hanOnly(c.text) === hanOnly(caption.text) && hanOnly(c.credit ?? '') === hanOnly(caption.credit),
          ),
        ),
    );
    if (found) tally.pictureItemsFound++;
    else example(`picture item ${item.title ?? '(label only)'}: ${item.captions[0]!.text.slice(0, 12)}…`);
  }
  // With SIM_STRICT, also list what the drafts hold that the page never printed as such (a line
  // of text read as a caption or as a section head) and the section heads read as text.
  if (process.env.SIM_STRICT) {
    const heads = new Set(drafts.flatMap((d) => d.paragraphs.filter((p) => p.startsWith('## ')).map(hanOnly)));
    for (const story of page.stories)
      for (const head of story.heads) if (!heads.has(hanOnly(head))) example(`section head lost: ${head}`);
    const captions = new Set(page.stories.flatMap((s) => s.captions.map((c) => hanOnly(c.text))));
    const paragraphs = new Set(
      page.stories.flatMap((s) => [s.kicker, s.title, s.subtitle, ...s.body].map((p) => hanOnly(p ?? ''))),
    );
    for (const draft of drafts) {
      for (const caption of draft.captions)
        if (!captions.has(hanOnly(caption.text))) example(`not a caption: ${caption.text}`);
      for (const p of draft.paragraphs)
        if (p.startsWith('## ') && !paragraphs.has(hanOnly(p))) example(`not a section head: ${p.slice(3)}`);
    }
  }
  // Strictly: each furniture line the simulator printed is in the report of dropped lines (a line
  // goes into a draft or into that report, never both), one report entry for each printed copy.
  // Compared without spaces: a page of spaced-out type prints every character a space apart.
  const unspaced = (text: string) => text.replace(/\s+/gu, '');
  const reported = new Map<string, number>();
  for (const d of split.dropped) reported.set(unspaced(d.text), (reported.get(unspaced(d.text)) ?? 0) + 1);
  for (const [index, line] of page.furniture.entries()) {
    const foot = index >= page.furniture.length - page.footFurniture;
    tally.furniture++;
    if (foot) tally.footFurniture++;
    const left = reported.get(unspaced(line)) ?? 0;
    if (left > 0) {
      reported.set(unspaced(line), left - 1);
      tally.furnitureDropped++;
      if (foot) tally.footFurnitureDropped++;
    } else example(`furniture not dropped: ${line}`);
  }
}

const pct = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : '–').padStart(7);

export function formatFigures(tallies: Map<string, Tally>): string {
  const rows = ['family        pages  count  titles headline bodies captions credits furniture   foot   lost pictures'];
  for (const [family, t] of tallies)
    rows.push(
      `${family.padEnd(12)} ${String(t.pages).padStart(6)}${pct(t.countExact, t.pages)}${pct(t.titles, t.stories)}${pct(t.headlines, t.stories)}${pct(t.bodies, t.stories)}${pct(t.captionsFound, t.captions)}${pct(t.creditsFound, t.credits)}${pct(t.furnitureDropped, t.furniture)}${pct(t.footFurnitureDropped, t.footFurniture)}${String(t.lostCharacters).padStart(7)}${pct(t.pictureItemsFound, t.pictureItems)}`,
    );
  return rows.join('\n');
}

/** A text's figures and words in letters (42.46%, 2021, 5G), as they are printed. */
function figuresOf(text: string): string[] {
  return text.normalize('NFKC').match(/[0-9A-Za-z][0-9A-Za-z.%‰]*/gu) ?? [];
}
