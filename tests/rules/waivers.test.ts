/** parseWaivers: a waivers file → Waiver[], or every problem with its place. */
import { describe, expect, it } from 'vitest';
import { parseWaivers } from '../../src/rules/waivers.js';
import { expectProblems, rejection, type ExpectedProblem } from './support.js';

const VALID = `# 经市司法局同意的豁免
waivers:
  - requirement: timeliness
    justification: 机构改革期间报告延期发布,经市司法局同意
    expires: 2025-06-30
  - requirement: other-matters
    justification: 本年度无其他需要报告的事项
`;

describe('a valid waivers file', () => {
  it('gives one waiver per entry, each with where it was written', () => {
    expect(parseWaivers(VALID, { name: 'waivers.yaml' })).toEqual([
      {
        requirement: 'timeliness',
        justification: '机构改革期间报告延期发布,经市司法局同意',
        expires: '2025-06-30',
        place: { file: 'waivers.yaml', line: 3, column: 18, path: 'waivers[0].requirement' },
      },
      {
        requirement: 'other-matters',
        justification: '本年度无其他需要报告的事项',
        expires: null,
        place: { file: 'waivers.yaml', line: 6, column: 18, path: 'waivers[1].requirement' },
      },
    ]);
  });

  it('an empty list is no waivers', () => {
    expect(parseWaivers('waivers: []\n')).toEqual([]);
  });
});

describe('a waivers file with mistakes: every problem, with its place', () => {
  const edit = (from: string, to: string) => {
    expect(VALID).toContain(from);
    return VALID.replace(from, to);
  };
  it.each<[string, string, ExpectedProblem[]]>([
    ['no justification', edit('    justification: 本年度无其他需要报告的事项\n', ''), [['w.yaml', 'WAIVER_INVALID', 6, 5, 'waivers[1]', 'is missing the required key "justification"']]],
    ['a misspelt key', edit('expires: 2025', 'expiry: 2025'), [['w.yaml', 'WAIVER_INVALID', 5, 5, 'waivers[0].expiry', 'has an unknown key "expiry" (did you mean "expires"?)']]],
    ['a date in another format', edit('2025-06-30', '2025/06/30'), [['w.yaml', 'WAIVER_INVALID', 5, 14, 'waivers[0].expires', 'must match ^\\d{4}-\\d{2}-\\d{2}$: write the last day the waiver is in force as YYYY-MM-DD']]],
    ['a day that does not exist', edit('2025-06-30', '2025-02-29'), [['w.yaml', 'WAIVER_INVALID', 5, 14, 'waivers[0].expires', '"2025-02-29" is not a calendar date']]],
    ['the same requirement twice', edit('other-matters', 'timeliness'), [['w.yaml', 'WAIVER_INVALID', 6, 18, 'waivers[1].requirement', 'waives "timeliness" a second time (first in waivers[0]); keep one waiver per requirement']]],
    ['a list instead of a map', VALID.replace('waivers:\n', '').replace(/^ {2}/gm, ''), [['w.yaml', 'WAIVER_INVALID', 2, 1, '', 'must be an object']]],
    ['YAML that does not parse', edit('justification: 本年度', 'justification: [本年度'), [['w.yaml', 'YAML_SYNTAX', 8, 1, '', 'Flow sequence in block collection must be sufficiently indented']]],
    ['nothing at all', '', [['w.yaml', 'WAIVER_INVALID', 0, 0, '', 'is empty; write waivers: followed by a list']]],
  ])('%s', (_, text, expected) => {
    const error = rejection(() => parseWaivers(text, { name: 'w.yaml' }));
    expectProblems(error, expected);
    expect(error.message).toMatch(/^the waivers have \d+ problems?:/);
  });
});
