/** extends and overrides: bases load first, requirements merge by id, sections by slot, scoring by key. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, loadRuleSet } from '../../src/index.js';
import type { Requirement } from '../../src/types.js';
import { loadFrom } from './support.js';

const REPORTS = path.resolve(import.meta.dirname, '../../examples/reports');
const report = (file: string) => readFileSync(path.join(REPORTS, file), 'utf8');

const base = loadRuleSet('fzzf-annual-report');
const byId = (requirements: readonly Requirement[], id: string) => requirements.find((r) => r.id === id)!;

// A city rule set on top of the default one: the shapes an office writes.
const CITY = `id: city-annual-report
version: 1.0.0
title: 某市法治政府建设年度报告
extends: [fzzf-annual-report]
scoring:
  passMark: 70
sections:
  plan:
    headings: [下一年度, 下一步, "\\\\d{4}年工作计划"]
requirements:
  - id: quantitative-evidence
    weight: 15
  - id: review-cases
    title: 行政复议案件数据
    basis: 某市司法局关于年度报告的通知
    severity: warning
    weight: 5
    check: { terms: { terms: [行政复议] } }
    fix: 写明本年度行政复议案件的受理、办结数量。
overrides:
  shortcoming-causes: warning
  timeliness: off
  other-matters: { weight: 2, partialCredit: 0.25 }
  first-responsible-person: { severity: info, weight: 12 }
`;

describe('a city rule set extending the built-in one', () => {
  const city = loadFrom({ 'city.yaml': CITY }, 'city.yaml');

  it('keeps the base order, drops what is switched off and appends new requirements', () => {
    expect(city.requirements.map((r) => r.id)).toEqual([
      ...base.requirements.map((r) => r.id).filter((id) => id !== 'timeliness'),
      'review-cases',
    ]);
    expect([city.id, city.source, city.extends]).toEqual(['city-annual-report', 'city.yaml', ['fzzf-annual-report']]);
  });

  // [requirement, field, value in the city rule set, where it comes from]
  it.each<[string, keyof Requirement, unknown]>([
    ['quantitative-evidence', 'weight', 15],
    ['quantitative-evidence', 'title', byId(base.requirements, 'quantitative-evidence').title],
    ['quantitative-evidence', 'check', byId(base.requirements, 'quantitative-evidence').check],
    ['shortcoming-causes', 'severity', 'warning'],
    ['shortcoming-causes', 'weight', byId(base.requirements, 'shortcoming-causes').weight],
    ['other-matters', 'weight', 2],
    ['other-matters', 'partialCredit', 0.25],
    ['other-matters', 'severity', byId(base.requirements, 'other-matters').severity],
    ['first-responsible-person', 'severity', 'info'],
    ['first-responsible-person', 'weight', 12],
    ['review-cases', 'partialCredit', 0.5],
    ['review-cases', 'check', { kind: 'terms', options: { terms: ['行政复议'] } }],
  ])('%s.%s', (id, field, value) => {
    expect(byId(city.requirements, id)[field]).toEqual(value);
  });

  it('merges sections by slot id (the given fields replace, the rest are kept) and scoring by key', () => {
    expect(city.slots.map((s) => s.id)).toEqual(base.slots.map((s) => s.id));
    const plan = city.slots.find((s) => s.id === 'plan')!;
    const basePlan = base.slots.find((s) => s.id === 'plan')!;
    expect(plan).toEqual({ id: 'plan', headings: ['下一年度', '下一步', '\\d{4}年工作计划'], exclude: basePlan.exclude, fallback: basePlan.fallback, roles: basePlan.roles });
    expect(city.slots.find((s) => s.id === 'measures')).toEqual(base.slots.find((s) => s.id === 'measures'));
    expect(city.scoring).toEqual({ ...base.scoring, passMark: 70 });
  });

  it('assesses a real report: the switched-off requirement is gone, the new one is found, weights change the total', async () => {
    const text = report('meitan-county-2020.txt');
    const [before, after] = await Promise.all([assess(text, base), assess(text, city)]);
    expect(after.findings.map((f) => f.requirement)).not.toContain('timeliness');
    expect(after.findings.find((f) => f.requirement === 'review-cases')).toMatchObject({ status: 'met', weight: 5, severity: 'warning' });
    const weightOf = (id: string) => after.findings.find((f) => f.requirement === id)!.weight;
    expect(weightOf('quantitative-evidence')).toBe(15);
    // The base total less timeliness, with three weights changed and review-cases added.
    const w = (id: string) => byId(base.requirements, id).weight;
    expect(before.findings.find((f) => f.requirement === 'timeliness')!.status).toBe('met');
    expect(after.maxScore).toBe(before.maxScore - w('timeliness') + (2 - w('other-matters')) + (15 - w('quantitative-evidence')) + (12 - w('first-responsible-person')) + 5);
  });
});

describe('chains of files (resolved by the caller)', () => {
  const req = (id: string, extra = '') =>
    `  - { id: ${id}, title: ${id}, basis: 依据, severity: error, weight: 10, fix: 补充${id}, check: { section: { slot: body } }${extra} }`;
  const file = (id: string, body: string) => `id: ${id}\nversion: 1.0.0\ntitle: ${id}\n${body}\n`;
  const files = {
    'rules/d.yaml': file('d', `scoring: { partialCredit: 0.4 }\nsections: { body: { headings: [主要举措] } }\nrequirements:\n${req('x')}\n${req('y')}`),
    'rules/b.yaml': file('b', 'extends: [./d.yaml]\nrequirements:\n  - { id: x, weight: 3 }'),
    'rules/c.yaml': file('c', 'extends: [./d.yaml]\nrequirements:\n  - { id: x, severity: warning }\n  - { id: y, weight: 7 }'),
    'city/a.yaml': file('a', 'extends: [../rules/b.yaml, ../rules/c.yaml]\noverrides: { y: info }'),
    'city/late.yaml': file('late', 'extends: [../rules/c.yaml, ../rules/b.yaml]'),
    'city/province.yaml': file('province', 'extends: [fzzf-annual-report]\noverrides: { timeliness: off }'),
    'city/city.yaml': file('city', 'extends: [./province.yaml]\nrequirements:\n  - { id: shortcoming-causes, weight: 20 }'),
  };

  it.each<[string, string, string[], Array<[string, number, string, number]>]>([
    // a extends b and c, both extend d: d applies once, first; b's and c's changes both hold.
    ['a diamond', 'city/a.yaml', ['rules/d.yaml', 'rules/b.yaml', 'rules/c.yaml'], [['x', 3, 'warning', 0.4], ['y', 7, 'info', 0.4]]],
    // The later base wins where two change the same field.
    ['the later base wins', 'city/late.yaml', ['rules/d.yaml', 'rules/c.yaml', 'rules/b.yaml'], [['x', 3, 'warning', 0.4], ['y', 7, 'error', 0.4]]],
  ])('%s', (_, root, chain, expected) => {
    const ruleSet = loadFrom(files, root);
    expect(ruleSet.extends).toEqual(chain);
    expect(ruleSet.requirements.map((r) => [r.id, r.weight, r.severity, r.partialCredit])).toEqual(expected);
  });

  it('a file extending a file extending a built-in rule set lists the whole chain', () => {
    const city = loadFrom(files, 'city/city.yaml');
    expect(city.extends).toEqual(['fzzf-annual-report', 'city/province.yaml']);
    expect(city.requirements.map((r) => r.id)).toEqual(base.requirements.map((r) => r.id).filter((id) => id !== 'timeliness'));
    expect(byId(city.requirements, 'shortcoming-causes').weight).toBe(20);
  });

  it('giving conditions where the base has a check replaces the check', () => {
    const ruleSet = loadFrom(
      { ...files, 'e.yaml': file('e', 'extends: [./rules/d.yaml]\nrequirements:\n  - id: x\n    conditions: { met: { fact: meta, path: $.year, operator: greaterThanInclusive, value: 2020 } }') },
      'e.yaml',
    );
    expect([byId(ruleSet.requirements, 'x').check, byId(ruleSet.requirements, 'x').conditions]).toEqual([
      null,
      { met: { fact: 'meta', path: '$.year', operator: 'greaterThanInclusive', value: 2020 } },
    ]);
  });

  it('an off override written in full, { off: true }, removes the requirement; { off: false } keeps it', () => {
    const ruleSet = loadFrom({ ...files, 'f.yaml': file('f', 'extends: [./rules/d.yaml]\noverrides: { x: { off: true }, y: { off: false, weight: 2 } }') }, 'f.yaml');
    expect(ruleSet.requirements.map((r) => [r.id, r.weight])).toEqual([['y', 2]]);
  });
});
