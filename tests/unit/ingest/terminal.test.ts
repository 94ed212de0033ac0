import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../src/lib/ingest/terminal.ts';

describe('terminalSafe', () => {
  it('shows escape sequences, bells and C1 controls as codes', () => {
    expect(terminalSafe('标题\u001b[2J\u001b]0;x\u0007\u009b1m')).toBe('标题\\x1b[2J\\x1b]0;x\\x07\\x9b1m');
    expect(terminalSafe('a\u202eb')).toBe('a\\u202eb');
  });

  it('keeps text, tabs and newlines as they are', () => {
    expect(terminalSafe('第1行\t编辑：叶伟\n第2行')).toBe('第1行\t编辑：叶伟\n第2行');
  });

  it('property: its output never holds a control character but tab and newline', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u.test(terminalSafe(text))).toBe(false);
      }),
    );
  });
});
