/**
 * Where the archive's content lives. Tests, benchmarks and the ingest tool point
 * ARCHIVE_CONTENT_DIR at another tree (fixtures, a synthetic archive) without touching content/.
 */
import path from 'node:path';

export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.ARCHIVE_CONTENT_DIR ?? 'content');
}

export const contentFiles = {
  articles: 'articles',
  sources: 'sources',
  /** SHA-256 of every raw page (sha256sum format): see src/lib/source-pins.ts. */
  pins: 'sources.sha256',
  zones: 'zones.yaml',
  campaigns: 'campaigns.yaml',
  topics: 'topics.yaml',
  newspapers: 'newspapers.yaml',
} as const;

export function contentPath(file: keyof typeof contentFiles, root = contentRoot()): string {
  return path.join(root, contentFiles[file]);
}
