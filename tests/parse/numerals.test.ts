import { describe, expect, it } from 'vitest';
import { parseCircled, parseNumeral } from '../../src/parse/numerals.js';

describe('parseNumeral', () => {
  it.each<[string, number | null]>([
    ['一', 1],
    ['两', 2],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['一百零五', 105],
    ['一千二百', 1200],
    ['三万五千', 35000],
    ['十万', 100000],
    // Years and dates are written digit by digit.
    ['二〇二三', 2023],
    ['二零二四', 2024],
    ['〇', 0],
    // Arabic digits pass through.
    ['12', 12],
    ['0', 0],
    // Not numerals.
    ['', null],
    ['abc', null],
    ['一是', null],
    ['第一', null],
  ])('%s → %s', (text, expected) => {
    expect(parseNumeral(text)).toBe(expected);
  });
});

describe('parseCircled', () => {
  it.each<[string, number | null]>([
    ['①', 1],
    ['⑩', 10],
    ['⑳', 20],
    ['㉑', null],
    ['1', null],
    ['一', null],
  ])('%s → %s', (text, expected) => {
    expect(parseCircled(text)).toBe(expected);
  });
});
