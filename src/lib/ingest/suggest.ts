/** Zones, campaigns and topics an editor may want, from their names and aliases found in the text. */

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
const GENERIC = /^(国家|全国|各地|本市|我市|全市|全区|该|各|本|我|等|在|和|与|及|是|为|对|向|从|的)/u;

/**
 * Zones the page names (…高新区) that zones.yaml does not hold, as printed: the two or three
 * characters before 高新区 (吉林高新区, 南通高新区), unless a known name or alias ends there.
 */
export function unknownZones(text: string, entries: readonly Named[]): string[] {
  // Line by line: a name at the end of one line and 高新区 at the start of the next are no zone.
  const compact = text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ''))
    .join('\n');
  const known = entries.flatMap((e) => [e.name, e.fullName, ...(e.aliases ?? [])]).filter((n): n is string => !!n);
  const found = new Set<string>();
  for (const match of compact.matchAll(/(\p{Script=Han}{0,4})高新区/gu)) {
    const before = match[1]!;
    if (known.some((name) => (before + '高新区').endsWith(name))) continue;
    const name = `${before.slice(-2)}高新区`;
    if (before.length < 2 || GENERIC.test(before.slice(-2)) || GENERIC.test(before.slice(-1))) continue;
    found.add(name);
  }
  return [...found].sort();
}
