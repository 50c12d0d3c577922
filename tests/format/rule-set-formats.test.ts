/**
 * The rule-set formatters of `rules list`, `rules show` and `explain`, on a rule set written in YAML
 * that uses every check kind (ifThen nesting two, raw conditions too): each kind is put into words
 * from its own options, in both locales.
 */
import { describe, expect, it } from 'vitest';
import { describeCheck } from '../../src/format/describe-check.js';
import { formatExplain } from '../../src/format/format-explain.js';
import { formatRuleList, formatRuleListJson } from '../../src/format/format-rule-list.js';
import { formatRuleSet, formatRuleSetJson } from '../../src/format/format-rule-set.js';
import { loadRuleSet, parseRuleSet } from '../../src/index.js';
import { getCliMessages } from '../../src/messages/cli/index.js';
import type { Locale } from '../../src/types.js';

const KINDS = `id: every-kind
version: 0.3.0
title: { zh-CN: 各种检查方式, en: Every check kind }
scoring: { model: flat, passMark: 50, grades: [{ grade: 过, min: 50 }, { grade: 不过, min: 0 }] }
sections:
  review: { headings: [行政复议, 行政应诉] }
  plan: { headings: [下一年度], exclude: [回顾] }
requirements:
  - { id: review-first, title: 复议在前, basis: B, severity: info, weight: 1, fix: F, check: { section: { slot: review, minChars: 30, position: first } } }
  - { id: terms-at-least, title: 术语, basis: B, severity: info, weight: 1, fix: F, check: { terms: { terms: [复议, 应诉, 调解], match: atLeast, count: 2, in: headings, exclude: [plan], partial: 1 } } }
  - { id: plan-long, title: 篇幅, basis: B, severity: info, weight: 1, fix: F, check: { length: { in: plan, min: 200, partial: 50 } } }
  - { id: in-order, title: 顺序, basis: B, severity: info, weight: 1, fix: F, check: { order: { slots: [review, plan] } } }
  - { id: signed-early, title: 落款, basis: B, severity: info, weight: 1, fix: F, check: { deadline: { date: signed, month: 3, day: 1, yearOffset: 0 } } }
  - { id: review-units, title: 数据, basis: B, severity: info, weight: 1, fix: F, check: { figures: { units: [件, "%"], min: 2 } } }
  - id: if-review-then-figures
    title: 复议要有数据
    basis: B
    severity: warning
    weight: 2
    fix: F
    check:
      ifThen:
        if: { terms: { terms: [行政复议], match: any } }
        then: { figures: { in: review, min: 1 } }
  - id: raw
    title: 原始条件
    basis: B
    severity: info
    weight: 1
    fix: F
    conditions: { met: { fact: meta, path: $.year, operator: greaterThanInclusive, value: 2020 } }
    appliesTo: { requirement: in-order, status: [met] }
`;

const ruleSet = parseRuleSet(KINDS, { name: 'every-kind.yaml' });
const requirement = (id: string) => ruleSet.requirements.find((r) => r.id === id)!;
const describe_ = (id: string, locale: Locale = 'zh-CN') => describeCheck(requirement(id), getCliMessages(locale).rules);

