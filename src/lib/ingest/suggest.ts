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
