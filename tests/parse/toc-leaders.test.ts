/**
 * Table-of-contents entries are recognised by reading the line from its end (page number, spaces,
 * leader), in time linear in the leader, where a regex unanchored at the start tried every place in a
 * long run of dots. The reading must say what the regex said: which lines are entries, and what is
 * left of an entry without its leader and page number (how a repeated entry is told apart).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leaderStart } from '../../src/parse/frame.js';

// The pattern the reading replaced, kept here as the reference it must agree with.
const REFERENCE = /(\.{3,}|…{1,}|·{3,}|-{4,}|_{4,})\s*\d{1,3}$/;

function agrees(line: string): void {
  const at = leaderStart(line);
  expect(at >= 0, line).toBe(REFERENCE.test(line));
  if (at >= 0) expect(line.slice(0, at), line).toBe(line.replace(REFERENCE, ''));
}

describe('a table-of-contents entry read from the end of the line', () => {
  it.each([
    ['dots', '一、主要举措和成效......3', true],
    ['dots and spaces', '二、存在的不足和原因 ....  12', true],
    ['an ellipsis', '三、下一年度工作安排…5', true],
    ['middle dots', '（一）依法行政·····108', true],
    ['dashes', '四、其他情况----7', true],
    ['underscores', '五、附件____9', true],
    ['two dots are not a leader', '一、主要举措..3', false],
    ['three dashes are not a leader', '一、主要举措---3', false],
    ['four digits are not a page number', '一、主要举措......2023', false],
    ['no page number', '一、主要举措......', false],
    ['a letter between leader and number', `${'.'.repeat(50)}x1`, false],
    ['a sentence ending in a figure', '全年办理行政复议案件12', false],
  ])('%s', (_name, line, entry) => {
    expect(leaderStart(line) >= 0).toBe(entry);
    agrees(line);
  });

  it('agrees with the reference pattern on lines made of leaders, spaces, digits and text', () => {
    const piece = fc.constantFrom('.', '...', '…', '·', '···', '-', '----', '_', '____', ' ', '\u3000', '\t', '1', '23', '456', 'x', '目', '录');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => agrees(pieces.join(''))),
      { seed: 20261201, numRuns: 2000 },
    );
  });
});
