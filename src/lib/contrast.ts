/**
 * WCAG 2.2 contrast of colours written `#rrggbb`: a zone's accent is checked against the grounds
 * it is drawn on before it reaches a page (content.config.ts).
 */

/** The colour's red, green and blue, 0–255. */
function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const toHex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** WCAG's relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio, 1 to 21, whichever colour is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `color-mix(in srgb, <hex> <percent>%, white)`, as the dark scheme draws an accent (pages/zones/accents.css.ts). */
export function mixWithWhite(hex: string, percent: number): string {
  const share = percent / 100;
  return toHex(channels(hex).map((c) => c * share + 255 * (1 - share)));
}

/** How much of the accent, in percent, the dark scheme keeps, the rest white (pages/zones/accents.css.ts). */
export const DARK_ACCENT_PERCENT = 55;

/** The light grounds a zone's accent is drawn on (global.css: white cards on stone-50). */
const LIGHT_GROUNDS = ['#ffffff', '#fafaf9'];

/** The dark grounds (stone-900 cards on stone-950). */
export const DARK_GROUNDS = ['#1c1917', '#0c0a09'];

/** The accent's least contrast on the light grounds: WCAG AA's 4.5:1, as for text. */
export const LIGHT_ACCENT_CONTRAST = 4.5;

/**
 * Why a zone's accent would be hard to see, or undefined when it is not. Only the light grounds
 * are checked: the dark scheme's accent, a mix with 45% white, has at least 3.5:1 on the dark
 * grounds whatever the accent, over WCAG's 3:1 for what it draws (borders, chart bars).
 */
export function accentContrastProblem(accent: string): string | undefined {
  const light = Math.min(...LIGHT_GROUNDS.map((ground) => contrastRatio(accent, ground)));
  if (light >= LIGHT_ACCENT_CONTRAST) return undefined;
  return `强调色 ${accent} 与浅色底的对比度只有 ${light.toFixed(2)}:1，至少应为 ${LIGHT_ACCENT_CONTRAST}:1（WCAG 2.2 AA）；请选更深的颜色 (accent too light)`;
}
