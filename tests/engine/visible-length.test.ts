/** visibleLength counts what `replace(/\s/g, '')` leaves, by a table that must agree with \s everywhere. */
import { expect, it } from 'vitest';
import { isWhitespace, visibleLength } from '../../src/engine/visible-length.js';

it('agrees with \\s on every UTF-16 code unit', () => {
  const disagree: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (isWhitespace(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
  expect(disagree).toEqual([]);
});

it.each([
  ['一、 主要举措\n', 6],
  ['全年办结\u3000案件\u00a064件', 9],
  [' \t\r\n\u2028\ufeff', 0],
  ['', 0],
  ['𠀀法治', 4], // a character outside the BMP is two code units, as replace(...).length counts it
])('%j has %i visible characters', (text, n) => {
  expect(visibleLength(text)).toBe(n);
  expect(visibleLength(text)).toBe(text.replace(/\s/g, '').length);
});
