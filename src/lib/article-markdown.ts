import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';

/**
 * How article Markdown becomes HTML: slugged heading ids give the table of contents and search
 * their anchors. Plain CommonMark, as the body checks read it (markdown-safety.ts): GitHub's
 * extensions would change what the page printed, striking out the text between two tildes of
 * a range (10~20度，30~40% → 10<del>20度，30</del>40%), turning a printed e-mail address into a
 * link and lines with | into a table.
 */
export const articleMarkdown = unified({ rehypePlugins: [rehypeSlug], smartypants: false, gfm: false });

let renderer: ReturnType<typeof articleMarkdown.createRenderer> | undefined;

/**
 * The renderer of article bodies, made once. No syntax highlighting: a body holds no code, and
 * the highlighter's inline styles would break the site's Content-Security-Policy.
 */
export function articleRenderer(): ReturnType<typeof articleMarkdown.createRenderer> {
  return (renderer ??= articleMarkdown.createRenderer({ syntaxHighlight: false }));
}
