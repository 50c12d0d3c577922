/** Mistakes in extends and overrides: each a RULESET_INVALID at the offending value, with file:line:col. */
import { describe, expect, it } from 'vitest';
import { parseRuleSet } from '../../src/rules/load-rule-set.js';
import { expectProblems, loadFrom, rejection, type ExpectedProblem } from './support.js';

const head = (id: string) => `id: ${id}\nversion: 1.0.0\ntitle: ${id}\n`;
const REQ = '  - { id: x, title: 甲, basis: 依据, severity: error, weight: 10, fix: 补充, check: { section: { slot: body } } }';
const BASE = `${head('base')}sections: { body: { headings: [主要举措] } }\nrequirements:\n${REQ}\n`;

describe('extends', () => {
  it.each<[string, Record<string, string>, string, ExpectedProblem[]]>([
    [
      'a misspelt built-in id',
      { 'city.yaml': `${head('city')}extends: [fzzf-anual-report]\n` },
      'city.yaml',
      [['city.yaml', 'RULESET_INVALID', 4, 11, 'extends[0]', 'names the built-in rule set "fzzf-anual-report", which does not exist (did you mean "fzzf-annual-report"?)']],
    ],
    [
      'a path that cannot be read',
      { 'rules/city.yaml': `${head('city')}extends:\n  - fzzf-annual-report\n  - ./province.yaml\n` },
      'rules/city.yaml',
      [['rules/city.yaml', 'RULESET_INVALID', 6, 5, 'extends[1]', 'names "./province.yaml", which could not be read; check the path, relative to rules/city.yaml']],
    ],
    [
      'a cycle: a extends b extends a, named where it closes',
      { 'a.yaml': `${head('a')}extends: [./b.yaml]\n`, 'b.yaml': `${head('b')}extends: [fzzf-annual-report, ./a.yaml]\n` },
      'a.yaml',
      [['b.yaml', 'RULESET_INVALID', 4, 31, 'extends[1]', 'makes a cycle: a.yaml → b.yaml → a.yaml; remove one of these extends']],
    ],
    [
      'a file extending itself',
      { 'a.yaml': `${head('a')}extends: [./a.yaml]\n` },
      'a.yaml',
      [['a.yaml', 'RULESET_INVALID', 4, 11, 'extends[0]', 'makes a cycle: a.yaml → a.yaml']],
    ],
    [
      'the same base twice',
      { 'a.yaml': `${head('a')}extends: [fzzf-annual-report, fzzf-annual-report]\n` },
      'a.yaml',
      [['a.yaml', 'RULESET_INVALID', 4, 31, 'extends[1]', 'lists "fzzf-annual-report" a second time; remove one']],
    ],
    [
      // The base's own mistake is reported in the base's file; the consumer's override of x is not
      // reported as unknown, since the base that would define it could not be read.
      'a base with a mistake of its own',
      { 'base.yaml': BASE.replace('slot: body', 'slot: bdy'), 'city.yaml': `${head('city')}extends: [./base.yaml]\noverrides: { x: warning }\n` },
      'city.yaml',
      [['base.yaml', 'RULESET_INVALID', 6, 99, 'requirements[0].check.section.slot', 'names the slot "bdy", which no entry under "sections" defines, so it could never match (did you mean "body"?)']],
    ],
  ])('%s', (_, files, root, expected) => {
    expectProblems(rejection(() => loadFrom(files, root)), expected);
  });

  it('a path without a resolver says the library reads no files, and how to pass one', () => {
    const error = rejection(() => parseRuleSet(`${head('city')}extends: [./province.yaml]\n`, { name: 'city.yaml' }));
    expectProblems(error, [['city.yaml', 'RULESET_INVALID', 4, 11, 'extends[0]', 'names the file "./province.yaml", but no resolver was given: the library never reads files itself; pass parseRuleSet(text, { resolve })']]);
  });

  it('a resolver that throws is reported with its reason', () => {
    const error = rejection(() =>
      parseRuleSet(`${head('city')}extends: [../secret.yaml]\n`, {
        name: 'city.yaml',
        resolve: () => {
          throw new Error('outside the project folder');
        },
      }),
    );
    expectProblems(error, [['city.yaml', 'RULESET_INVALID', 4, 11, 'extends[0]', 'names "../secret.yaml", which could not be read (outside the project folder)']]);
  });
});

describe('overrides and requirements in a consumer', () => {
  const files = (city: string) => ({ 'base.yaml': BASE, 'city.yaml': `${head('city')}extends: [fzzf-annual-report]\n${city}` });

  it.each<[string, string, ExpectedProblem[]]>([
    [
      'an unknown id, with a suggestion',
      'overrides:\n  shortcoming-cause: warning\n  timeliness: off\n',
      [['city.yaml', 'RULESET_INVALID', 6, 3, 'overrides.shortcoming-cause', 'names the requirement "shortcoming-cause", which neither this rule set nor its bases define (did you mean "shortcoming-causes"?); fix the id or remove the override']],
    ],
    [
      'a misspelt severity in the shorthand',
      'overrides: { timeliness: warnin }\n',
      [['city.yaml', 'RULESET_SCHEMA', 5, 26, 'overrides.timeliness', 'must be one of "error", "warning", "info", "off" (did you mean "warning"?)']],
    ],
    [
      'an unknown key in the long form',
      'overrides: { timeliness: { wieght: 5 } }\n',
      [['city.yaml', 'RULESET_SCHEMA', 5, 28, 'overrides.timeliness.wieght', 'has an unknown key "wieght" (did you mean "weight"?): write error, warning, info or off']],
    ],
    [
      'switching off a requirement another one depends on',
      'overrides: { report-identity: off }\n',
      [['city.yaml', 'RULESET_INVALID', 5, 31, 'overrides.report-identity', 'switches off "report-identity", which the rule set\'s gate depends on; keep "report-identity", or give a gate that names another requirement']],
    ],
    [
      'a new requirement that is not complete, with a likely misspelt id',
      'requirements:\n  - id: quantitative-evidance\n    weight: 15\n',
      [['city.yaml', 'RULESET_SCHEMA', 6, 5, 'requirements[0]', 'is missing the required keys "title", "basis", "severity", "fix": requirement "quantitative-evidance" is not in a base rule set (did you mean "quantitative-evidence"?); to change that requirement, use its id']],
    ],
    [
      'a new requirement naming a slot neither file defines',
      'requirements:\n  - { id: city-x, title: 市, basis: 依据, severity: info, weight: 1, fix: 补充, check: { section: { slot: planning } } }\n',
      [['city.yaml', 'RULESET_INVALID', 6, 102, 'requirements[0].check.section.slot', 'names the slot "planning", which no entry under "sections" here or in a base rule set defines']],
    ],
  ])('%s', (_, city, expected) => {
    expectProblems(rejection(() => loadFrom(files(city), 'city.yaml')), expected);
  });

  it('a consumer with only overrides is a whole rule set', () => {
    const city = loadFrom(files('overrides: { timeliness: off }\n'), 'city.yaml');
    expect(city.requirements).toHaveLength(9);
  });
});
