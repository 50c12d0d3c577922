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

  // A long text is remembered for the next few calls (a report is normalised when it is read and again
  // when it is parsed): whatever was remembered, each text gets its own view.
  it('gives each of many long texts its own view, asked for again in any order', () => {
    const texts = Array.from({ length: 12 }, (_, i) => `第${i}份（${i}）${'報告：１２３\u3000'.repeat(40 + i)}`);
    const expected = texts.map((t) => t.replace(/（/g, '(').replace(/）/g, ')').replace(/報/g, '报').replace(/：/g, ':').replace(/１/g, '1').replace(/２/g, '2').replace(/３/g, '3').replace(/\u3000/g, ' '));
    for (const order of [texts.keys(), [...texts.keys()].reverse(), [3, 11, 0, 3, 7, 0, 11, 5]]) {
      for (const i of order) expect(normalizeText(texts[i]!)).toBe(expected[i]);
    }
    // The same characters in another string object, and a text that differs only at its end.
    expect(normalizeText(`${texts[2]!}`.slice(0))).toBe(expected[2]);
    expect(normalizeText(`${texts[2]!.slice(0, -1)}Ｘ`)).toBe(`${expected[2]!.slice(0, -1)}X`);
  });
});
