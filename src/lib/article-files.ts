/**
 * The article files as files, before Astro reads them: every file under content/articles/ is
 * `<year>/<slug>.md` (anything else would be silently left out of the site), UTF-8, within
 * the size limits, with frontmatter that parses and names no invisible character, in the
 * folder of its date's year. Problems name the file, the field and the file's own line.
 */
import { appendAll } from './arrays.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document as YamlDocument,
  type Node as YamlNode,
} from 'yaml';
import { decodeContentFile, describeCharacter, findInvisibleCharacters } from './content-text.ts';

/**
 * Limits, from what newspapers print, with wide margins. A broadsheet page holds at most
 * about 10,000 characters; the longest seed article is 6,600 characters, its longest
 * paragraph 450 and its longest headline line 30. A body over 50,000 characters (five full
 * pages), a line over 5,000 characters or a headline part over 80 is a mistake: a whole
 * page or file pasted in, paragraphs never split.
 */
export const LIMITS = {
  bodyChars: 50_000,
  frontmatterChars: 20_000,
  lineChars: 5_000,
  headlineChars: 80,
  /**
   * Emphasis marks (`*`, `_`) in one body line. The Markdown parser's time grows with the square
   * of their number in a paragraph (20 KB of `*a`: 2 s; 50 KB: 10 s, for each parse); a printed
   * paragraph has none, and OCR debris a few.
   */
  emphasisMarksPerLine: 200,
} as const;

export interface ArticleFileFacts {
  /** Lines of the file before the first line of the body (as Astro gives it: trimmed). */
  bodyLineOffset: number;
  /** File line of the frontmatter's opening `---`. */
  frontmatterLine: number;
  /** File line of each frontmatter value, by field path (`title`, `captions[0].text`). */
  fieldLines: Map<string, number>;
  /** The file the field lines are read from when first asked for (factsOfFile), and its path as shown. */
  readFrom?: { file: string; shown: string } | undefined;
}

/**
 * An article file's facts whose field lines are wanted only for a message: the file is read and
 * parsed again then, not kept in memory.
 */
export function factsOfFile(
  bodyLineOffset: number,
  frontmatterLine: number,
  readFrom: { file: string; shown: string },
): ArticleFileFacts {
  let fieldLines: Map<string, number> | undefined;
  return {
    bodyLineOffset,
    frontmatterLine,
    readFrom,
    get fieldLines() {
      fieldLines ??= inspectArticleText(readFileSync(readFrom.file, 'utf8').replace(/^\ufeff/, ''), readFrom.shown)
        .facts?.fieldLines;
      return fieldLines ?? new Map<string, number>();
    },
  };
}

/**
 * Facts as they can be sent to a worker thread, and made again there (factsOfFile): a copy
 * would run the field lines' getter, reading and parsing every file again (2.4 s of the
 * loader's thread at 10,000 articles).
 */
export type PortableFacts = Omit<ArticleFileFacts, 'fieldLines'> & { fieldLines?: Map<string, number> | undefined };

export const portableFacts = (facts: ArticleFileFacts): PortableFacts =>
  facts.readFrom
    ? { bodyLineOffset: facts.bodyLineOffset, frontmatterLine: facts.frontmatterLine, readFrom: facts.readFrom }
    : { bodyLineOffset: facts.bodyLineOffset, frontmatterLine: facts.frontmatterLine, fieldLines: facts.fieldLines };

export const factsFromPortable = (facts: PortableFacts): ArticleFileFacts =>
  facts.readFrom
    ? factsOfFile(facts.bodyLineOffset, facts.frontmatterLine, facts.readFrom)
    : {
        bodyLineOffset: facts.bodyLineOffset,
        frontmatterLine: facts.frontmatterLine,
        fieldLines: facts.fieldLines ?? new Map(),
      };

export interface ArticleFilesInspection {
  problems: string[];
  /** By absolute path. */
  facts: Map<string, ArticleFileFacts>;
}

/** Where Astro finds frontmatter (its own pattern: `---` lines, optionally after blank lines). */
const FRONTMATTER = /(?:^|^\s*\n)---([\s\S]*?\n)---/;
const YEAR = /^\d{4}$/;

