/**
 * A static file server for dist/, as the README's nginx block serves it (404.html for misses;
 * Pagefind's gzipped files sent gzip-encoded, for the browser to inflate; the folders whose
 * names change with their content kept for a year, every other file asked for again).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { isPrecompressedPagefindFile } from '../../src/lib/search/build/pagefind-files.ts';
import {
  IMMUTABLE_CACHE_CONTROL,
  IMMUTABLE_FOLDERS,
  REVALIDATED_CACHE_CONTROL,
} from '../../src/lib/security-headers.ts';
import { DIST } from './dist.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Pagefind's gzipped files sent with `Content-Encoding: gzip` (default), or as plain bytes, as
   * a host that does not know them sends them: Pagefind then inflates them itself.
   */
  pagefindEncoding?: boolean;
}

export async function serveDist(root = DIST, { pagefindEncoding = true }: ServeOptions = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      file = path.join(root, '404.html');
      status = 404;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // Compress text as any static host does; Pagefind's own compressed files are sent as they are.
    const gzip =
      /text|json|xml|javascript|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const precompressed = pagefindEncoding && status === 200 && isPrecompressedPagefindFile(file);
    const immutable = status === 200 && IMMUTABLE_FOLDERS.some((folder) => url.pathname.startsWith(folder));
    response.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': immutable ? IMMUTABLE_CACHE_CONTROL : REVALIDATED_CACHE_CONTROL,
      ...((gzip || precompressed) && { 'Content-Encoding': 'gzip' }),
    });
    const stream = createReadStream(file);
    if (gzip) stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // Ends the browser's open connections too: close() alone waits for them, and a page still
    // open may hold one (a socket it opened ahead and never used) until the page goes.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
