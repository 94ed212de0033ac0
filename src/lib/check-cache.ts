/**
 * The content checks' memory between builds: the digests of the articles that passed. An
 * article whose text, data and source page are unchanged, checked by unchanged code, passed
 * before and passes again, so it is not compared with its page a second time. Only passes are
 * remembered: a problem is found afresh on every build, with its file, field and line.
 *
 * The file lives in Astro's cache folder (never in content/) and holds only this build's
 * passes, so it does not grow with articles that are gone.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FORMAT = 1;

/** A digest of parts taken as a list: ["ab", "c"] and ["a", "bc"] differ. */
export function digestOf(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part).update('\n');
  return hash.digest('base64url').slice(0, 22);
}

/** Object keys in a fixed order, so the same data always gives the same text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * The version of the checks: every file of the code that checks (all of src/lib, the schema)
 * and the lockfile (the Markdown parser's version). Any change there re-checks everything.
 */
export function checkerVersion(files: readonly string[], dirs: readonly string[]): string {
  const all = [
    ...files,
    ...dirs.flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => path.join(dir, file)),
    ),
  ].sort();
  return digestOf(all.flatMap((file) => [file, existsSync(file) ? readFileSync(file, 'utf8') : '']));
}

/** A raw page's text as articleCheckKey takes it: digested once per page, not once per story on it. */
export function sourcePageDigest(sourceText: string | undefined): string {
  return sourceText === undefined ? 'none' : digestOf(['page', sourceText]);
}

/**
 * What one article's checks depend on: the checks, its file, its parsed data and body, its page,
 * and the headline of the part its story comes from on another page.
 */
export function articleCheckKey(
  version: string,
  article: { filePath: string; body: string; data: unknown; headlineBefore?: unknown },
  sourceDigest: string,
): string {
  return digestOf([
    version,
    article.filePath,
    stableJson(article.data),
    article.body,
    sourceDigest,
    stableJson(article.headlineBefore ?? null),
  ]);
}

export interface PassedChecks {
  has(key: string): boolean;
  /** Remembers a pass of this build. */
  add(key: string): void;
  /** Writes this build's passes (and only them) for the next build. */
  save(): void;
}

/** The passes recorded in `file`, if it is a cache of this format; an unreadable file is no cache. */
export function loadPassedChecks(file: string): PassedChecks {
  let previous = new Set<string>();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; passed?: unknown };
    if (data.format === FORMAT && Array.isArray(data.passed)) previous = new Set(data.passed.map(String));
  } catch {
    // No cache yet, or a damaged one: every article is checked.
  }
  const next = new Set<string>();
  return {
    has: (key) => previous.has(key),
    add: (key) => void next.add(key),
    save() {
      mkdirSync(path.dirname(file), { recursive: true });
      // Written aside and renamed: an interrupted build leaves the old cache or the new one, never half.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, passed: [...next].sort() }));
      renameSync(temporary, file);
    },
  };
}
