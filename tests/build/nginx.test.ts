/**
 * The README's nginx server block, run for real against dist/: the headers, the charset of the
 * raw OCR pages and the page URLs without their trailing slash. CI installs nginx (.ci/run);
 * elsewhere the test is skipped when nginx is missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrecompressedPagefindFile } from '../../src/lib/search/build/pagefind-files.ts';
import {
  IMMUTABLE_CACHE_CONTROL,
  IMMUTABLE_FOLDERS,
  REVALIDATED_CACHE_CONTROL,
  SECURITY_HEADERS,
} from '../../src/lib/security-headers.ts';
import { DIST, requireDist } from '../helpers/dist.ts';
import { removeTree } from '../helpers/remove-tree.ts';
import { readmeBlock } from '../helpers/readme.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find(
  (bin) => spawnSync(bin, ['-v']).status === 0,
);
if (!NGINX && process.env.CI) throw new Error('nginx is missing: .ci/run installs nginx-light for this test');

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.skipIf(!NGINX)("the README's nginx block serving dist/", () => {
  let origin = '';
  let nginx: ChildProcess | undefined;
  let dir = '';

  beforeAll(async () => {
    requireDist();
    dir = mkdtempSync(path.join(tmpdir(), 'archive-nginx-'));
    const port = await freePort();
    const server = readmeBlock('nginx')
      .replace(/^(\s*)listen .*;$/m, `$1listen 127.0.0.1:${port};`)
      .replace(/^(\s*)root .*;$/m, `$1root ${DIST};`);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((kind) => `${kind}_temp_path ${dir}/${kind};`)
      .join(' ');
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http { include /etc/nginx/mime.types; access_log off; ${temp}
${server}
}\n`,
    );
    nginx = spawn(NGINX!, ['-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], {
      stdio: 'inherit',
    });
    origin = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      try {
        await fetch(origin);
        break;
      } catch (error) {
        if (tries > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });

  afterAll(async () => {
    // nginx deletes its pid file as it exits: its folder goes once it has.
    if (nginx && nginx.exitCode === null && nginx.signalCode === null) {
      const exited = new Promise((resolve) => nginx!.once('exit', resolve));
      nginx.kill();
      await exited;
    }
    removeTree(dir);
  });

  it('sends the security headers with every page', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
  });

  it('serves the raw OCR pages byte for byte, declared as UTF-8', async () => {
    const [source] = readdirSync('content/sources').filter((file) => file.endsWith('.txt'));
    const response = await fetch(`${origin}/sources/${source}`);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(path.join('content/sources', source!)));
  });

  it("sends Pagefind's gzipped files gzip-encoded, and the index's other files as they are", async () => {
    const root = path.join(DIST, 'pagefind');
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
    expect(files.filter(isPrecompressedPagefindFile).length).toBeGreaterThan(2);
    expect(files.filter((file) => !isPrecompressedPagefindFile(file)).length).toBeGreaterThan(1);
    for (const file of files) {
      const response = await fetch(`${origin}/pagefind/${file}`);
      expect(response.status, file).toBe(200);
      // fetch decodes what arrives gzip-encoded: a gzipped file arrives as its content, sent once.
      const received = Buffer.from(await response.arrayBuffer());
      const stored = readFileSync(path.join(root, file));
      if (isPrecompressedPagefindFile(file)) {
        expect(response.headers.get('content-encoding'), file).toBe('gzip');
        expect(received.equals(gunzipSync(stored)), file).toBe(true);
      } else expect(received.equals(stored), file).toBe(true);
    }
  });

  it('lets browsers keep every file of the folders whose names change with their content, and has them ask again for any other', async () => {
    const filesUnder = (folder: string) =>
      readdirSync(path.join(DIST, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => `/${path.relative(DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
    const kept = IMMUTABLE_FOLDERS.flatMap(filesUnder);
    expect(kept.length).toBeGreaterThan(10);
    for (const url of kept) {
      const response = await fetch(`${origin}${url}`);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('cache-control'), url).toBe(IMMUTABLE_CACHE_CONTROL);
      // The security headers stay: nginx drops the server's add_header lines where a location adds its own.
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
    // Files whose names stay when their content changes, the search's own beside the parts' folders among them.
    const [article] = readdirSync(path.join(DIST, 'articles'));
    for (const url of [
      '/',
      '/search/',
      '/search/parts.json',
      '/search/support.json',
      '/search/facets.json',
      '/search/articles/0.json',
      `/articles/${article}/`,
      '/favicon.svg',
      '/no/such/page/',
      // A missing file of a part (a list of parts older or newer than the site): its 404 is not kept.
      '/pagefind/no-such-part/pagefind.js',
    ]) {
      const response = await fetch(`${origin}${url}`);
      expect(response.headers.get('cache-control'), url).toBe(REVALIDATED_CACHE_CONTROL);
    }
  });

  it('serves an article page at its URL without the trailing slash', async () => {
    const [article] = readdirSync(path.join(DIST, 'articles'), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && !/^\d+$/.test(entry.name),
    );
    const response = await fetch(`${origin}/articles/${article!.name}`, { redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync(path.join(DIST, 'articles', article!.name, 'index.html'), 'utf8'));
  });

  it('answers a missing page with the archive’s 404 page', async () => {
    const response = await fetch(`${origin}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(path.join(DIST, '404.html'), 'utf8'));
  });
});
