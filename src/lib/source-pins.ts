/**
 * Sources are pinned: `content/sources.sha256` holds the SHA-256 of every raw page as it was
 * received, in the format of `sha256sum` (so `cd content && sha256sum -c sources.sha256`
 * checks them too). `npm run ingest` writes the line of a new page; the build refuses a page
 * whose bytes changed, a page without a pin, a pin without its page, and anything in
 * content/sources/ that is not a plain .txt file inside that folder (a symlink is refused,
 * wherever it points).
 */
import { appendAll } from './arrays.ts';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { decodeContentFile } from './content-text.ts';

export const SOURCE_NAME = /^[\w.-]+\.txt$/;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One line of the pins file: `<sha256>  sources/<name>.txt`. */
export function pinLine(name: string, hash: string): string {
  return `${hash}  sources/${name}`;
}

export interface Pins {
  /** File name (e.g. `000_x.txt`) → sha256. */
  hashes: Map<string, string>;
  problems: string[];
}

const PIN = /^([0-9a-f]{64}) [ *]sources\/([^/]+)$/;

export function parsePins(text: string, display: string): Pins {
  const hashes = new Map<string, string>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const match = PIN.exec(line);
    if (!match) {
      problems.push(
        `${display}: 第${index + 1}行: 应为“<sha256>  sources/<文件名>.txt”（sha256sum 格式）(malformed pin): ${line.slice(0, 80)}`,
      );
      return;
    }
    const [, hash, name] = match;
    if (hashes.has(name!)) problems.push(`${display}: 第${index + 1}行: sources/${name} 重复登记 (pinned twice)`);
    hashes.set(name!, hash!);
  });
  return { hashes, problems };
}

/** The pins file with one more page, lines sorted by file name. */
export function addPin(text: string, name: string, hash: string): string {
  const lines = text.split(/\r?\n/).filter((line) => line.trim());
  const comments = lines.filter((line) => line.startsWith('#'));
  const pins = lines.filter((line) => !line.startsWith('#'));
  pins.push(pinLine(name, hash));
  const nameOf = (line: string) => line.slice(line.indexOf('sources/'));
  pins.sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
  return `${[...comments, ...pins].join('\n')}\n`;
}

export const PINS_HEADER = [
  '# SHA-256 of each raw OCR page in content/sources/, as received (sha256sum format).',
  '# Written by `npm run ingest`; the build fails when a page no longer matches its line.',
  '# Check by hand: cd content && sha256sum -c sources.sha256',
].join('\n');

/** Every problem of content/sources/ and its pins; `display` paths are as the editor sees them. */
export function checkSources(
  sourcesDir: string,
  pinsFile: string,
  display: (file: string) => string = (file) => path.relative(process.cwd(), file),
): string[] {
  const problems: string[] = [];
  const pinsDisplay = display(pinsFile);
  let pins: Pins = { hashes: new Map(), problems: [] };
  if (existsSync(pinsFile)) {
    const bytes = readFileSync(pinsFile);
    try {
      pins = parsePins(decodeContentFile(bytes, pinsDisplay).text, pinsDisplay);
    } catch (error) {
      problems.push((error as Error).message);
    }
    appendAll(problems, pins.problems);
  }
  const realDir = existsSync(sourcesDir) ? realpathSync(sourcesDir) : sourcesDir;
  const seen = new Set<string>();
  const entries = existsSync(sourcesDir) ? readdirSync(sourcesDir, { withFileTypes: true }) : [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(sourcesDir, entry.name);
    const shown = display(file);
    if (entry.isSymbolicLink()) {
      problems.push(
        `${shown}: file: 是符号链接（指向 ${safeReadlink(file)}）；来源必须是 content/sources/ 中的普通文件 (symlinks are refused)`,
      );
      continue;
    }
    if (!entry.isFile()) {
      problems.push(`${shown}: file: 不是普通文件；content/sources/ 只放原始版面 .txt (not a regular file)`);
      continue;
    }
    if (!SOURCE_NAME.test(entry.name)) {
      problems.push(
        `${shown}: file: 文件名应为字母、数字、_ . - 组成并以 .txt 结尾；content/sources/ 只放原始版面 (not a source page)`,
      );
      continue;
    }
    if (path.dirname(realpathSync(file)) !== realDir) {
      problems.push(`${shown}: file: 必须是 content/sources/ 中的普通文件 (resolves outside the folder)`);
      continue;
    }
    const bytes = new Uint8Array(readFileSync(file));
    seen.add(entry.name);
    try {
      decodeContentFile(bytes, shown);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    const hash = sha256(bytes);
    const pinned = pins.hashes.get(entry.name);
    if (!pinned) {
      problems.push(
        `${shown}: sha256: 未在 ${pinsDisplay} 中登记；新版面请用 npm run ingest 导入（它会登记 ${hash}）(source not pinned)`,
      );
    } else if (pinned !== hash) {
      problems.push(
        `${shown}: sha256: 原始版面已被改动：登记为 ${pinned}，现为 ${hash}；原始版面不可修改 (source changed)`,
      );
    }
  }
  for (const name of pins.hashes.keys()) {
    if (!seen.has(name) && !entries.some((e) => e.name === name))
      problems.push(`${pinsDisplay}: sources/${name}: 登记的原始版面不存在 (pinned page missing)`);
  }
  return problems;
}

function safeReadlink(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return '（不存在的目标）';
  }
}
