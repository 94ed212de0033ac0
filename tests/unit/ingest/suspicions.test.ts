/** suspicions.ts: what the ingest report flags for an editor. */
import { describe, expect, it } from 'vitest';
import type { PageLine } from '../../../src/lib/ingest/lines.ts';
import { PHRASE_SHOWN, repeatedPhrases } from '../../../src/lib/ingest/suspicions.ts';

const body = (text: string, number = 1): PageLine => ({ number, raw: text, text, kind: 'body', blanksBefore: 0 });

describe('repeatedPhrases', () => {
  it('names a phrase printed twice back to back', () => {
    expect(repeatedPhrases([body('打通治理服务“最后一公里”，打通治理服务“最后一公里”，建立健全机制。')])).toEqual([
      { line: 1, kind: 'repeated-phrase', detail: '“打通治理服务“最后一公里””连印两次' },
    ]);
  });

  it('cuts a long phrase in the report, and gives its length', () => {
    const phrase = '高新区党建工作'.repeat(2000);
    const [found] = repeatedPhrases([body(`${phrase}${phrase}`)]);
    expect([...found!.detail].length).toBeLessThan(PHRASE_SHOWN + 20);
    expect(found!.detail).toMatch(/…（共 \d+ 字）”连印两次$/u);
  });
});
