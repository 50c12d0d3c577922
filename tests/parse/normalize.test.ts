/** The matching view keeps every code unit's place: same length, one unit for one, across chunks. */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/parse/normalize.js';

describe('normalizeText', () => {
  it.each([
    ['full-width ASCII and odd spaces', '（一）主要举措：１２３\u3000完成', '(一)主要举措:123 完成'],
    ['traditional characters', '法治政府建設年度報告', '法治政府建设年度报告'],
    ['a lone surrogate stays itself', 'A\ud800B（', 'A\ud800B('],
    ['a lone low surrogate at the start stays itself', '\udc00（一）', '\udc00(一)'],
    ['a lone high surrogate at the end stays itself', '（一）\ud83d', '(一)\ud83d'],
    ['a leading byte-order mark becomes a space, not nothing', '\ufeff（一）', ' (一)'],
    ['NUL and other control characters stay themselves', 'a\u0000b\u0001（', 'a\u0000b\u0001('],
    ['a surrogate pair split across the chunk boundary', `${'x'.repeat(8191)}😀（`, `${'x'.repeat(8191)}😀(`],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps the length of a text many chunks long', () => {
    const text = '一、主要举措和成效（２０２３年）\n'.repeat(5000);
    const norm = normalizeText(text);
    expect(norm.length).toBe(text.length);
    expect(norm.slice(-17)).toBe('一、主要举措和成效(2023年)\n');
  });
});