/** Characters (code points); a text of n UTF-16 units has at most n. */
const count = (text: string, limit = 0) => (text.length <= limit ? text.length : [...text].length);
const newlines = (text: string) => text.match(/\n/g)?.length ?? 0;

/** The field at an offset of a YAML document: `title`, `captions[0].text`. */
export function fieldAt(root: YamlNode | null | undefined, offset: number, strict = false): string {
  const before = (start: number | undefined) => start !== undefined && (strict ? start < offset : start <= offset);
  const walk = (node: unknown, at: string): string => {
    if (isMap(node)) {
      const pair = node.items.filter((p) => before((p.key as YamlNode | null)?.range?.[0])).at(-1);
      if (!pair) return at;
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      return walk(pair.value, at ? `${at}.${key}` : key);
    }
    if (isSeq(node)) {
      const index = node.items.findLastIndex((item) => before((item as YamlNode | null)?.range?.[0]));
      // A syntax error is named by its key: an entry of a list only when the entry is a map.
      if (index < 0 || (strict && !isMap(node.items[index]))) return at;
      return walk(node.items[index], `${at}[${index}]`);
    }
    return at;
  };
  return walk(root, '') || 'frontmatter';
}

/** File line of every scalar value, by field path. */
export function valueLines(root: YamlNode | null | undefined, lineOf: (offset: number) => number): Map<string, number> {
  const lines = new Map<string, number>();
  const walk = (node: unknown, at: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        const field = at ? `${at}.${key}` : key;
        const start = (pair.value as YamlNode | null)?.range?.[0] ?? (pair.key as YamlNode | null)?.range?.[0];
        if (start !== undefined) lines.set(field, lineOf(start));
        walk(pair.value, field);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const field = `${at}[${index}]`;
        const start = (item as YamlNode | null)?.range?.[0];
        if (start !== undefined) lines.set(field, lineOf(start));
        walk(item, field);
      });
    }
  };
  walk(root, '');
  return lines;
}

/** What an editor can do about a YAML parser's error, by its code and words (both parsers'). */
const YAML_ADVICE: [code: string | undefined, words: RegExp, advice: (found: string) => string][] = [
  [
    undefined,
    /^(?:Unresolved tag: |unknown tag !<)(.*?)>?$/,
    (tag) => `不支持的标签 ${tag.replace(/^tag:yaml\.org,2002:/, '!!')}；请直接写出取值`,
  ],
  [undefined, /nesting exceeded maxDepth \((\d+)\)/, (depth) => `嵌套超过 ${depth} 层`],
  ['TAB_AS_INDENT', /./, () => '不能用 Tab 缩进，请改用空格'],
  ['BLOCK_AS_IMPLICIT_KEY', /./, () => '值中含“: ”，或下一行多缩进了：请给整个值加上引号，或对齐缩进'],
  ['MULTILINE_IMPLICIT_KEY', /./, () => '字段名应写在一行之内'],
  ['BAD_SCALAR_START', /./, () => '值以 YAML 保留的字符开头：请给整个值加上引号'],
  ['MISSING_CHAR', /quote/, () => '引号没有闭合'],
  ['BAD_INDENT', /^Flow (?:sequence|map)/, () => '方括号或花括号没有闭合'],
  ['BAD_INDENT', /./, () => '缩进不一致：同一层的字段应从同一列开始'],
  ['UNEXPECTED_TOKEN', /at node end/, () => '引号外还有文字：请把整个值放在引号里'],
];

/** A YAML parser's message in the editor's words, the parser's own kept after them. */
export function yamlMessageInWords(message: string, code?: string): string {
  for (const [wanted, words, advice] of YAML_ADVICE) {
    if (wanted !== undefined && wanted !== code) continue;
    const found = words.exec(message);
    if (found) return `${advice(found[1] ?? '')}（${message}）`;
  }
  return message;
}

/** A YAML document's errors, and the unknown tags (`!foo`, `!!js/function`), only warnings to this parser, which Astro's refuses. */
export const yamlRefusals = (doc: YamlDocument) => [
  ...doc.errors,
  ...doc.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED'),
];

/**
 * A YAML error's field and words. A key written twice is named by itself, at its second line;
 * any other error by the key it follows, since the parser often notices it a line later.
 */
