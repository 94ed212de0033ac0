/**
 * Briefs as a column of them prints each (党建简讯 / ■金鼎社区开展志愿服务 6月25日，…): a mark, a
 * title of no punctuation but quotes, a space, then the brief's text on the same line. Ingest
 * makes each a story (its title the headline, the rest its text); the provenance check lets a
 * paragraph start where such a title ends, as where a line starts.
 */

/** The mark and title of a brief before its text, and the space after them (the title is group 1). */
export const BRIEF_HEAD = /^\s*[■□●◆◇★☆►]\s*([^\s，。！？；：:,!?;（）()]{4,30})[\s\u3000]+(?=\S)/u;
