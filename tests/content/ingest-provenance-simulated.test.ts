/**
 * Ingest and the provenance check read a page alike: a draft published as ingest wrote it is
 * found on its page, word for word, whatever the OCR tool's markup on the page (the layout
 * simulator's families, the `markdown` one included). SIM_PAGES and SIM_FIRST as in
 * ingest-simulated.test.ts (20 pages per family here, from seed 1).
 */
import { describe, expect, it } from 'vitest';
import { readArticles } from '../helpers/content.ts';
import { FAMILIES, simulatePage } from '../helpers/layout-simulator.ts';
import { splitPage, type DraftStory } from '../../src/lib/ingest/split.ts';
import { provenanceProblems, type ArticleForChecks } from '../../src/lib/content-checks.ts';
import { SourceIndex } from '../../src/lib/provenance.ts';

const articles = readArticles();
const PAGES = Number(process.env.SIM_PAGES ?? 20);
const FIRST = Number(process.env.SIM_FIRST ?? 1);

/** A draft as the checks read it once published: its headline, body, captions and credits. */
const published = (draft: DraftStory, order: number): ArticleForChecks => ({
  filePath: `draft-${order}.md`,
  body: draft.paragraphs.join('\n\n'),
  data: {
    title: draft.headline?.title ?? '',
    kicker: draft.headline?.kicker,
    subtitle: draft.headline?.subtitle,
    source: 'simulated',
    order,
    corrections: [],
    credits: draft.credits,
    captions: draft.captions,
  },
});

describe('drafts on simulated pages', () => {
  for (const family of FAMILIES) {
    it(`${family}: every draft, published as ingest wrote it, is found on its page`, () => {
      const problems: string[] = [];
      let drafts = 0;
      for (let seed = FIRST; seed < FIRST + PAGES; seed++) {
        const { text } = simulatePage(articles, family, seed);
        const page = SourceIndex.of(text);
        splitPage(text).stories.forEach((draft, i) => {
          drafts++;
          for (const problem of provenanceProblems(published(draft, i + 1), page)) problems.push(`#${seed} ${problem}`);
        });
      }
      expect(drafts).toBeGreaterThan(PAGES);
      expect(problems).toEqual([]);
    });
  }
});
