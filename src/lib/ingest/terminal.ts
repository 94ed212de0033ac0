/**
 * Text from a page on its way to the editor's terminal. A page may hold escape sequences (ANSI
 * colours, cursor moves, a title change, a bell): printed raw they would rewrite the screen.
 * Every control character but tab is shown as its code instead: ESC[31m → \x1b[31m.
 */
// C0 controls except tab and newline, DEL, C1 controls, and the bidi controls that reorder a line.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