export function describeYamlError(
  doc: YamlDocument,
  error: { code: string; message: string; pos: [number, number] },
): { field: string; message: string; atKey: boolean } {
  const offset = error.pos[0];
  const first = error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '').split('\n')[0]!;
  if (error.code === 'DUPLICATE_KEY') {
    const field = fieldAt(doc.contents, offset);
    const key = field.replace(/^.*[.\]]/, '');
    return { field, message: `字段 ${key} 写了两次，只能写一次（${first}）`, atKey: true };
  }
  return { field: fieldAt(doc.contents, offset, true), message: yamlMessageInWords(first, error.code), atKey: false };
}

/**
 * Where a file's frontmatter stands: its text (`raw`, whose line 1 is the rest of the opening
 * `---` line), where that text and the body begin, and the file line of the opening `---`.
 */
function frontmatterOf(text: string) {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const rawStart = match.index + match[0].indexOf('---') + 3;
  return {
    raw: match[1]!,
    rawStart,
    bodyStart: match.index + match[0].length,
    openingLine: newlines(text.slice(0, rawStart)) + 1,
  };
}

/** Why a file has no frontmatter Astro would find, at the line to mend: none at all, or one never closed. */
function missingFrontmatterProblem(text: string, shown: string): string {
  const lines = text.replace(/^\ufeff/, '').split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1)
    return `${shown}: frontmatter: 第1行：文件是空的；文章以 --- 行开始、以 --- 行结束的 frontmatter 开头 (empty file)`;
  if (lines[first]!.trimEnd() !== '---')
    return `${shown}: frontmatter: 第${first + 1}行应为 ---：文章以 --- 行开始、以 --- 行结束的 frontmatter 开头 (no frontmatter)`;
  return `${shown}: frontmatter: 第${first + 1}行的 --- 之后没有结束 frontmatter 的 --- 行 (frontmatter not closed)`;
}

/**
 * A frontmatter that Astro's YAML parser refused though this module's found nothing wrong (a
 * nesting deeper than it allows, say), told at the field and the file line of the parser's
 * `mark` (its offset into the frontmatter); undefined for an error that is not the parser's.
 */
export function parserErrorProblem(text: string, shown: string, error: unknown): string | undefined {
  const { reason, mark } = error as { reason?: unknown; mark?: { position?: unknown } };
  const frontmatter = frontmatterOf(text);
  if (typeof reason !== 'string' || typeof mark?.position !== 'number' || !frontmatter) return undefined;
  const counter = new LineCounter();
  const doc = parseDocument(frontmatter.raw, { lineCounter: counter, prettyErrors: false });
  const line = frontmatter.openingLine + counter.linePos(mark.position).line - 1;
  return `${shown}: ${fieldAt(doc.contents, mark.position, true)}: 第${line}行：YAML 语法错误：${yamlMessageInWords(reason)} (YAML error)`;
}

/** A YAML alias (`*name`) may be in this text: where a value starts, an asterisk and a name. */
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,[\]{}]/m;

/** Aliases a YAML document may expand: enough for any article, far too few for a file built to exhaust memory. */
const MAX_ALIASES = 100;

/**
 * A YAML document's value, or why it has none and where: an alias (`*name`) to no anchor set
 * before it, or more aliases than MAX_ALIASES. Parsing reports neither; making the value does.
 */
export function documentValue(doc: YamlDocument): { value: unknown } | { error: string; offset: number } {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    const message = (error as Error).message;
    const aliases: { source: string; offset: number }[] = [];
    visit(doc, { Alias: (_, node) => void aliases.push({ source: node.source, offset: node.range?.[0] ?? 0 }) });
    const named = /:\s*(\S+)\s*$/.exec(message)?.[1];
    const alias = aliases.find((a) => a.source === named) ?? aliases[0];
    const why = /Excessive alias count/i.test(message)
      ? `别名（*）展开过多，超过 ${MAX_ALIASES} 个；请直接写出取值`
      : `别名 *${alias?.source ?? named ?? ''} 之前没有对应的锚点（&）；请直接写出取值`;
    return { error: `${why}（${message}）`, offset: alias?.offset ?? 0 };
  }
}

