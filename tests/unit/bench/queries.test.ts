import { describe, expect, it } from 'vitest';
import { distinctHanCharacters } from '../../../scripts/bench/queries.ts';

describe('the benchmark’s distinct characters', () => {
  it('are the Han characters of the texts, each once, in the order they first occur', () => {
    expect(distinctHanCharacters(['党建 引领，党建', '\n引领2021发展𠀀'])).toEqual([
      '党',
      '建',
      '引',
      '领',
      '发',
      '展',
      '𠀀',
    ]);
  });
});
