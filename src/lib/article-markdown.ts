import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';

/** How article Markdown becomes HTML: slugged heading ids give the table of contents and search their anchors. */
export const articleMarkdown = unified({ rehypePlugins: [rehypeSlug], smartypants: false });
