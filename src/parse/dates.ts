import type { IsoDate } from '../types.js';
import { parseNumeral } from './numerals.js';

const CN_DIGITS = '[〇○零一二三四五六七八九十]';

/** A date as written in Chinese documents: 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, 二〇二四年三月十五日. */
export const DATE_PATTERN = new RegExp(
  `(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(${CN_DIGITS}{4})\\s*年\\s*(${CN_DIGITS}{1,3})\\s*月\\s*(${CN_DIGITS}{1,3})\\s*日`,
);

/** Builds an ISO date, or null when the parts do not make a real calendar date. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads the first date in `text`; returns null when there is none or it is not a real date
 * (scraped text often loses characters: "202111日" is not read as a date).
 *
 * @example
 * parseDate('发布时间: 2021-03-23 09:33') // '2021-03-23'
 * parseDate('二〇二四年一月六日') // '2024-01-06'
 */
export function parseDate(text: string): IsoDate | null {
  const m = DATE_PATTERN.exec(text);
  if (!m) return null;
  if (m[1]) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const year = parseNumeral(m[4] as string);
  const month = parseNumeral(m[5] as string);
  const day = parseNumeral(m[6] as string);
  return year && month && day ? isoDate(year, month, day) : null;
}
