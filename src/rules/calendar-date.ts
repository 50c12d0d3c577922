/**
 * Calendar dates as waivers and `today` write them. A module of its own: scoring checks `today` with it,
 * and must not pull in the YAML reader and schema validators that the waivers file needs.
 */

/**
 * True for a real calendar day written as `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDate('2024-02-29') // true
 * isCalendarDate('2023-02-29') // false
 */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
