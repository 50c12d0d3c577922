/**
 * Key figures read from real report text: each row is a sentence from a bundled example report (or a
 * corpus report) and the figures it must give, flags included. Then whole reports through assess(),
 * and the rule-set side: patterns checked at load, the table inherited through `extends`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, isRuleSetError, loadRuleSet, parseReport, parseRuleSet } from '../../src/index.js';
import { extractKeyFigures } from '../../src/figures/extract-figures.js';

const ruleSet = loadRuleSet('fzzf-annual-report');
const figuresOf = (text: string) =>
  extractKeyFigures(parseReport(text), ruleSet.keyFigures!, 'zh-CN').map((f) => [f.id, f.value, f.unit, f.flags]);

type Row = [string, string, Array<[string, number, string, string[]]>];

const cases: Row[] = [
  ['haiyan: counts and rates of reconsideration and litigation',
    '全年办结行政复议案件64件,协调调解率62.5%,居全市第二;行政复议案件纠错率1.56%,比上年降低2.36个百分点;一审行政诉讼案件结案61件,败诉1件,败诉率1.64%,较上年下降2.36%。',
    [['reconsideration-cases', 64, '件', []], ['reconsideration-correction-rate', 1.56, '%', []], ['litigation-cases', 61, '件', []], ['litigation-loss-rate', 1.64, '%', []]]],
  ['haiyan: normative documents reviewed and filed, major decisions',
    '全年共审查规范性文件32份,出具合法性审查意见132条;备案各行政机关规范性文件25件,提出备案审查意见10条;审核重大行政决策事项2项、行政合同17份。',
    [['normative-documents-reviewed', 32, '份', []], ['normative-documents-filed', 25, '件', []], ['major-decisions', 2, '项', []]]],
  ['heshan: one number for litigation and reconsideration together is combined',
    '2024年共办理以区人民政府为被告的行政诉讼(行政复议)案件42件,结案23件,无败诉案件;共承办行政复议案件232件。',
    [['reconsideration-cases', 42, '件', ['combined']], ['reconsideration-cases', 232, '件', []], ['litigation-cases', 42, '件', ['combined']]]],
  ['heshan: documents reviewed and filed in one number are combined',
    '2024年共审查备案规范性文件16件,审查政府合同10件。',
    [['normative-documents-reviewed', 16, '件', ['combined']], ['normative-documents-filed', 16, '件', ['combined']]]],
  ['meitan: four kinds of case counted together are combined',
    '共办理行政确权、行政复议、行政诉讼、国家赔偿等四类案件共计91件,同比增长30%。其中行政诉讼案件41件,胜诉35件,胜诉率85%;行政复议案件24件。',
    [['reconsideration-cases', 24, '件', []], ['litigation-cases', 91, '件', ['combined']], ['litigation-cases', 41, '件', []]]],
  ['meitan: appearance rate with 达, enforcement cases',
    '县直部门、镇街负责人出庭应诉率达100%。全年行政处罚案件结案846件。',
    [['appearance-rate', 100, '%', []], ['enforcement-cases', 846, '件', []]]],
  ['meitan, mistyped as a PDF copy may: a rate over 100 % is flagged',
    '县直部门、镇街负责人出庭应诉率达1000%。',
    [['appearance-rate', 1000, '%', ['over-100']]]],
  ['corpus: a change in percentage points is not a case count',
    '行政诉讼败诉率同比下降2.4个百分点。',
    []],
  ['nancun: a subject with no number in its clause gives nothing',
    '严格落实行政复议决定,及时下发行政复议意见书,指导行政机关整改案涉问题。',
    []],
  ['full-width digits and per-cent sign are read',
    '行政机关负责人出庭应诉率１００％。',
    [['appearance-rate', 100, '%', []]]],
];

describe('extractKeyFigures', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });

  it('gives the quote and the line in the original text, and marks lower bounds', () => {
    const text = '一、主要举措\n依法办理行政复议案件\n全年受理行政复议案件160余件,全部依法审结。\n';
    const [f] = extractKeyFigures(parseReport(text), ruleSet.keyFigures!, 'en');
    expect(f).toMatchObject({ id: 'reconsideration-cases', title: 'Administrative reconsideration cases', value: 160, unit: '件', approximate: true, line: 3, text: '全年受理行政复议案件160余件' });
    expect(text.slice(f!.start, f!.end)).toBe('160余件');
  });
});

describe('assess() figures', () => {
  const read = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../examples/reports', file), 'utf8');

  it('carries the figures of a whole report, each quote found on its line', async () => {
    const text = read('meitan-county-2020.txt');
    const a = await assess(text, ruleSet, { name: 'meitan-county-2020.txt' });
    const lines = text.split('\n');
    expect(a.figures?.map((f) => f.id)).toEqual(expect.arrayContaining(['reconsideration-cases', 'litigation-cases', 'appearance-rate', 'normative-documents-reviewed']));
    for (const f of a.figures!) expect(lines[f.line - 1]).toContain(f.text);
  });

  it('has no figures field for a rule set without a keyFigures table', async () => {
    const bare = parseRuleSet('id: bare\nversion: 1.0.0\ntitle: bare\nsections:\n  s: { headings: [主要举措] }\nrequirements:\n  - { id: a, title: a, basis: b, severity: info, weight: 1, fix: f, check: { section: { slot: s } } }\n');
    const a = await assess(read('meitan-county-2020.txt'), bare);
    expect(a.figures).toBeUndefined();
  });

  it.each(readdirSync(path.resolve(import.meta.dirname, '../../examples/reports')).filter((f) => f.endsWith('.txt')))(
    '%s: { figures: false } leaves the figures out and nothing else',
    async (file) => {
      const text = read(file);
      const full = await assess(text, ruleSet, { name: file });
      const lean = await assess(text, ruleSet, { name: file, figures: false });
      expect(full.figures).toBeDefined();
      expect(lean).not.toHaveProperty('figures');
      const { figures: _figures, ...rest } = full;
      expect(lean).toEqual(rest);
    },
  );
});

describe('keyFigures in a rule set', () => {
  const base = 'id: city\nversion: 1.0.0\ntitle: 市\nextends: [fzzf-annual-report]\n';

  it('is inherited through extends, and replaced by a file that gives its own', () => {
    expect(parseRuleSet(base).keyFigures).toEqual(ruleSet.keyFigures);
    const own = parseRuleSet(`${base}keyFigures:\n  figures:\n    - { id: hearings, title: 听证, kind: count, terms: [听证] }\n`);
    expect(own.keyFigures?.figures.map((f) => [f.id, f.units, f.window])).toEqual([['hearings', ['件', '起', '宗', '个', '项', '份', '次'], 12]]);
  });

  it.each([
    ['a term that is not a regular expression', '    - { id: x, title: x, kind: count, terms: ["行政(复议"] }\n', 'keyFigures.figures[0].terms[0]'],
    ['a term that may backtrack for ever', '    - { id: x, title: x, kind: count, terms: ["(复议+)+"] }\n', 'keyFigures.figures[0].terms[0]'],
    ['an unknown kind', '    - { id: x, title: x, kind: amount, terms: [复议] }\n', 'keyFigures.figures[0].kind'],
  ])('rejects %s, with its place', (_name, figure, where) => {
    let caught: unknown;
    try {
      parseRuleSet(`${base}keyFigures:\n  figures:\n${figure}`);
    } catch (error) {
      caught = error;
    }
    expect(isRuleSetError(caught)).toBe(true);
    expect(String((caught as Error).message)).toContain(where);
  });
});
