/** The rule-set gate: written once, inherited through extends, checked at load, applied by assess(). */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.js';
import { expectProblems, loadFrom, rejection, type ExpectedProblem } from './support.js';

const head = (id: string) => `id: ${id}\nversion: 1.0.0\ntitle: ${id}\n`;
const REQS = `sections: { body: { headings: [主要举措] } }
requirements:
  - { id: identity, title: 身份, basis: 依据, severity: error, weight: 10, fix: 补充, check: { terms: { terms: [年度报告] } } }
  - { id: body, title: 正文, basis: 依据, severity: error, weight: 10, fix: 补充, check: { section: { slot: body } } }
`;

describe('gate: load-time problems', () => {
  it.each<[string, Record<string, string>, string, ExpectedProblem[]]>([
    [
      'a gate naming a requirement nobody defines',
      { 'a.yaml': `${head('a')}gate: { requirement: identiy, status: [met] }\n${REQS}` },
      'a.yaml',
      [['a.yaml', 'RULESET_INVALID', 4, 22, 'gate.requirement', 'names the requirement "identiy", which this rule set does not define (did you mean "identity"?)']],
    ],
    [
      'a status that is not a status',
      { 'a.yaml': `${head('a')}gate: { requirement: identity, status: [done] }\n${REQS}` },
      'a.yaml',
      [['a.yaml', 'RULESET_SCHEMA', 4, 41, 'gate.status[0]', 'must be one of']],
    ],
    [
      'switching off the requirement an inherited gate depends on',
      { 'base.yaml': `${head('base')}gate: { requirement: identity, status: [met] }\n${REQS}`, 'city.yaml': `${head('city')}extends: [./base.yaml]\noverrides: { identity: off }\n` },
      'city.yaml',
      [['city.yaml', 'RULESET_INVALID', 5, 24, 'overrides.identity', 'switches off "identity", which the rule set\'s gate depends on']],
    ],
  ])('%s', (_name, files, root, expected) => {
    expectProblems(rejection(() => loadFrom(files, root)), expected);
  });
});

describe('gate: applied', () => {
  const files = { 'base.yaml': `${head('base')}gate: { requirement: identity, status: [met] }\n${REQS}`, 'city.yaml': `${head('city')}extends: [./base.yaml]\n` };

  it.each([
    ['closed: every other requirement is not-applicable', '一、主要举措\n全年办理案件。', 'missing', ['body'], false],
    ['open: assessed item by item', '一、主要举措\n本年度报告全年办理案件。', 'met', [], true],
  ])('%s (inherited through extends)', async (_name, text, status, notApplicable, open) => {
    const ruleSet = loadFrom(files, 'city.yaml');
    expect(ruleSet.gate).toEqual({ requirement: 'identity', status: ['met'] });
    const assessment = await assess(text, ruleSet);
    expect(assessment.findings[0]?.status).toBe(status);
    expect(assessment.notApplicable).toEqual(notApplicable);
    expect(assessment.gate).toEqual({ requirement: 'identity', status, open, lookalike: null });
  });

  it('a rule set without a gate assesses everything', async () => {
    const ruleSet = loadFrom({ 'a.yaml': `${head('a')}${REQS}` }, 'a.yaml');
    expect(ruleSet.gate).toBeNull();
    expect((await assess('工作要点\n一、主要举措\n全年办理案件。', ruleSet)).notApplicable).toEqual([]);
  });
});
