/** Zones, campaigns and topics an editor may want, from their names and aliases found in the text. */
import { lastWord } from './words.ts';

export interface Named {
  id: string;
  name: string;
  fullName?: string;
  aliases?: string[];
}

export interface Suggestion {
  id: string;
  /** How many times its names occur in the text. */
  mentions: number;
}

export function suggest(text: string, entries: readonly Named[]): Suggestion[] {
  const compact = text.replace(/\s+/g, '');
  return entries
    .map((entry) => {
      const names = [
        ...new Set(
          [entry.name, entry.fullName, ...(entry.aliases ?? [])].filter((n): n is string => !!n && n.length >= 2),
        ),
      ];
      // Longest names first, each occurrence counted once.
      names.sort((a, b) => b.length - a.length);
      let rest = compact;
      let mentions = 0;
      for (const name of names) {
        const parts = rest.split(name.replace(/\s+/g, ''));
        mentions += parts.length - 1;
        rest = parts.join('\u0000');
      }
      return { id: entry.id, mentions };
    })
    .filter((s) => s.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
}

/** Words before 高新区 that name no zone: 国家高新区, 全国高新区, 各高新区… */
const GENERIC = /^(国家|全国|各地|本市|我市|全市|全区|该|各|本|我|等)/u;
/** Words before 高新区 that say what kind, not which: 国家一流高新区, 多家高新区, 省级高新区, 兄弟高新区. */
const DESCRIPTIVE = /(一流|先进|优秀|示范|特色|重点|领先|标杆|其他|所有|部分|有关|相关|兄弟|周边|[家个级类型批])$/u;
/**
 * Words that stand between a zone's name and the text before it: 在吉林高新区, 和南通高新区,
 * 赴太仓高新区, and the verbs whose object a zone is (支持吉林高新区, 引导高新区科技资源, 来自高新区,
 * 介绍一下高新区, 讲述高新区…的故事): a run that ends in one names no zone.
 */
const BEFORE_NAME =
  /(?:引导|来自|推进|推动|联合|支持|带动|助力|服务|促进|加快|打造|建设|围绕|聚焦|深化|走进|参观|考察|调研|落户|入驻|进驻|覆盖|辐射|结合|适应|完善|成立|依托|立足|发挥|带领|组织|通过|借助|对接|携手|前往|代表|成为|提升|实现|保障|优化|管理|宣传|介绍|展示|落实|部署|召开|举办|开展|参加|加入|回到|离开|扶持|培育|壮大|滋养|面向|包括|讲述|讲好|展现|记录|报道|描绘|见证|关注|探访|走访|感受|了解|认识|帮助|支援|赋能|助推|深耕|扎根|振兴|擦亮|一下|一番|[在和与及是为对向从的了到于赴由将把据经等以着过])/gu;

/**
 * Zones the page names (…高新区) that zones.yaml does not hold, as printed, unless a known name or
 * alias ends there. Where a name begins is where the text before it stops: the start of a line,
 * punctuation, or a word that joins it to the sentence (在, 和, 赴…). A name of two or three
 * characters set off so is sure (吉林, 长白山); one run on from a longer stretch of text
 * (支持吉林高新区) is the longest sure name the page prints that ends it, or else its last word.
 */
export function unknownZones(text: string, entries: readonly Named[]): string[] {
  // Line by line: a name at the end of one line and 高新区 at the start of the next are no zone.
  const lines = text.split(/\r?\n/).map((line) => line.replace(/\s+/g, ''));
  const known = entries.flatMap((e) => [e.name, e.fullName, ...(e.aliases ?? [])]).filter((n): n is string => !!n);
  const runs: { before: string; run: string; sure: boolean }[] = [];
  for (const line of lines)
    for (const match of line.matchAll(/(\p{Script=Han}{0,6})高新区/gu)) {
      const before = match[1]!;
      const cut = Math.max(...[...before.matchAll(BEFORE_NAME)].map((m) => m.index + m[0].length), 0);
      const run = before.slice(cut);
      // Set off on the left: by a joining word, or by the line's start or punctuation within reach.
      const bounded = cut > 0 || (before.length < 6 && !/\p{Script=Han}$/u.test(line.slice(0, match.index)));
      runs.push({ before, run, sure: bounded && run.length >= 2 && run.length <= 3 && !GENERIC.test(run) });
    }
  const sure = [...new Set(runs.filter((r) => r.sure).map((r) => r.run))].sort((a, b) => b.length - a.length);
  const found = new Set<string>();
  for (const { before, run, sure: isSure } of runs) {
    if (known.some((name) => (before + '高新区').endsWith(name))) continue;
    const name = isSure ? run : (sure.find((n) => run.endsWith(n)) ?? lastWord(run));
    if (name.length < 2 || GENERIC.test(name) || DESCRIPTIVE.test(name)) continue;
    found.add(`${name}高新区`);
  }
  return [...found].sort();
}
