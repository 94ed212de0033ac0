/**
 * Pages no newspaper prints, of any size up to the largest ingest takes, made of the seed pages'
 * own lines (seeded): one shape each, repeated thousands of times (a paragraph cut into thousands
 * of lines, thousands of headlines with no text, a page of stray marks). The ingest benchmark
 * times them at growing sizes: an editor waits for each, and time that grows faster than the
 * page is a defect.
 */
import { pick, seededRandom, type Random } from './random.ts';

export interface SeedLines {
  /** Lines of running text, their last full stop taken off: a paragraph's pieces that never end it. */
  text: string[];
  /** Short lines with no punctuation: a headline's shape. */
  short: string[];
  /** Bylines and credits (本报记者…, 摄影…, 通讯员…). */
  bylines: string[];
  /** Every line with text. */
  all: string[];
}

export function seedLines(pages: readonly string[]): SeedLines {
  const all = pages.flatMap((page) => page.split(/\r?\n/).map((line) => line.trim())).filter(Boolean);
  const text = all
    .filter((line) => [...line].length >= 12 && /\p{Script=Han}/u.test(line))
    .map((line) => line.replace(/[。！？；…]+[”’」』）)]*$/u, ''));
  const short = all.filter((line) => /^\p{Script=Han}{4,20}$/u.test(line));
  const bylines = all.filter(
    (line) => /^(?:本报|记者|通讯员|摄影|采写|撰写|文[/／]|▶)/u.test(line) && line.length <= 40,
  );
  if (!text.length || !short.length || !bylines.length)
    throw new Error('the seed pages hold too few lines to draw from');
  return { text, short, bylines, all };
}

/** Each shape: the next piece of the page, and what goes between pieces. */
export const HOSTILE_SHAPES = {
  /** One paragraph cut by a column break at every line, blank lines between. */
  'cut paragraph': { piece: (r, s) => pick(r, s.text), between: '\n\n' },
  /** One paragraph hard-wrapped at every line. */
  'wrapped paragraph': { piece: (r, s) => pick(r, s.text), between: '\n' },
  /** Headline-shaped lines and nothing else, one under the other. */
  'headlines only': { piece: (r, s) => pick(r, s.short), between: '\n' },
  /** Bylines and nothing else. */
  'bylines only': { piece: (r, s) => pick(r, s.bylines), between: '\n\n' },
  /** Stray OCR marks on lines of their own. */
  'marks only': { piece: (r) => pick(r, ['#', '<mark>', '*', '>', '---', '|']), between: '\n\n' },
  /** One character a line, the way a vertical headline reads. */
  'one character a line': {
    piece: (r, s) => pick(r, [...pick(r, s.short)]),
    between: '\n',
  },
  /** Stories of three lines: a headline, a byline, a sentence. */
  'many short stories': {
    piece: (r, s) => `${pick(r, s.short)}\n\n${pick(r, s.bylines)}\n\n${pick(r, s.text)}。`,
    between: '\n\n',
  },
  /** The seed pages' lines in any order. */
  'lines shuffled': { piece: (r, s) => pick(r, s.all), between: '\n' },
  /** The whole page on one line. */
  'one line': { piece: (r, s) => `${pick(r, s.text)}，`, between: '' },
} satisfies Record<string, { piece: (random: Random, lines: SeedLines) => string; between: string }>;

export type HostileShape = keyof typeof HOSTILE_SHAPES;

/** A page of the shape, as many pieces as fit in `bytes` of UTF-8, the same for the same seed. */
export function hostilePage(shape: HostileShape, bytes: number, lines: SeedLines, seed = 1): string {
  const { piece, between } = HOSTILE_SHAPES[shape];
  const random = seededRandom(seed);
  const separator = Buffer.byteLength(between);
  const pieces: string[] = [];
  let size = 0;
  for (;;) {
    const next = piece(random, lines);
    const grown = size + (pieces.length ? separator : 0) + Buffer.byteLength(next);
    if (grown > bytes) break;
    pieces.push(next);
    size = grown;
  }
  return pieces.join(between);
}
