/** markdown-text.ts: a draft's text written as Markdown reads back as the same text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownHeading, markdownText } from '../../../src/lib/ingest/markdown-text.ts';
import { inspectMarkdown } from '../../../src/lib/markdown-safety.ts';

/** What the build reads from a body: its one block's text, and what it would refuse. */
function readBack(markdown: string) {
  const inspection = inspectMarkdown(`${markdown}\n`);
  return {
    texts: inspection.blocks.map((block) => block.text),
    refused: [...inspection.rawHtml, ...inspection.images, ...inspection.unsafeLinks, ...inspection.topLevelHeadings],
  };
}

// Chinese text, and every character Markdown may read as markup, often enough to meet each other.
const ALPHABET = [
  ...'党建引领高新区1９a Z',
  ...'\\`*_[]()<>&#;!+-=.)|~:/?"\'',
  '&amp;',
  '&#123;',
  '<b>',
  '</p>',
  '<http://x>',
];
const lineArb = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join('').trim())
  .filter((text) => text.length > 0);

describe('markdownText', () => {
  it.each([
    ['<table><tr><td>项目</td></tr></table>', '\\<table>\\<tr>\\<td>项目\\</td>\\</tr>\\</table>'],
    ['评分 *5* 分，邮箱 dengsh_x@chih.org', '评分 \\*5\\* 分，邮箱 dengsh\\_x@chih.org'],
    ['1. 坚持党建引领', '1\\. 坚持党建引领'],
    ['[1]: 见某报', '\\[1]: 见某报'],
    ['# 1', '\\# 1'],
    ['增长率<5%，A&B', '增长率<5%，A&B'],
    ['党建引领高质量发展', '党建引领高质量发展'],
  ])('%j → %j', (text, markdown) => {
    expect(markdownText(text)).toBe(markdown);
  });

  it('reads back as the same text, one paragraph, nothing the build refuses', () => {
    fc.assert(
      fc.property(lineArb, (text) => {
        expect(readBack(markdownText(text))).toEqual({ texts: [text], refused: [] });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('markdownText of a poem’s stanza (lines a newline apart)', () => {
  it('reads back as one paragraph of the same lines, a hard break between them', () => {
    expect(markdownText('你是清晨的第一缕光\n照亮了园区')).toBe('你是清晨的第一缕光\\\n照亮了园区');
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 2, maxLength: 5 }), (lines) => {
        const markdown = markdownText(lines.join('\n'));
        expect(readBack(markdown)).toEqual({ texts: [lines.join('')], refused: [] });
        expect(markdown.split('\n')).toHaveLength(lines.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('markdownHeading', () => {
  it('is a section head (##) that reads back as the same text, a # at its end kept', () => {
    expect(markdownHeading('第一部分 #')).toBe('## 第一部分 \\#');
    fc.assert(
      fc.property(lineArb, (text) => {
        const markdown = markdownHeading(text);
        expect(markdown.startsWith('## ')).toBe(true);
        expect(readBack(markdown)).toEqual({ texts: [text], refused: [] });
      }),
      { numRuns: 2000 },
    );
  });
});
