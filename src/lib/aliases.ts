/**
 * The "又称" line of a zone or campaign. Aliases in the data serve search too, so they hold
 * variants that differ only in punctuation or spacing ("不忘初心牢记使命", "不忘初心、牢记使命",
 * "不忘初心 牢记使命"); a reader needs each name once, and a separator that no name contains.
 */

/** Letters and digits only: two names that agree here are the same name written differently. */
function nameKey(name: string): string {
  return name.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Punctuation the name is written with (、“” and the like), not counting spaces. */
function punctuation(name: string): number {
  return [...name].filter((char) => /[\p{P}\p{S}]/u.test(char)).length;
}

/**
 * Each alias once, in the order of the data: of variants that differ only in punctuation or
 * spacing, the one written with its punctuation (as printed); none that only repeats the name.
 */
export function displayAliases(name: string, aliases: readonly string[]): string[] {
  const chosen = new Map<string, string>();
  const nameOwn = nameKey(name);
  for (const alias of aliases) {
    const trimmed = alias.trim();
    const key = nameKey(trimmed);
    if (!key || key === nameOwn) continue;
    const held = chosen.get(key);
    if (held === undefined || punctuation(trimmed) > punctuation(held)) chosen.set(key, trimmed);
  }
  return [...chosen.values()];
}

/** The separator between aliases on the page: a slash, which no alias contains (、 does). */
export const ALIAS_SEPARATOR = ' / ';
