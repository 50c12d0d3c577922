/** User regular expressions that may backtrack catastrophically are rejected at load, at their place. */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.js';
import { fieldsOf } from '../../src/rules/check-kinds.js';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { listBuiltinRuleSets, parseRuleSet } from '../../src/rules/load-rule-set.js';
import { patternProblem } from '../../src/rules/pattern-safety.js';
import { expectProblems, rejection } from './support.js';

describe('patternProblem', () => {
  it.each([
    '存在的?.{0,4}问题',
    '主要负责(人|同志).{0,12}(履行|职责|推进法治)',
    '\\d{4}年度?.{0,20}(安排|计划|打算|思路|重点)',
    '(?<=年度)报告',
    '(?<!未)公开',
    '\\p{Script=Han}{2,}',
    '(报告|总结){1,3}',
    '(?<year>\\d{4})年\\k<year>',
    // Exclusive alternatives and separated repetitions backtrack linearly.
    '(第一|第二|附件)+条',
    '(依法行政|法治政府)*报告',
    '[\\s\\S]*原因',
    '\\d+年\\d+月',
    '[^。]*。\\d+',
    '(.|\\s){0,20}原因',
  ])('accepts %s', (pattern) => {
    expect(patternProblem(pattern)).toBeNull();
  });

  it.each([
    ['(a+)+$', 'may take exponential time'],
    ['(\\d+)*元', 'may take exponential time'],
    ['([^,]+,)*x', 'may take exponential time'],
    ['(?:法治.*)+报告', 'may take exponential time'],
    ['(?<=年)(\\d+)+', 'may take exponential time'],
    // Alternatives of a repeated group that can match the same text: safe-regex2 let these through.
    ['(.|\\s)*原因', 'alternatives that can match the same text ("." and "\\s")'],
    ['(依法|依法行政|行政)*报告', 'alternatives that can match the same text ("依法" and "依法行政")'],
    ['(?:第一|第|附件)+条', 'alternatives that can match the same text ("第一" and "第")'],
    ['([a-z]|\\w){100,}', 'alternatives that can match the same text'],
    // Neighbouring unbounded repetitions over shared characters: polynomial on a long line.
    ['\\d+\\d+元', 'may take polynomial time on long lines: \\d+ is followed by \\d+'],
    ['.*\\s*原因', 'may take polynomial time on long lines: .* is followed by \\s*'],
    ['[^。]*。?.+原因', 'may take polynomial time on long lines: [^。]* is followed by .+'],
    ['(报告', 'is not a valid regular expression'],
    ['[a-', 'is not a valid regular expression'],
  ])('rejects %s', (pattern, fragment) => {
    expect(patternProblem(pattern)).toContain(fragment);
  });

  // Read from the YAML as written, so that this holds even while a shipped file has other problems.
  it.each(listBuiltinRuleSets())('every pattern in the shipped rule set %s passes', (id) => {
    const data = parse(readFileSync(new URL(`../../rules/${id}.yaml`, import.meta.url), 'utf8')) as { sections?: Record<string, { headings?: string[]; exclude?: string[] }>; requirements?: Array<{ check?: Record<string, unknown> }> };
    const patterns = [
      ...Object.values(data.sections ?? {}).flatMap((s) => [...(s.headings ?? []), ...(s.exclude ?? [])]),
      ...(data.requirements ?? []).flatMap((r) => Object.entries(r.check ?? {}).flatMap(([kind, options]) => fieldsOf(kind, options).patterns.map((p) => String(p.value)))),
    ];
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.filter((p) => patternProblem(p) !== null)).toEqual([]);
  });
});

// A city rule set with `(a+)+$` in one pattern list at a time: the problem names the requirement (or
// slot) and sits at the pattern.
const CITY = `id: city-rules
version: 1.0.0
title: 某市规则集
sections:
  measures: { headings: [主要举措, 工作开展情况] }
  plan: { headings: [下一年度, 下一?步], exclude: [总结] }
requirements:
  - { id: city-measures, title: 主要举措, basis: 依据, severity: error, weight: 10, fix: 写明举措, check: { section: { slot: measures, passage: { terms: [举措] } } } }
  - { id: city-plan, title: 工作打算, basis: 依据, severity: error, weight: 10, fix: 写明打算, check: { section: { slot: plan } } }
  - { id: city-groups, title: 三项制度, basis: 依据, severity: warning, weight: 5, fix: 写明三项制度, check: { termGroups: { groups: { publicity: [公示], record: [全过程记录] } } } }
  - id: city-xyz
    title: 行政复议
    basis: 依据
    severity: warning
    weight: 5
    fix: 写明行政复议情况
    check:
      terms: { terms: [行政复议, 复议] }
  - id: city-raw
    title: 标题
    basis: 依据
    severity: info
    weight: 1
    fix: 改标题
    conditions: { met: { fact: meta, path: $.title, operator: matches, value: 法治政府 } }
  - id: city-if
    title: 有复议则有数字
    basis: 依据
    severity: info
    weight: 1
    fix: 写明数字
    check: { ifThen: { if: { terms: { terms: [行政复议] } }, then: { figures: { min: 1 } } } }
`;

