/** Chinese numerals as they appear in numbering and dates: 一 … 九十九, 〇/○/零 digits, 两. */

const DIGITS: Record<string, number> = {
  // ○ (a white circle) often stands in for 〇 in typed years: 二○二三年.
  〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Reads a Chinese or Arabic numeral up to 万; returns null when it is not one.
 *
 * @example
 * parseNumeral('二十三') // 23
 * parseNumeral('二〇二三') // 2023 (digit by digit)
 */
export function parseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 0) return null;
  if (/^[〇○零一二三四五六七八九]+$/.test(text) && text.length > 1 && !/十/.test(text)) {
    return Number([...text].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of text) {
    if (c in DIGITS) digit = DIGITS[c] as number;
    else if (c === '十') { section += (digit || 1) * 10; digit = 0; }
    else if (c === '百') { section += digit * 100; digit = 0; }
    else if (c === '千') { section += digit * 1000; digit = 0; }
    else if (c === '万') { total += (section + digit) * 10000; section = 0; digit = 0; }
    else return null;
  }
  return total + section + digit;
}

/** Circled numbers ① … ⑳. */
export function parseCircled(c: string): number | null {
  const code = c.codePointAt(0) ?? 0;
  return code >= 0x2460 && code <= 0x2473 ? code - 0x245f : null;
}
