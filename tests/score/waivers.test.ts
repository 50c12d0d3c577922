/**
 * Waivers in assess(): a waiver in force makes the finding `waived` (out of the denominator, listed,
 * with its justification); an expired one does not apply and the finding says so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, isRuleSetError, loadRuleSet, parseRuleSet, parseWaivers, type RuleSetError } from '../../src/index.js';

const REPORTS = path.resolve(import.meta.dirname, '../fixtures/reports');
const EXAMPLES = path.resolve(import.meta.dirname, '../../examples/reports');
// Under the built-in rule set: timeliness (weight 4) missing, other-matters (2) missing, the rest met.
const LATE = readFileSync(path.join(REPORTS, 'published-late.txt'), 'utf8');
const ruleSet = loadRuleSet('fzzf-annual-report');

const waiversYaml = (expires: string) => `waivers:
  - requirement: timeliness
    justification: 机构改革期间延期发布,经市司法局同意
    expires: ${expires}
`;

describe('a waiver in force', () => {
  const waivers = parseWaivers(waiversYaml('2025-06-30'), { name: 'waivers.yaml' });

  it.each([
    ['before the expiry date', '2025-03-01'],
    ['on the expiry date itself', '2025-06-30'],
  ])('%s: waived, out of the denominator, listed, with its justification', async (_, today) => {
    const a = await assess(LATE, ruleSet, { waivers, today, locale: 'en' });
    const finding = a.findings.find((f) => f.requirement === 'timeliness')!;
    expect(finding).toMatchObject({
      status: 'waived',
      earned: 0,
      fix: '',
      waiver: { justification: '机构改革期间延期发布,经市司法局同意', expires: '2025-06-30', expired: false },
    });
    expect(finding.message).toBe('Waived: Published on time (justification: 机构改革期间延期发布,经市司法局同意; in force until 2025-06-30); left out of the score');
    expect([a.score, a.maxScore, a.percent, a.waived, a.expiredWaivers]).toEqual([94, 96, 97.9, ['timeliness'], []]);
    expect(a.gaps.map((g) => g.requirement)).toEqual(['other-matters']);
  });

  it('in zh-CN', async () => {
    const a = await assess(LATE, ruleSet, { waivers, today: '2025-03-01' });
    expect(a.findings.find((f) => f.requirement === 'timeliness')!.message).toBe('已豁免:按时公开(理由:机构改革期间延期发布,经市司法局同意;有效期至2025-06-30),不计入总分');
  });

  it('a waiver of a requirement the report meets anyway says it can be removed', async () => {
    const w = parseWaivers('waivers:\n  - { requirement: shortcomings, justification: 试点单位 }\n');
    const a = await assess(LATE, ruleSet, { waivers: w, today: '2025-03-01', locale: 'en' });
    expect(a.findings.find((f) => f.requirement === 'shortcomings')).toMatchObject({ status: 'waived', waiver: { expires: null, expired: false } });
    expect(a.findings.find((f) => f.requirement === 'shortcomings')!.message).toContain('The report meets it anyway: the waiver can be removed');
  });

  it('a requirement that does not apply stays not-applicable', async () => {
    const letter = readFileSync(path.join(EXAMPLES, 'haiyan-reply-letter-not-a-report.txt'), 'utf8');
    const a = await assess(letter, ruleSet, { waivers, today: '2025-03-01' });
    expect(a.findings.find((f) => f.requirement === 'timeliness')!.status).toBe('not-applicable');
    expect(a.waived).toEqual([]);
  });
});

describe('an expired waiver', () => {
  it('does not apply: the finding keeps its status, says the waiver expired, and the assessment lists it', async () => {
    const waivers = parseWaivers(waiversYaml('2024-12-31'));
    const a = await assess(LATE, ruleSet, { waivers, today: '2025-01-01', locale: 'en' });
    const finding = a.findings.find((f) => f.requirement === 'timeliness')!;
    expect(finding).toMatchObject({ status: 'missing', waiver: { expires: '2024-12-31', expired: true } });
    expect(finding.message).toContain('Its waiver expired on 2024-12-31 and no longer applies (justification was: 机构改革期间延期发布,经市司法局同意); renew the waiver or add the content');
    expect([a.score, a.maxScore, a.waived]).toEqual([94, 100, []]);
    expect(a.expiredWaivers).toEqual([{ requirement: 'timeliness', justification: '机构改革期间延期发布,经市司法局同意', expires: '2024-12-31' }]);
    expect(a.gaps.map((g) => g.requirement)).toContain('timeliness');
  });

  it('today defaults to the current date', async () => {
    const [past, future] = await Promise.all(['2000-01-01', '2999-12-31'].map((d) => assess(LATE, ruleSet, { waivers: parseWaivers(waiversYaml(d)) })));
    expect([past!.expiredWaivers!.length, future!.waived]).toEqual([1, ['timeliness']]);
  });
});

describe('waivers that cannot be applied', () => {
  it('a waiver naming a requirement the rule set lacks: WAIVER_INVALID at its place, with a suggestion', async () => {
    const waivers = parseWaivers('waivers:\n  - requirement: timelines\n    justification: 延期\n  - requirement: city-extra\n    justification: 不适用\n', { name: 'waivers.yaml' });
    let thrown: unknown;
    await assess(LATE, ruleSet, { waivers, today: '2025-01-01' }).catch((e) => (thrown = e));
    expect(isRuleSetError(thrown)).toBe(true);
    expect((thrown as RuleSetError).problems.map((p) => [p.code, p.file, p.line, p.column, p.path, p.message])).toEqual([
      ['WAIVER_INVALID', 'waivers.yaml', 2, 18, 'waivers[0].requirement', 'names the requirement "timelines", which rule set "fzzf-annual-report" does not have (did you mean "timeliness"?); fix the id or remove the waiver'],
      ['WAIVER_INVALID', 'waivers.yaml', 4, 18, 'waivers[1].requirement', expect.stringContaining('names the requirement "city-extra", which rule set "fzzf-annual-report" does not have (known: report-identity,')],
    ]);
  });

  it('a requirement switched off by an override is not in the rule set any more', async () => {
    const city = parseRuleSet('id: city\nversion: 1.0.0\ntitle: 市\nextends: [fzzf-annual-report]\noverrides: { timeliness: off }\n');
    await expect(assess(LATE, city, { waivers: parseWaivers(waiversYaml('2025-06-30')) })).rejects.toMatchObject({ code: 'WAIVER_INVALID' });
  });

  it('a today that is not a date is a usage error', async () => {
    await expect(assess(LATE, ruleSet, { waivers: [], today: '1 March 2025' })).rejects.toMatchObject({ code: 'USAGE', message: 'today must be a date written YYYY-MM-DD, not "1 March 2025"' });
  });
});
