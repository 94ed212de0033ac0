/** surnames.ts: the commonest surnames, as the byline reader asks about one character. */
import { describe, expect, it } from 'vitest';
import { isCommonSurname } from '../../../src/lib/ingest/surnames.ts';

describe('isCommonSurname', () => {
  it('knows the commonest surnames and not the characters that end given names', () => {
    for (const surname of ['王', '李', '张', '刘', '陈', '宋', '赖', '吴', '叶', '靳'])
      expect(isCommonSurname(surname)).toBe(true);
    for (const other of ['诺', '晖', '琴', '凤', '伟', '宇', '东']) expect(isCommonSurname(other)).toBe(false);
  });

  it('answers for one character only', () => {
    expect(isCommonSurname('王李')).toBe(false);
    expect(isCommonSurname('')).toBe(false);
  });
});