describe('describeCheck: every kind in words', () => {
  it.each<[string, Locale, string[]]>([
    ['review-first', 'zh-CN', ['找到 review 一节(按下方的标题规则识别),正文至少 30 字即为达标;只有标题、没有正文不算。', '正文不足 30 字为部分达标。', '这一节须是第一个一级标题;出现在别处为部分达标。']],
    ['review-first', 'en', ['Met by the review section (found by the heading patterns below) with at least 30 characters of body text; a heading without body text does not count.', 'Partial with a shorter body.', 'The section must be the first top-level section; anywhere else it is partial.']],
    ['terms-at-least', 'zh-CN', ['在各级标题(plan 除外)中提到以下说法中的至少 2 个即为达标(同一说法出现多次只算一个):「复议」、「应诉」、「调解」', '提到 1 个以上为部分达标。']],
    ['terms-at-least', 'en', ['Met when it finds at least 2 of these terms in the headings (outside plan); a term written ten times counts once: "复议", "应诉", "调解"', 'Partial with 1 or more.']],
    ['plan-long', 'zh-CN', [' plan 一节的正文(不计空白和本节标题)至少 200 字即为达标,至少 50 字为部分达标;没有 plan 一节为缺失。']],
    ['in-order', 'en', ['Met when these sections stand in this order: review → plan.', 'Sections the report lacks are left out; with fewer than two found, unknown.']],
    ['signed-early', 'zh-CN', ['报告的落款日期早于报告年度当年的 3 月 1 日即为达标,否则为缺失。', '报告年度或日期识别不出时为无法判断:没有发布日期的报告不会算作按时。']],
    ['review-units', 'en', ['Met by at least 2 figures with a unit in the whole report; partial with one.', expect.stringContaining('Chinese numerals count') as unknown as string, 'Units: "件", "%"']],
    ['raw', 'zh-CN', ['按 json-rules-engine 条件判断(met 为达标,partial 为部分达标):', '  {', '    "met": {', expect.stringContaining('"fact": "meta"') as unknown as string]],
  ])('%s (%s)', (id, locale, expected) => {
    expect(describe_(id, locale)).toEqual(expect.arrayContaining(expected));
  });

  it('describes both checks of an ifThen, nested and named by kind', () => {
    expect(describe_('if-review-then-figures')).toEqual([
      '如果:',
      '  terms: 在全文中提到以下说法中的任一个即为达标(同一说法出现多次只算一个):「行政复议」',
      '那么:',
      '  figures: 在 review 一节(没有这一节时查全文)中找到至少 1 处带单位的具体数字即为达标,有 1 处为部分达标。',
      '  中文数字(如"二十余场")也算;日期、序号(第3次)、文号和书名号中的数字不算。',
      expect.stringMatching(/^ {2}单位:默认单位/),
      '"如果"不成立时,本项视为达标;成立时,看"那么"是否达标。',
    ]);
  });

  it('says when a requirement applies, with the statuses in words', () => {
    expect(describe_('raw').at(-1)).toBe('仅当 in-order 的结论为 达标 时适用;否则不适用,不计入总分。');
    expect(describe_('raw', 'en').at(-1)).toBe('Applies only when in-order is met; otherwise not applicable and left out of the score.');
  });

  it('shows the options of a kind it does not know as JSON rather than failing', () => {
    const future = { ...requirement('in-order'), check: { kind: 'readability', options: { grade: 8 } } };
    expect(describeCheck(future, getCliMessages('en').rules)).toEqual(['Check kind readability (unknown to this version of the tool), options: {"grade":8}']);
  });
});

describe('formatExplain', () => {
  it('lists the slots a check uses, each with its headings and exclusions', () => {
    const out = formatExplain(ruleSet, requirement('in-order'), 'zh-CN');
    expect(out).toContain('用到的章节槽位:\n  review  标题匹配 「行政复议」、「行政应诉」\n  plan    标题匹配 「下一年度」\n          排除 「回顾」\n');
  });

  it('names raw conditions as the check and has no slot block for them', () => {
    const out = formatExplain(ruleSet, requirement('raw'), 'en');
    expect(out).toContain('raw · 原始条件\nrule set every-kind 0.3.0 (Every check kind)\nseverity info · weight 1 · partial credit 50% of the weight\n\nWhat it checks (conditions):\n');
    expect(out).not.toContain('Outline slots it uses');
    expect(out).toMatch(/basis: B\nto meet it: F\n$/);
  });
});

describe('formatRuleSet and formatRuleSetJson', () => {
  it('shows the scoring model, grades, slots and a table of requirements', () => {
    const out = formatRuleSet(ruleSet, 'en');
    expect(out.split('\n').slice(0, 5)).toEqual([
      'every-kind 0.3.0  Every check kind',
      'source every-kind.yaml',
      'extends (nothing)',
      'scoring flat · pass mark 50% · partial credit 50% of the weight by default',
      'grades 过 ≥50% · 不过 ≥0%',
    ]);
    expect(out).toContain('Requirements (8, total weight 9):\n  id                      severity  weight  partial  check       title\n');
    expect(out).toContain('  raw                     info      1       50%      conditions  原始条件\n      basis: B\n      to meet it: F\n');
  });

  it('prints the requirements with their checks or conditions as JSON', () => {
    const out = JSON.parse(formatRuleSetJson(ruleSet));
    expect(out.scoring).toEqual({ model: 'flat', passMark: 50, grades: [{ grade: '过', min: 50 }, { grade: '不过', min: 0 }], partialCredit: 0.5 });
    expect(out.slots[1]).toEqual({ id: 'plan', headings: ['下一年度'], exclude: ['回顾'] });
    expect(out.requirements[7]).toMatchObject({ id: 'raw', check: null, conditions: { met: { fact: 'meta' } }, appliesTo: { requirement: 'in-order', status: ['met'] } });
  });
});

describe('formatRuleList', () => {
  it('aligns the columns by display width, Chinese titles included', () => {
    const out = formatRuleList([loadRuleSet('fzzf-annual-report'), ruleSet], 'zh-CN');
    expect(out).toBe(
      'id                  版本   要求  标题\n' +
        'fzzf-annual-report  1.0.0  10    法治政府建设年度报告\n' +
        'every-kind          0.3.0  8     各种检查方式\n',
    );
    expect(JSON.parse(formatRuleListJson([ruleSet]))).toEqual([{ id: 'every-kind', version: '0.3.0', title: { 'zh-CN': '各种检查方式', en: 'Every check kind' }, requirementCount: 8 }]);
  });
});
