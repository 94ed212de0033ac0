/**
 * No line of a page is lost: each line that prints Chinese is in a draft (its headline, 栏目,
 * text, captions, credits) or in the report of dropped lines, on simulated pages of every
 * family. A line a draft counts as its own but whose words it leaves out (a second label over a
 * headline, the page's name printed again over a label in brackets) would be in neither.
 * SIM_PAGES and SIM_FIRST as in ingest-simulated.test.ts.
 *
 * Compared a run of Han characters at a time (between marks and the names the drafts credit), in
 * pieces of four, with everything the drafts and the report hold. Credit lines and one-line briefs
 * are left to the tests of bylines and briefs: a credit's names and roles are stored apart
 * (记者 张三 李四 摄), a brief's title apart from its text; so is a writer on a title's line.
 */
import { describe, expect, it } from 'vitest';
import { readArticles } from '../helpers/content.ts';
import { FAMILIES, simulatePage } from '../helpers/layout-simulator.ts';
import { readLines } from '../../src/lib/ingest/read-lines.ts';
import { splitPage } from '../../src/lib/ingest/split.ts';
import { closeLetterSpacing, hanOnly } from '../../src/lib/text.ts';

const articles = readArticles();
const PAGES = Number(process.env.SIM_PAGES ?? 60);
const FIRST = Number(process.env.SIM_FIRST ?? 1);
const PIECE = 4;

/** The page's lines that print Chinese and are in no draft nor in the report, as `number: text`. */
function linesLost(page: string, split = splitPage(page)): string[] {
  const { stories, dropped, banner, pageName, suspicions } = split;
  // A credit's names, however the line printed them (·张三 李四·, 记者 张三 摄), are held.
  const names = [...new Set(stories.flatMap((s) => s.credits.map((c) => c.name)))].sort((a, b) => b.length - a.length);
  const withoutNames = (run: string) => names.reduce((rest, name) => rest.replaceAll(name, '|'), run);
  // Jump marks the drafts leave out are told in the suspicions.
  const held = hanOnly([JSON.stringify(stories), banner.join('|'), pageName ?? '', JSON.stringify(suspicions)].join('|'));
  const reported = new Set(dropped.map((d) => d.line));
  return readLines(page)
    .filter((line) => !reported.has(line.number) && line.kind !== 'byline' && line.kind !== 'photo-credit' && !line.brief)
    .filter((line) => {
      // A title's line that prints its writer (七一抒怀 □ 王芳): its title; the writer is a credit line's.
      const printed = line.writer ? line.text : closeLetterSpacing(line.raw);
      const runs = withoutNames(printed.replace(/\s+/gu, ''))
        .split(/\P{Script=Han}+/u)
        .filter((run) => run.length >= 2);
      return runs.some((run) => {
        if (run.length <= PIECE) return !held.includes(run);
        for (let at = 0; at + PIECE <= run.length; at++) if (!held.includes(run.slice(at, at + PIECE))) return true;
        return false;
      });
    })
    .map((line) => `${line.number}: ${line.raw}`);
}

describe('no line of a simulated page is lost', () => {
  for (const family of FAMILIES) {
    it(`${family}: each line that prints Chinese is in a draft or in the report`, () => {
      const lost: string[] = [];
      for (let seed = FIRST; seed < FIRST + PAGES; seed++)
        for (const line of linesLost(simulatePage(articles, family, seed).text)) lost.push(`#${seed} ${line}`);
      expect(lost).toEqual([]);
    });
  }

  it('tells a line whose words no draft holds', () => {
    const page = ['企业党建', '', '园区企业开展红色观影活动', '', '近日，园区多家企业党支部组织党员观看红色电影，重温革命历史。'].join('\n');
    const split = splitPage(page);
    expect(linesLost(page, split)).toEqual([]);
    // The same drafts with the label's words gone, as when a later label was lost.
    const [story] = split.stories;
    expect(linesLost(page, { ...split, stories: [{ ...story!, column: undefined }] })).toEqual(['1: 企业党建']);
  });
});
