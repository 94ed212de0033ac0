/**
 * What dist/ bytes are spent on: `npm run dist:bytes [-- <dir>] [-- --json]`.
 *
 * Prints, for a built site (dist/ by default, or a benchmark's synthetic one), the bytes per
 * top-level folder and per kind of page or file, each also per article (the article pages are
 * the count), and for each kind of HTML page the average page split into <head>, the site's
 * chrome, text, class attributes, data attributes, other markup and whitespace
 * (src/lib/dist-bytes.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { commandLineOrExit } from './command-line.ts';
import { FILE_KINDS, HTML_PART_LABELS, HTML_PARTS, summarise, type DistBytes } from '../src/lib/dist-bytes.ts';

const { values: args, positionals } = commandLineOrExit(
  { json: { type: 'boolean', default: false } },
  true,
  'dist:bytes 失败：',
);
const dir = path.resolve(positionals[0] ?? 'dist');

function listFiles(root: string): { file: string; bytes: number }[] {
  let entries: string[];
  try {
    entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    console.error(`${root}：不存在，先运行 npm run build（或给出已构建的目录）`);
    process.exit(1);
  }
  return entries
    .map((entry) => ({ entry, stat: statSync(path.join(root, entry)) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ entry, stat }) => ({ file: entry.split(path.sep).join('/'), bytes: stat.size }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const share = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function report(summary: DistBytes): string {
  const perArticle = (bytes: number) => (summary.articles ? kb(bytes / summary.articles) : '–');
  const out: string[] = [];
  out.push(
    `${dir}: ${mb(summary.totalBytes)} MB in ${summary.files} files, ${summary.articles} article pages, ` +
      `${perArticle(summary.totalBytes)} KB per article`,
    '',
    'By folder',
    table(
      ['folder', 'files', 'MB', 'share', 'KB/article'],
      [...summary.byFolder]
        .sort((a, b) => b[1].bytes - a[1].bytes)
        .map(([folder, f]) => [
          folder,
          String(f.files),
          mb(f.bytes),
          share(f.bytes, summary.totalBytes),
          perArticle(f.bytes),
        ]),
    ),
    '',
    'By kind',
    table(
      ['kind', 'files', 'MB', 'share', 'KB/file', 'KB/article'],
      FILE_KINDS.flatMap((kind) => {
        const k = summary.byKind.get(kind);
        return k
          ? [
              [
                kind,
                String(k.files),
                mb(k.bytes),
                share(k.bytes, summary.totalBytes),
                kb(k.bytes / k.files),
                perArticle(k.bytes),
              ],
            ]
          : [];
      }),
    ),
    '',
    'An HTML page of each kind, on average: KB per page (share of the page)',
  );
  const kinds = FILE_KINDS.filter((kind) => summary.byKind.get(kind)?.html);
  out.push(
    table(
      ['part', ...kinds],
      [
        ...HTML_PARTS.map((part) => [
          HTML_PART_LABELS[part],
          ...kinds.map((kind) => {
            const { html } = summary.byKind.get(kind)!;
            return `${kb(html!.parts[part] / html!.files)} (${share(html!.parts[part], html!.bytes)})`;
          }),
        ]),
        [
          'whole page',
          ...kinds.map((kind) => {
            const { html } = summary.byKind.get(kind)!;
            return kb(html!.bytes / html!.files);
          }),
        ],
      ],
    ),
  );
  const pages = [...summary.byKind.values()].flatMap((k) => (k.html ? [k.html] : []));
  const pageCount = pages.reduce((sum, h) => sum + h.files, 0);
  const shared = pages.reduce((sum, h) => sum + h.parts.head + h.parts.chrome, 0);
  out.push(
    '',
    `<head> and site chrome, on all ${pageCount} HTML pages: ${mb(shared)} MB, ${perArticle(shared)} KB per article`,
  );
  return out.join('\n');
}

const summary = summarise(listFiles(dir), (file) => readFileSync(path.join(dir, file), 'utf8'));
if (args.json) {
  console.log(
    JSON.stringify(
      { ...summary, byFolder: Object.fromEntries(summary.byFolder), byKind: Object.fromEntries(summary.byKind) },
      null,
      2,
    ),
  );
} else {
  console.log(report(summary));
}
