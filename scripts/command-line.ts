/**
 * The scripts' command lines (ingest, the benchmarks, dist:bytes): an option a script does not
 * know, or one without its value, is refused by name with the options it takes, not with a
 * stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { terminalSafe } from '../src/lib/ingest/terminal.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export class CommandLineError extends Error {}

/** The command line read with these options (and, if it takes any, arguments); CommandLineError for a mistake in it. */
export function readCommandLine<const O extends Options>(
  options: O,
  takesArguments: boolean,
  args: string[] = process.argv.slice(2),
) {
  try {
    return parseArgs({ args, allowPositionals: takesArguments, options, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const argument = /'([^']*)'/u.exec(String(error))?.[1] ?? '';
      throw new CommandLineError(`${argument}: 此命令只接受选项，不接受参数 (unexpected argument)`);
    }
    if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw error;
    const option = /'(-[^'\s]*)/u.exec(String(error))?.[1] ?? '(选项)';
    const known = Object.entries(options)
      .map(([name, { type }]) => (type === 'string' ? `--${name} <值>` : `--${name}`))
      .join('、');
    const takesValue = options[option.replace(/^-+|=.*$/gu, '')]?.type === 'string';
    const what =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `没有这个选项；可用的选项：${known} (unknown option)`
        : takesValue
          ? `此选项须带一个值，如 ${option} 后空一格写值 (option value missing)`
          : `此选项不带值 (option takes no value)`;
    throw new CommandLineError(`${option}: ${what}`);
  }
}

/** As readCommandLine, a mistake printed after `failed` (what the script says when it fails) and the process ended with status 1. */
export function commandLineOrExit<const O extends Options>(options: O, takesArguments: boolean, failed: string) {
  try {
    return readCommandLine(options, takesArguments);
  } catch (error) {
    if (!(error instanceof CommandLineError)) throw error;
    console.error(terminalSafe(`${failed}(命令行): ${error.message}`));
    process.exit(1);
  }
}
