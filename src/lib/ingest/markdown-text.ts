/**
 * A draft's paragraphs and section heads are the page's words, written as Markdown. A character
 * Markdown reads as markup (an asterisk or underscore, a backtick, a bracket, a backslash, the
 * `<` of a tag or the `&` of an entity anywhere; a `#`, `>`, bullet or list number at the start)
 * would change what a reader sees, or have the build refuse the draft as raw HTML: such a
 * character is escaped, and no other. Each line is trimmed, as ingest makes it.
 */
const INLINE = /[\\`*_[]|<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)/g;
/** In a heading, a `#` anywhere too: one at its end would close the heading. */
const HEADING_INLINE = new RegExp(`#|${INLINE.source}`, 'g');

const escaped = (text: string, inline: RegExp) =>
  text
    .replace(inline, (c) => `\\${c}`)
    .replace(/^[#>+-]/, (c) => `\\${c}`)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');

/**
 * A paragraph's Markdown: read back, the same text. A poem's stanza is one paragraph of several
 * lines (a newline apart in `text`): each line's Markdown, a hard break (`\` at its end) after
 * all but the last. A line under another could also underline it as a heading (`===`): its `=` is
 * escaped too.
 */
export const markdownText = (text: string): string =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? escaped(line, INLINE) : escaped(line, INLINE).replace(/^=/, '\\=')))
    .join('\\\n');

/** A section head's Markdown. */
export const markdownHeading = (text: string): string => `## ${escaped(text, HEADING_INLINE)}`;
