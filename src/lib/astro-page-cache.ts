/**
 * Astro's incremental build cache (`experimental.incrementalBuild`) as Astro 7.3 keeps it on disk:
 * a manifest, `incremental-build.json`, naming for each route component and path the cacheKey
 * it was rendered with and its output file, and beside it a copy of each such file under
 * `dist/`. This layout is Astro's own, not a public API: it is read here alone, and
 * tests/build/incremental-build.test.ts holds it to the real thing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A page the last build rendered with a cacheKey, as the manifest records it. */
export interface CachedPage {
  component: string;
  pathname: string;
  cacheKey: string;
  /** The page's file, relative to the output folder, `/`-separated and decoded (the manifest keeps it as a URL). */
  outputFile: string;
}

const MANIFEST = 'incremental-build.json';
const CACHED_OUTPUT = 'dist';
/** The manifest's version this module reads; another is read as no cache at all. */
const MANIFEST_VERSION = 1;

interface Manifest {
  version: number;
  routes: Record<string, { paths: Record<string, { cacheKey?: string; outputFile?: string }> }>;
}

/** A file's path relative to a folder's URL, as the file system names it. */
function decodedFile(urlPath: string): string {
  return fileURLToPath(new URL(urlPath, 'file:///')).slice(1).split(path.sep).join('/');
}

/** The pages the last build's manifest records; none if there is no manifest, or one of another version. */
export function readCachedPages(cacheDir: string): CachedPage[] {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(cacheDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return [];
  }
  if (manifest?.version !== MANIFEST_VERSION || typeof manifest.routes !== 'object') return [];
  return Object.entries(manifest.routes).flatMap(([component, route]) =>
    Object.entries(route.paths ?? {}).flatMap(([pathname, { cacheKey, outputFile }]) =>
      typeof cacheKey === 'string' && typeof outputFile === 'string'
        ? [{ component, pathname, cacheKey, outputFile: decodedFile(outputFile) }]
        : [],
    ),
  );
}

/** Where the cache keeps its copy of an output file. */
export function cachedOutputPath(cacheDir: string, outputFile: string): string {
  return path.join(cacheDir, CACHED_OUTPUT, ...outputFile.split('/'));
}
