import { describe, expect, it } from 'vitest';
import { ALIAS_SEPARATOR, displayAliases } from '../../src/lib/aliases.ts';

describe('displayAliases', () => {
  it('shows each alias once, written with its punctuation, never the name itself', () => {
    expect(
      displayAliases('“不忘初心、牢记使命”主题教育', [
        '不忘初心牢记使命',
        '不忘初心、牢记使命',
        '主题教育',
        '不忘初心 牢记使命',
      ]),
    ).toEqual(['不忘初心、牢记使命', '主题教育']);
    expect(displayAliases('珠海市', ['珠海经济特区', '珠海', '珠海市 '])).toEqual(['珠海经济特区', '珠海']);
  });

  it('joins them with a separator no alias contains, so 不忘初心、牢记使命 stays one entry', () => {
    const line = displayAliases('x', ['不忘初心、牢记使命', '主题教育']).join(ALIAS_SEPARATOR);
    expect(line.split(ALIAS_SEPARATOR)).toEqual(['不忘初心、牢记使命', '主题教育']);
    expect(ALIAS_SEPARATOR).not.toMatch(/[、，,]/);
  });
});
