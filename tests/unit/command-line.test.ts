import { describe, expect, it } from 'vitest';
import { CommandLineError, readCommandLine } from '../../scripts/command-line.ts';

const OPTIONS = { articles: { type: 'string' }, 'no-build': { type: 'boolean', default: false } } as const;
const mistake = (args: string[], takesArguments = false) => {
  try {
    readCommandLine(OPTIONS, takesArguments, args);
  } catch (error) {
    if (error instanceof CommandLineError) return error.message;
    throw error;
  }
  return undefined;
};

describe('readCommandLine', () => {
  it('reads the options and, where the command takes them, its arguments', () => {
    expect(readCommandLine(OPTIONS, false, ['--articles', '2000', '--no-build']).values).toEqual({
      articles: '2000',
      'no-build': true,
    });
    expect(readCommandLine(OPTIONS, true, ['dist', '--articles=5']).positionals).toEqual(['dist']);
  });

  it('names a mistake, with the options the command takes, instead of a stack trace', () => {
    expect(mistake(['--articlez', '5'])).toBe(
      '--articlez: 没有这个选项；可用的选项：--articles <值>、--no-build (unknown option)',
    );
    expect(mistake(['--articles'])).toBe(
      '--articles: 此选项须带一个值，如 --articles 后空一格写值 (option value missing)',
    );
    expect(mistake(['--no-build=yes'])).toBe('--no-build: 此选项不带值 (option takes no value)');
    expect(mistake(['10000'])).toBe('10000: 此命令只接受选项，不接受参数 (unexpected argument)');
    expect(mistake(['10000'], true)).toBeUndefined();
  });
});
