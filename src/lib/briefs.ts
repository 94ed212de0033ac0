/**
 * Briefs as a column of them prints each, its title and its text on one line: after a mark
 * (■金鼎社区开展志愿服务 6月25日，…), in brackets (【金鼎社区开展志愿服务】6月25日，…), or bare, a
 * space parting the title from a text that opens as a news item does (金鼎社区开展志愿服务
 * 6月25日，…). Ingest makes each a story (its title the headline, the rest its text); the
 * provenance check lets a paragraph start where such a title ends, as where a line starts.
 */

/** How a news item opens: a day (6月25日), 近日, 日前, 昨天, 今年以来, 本报讯. */
export const OPENS_AS_NEWS = /^(?:\d{1,2}月\d{1,2}日|近日|日前|昨[日天]|今年以来|本报讯)/u;

/** A brief's title: no punctuation but quotes, and a colon after its place (金鼎社区：开展…); 4 to 30 characters. */
const TITLE = String.raw`([^\s，。！？；：:,!?;（）()【】〖〗][^\s，。！？；,!?;（）()【】〖〗]{2,28}[^\s，。！？；：:,!?;（）()【】〖〗])`;
const MARKED = new RegExp(String.raw`^\s*[■□●◆◇★☆►]\s*${TITLE}[\s\u3000]+(?=\S)`, 'u');
const BRACKETED = new RegExp(String.raw`^\s*[【〖]\s*${TITLE}\s*[】〗][\s\u3000]*(?=\S)`, 'u');
// Bare, only a news item's opening tells a title from a phrase a stray space parts from the rest
// of its sentence (高新区党工委书记 李明指出，…); nor is a dateline (珠海高新区讯 6月25日) a title.
const BARE = new RegExp(String.raw`^\s*${TITLE}[\s\u3000]+(?=${OPENS_AS_NEWS.source.slice(1)})`, 'u');

/** A brief's title before its text on a line. */
export interface BriefHead {
  title: string;
  /** Where the brief's text starts on the line. */
  length: number;
}

/** The title a line prints before a brief's text, if it opens as a brief. */
export function briefHead(line: string): BriefHead | undefined {
  const setApart = MARKED.exec(line) ?? BRACKETED.exec(line);
  const head = setApart ?? BARE.exec(line);
  // A dateline before the text (本报讯, 新华社北京6月30日电, 本报消息) is no brief's title.
  if (!head || (!setApart && /[讯电]$|^本报消息$/u.test(head[1]!))) return undefined;
  return { title: head[1]!, length: head[0].length };
}
