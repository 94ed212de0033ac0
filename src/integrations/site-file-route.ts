import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFiles } from '../data/site-files.ts';

/**
 * Under `astro dev` only (site-files.ts): each site file at its URL, as a build writes it. The
 * route is injected once per kind of file (its pattern names the extension, so no trailing slash
 * is asked of it); each takes the files its pattern matches.
 */
export const getStaticPaths = (async ({ routePattern }) => {
  const pattern = new RegExp(
    `^${routePattern.replace(/[.]/g, '\\.').replace(/\[(\w+)\]/g, (_, name: string) => `(?<${name}>[^/]+)`)}$`,
  );
  return [...(await siteFiles())].flatMap((file) => {
    const params = pattern.exec(file.url)?.groups;
    return params ? [{ params, props: { content: file.content } }] : [];
  });
}) satisfies GetStaticPaths;

const TYPES: Record<string, string> = {
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export const GET: APIRoute = ({ url, props }) =>
  new Response(props.content as string | Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': TYPES[url.pathname.split('.').at(-1)!] ?? 'application/octet-stream' },
  });
