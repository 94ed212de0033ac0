/**
 * What an article's frontmatter breaks of the schema, one message per issue, in the form of
 * every other content message: `<file>: <field>: 第<line>行：<what is wrong>`. Zod's own
 * messages (English, in its terms) become an editor's; the schema's own messages stay as written.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** A zod path as the files' field paths read it: `credits[0].id`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let field = '';
  for (const key of path) field += typeof key === 'number' ? `[${key}]` : field ? `.${String(key)}` : String(key);
  return field || 'frontmatter';
}

/** The field's own line, else its nearest enclosing field's (a list, an entry of it). */
function lineOf(field: string, fieldLines: ReadonlyMap<string, number>): number | undefined {
  for (let at = field; ;) {
    const line = fieldLines.get(at);
    if (line !== undefined) return line;
    const enclosing = at.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '');
    if (!enclosing || enclosing === at) return undefined;
    at = enclosing;
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  // Spaced as Chinese text spaces a Latin word.
  boolean: ' true 或 false',
  array: '列表',
  object: '键值条目',
};

/** A value as the file gave it, cut short: the line number leads to the rest. */
function shownValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  const chars = [...text];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : text;
}

/** Zod's wording of the issues it raises itself, in the editor's terms; the schema's own messages as written. */
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少此项 (required)';
      // The build's YAML reads an unquoted 2019-02-30 as a time (March 2): echoing it would
      // show a date the file does not say.
      if (issue.input instanceof Date)
        return '应为文字：不加引号的日期被 YAML 读成了时间，请照原样加上引号，如 date: "2019-10-28" (quote the date)';
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，而不是 ${shownValue(issue.input)} (expected ${issue.expected})`;
    case 'invalid_value':
      return `应为 ${issue.values.map((value) => JSON.stringify(value)).join('、')} (expected one of these)`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return '不能为空 (must not be empty)';
      if (issue.origin === 'number')
        return `应${issue.inclusive ? '不小于' : '大于'} ${String(issue.minimum)}，而不是 ${shownValue(issue.input)} (too small)`;
      return issue.message;
    default:
      return issue.message;
  }
}

/**
 * One message per issue, at the line of its field (`fieldLines`, by field path) or of the
 * entry that holds it; a field missing from the frontmatter is given the frontmatter's first
 * line. Issues must be raised with `reportInput`, so that a missing field is told from a wrong one.
 */
export function schemaProblems(
  shown: string,
  issues: readonly Issue[],
  fieldLines: ReadonlyMap<string, number>,
  frontmatterLine = 1,
): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      // Named one by one, each at its own line: a misspelt field is then found at once.
      return issue.keys.map((key) => {
        const field = fieldPath([...issue.path, key]);
        return `${shown}: ${field}: 第${lineOf(field, fieldLines) ?? frontmatterLine}行：未知字段，请检查拼写 (unknown field)`;
      });
    }
    const field = fieldPath(issue.path);
    // The frontmatter as a whole (a list, say, where fields belong) is where it begins.
    if (issue.path.length === 0) return [`${shown}: ${field}: 第${frontmatterLine}行：${describe(issue)}`];
    const line = lineOf(field, fieldLines);
    if (line !== undefined) return [`${shown}: ${field}: 第${line}行：${describe(issue)}`];
    // A field the frontmatter lacks: the line where the frontmatter begins.
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return [
      `${shown}: ${field}: 第${frontmatterLine}行起的 frontmatter 中${missing ? '' : '没有此项：'}${describe(issue)}`,
    ];
  });
}
