/**
 * `rules list`, `rules show` and `rules validate` in-process, on the built-in rule sets and on real
 * YAML: a city rule set that extends the default and a province file by a relative path, and a file
 * with five different mistakes.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { listBuiltinRuleSets, loadRuleSet } from '../../src/index.js';
import { fixtureIo } from './fixture-files.js';
import type { FakeEntry } from './fake-io.js';

async function run(argv: string[], extra: Record<string, FakeEntry> = {}) {
  const io = fixtureIo(extra);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('rules list', () => {
  it('lists every built-in rule set with its version, requirement count and title, default first', async () => {
    const { code, out, err } = await run(['rules', 'list']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const [header, ...rows] = out.trimEnd().split('\n');
    expect(header).toMatch(/^id\s+版本\s+要求\s+标题$/);
    expect(rows).toHaveLength(listBuiltinRuleSets().length);
    expect(rows[0]).toMatch(/^fzzf-annual-report\s+1\.0\.0\s+10\s+法治政府建设年度报告$/);
    expect(out).toContain('fzzf-outline-2015');
  });

  it('gives titles in English with --locale en', async () => {
    const { out } = await run(['rules', 'list', '--locale', 'en']);
    expect(out).toMatch(/^id\s+version\s+requirements\s+title\n/);
    expect(out).toContain('Annual report on building a rule-of-law government');
  });

  it('prints JSON for programs', async () => {
    const { code, out } = await run(['rules', 'list', '--format', 'json']);
    expect(code).toBe(0);
    const list = JSON.parse(out);
    expect(list[0]).toEqual({
      id: 'fzzf-annual-report',
      version: '1.0.0',
      title: { 'zh-CN': '法治政府建设年度报告', en: 'Annual report on building a rule-of-law government' },
      requirementCount: loadRuleSet('fzzf-annual-report').requirements.length,
    });
    expect(Object.keys(list[0])).toEqual(['id', 'version', 'title', 'requirementCount']);
  });

  it('refuses an unknown format (exit 2)', async () => {
    const { code, out, err } = await run(['rules', 'list', '--format', 'sarif']);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain('未知的输出格式"sarif"。可用的格式:stylish、json。\n运行 compliance-checklist rules list --help 查看用法。');
  });
});

describe('rules show', () => {
  it('shows a built-in rule set: scoring, grades, slots with headings, every requirement with basis and fix', async () => {
    const { code, out, err } = await run(['rules', 'show', 'fzzf-annual-report']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('fzzf-annual-report 1.0.0  法治政府建设年度报告\n来源 rules/fzzf-annual-report.yaml\n继承 (无)\n');
    expect(out).toContain('计分 加权计分 · 及格线 60% · 部分达标默认得权重的 50%');
    expect(out).toContain('等级 优秀 ≥90% · 良好 ≥75% · 合格 ≥60% · 不合格 ≥0%');
    expect(out).toMatch(/ {2}shortcomings {4}标题匹配 「不足」、「存在的\?\.\{0,4\}问题」/);
    expect(out).toMatch(/ {2}id +严重程度 {2}权重 {2}部分得分 {2}检查方式 +标题\n/);
    expect(out).toMatch(/ {2}shortcoming-causes +警告 +10 +50% +causes +不足的原因分析\n/);
    expect(out).toMatch(/ {2}timeliness +警告 +4 +0% +deadline +按时公开\n/);
    expect(out).toContain('      依据:《法治政府建设与责任落实督察工作规定》第二十五条第(二)项');
    expect(out).toContain('      怎样达标:在每个不足之后写明原因');
  });

  it('shows a city rule set read from a file, with the chain it extends by id and by relative path', async () => {
    const { code, out, err } = await run(['rules', 'show', 'city/city.yaml', '--locale', 'en']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('city-annual-report 1.2.0  City checklist for annual rule-of-law government reports');
    expect(out).toContain('extends fzzf-annual-report → city/common.yaml\n');
    expect(out).toContain('pass mark 70%');
    // The province's slot and requirement, the city's own one, and no other-matters (switched off).
    expect(out).toMatch(/ {2}review +headings "行政复议", "行政应诉", "复议应诉"/);
    expect(out).toMatch(/ {2}review-and-litigation +warning +6 +50% +terms +Administrative review and litigation/);
    expect(out).toMatch(/ {2}shortcoming-causes +error +10/);
    expect(out).not.toContain('other-matters');
  });

  it('prints the rule set as JSON, texts in every locale', async () => {
    const { code, out } = await run(['rules', 'show', 'city/city.yaml', '--format', 'json']);
    expect(code).toBe(0);
    const shown = JSON.parse(out);
    expect(Object.keys(shown)).toEqual(['id', 'version', 'title', 'source', 'extends', 'scoring', 'gate', 'slots', 'requirements']);
    expect(shown.gate).toEqual({ requirement: 'report-identity', status: ['met', 'partial'] });
    expect(shown.extends).toEqual(['fzzf-annual-report', 'city/common.yaml']);
    expect(shown.scoring).toMatchObject({ model: 'weighted', passMark: 70 });
    const timeliness = shown.requirements.find((r: { id: string }) => r.id === 'timeliness');
    expect(timeliness).toMatchObject({
      severity: 'warning',
      weight: 4,
      check: { kind: 'deadline', options: { month: 3, day: 1 } },
      title: { 'zh-CN': '按时公开(3月1日前)', en: 'Published on time (before 1 March)' },
    });
    expect(Object.keys(timeliness)).toEqual(['id', 'title', 'severity', 'weight', 'partialCredit', 'check', 'conditions', 'appliesTo', 'basis', 'fix', 'rationale']);
  });

  it.each([
    ['an unknown id, with the built-in ids', ['fzzf-anual-report'], '未知的规则集"fzzf-anual-report"'],
    ['a file that does not exist', ['city/missing.yaml'], '找不到规则集文件 city/missing.yaml'],
    ['a base file that does not exist', ['city/missing-base.yaml'], 'city/missing-base.yaml:5:31 RULESET_INVALID extends[1] 继承的文件"./province.yaml"无法读取'],
    ['no rule set at all', [], '缺少要显示的规则集'],
  ])('exits 2 for %s', async (_name, args, message) => {
    const { code, out, err } = await run(['rules', 'show', ...args]);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain(message);
  });
});

describe('rules validate', () => {
  it('prints all five mistakes of a file with line, column, code, path and caret, and exits 2', async () => {
    const { code, out, err } = await run(['rules', 'validate', 'five-mistakes.yaml']);
    expect({ code, err }).toEqual({ code: 2, err: '' });
    const lines = out.split('\n');
    expect(lines[0]).toBe('✖ five-mistakes.yaml:5 处问题');
    const places = lines.filter((l) => l.startsWith('five-mistakes.yaml:')).map((l) => l.split(' ').slice(0, 3).join(' '));
    expect(places).toEqual([
      // A bad severity, an undefined slot, a typo'd key, a catastrophic regex, an unknown override id.
      'five-mistakes.yaml:14:15 RULESET_SCHEMA requirements[0].severity',
      'five-mistakes.yaml:18:35 RULESET_INVALID requirements[0].check.terms.in',
      'five-mistakes.yaml:24:5 RULESET_SCHEMA requirements[1].rationle',
      'five-mistakes.yaml:27:24 RULESET_INVALID requirements[1].check.terms.terms[0]',
      'five-mistakes.yaml:29:3 RULESET_INVALID overrides.next-year-plans',
    ]);
    expect(out).toContain('有未知的键"rationle",是不是"rationale"?');
    expect(out).toContain('引用的章节槽位"reveiw"');
    expect(out).toContain('是不是"review"?');
    expect(out).toContain('正则表达式"(a+)+$"在某些文本上可能耗时极长');
    expect(out).toContain('覆盖了要求"next-year-plans"');
    expect(out).toContain('是不是"next-year-plan"?');
    expect(out).toContain('    severity: fatal\n              ^\n');
  });

  it('says the same mistakes in English with --locale en', async () => {
    const { out } = await run(['rules', 'validate', 'five-mistakes.yaml', '--locale', 'en']);
    expect(out).toContain('(did you mean "rationale"?)');
    expect(out).toContain('(did you mean "review"?)');
    expect(out).toContain('(requirement "public-hearings") may take exponential time');
    expect(out).toContain('(did you mean "next-year-plan"?)');
  });

  it('says every problem of a bad rule file in Chinese by default: no English sentence', async () => {
    const { out } = await run(['rules', 'validate', 'five-mistakes.yaml']);
    // What stays Latin is what a rule author searches for: places, codes, paths, ids and the quoted YAML.
    const messages = out
      .split('\n')
      .filter((l) => l.startsWith('five-mistakes.yaml:'))
      .map((l) => l.split(' ').slice(3).join(' '));
    expect(messages).toHaveLength(5);
    // Two Latin words in a row, outside quotes, is an English sentence.
    for (const m of messages) expect(m.replace(/"[^"]*"/g, '""')).not.toMatch(/[A-Za-z]{2,}[\s,;:]+[A-Za-z]{2,}/);
  });

  it('says gate and sentence-role mistakes in Chinese too', async () => {
    const yaml = [
      'id: gate-test',
      'version: 1.0.0',
      'title: 测试',
      'gate: { requirement: identiy, status: [met] }',
      'roles:',
      '  plan: { patterns: [将] }',
      'sections:',
      '  body: { headings: [主要举措], roles: [plann] }',
      'requirements:',
      '  - { id: identity, title: 身份, basis: 依据, severity: error, weight: 10, fix: 补充, check: { section: { slot: body } } }',
      '',
    ].join('\n');
    const { code, out } = await run(['rules', 'validate', 'gate.yaml'], { 'gate.yaml': yaml });
    expect(code).toBe(2);
    const messages = out.split('\n').filter((l) => l.startsWith('gate.yaml:')).map((l) => l.split(' ').slice(3).join(' '));
    expect(messages).toEqual([expect.stringContaining('gate 引用的要求"identiy"在本规则集中没有定义;是不是"identity"?'), expect.stringContaining('引用的句子作用"plann"在 roles 中没有定义;是不是"plan"?')]);
    for (const m of messages) expect(m.replace(/"[^"]*"/g, '""')).not.toMatch(/[A-Za-z]{2,}[\s,;:]+[A-Za-z]{2,}/);
  });

  it('says a valid file is valid, with its requirement count, and exits 0', async () => {
    const { code, out, err } = await run(['rules', 'validate', 'city/city.yaml', '--locale', 'en']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toBe(`✔ city/city.yaml: 11 requirements, valid\n`);
  });

  it('validates every file given and exits 2 when any is invalid or unreadable', async () => {
    const { code, out, err } = await run(['rules', 'validate', 'city/city.yaml', 'city/missing-base.yaml', 'gone.yaml', 'city/common.yaml']);
    expect(code).toBe(2);
    expect(out).toMatch(/^✔ city\/city\.yaml:11 项要求,有效\n✖ city\/missing-base\.yaml:1 处问题\n/);
    expect(out).toContain('✔ city/common.yaml:1 项要求,有效\n');
    // A file that cannot be read is an error (stderr), not a validation result (stdout).
    expect(err).toMatch(/^compliance-checklist: 找不到规则集文件 gone\.yaml。[^\n]*\n$/);
  });

  it('reports the problems of a base file under that file name', async () => {
    const broken = 'id: province-common\nversion: 1.0.0\ntitle: 共同要求\nrequirements:\n  - id: x\n    title: X\n    basis: B\n    severity: warning\n    weight: heavy\n    fix: F\n';
    const { code, out } = await run(['rules', 'validate', 'city/city.yaml'], { 'city/common.yaml': broken });
    expect(code).toBe(2);
    expect(out).toContain('city/common.yaml:9:13 RULESET_SCHEMA requirements[0].weight');
  });

  it('exits 2 without files', async () => {
    const { code, err } = await run(['rules', 'validate']);
    expect(code).toBe(2);
    expect(err).toContain('缺少要校验的规则集文件。\n运行 compliance-checklist rules validate --help 查看用法。');
  });
});

describe('rules: help', () => {
  it.each([
    [['rules', '--help'], '用法:compliance-checklist rules <子命令>'],
    [['rules', 'list', '--help'], '用法:compliance-checklist rules list'],
    [['rules', 'show', '--help'], '用法:compliance-checklist rules show <id|路径>'],
    [['rules', 'validate', '--help', '--locale', 'en'], 'Usage: compliance-checklist rules validate <files…>'],
    [['help', 'rules'], '用法:compliance-checklist rules <子命令>'],
  ])('%j prints its help on stdout', async (argv, expected) => {
    const { code, out, err } = await run(argv);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain(expected);
  });

  it('prints the rules help on stderr and exits 2 without a subcommand', async () => {
    const { code, out, err } = await run(['rules']);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain('子命令:');
  });

  it('lists every command in the top-level help', async () => {
    const { out } = await run(['--help']);
    for (const command of ['check <文件…>', 'rules list', 'rules show <id|路径>', 'rules validate <文件…>', 'explain <要求id>', '--waivers <文件>']) {
      expect(out).toContain(command);
    }
  });
});
