/**
 * Traditional characters are folded by a table embedded at build time (scripts/embed-t2s.mjs) rather
 * than by opencc-js at run time: the table must give what opencc-js's t → cn converter gives for
 * every character of the CJK blocks, one character at a time.
 */
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/parse/normalize.js';

describe('traditional → simplified, one character at a time', () => {
  it('matches opencc-js for every character from U+3400 to U+9FFF', () => {
    const convert = Converter({ from: 't', to: 'cn' });
    let all = '';
    let expected = '';
    for (let code = 0x3400; code <= 0x9fff; code++) {
      const ch = String.fromCharCode(code);
      const to = convert(ch);
      all += ch;
      expected += to.length === 1 ? to : ch;
    }
    expect(normalizeText(all)).toBe(expected);
  });

  it.each([
    ['瑞溪縣2021年度法治政府建設情況報告', '瑞溪县2021年度法治政府建设情况报告'],
    ['執法全過程記錄', '执法全过程记录'],
  ])('%s → %s', (traditional, simple) => {
    expect(normalizeText(traditional)).toBe(simple);
  });
});