describe('(a+)+$ in any pattern list of a rule set', () => {
  const BAD = '"(a+)+$"';
  /** 1-based column of the bad pattern on `line` of `text`: where a caret would point. */
  const columnOf = (text: string, line: number) => text.split('\n')[line - 1]!.indexOf(BAD) + 1;
  it.each<[string, string, string, number, string, string]>([
    ['a slot heading', '[主要举措, 工作开展情况]', `[主要举措, ${BAD}]`, 5, 'sections.measures.headings[1]', '(slot "measures") may take exponential time'],
    ['a slot exclusion', 'exclude: [总结]', `exclude: [${BAD}]`, 6, 'sections.plan.exclude[0]', '(slot "plan") may take exponential time'],
    ['a passage term', 'terms: [举措]', `terms: [${BAD}]`, 8, 'requirements[0].check.section.passage.terms[0]', '(requirement "city-measures") may take exponential time'],
    ['a term group', 'record: [全过程记录]', `record: [${BAD}]`, 10, 'requirements[2].check.termGroups.groups.record[0]', '(requirement "city-groups")'],
    ['a terms list', '[行政复议, 复议]', `[行政复议, ${BAD}]`, 18, 'requirements[3].check.terms.terms[1]', '(requirement "city-xyz") may take exponential time on some inputs: the repeated part (a+)+ contains another repetition (a+), as in (a+)+; rewrite it without nested repetition'],
    ['a matches value', 'value: 法治政府', `value: ${BAD}`, 25, 'requirements[4].conditions.met.value', '(requirement "city-raw") may take exponential time'],
    ['a nested check', 'if: { terms: { terms: [行政复议] } }', `if: { terms: { terms: [${BAD}] } }`, 32, 'requirements[5].check.ifThen.if.terms.terms[0]', '(requirement "city-if") may take exponential time'],
  ])('%s', (_, from, to, line, at, message) => {
    expect(parseRuleSet(CITY).requirements).toHaveLength(6);
    expect(CITY).toContain(from);
    const text = CITY.replace(from, to);
    expectProblems(rejection(() => parseRuleSet(text, { name: 'city.yaml' })), [['city.yaml', 'RULESET_INVALID', line, columnOf(text, line), at, message]]);
  });

  // The caret counts terminal columns: each of 行政复议 takes two.
  it('prints with the line and a caret under the pattern', () => {
    const error = rejection(() => parseRuleSet(CITY.replace('[行政复议, 复议]', '[行政复议, "(a+)+$"]'), { name: 'city.yaml' }));
    expect(formatProblem(error.problems[0]!).split('\n').slice(1)).toEqual(['      terms: { terms: [行政复议, "(a+)+$"] }', `${' '.repeat(33)}^`]);
  });
});

// Each shape the analyser refuses, in each kind of place a pattern can go: refused at load, with the
// slot or requirement named and the pattern's file:line:col.
describe.each([
  ['(.|\\\\s)*原因', 'alternatives that can match the same text'],
  ['(依法|依法行政|行政)*报告', 'alternatives that can match the same text'],
  ['\\\\d+\\\\d+元', 'may take polynomial time'],
  ['(\\\\d+)*元', 'contains another repetition'],
])('%s in a rule set', (pattern, message) => {
  const bad = `"${pattern}"`;
  it.each<[string, string, number, string, string]>([
    ['[主要举措, 工作开展情况]', `[主要举措, ${bad}]`, 5, 'sections.measures.headings[1]', '(slot "measures")'],
    ['[行政复议, 复议]', `[行政复议, ${bad}]`, 18, 'requirements[3].check.terms.terms[1]', '(requirement "city-xyz")'],
    ['value: 法治政府', `value: ${bad}`, 25, 'requirements[4].conditions.met.value', '(requirement "city-raw")'],
  ])('is refused where %s was', (from, to, line, at, owner) => {
    const text = CITY.replace(from, to);
    const column = text.split('\n')[line - 1]!.indexOf(bad) + 1;
    expectProblems(rejection(() => parseRuleSet(text, { name: 'city.yaml' })), [['city.yaml', 'RULESET_INVALID', line, column, at, `${owner} `]]);
    expect(rejection(() => parseRuleSet(text, { name: 'city.yaml' })).problems[0]!.message).toContain(message);
  });
});
