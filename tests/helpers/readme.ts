/** The README's own examples, read back so tests can hold the README to the code. */
import { readFileSync } from 'node:fs';

export const README = readFileSync('README.md', 'utf8');

/** The body of the README's one fenced block of the given language. */
export function readmeBlock(language: string): string {
  const blocks = [...README.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))];
  if (blocks.length !== 1) throw new Error(`README.md: expected one \`\`\`${language} block, found ${blocks.length}`);
  return blocks[0]![1]!;
}

/** `add_header Name "value" always;` lines of an nginx block, as a name → value map. */
export function nginxHeaders(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)].map((m) => [m[1]!, m[2]!]),
  );
}
