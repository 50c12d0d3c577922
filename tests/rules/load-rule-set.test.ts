import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isChecklistError } from '../../src/errors.js';
import { listBuiltinRuleSets, loadRuleSet, parseRuleSet } from '../../src/rules/load-rule-set.js';

const BUILTIN_YAML = path.resolve(import.meta.dirname, '../../rules/fzzf-annual-report.yaml');
const RULESETS = path.resolve(import.meta.dirname, '../fixtures/rulesets');

// DESIGN §5 and corpus/labels.yaml rely on these ids, in this order.
const BUILTIN_IDS = [
  'report-identity',
  'measures-and-results',
  'shortcomings',
  'shortcoming-causes',
  'first-responsible-person',
  'next-year-plan',
  'other-matters',
  'three-enforcement-systems',
  'quantitative-evidence',
  'timeliness',
];

describe('the built-in rule set', () => {
  const ruleSet = loadRuleSet('fzzf-annual-report');

  it('is listed and has the requirement ids other code relies on', () => {
    expect(listBuiltinRuleSets()).toContain('fzzf-annual-report');
    expect([ruleSet.id, ruleSet.source]).toEqual(['fzzf-annual-report', 'rules/fzzf-annual-report.yaml']);
    expect(ruleSet.requirements.map((r) => r.id)).toEqual(BUILTIN_IDS);
  });

  it('has weights that sum to 100', () => {
    expect(ruleSet.requirements.reduce((sum, r) => sum + r.weight, 0)).toBe(100);
  });

  it.each(BUILTIN_IDS)('%s has a title, a fix and a rationale in zh-CN and en, a basis, and a check', (id) => {
    const r = ruleSet.requirements.find((x) => x.id === id)!;
    for (const text of [r.title, r.fix, r.rationale]) {
      expect(text['zh-CN']).toMatch(/[\u4e00-\u9fa5]/);
      expect(text.en).toMatch(/[A-Za-z]/);
      expect(text.en).not.toBe(text['zh-CN']);
    }
    expect(r.basis).not.toBe('');
    expect(r.check).not.toBeNull();
  });

  it('defines the five outline slots and grades from 优秀 down to a min: 0 band', () => {
    expect(ruleSet.slots.map((s) => s.id)).toEqual(['measures', 'shortcomings', 'responsibility', 'plan', 'other']);
    expect(ruleSet.scoring.grades.map((g) => [g.grade, g.min])).toEqual([['优秀', 90], ['良好', 75], ['合格', 60], ['不合格', 0]]);
    expect(ruleSet.scoring.passMark).toBe(60);
  });

  it('gates every requirement on report-identity, and no requirement has appliesTo of its own', () => {
    expect(ruleSet.gate).toEqual({ requirement: 'report-identity', status: ['met', 'partial'] });
    expect(ruleSet.requirements.filter((r) => r.appliesTo)).toEqual([]);
  });

  it('is the same object on every call, and frozen so no caller can change it for the others', () => {
    expect(loadRuleSet('fzzf-annual-report')).toBe(ruleSet);
    expect(Object.isFrozen(ruleSet)).toBe(true);
    expect(Object.isFrozen(ruleSet.requirements[0]!.title)).toBe(true);
    expect(() => {
      (ruleSet.requirements as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('matches rules/fzzf-annual-report.yaml (the embedded copy is not stale)', () => {
    const fromFile = parseRuleSet(readFileSync(BUILTIN_YAML, 'utf8'), { name: 'rules/fzzf-annual-report.yaml' });
    expect(fromFile).toEqual(ruleSet);
  });
});

describe('loadRuleSet with something that is not a built-in id', () => {
  it.each(['nope', 'fzzf-annual-reports', 'rules/fzzf-annual-report.yaml', '__proto__', 'toString', 'constructor'])(
    '%s → UNKNOWN_RULESET, naming the built-in sets',
    (id) => {
      let thrown: unknown;
      try {
        loadRuleSet(id);
      } catch (error) {
        thrown = error;
      }
      expect(isChecklistError(thrown)).toBe(true);
      expect(thrown).toMatchObject({ code: 'UNKNOWN_RULESET', name: 'UnknownRuleSetError' });
      expect((thrown as Error).message).toContain(`"${id}"`);
      expect((thrown as Error).message).toContain('fzzf-annual-report');
    },
  );

  it('YAML text is not guessed at: it is an unknown id, and the error points to parseRuleSet', () => {
    const yaml = readFileSync(path.join(RULESETS, 'valid-minimal.yaml'), 'utf8');
    expect(() => loadRuleSet(yaml)).toThrow(/unknown rule set "[^"\n]{1,41}": .*parseRuleSet\(text, \{ name \}\)/);
  });

  it('parseRuleSet reads YAML text, named by the caller, and does not cache it', () => {
    const yaml = readFileSync(path.join(RULESETS, 'valid-minimal.yaml'), 'utf8');
    const a = parseRuleSet(yaml, { name: 'valid-minimal.yaml' });
    expect([a.id, a.source, a.requirements.map((r) => r.id)]).toEqual(['test-minimal', 'valid-minimal.yaml', ['shortcomings', 'figures']]);
    expect(parseRuleSet(yaml)).not.toBe(a);
    expect(parseRuleSet(yaml).source).toBe('<inline>');
  });
});

describe('parseRuleSet fills in defaults', () => {
  const ruleSet = parseRuleSet(readFileSync(path.join(RULESETS, 'valid-minimal.yaml'), 'utf8'));

  it('a plain-string title or fix stands for every locale', () => {
    const [first] = ruleSet.requirements;
    expect(first!.title).toEqual({ 'zh-CN': '存在的不足', en: '存在的不足' });
    expect(first!.fix).toEqual({ 'zh-CN': '写明不足', en: '写明不足' });
    expect(ruleSet.title).toEqual({ 'zh-CN': '测试规则集', en: 'Test rule set' });
  });

  it('partial credit 0.5, default scoring, and checks as {kind, options}', () => {
    expect(ruleSet.requirements.map((r) => [r.partialCredit, r.check, r.conditions, r.appliesTo])).toEqual([
      [0.5, { kind: 'section', options: { slot: 'shortcomings' } }, null, null],
      [0.5, { kind: 'figures', options: { min: 2 } }, null, null],
    ]);
    expect(ruleSet.scoring).toEqual({
      model: 'weighted',
      passMark: 60,
      grades: [{ grade: '优秀', min: 90 }, { grade: '良好', min: 75 }, { grade: '合格', min: 60 }, { grade: '不合格', min: 0 }],
      partialCredit: 0.5,
    });
    expect(ruleSet.extends).toEqual([]);
    expect(ruleSet.slots).toEqual([{ id: 'shortcomings', headings: ['不足', '存在的问题'], exclude: [], fallback: null, roles: [] }]);
  });
});
