/**
 * Whether a page's OCR text prints a given day, as newspapers print their date lines:
 * 2019年10月28日, 2019.10.28, 2019-10-28, 2019/10/28 (full-width too, leading zeros optional,
 * OCR's stray spaces allowed), or in Chinese numerals (二〇一九年十月二十八日). An exact date an
 * article gives must be one its page prints (content-checks.ts), or have its evidence written.
 */
const DIGITS = '〇一二三四五六七八九';
/** What OCR makes of the zero of a year in Chinese numerals. */
const ZERO = '[〇○零O0]';

/** 1–31 in Chinese numerals: 一, 十, 十一, 二十, 二十八, 三十一. */
function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`}${ones === 0 ? '' : DIGITS[ones]}`;
}

export function printsDay(text: string, year: number, month: number, day: number): boolean {
  const page = text.normalize('NFKC');
  const separator = String.raw`\s*[年.\-/]\s*`;
  const afterMonth = String.raw`\s*[月.\-/]\s*`;
  const digits = new RegExp(String.raw`(?<!\d)${year}${separator}0?${month}${afterMonth}0?${day}(?!\d)`, 'u');
  if (digits.test(page)) return true;
  const chineseYear = [...String(year)].map((d) => (d === '0' ? ZERO : DIGITS[Number(d)])).join(String.raw`\s*`);
  const chinese = new RegExp(
    String.raw`${chineseYear}\s*年\s*${chineseNumber(month)}\s*月\s*${chineseNumber(day)}\s*日`,
    'u',
  );
  return chinese.test(page);
}
