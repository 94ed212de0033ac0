import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accentContrastProblem,
  contrastRatio,
  DARK_ACCENT_PERCENT,
  DARK_GROUNDS,
  mixWithWhite,
  relativeLuminance,
} from '../../src/lib/contrast.ts';

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('contrast', () => {
  it('gives WCAG’s figures for known pairs', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    // #767676 is the lightest grey with 4.5:1 on white; #777777 falls just short.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('is symmetric, and 1 for a colour against itself', () => {
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        expect(contrastRatio(a, b)).toBeCloseTo(contrastRatio(b, a), 12);
        expect(contrastRatio(a, a)).toBe(1);
        expect(contrastRatio(a, b)).toBeGreaterThanOrEqual(1);
        expect(contrastRatio(a, b)).toBeLessThanOrEqual(21);
      }),
    );
  });

  it('mixes with white as CSS color-mix in sRGB does', () => {
    expect(mixWithWhite('#000000', 55)).toBe('#737373');
    expect(mixWithWhite('#1d4ed8', 100)).toBe('#1d4ed8');
    expect(mixWithWhite('#1d4ed8', 0)).toBe('#ffffff');
    fc.assert(
      fc.property(hex, (c) => {
        expect(relativeLuminance(mixWithWhite(c, 55))).toBeGreaterThanOrEqual(relativeLuminance(c) - 1e-9);
      }),
    );
  });

  it('refuses an accent under 4.5:1 on the light grounds, and names its contrast', () => {
    expect(accentContrastProblem('#f5c518')).toMatch(/^强调色 #f5c518 与浅色底的对比度只有 1\.\d\d:1，至少应为 4\.5:1/);
    // 4.54:1 on white, 4.35:1 on stone-50: the page's own ground counts.
    expect(accentContrastProblem('#767676')).toContain('4.35:1');
    for (const seed of ['#b42318', '#1d4ed8', '#0f766e', '#7c3aed', '#b45309', '#4d7c0f', '#be123c', '#0369a1'])
      expect(accentContrastProblem(seed), seed).toBeUndefined();
  });

  it('needs no check in the dark scheme: any accent, mixed as it is drawn there, keeps 3:1 on the dark grounds', () => {
    fc.assert(
      fc.property(hex, (accent) => {
        for (const ground of DARK_GROUNDS)
          expect(contrastRatio(mixWithWhite(accent, DARK_ACCENT_PERCENT), ground)).toBeGreaterThanOrEqual(3.5);
      }),
    );
  });
});
