import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printsDay } from '../../src/lib/printed-dates.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** A day that exists. */
const days = fc.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
}));

describe('printsDay', () => {
  it('finds the date lines of the seed pages and the common forms', () => {
    expect(printsDay('中国高新技术产业导报\n2019.10.28 星期一\n', 2019, 10, 28)).toBe(true);
    expect(printsDay('2021年5月7日 星期五', 2021, 5, 7)).toBe(true);
    expect(printsDay('2021年05月07日', 2021, 5, 7)).toBe(true);
    expect(printsDay('２０２１－０５－０７', 2021, 5, 7)).toBe(true);
    expect(printsDay('2021 / 5 / 7', 2021, 5, 7)).toBe(true);
    expect(printsDay('二〇二一年五月七日', 2021, 5, 7)).toBe(true);
    expect(printsDay('二○一九年十月二十八日', 2019, 10, 28)).toBe(true);
    expect(printsDay('二〇二〇年十二月三十一日', 2020, 12, 31)).toBe(true);
  });

  it('does not take another day, or a date that only runs into other digits', () => {
    expect(printsDay('2020年3月16日', 2020, 3, 18)).toBe(false);
    expect(printsDay('2020年3月16日', 2020, 3, 1)).toBe(false);
    expect(printsDay('12021年5月7日', 2021, 5, 7)).toBe(false);
    expect(printsDay('2021年5月70日', 2021, 5, 7)).toBe(false);
    expect(printsDay('5月7日，创新“宣讲+互促平台”', 2021, 5, 7)).toBe(false);
    expect(printsDay('二〇二一年五月十七日', 2021, 5, 7)).toBe(false);
  });

  it('finds any day in any printed form, and no other day (property)', () => {
    fc.assert(
      fc.property(days, days, fc.integer({ min: 0, max: 3 }), ({ year, month, day }, other, form) => {
        const printed = [
          `${year}年${month}月${day}日`,
          `${year}.${pad(month)}.${pad(day)}`,
          `${year}-${pad(month)}-${pad(day)}`,
          `${year} 年 ${month} 月 ${day} 日`,
        ][form]!;
        const page = `报头\n${printed} 星期一\n正文`;
        expect(printsDay(page, year, month, day)).toBe(true);
        if (other.year !== year || other.month !== month || other.day !== day)
          expect(printsDay(page, other.year, other.month, other.day)).toBe(false);
      }),
    );
  });
});