/**
 * Checks one article file's text; `shown` is its path as the editor sees it. With `yaml`
 * (the default) the frontmatter is parsed here, for YAML errors and the year folder; without
 * it (the build, where Astro parses it anyway) it is parsed only when a problem needs to name
 * its field, and the facts parse it when a message first asks for a field's line.
 */
export function inspectArticleText(
  text: string,
  shown: string,
  folderYear?: string,
  { yaml = true }: { yaml?: boolean } = {},
): { problems: string[]; facts?: ArticleFileFacts } {
  const problems: string[] = [];
  const frontmatter = frontmatterOf(text);
  if (!frontmatter) return { problems: [missingFrontmatterProblem(text, shown)] };
  const { raw, rawStart, bodyStart, openingLine } = frontmatter;
  let parsed: { doc: YamlDocument; lineOf: (offset: number) => number; fieldLines: Map<string, number> } | undefined;
  const parse = () => {
    if (parsed) return parsed;
    const counter = new LineCounter();
    const doc = parseDocument(raw, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    const lineOf = (offset: number) => openingLine + counter.linePos(offset).line - 1;
    return (parsed = { doc, lineOf, fieldLines: valueLines(doc.contents, lineOf) });
  };
  if (yaml) {
    const { doc, lineOf, fieldLines } = parse();
    for (const error of yamlRefusals(doc)) {
      const offset = error.pos[0];
      const { field, message, atKey } = describeYamlError(doc, error);
      // The line of the field in error, and where the parser noticed it (often the next line).
      const line = atKey ? lineOf(offset) : Math.min(fieldLines.get(field) ?? lineOf(offset), lineOf(offset));
      const noticed = line === lineOf(offset) ? '' : `（第${lineOf(offset)}行发现）`;
      problems.push(`${shown}: ${field}: 第${line}行：YAML 语法错误：${message}${noticed} (YAML error)`);
    }
  }
  // The frontmatter's value, made once (undefined where it is not parsed here, or not YAML). An
  // alias is checked even where the frontmatter is left to Astro's parser (yaml: false), which
  // would expand every one of them: a file of nested aliases would take the build's memory.
  const value = (yaml || ALIAS.test(raw)) && !parse().doc.errors.length ? documentValue(parse().doc) : undefined;
  if (value && 'error' in value) {
    const { doc, lineOf } = parse();
    const field = fieldAt(doc.contents, value.offset, true);
    problems.push(`${shown}: ${field}: 第${lineOf(value.offset)}行：YAML 语法错误：${value.error} (YAML error)`);
  }
  const fieldOf = (offset: number) =>
    offset >= bodyStart
      ? 'body'
      : offset >= rawStart
        ? fieldAt(parse().doc.contents, offset - rawStart)
        : 'frontmatter';

  // No line can be longer than the whole text.
  if (text.length > LIMITS.lineChars) {
    let offset = 0;
    text.split('\n').forEach((line, index) => {
      const length = count(line.replace(/\r$/, ''), LIMITS.lineChars);
      if (length > LIMITS.lineChars) {
        problems.push(
          `${shown}: ${fieldOf(offset)}: 第${index + 1}行共 ${length} 字，超过每行上限 ${LIMITS.lineChars} 字；请分段 (line too long)`,
        );
      }
      offset += line.length + 1;
    });
  }
  const body = text.slice(bodyStart);
  let lineStart = bodyStart;
  for (const line of body.split('\n')) {
    let marks = 0;
    for (const char of line) if (char === '*' || char === '_') marks++;
    if (marks > LIMITS.emphasisMarksPerLine) {
      const fileLine = text.slice(0, lineStart).split('\n').length;
      problems.push(
        `${shown}: body: 第${fileLine}行含 ${marks} 个强调符号（* 或 _），超过上限 ${LIMITS.emphasisMarksPerLine} 个 (too many emphasis marks)`,
      );
    }
    lineStart += line.length + 1;
  }
  if (count(body, LIMITS.bodyChars) > LIMITS.bodyChars) {
    problems.push(`${shown}: body: 正文共 ${count(body)} 字，超过上限 ${LIMITS.bodyChars} 字 (article too long)`);
  }
  if (count(raw, LIMITS.frontmatterChars) > LIMITS.frontmatterChars) {
    problems.push(
      `${shown}: frontmatter: frontmatter 共 ${count(raw)} 字，超过上限 ${LIMITS.frontmatterChars} 字 (frontmatter too long)`,
    );
  }
  for (const found of findInvisibleCharacters(text)) {
    problems.push(
      `${shown}: ${fieldOf(found.offset)}: 第${found.line}行第${found.column}列含不可见字符 ${describeCharacter(found.char)}；请删去 (invisible character)`,
    );
  }
  if (yaml && value && 'value' in value && folderYear !== undefined) {
    const date = (value.value as { date?: unknown } | null)?.date;
    const problem = yearFolderProblem(shown, date, folderYear, () => parse().fieldLines.get('date'));
    if (problem) problems.push(problem);
  }
  // Astro gives the body trimmed: its line 1 is the line of its first character, or for an
  // empty body, the line after the frontmatter.
  const bodyFirst =
    bodyStart + (body.trim() ? body.length - body.trimStart().length : (/^\r?\n/.exec(body)?.[0].length ?? 0));
  return {
    problems,
    facts: {
      bodyLineOffset: newlines(text.slice(0, bodyFirst)),
      frontmatterLine: openingLine,
      get fieldLines() {
        return parse().fieldLines;
      },
    },
  };
}

/** An article belongs in the folder of its date's year. */
export function yearFolderProblem(
  shown: string,
  date: unknown,
  folderYear: string,
  line?: () => number | undefined,
): string | undefined {
  const year = typeof date === 'string' ? date.slice(0, 4) : undefined;
  if (!year || !YEAR.test(year) || year === folderYear) return undefined;
  // Asked for only now: the line costs a parse of the frontmatter, which most builds never need.
  const number = line?.();
  const at = number === undefined ? '' : `第${number}行：`;
  return `${shown}: date: ${at}日期 "${String(date)}" 属于 ${year} 年，文件应放在 content/articles/${year}/，而不是 ${folderYear}/ (year folder does not match the date)`;
}

/**
 * Every file under the articles folder, checked; `display` gives the path an editor sees.
 * `onArticle` is handed each file without a problem, with its text as read (a byte order mark
 * kept): the build loads it from there rather than reading every file twice.
 */
export function inspectArticleFiles(
  dir: string,
  display: (file: string) => string = (file) => path.relative(process.cwd(), file),
  {
    yaml = true,
    onArticle,
  }: { yaml?: boolean; onArticle?: (file: string, relative: string, contents: string) => void } = {},
): ArticleFilesInspection {
  const problems: string[] = [];
  const facts = new Map<string, ArticleFileFacts>();
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return { problems, facts };
  }
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => ({ entry, file: path.join(entry.parentPath, entry.name) }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  for (const { entry, file } of files) {
    const shown = display(file);
    const parts = path.relative(dir, file).split(path.sep);
    if (entry.isSymbolicLink()) {
      problems.push(`${shown}: file: 是符号链接；文章必须是普通文件 (symlinks are refused)`);
      continue;
    }
    if (!entry.isFile()) {
      problems.push(`${shown}: file: 不是普通文件 (not a regular file)`);
      continue;
    }
    if (!entry.name.endsWith('.md')) {
      problems.push(
        `${shown}: file: content/articles/ 下只能放 .md 文章（扩展名小写）；此文件不会发布，请改名或移走 (only .md files are articles)`,
      );
      continue;
    }
    if (parts.length !== 2 || !YEAR.test(parts[0]!)) {
      problems.push(`${shown}: file: 文章应放在 content/articles/<年份>/<文件名>.md (articles live in a year folder)`);
      continue;
    }
    let decoded: ReturnType<typeof decodeContentFile>;
    try {
      decoded = decodeContentFile(new Uint8Array(readFileSync(file)), shown);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    const inspection = inspectArticleText(decoded.text, shown, parts[0], { yaml });
    appendAll(problems, inspection.problems);
    if (!inspection.facts) continue;
    if (inspection.problems.length === 0)
      onArticle?.(path.resolve(file), parts.join('/'), decoded.bom ? `\ufeff${decoded.text}` : decoded.text);
    const { bodyLineOffset, frontmatterLine } = inspection.facts;
    facts.set(path.resolve(file), factsOfFile(bodyLineOffset, frontmatterLine, { file, shown }));
  }
  return { problems, facts };
}
