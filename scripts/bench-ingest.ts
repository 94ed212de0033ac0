/**
 * Ingest benchmark: `npm run bench:ingest [-- --max-kb 1024] [-- --seed 1]`.
 *
 * Times what an editor waits for, the ingest command's whole plan (split, drafts, their checks;
 * nothing written), on hostile pages made of the seed pages' lines (scripts/bench/hostile-pages.ts)
 * at a quarter, half and all of --max-kb (by default the largest page ingest takes), and prints
 * the time, the time per 100 KB and how many times longer the largest took than the smallest
 * (4 for time that grows as the page does). A shape whose time grows more than twice as fast as
 * its page is marked.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commandLineOrExit } from './command-line.ts';
import { contentPath } from '../src/lib/content-paths.ts';
import { IngestError } from '../src/lib/ingest/decode.ts';
import { HOSTILE_SHAPES, hostilePage, seedLines, type HostileShape } from './bench/hostile-pages.ts';
import { removeTree } from '../tests/helpers/remove-tree.ts';
import { MAX_PAGE_BYTES, planIngest } from './ingest.ts';

const { values } = commandLineOrExit(
  {
    'max-kb': { type: 'string', default: String(MAX_PAGE_BYTES / 1024) },
    seed: { type: 'string', default: '1' },
  },
  false,
  'bench:ingest 失败：',
);
const maxBytes = Math.min(Number(values['max-kb']) * 1024, MAX_PAGE_BYTES);
const seed = Number(values.seed);
if (!(maxBytes >= 4096) || !Number.isInteger(seed)) {
  console.error('usage: npm run bench:ingest [-- --max-kb <4–1024>] [-- --seed <integer>]');
  process.exit(2);
}

const sourcesDir = contentPath('sources');
const lines = seedLines(
  readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(sourcesDir, name), 'utf8')),
);
const folder = mkdtempSync(path.join(tmpdir(), 'archive-bench-ingest-'));
const sizes = [maxBytes / 4, maxBytes / 2, maxBytes].map(Math.floor);

/** The plan's outcome: drafts, or the field the page was refused for. */
function timePlan(page: string): { ms: number; outcome: string } {
  const start = performance.now();
  try {
    const plan = planIngest({ page, paper: 'unprinted', date: '2021-06' });
    return { ms: performance.now() - start, outcome: `${plan.drafts.length} drafts` };
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { ms: performance.now() - start, outcome: `refused (${error.field})` };
  }
}

try {
  // Once untimed, so that the first shape's figures are not the compiler's warming up.
  const warmUp = path.join(folder, 'warm-up.txt');
  writeFileSync(warmUp, hostilePage('lines shuffled', 65_536, lines, seed));
  timePlan(warmUp);
  console.log(
    `ingest plan on hostile pages (seed ${seed}; sizes ${sizes.map((b) => `${Math.round(b / 1024)} KB`).join(', ')})`,
  );
  console.log(`${'shape'.padEnd(22)} ${'KB'.padStart(6)} ${'ms'.padStart(8)} ${'ms/100KB'.padStart(9)}  outcome`);
  let marked = 0;
  for (const shape of Object.keys(HOSTILE_SHAPES) as HostileShape[]) {
    const times: number[] = [];
    for (const bytes of sizes) {
      const text = hostilePage(shape, bytes, lines, seed);
      const file = path.join(folder, `${shape.replaceAll(' ', '-')}-${bytes}.txt`);
      writeFileSync(file, text);
      const size = Buffer.byteLength(text);
      const { ms, outcome } = timePlan(file);
      times.push(ms);
      console.log(
        `${shape.padEnd(22)} ${(size / 1024).toFixed(0).padStart(6)} ${ms.toFixed(0).padStart(8)} ${((ms / size) * 102_400).toFixed(0).padStart(9)}  ${outcome}`,
      );
    }
    const growth = times.at(-1)! / times[0]!;
    // Four times the page in more than eight times the time (above noise): square, not linear.
    const faster = growth > 8 && times.at(-1)! > 500;
    if (faster) marked++;
    console.log(
      `${''.padEnd(22)} ${'×'.padStart(6)} ${growth.toFixed(1).padStart(8)}  (page ×4)${faster ? '  ⚠ grows faster than the page' : ''}`,
    );
  }
  console.log(marked ? `${marked} shape(s) grow faster than the page` : 'every shape grows no faster than the page');
} finally {
  removeTree(folder);
}
