/**
 * The option table is the one declaration of every command's options: commander accepts each one,
 * and both help texts of each command list each one (and no other) with its placeholder, its values
 * and its default.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_OPTIONS, COMMAND_OPTIONS, formatOptionHelp, type CommandName } from '../../src/cli/option-table.js';
import { runCli } from '../../src/cli/run-cli.js';
import { getCliMessages } from '../../src/messages/cli/index.js';
import { fakeIo } from './fake-io.js';

const COMMANDS = Object.keys(COMMAND_OPTIONS) as CommandName[];

describe.each(['zh-CN', 'en'] as const)('--help of every command in %s', (locale) => {
  const help = getCliMessages(locale).help;

  it.each(COMMANDS.flatMap((command) => COMMAND_OPTIONS[command].map((o) => [command, o.long, o] as const)))('%s --help lists %s with its placeholder, values and default', async (command, _long, spec) => {
    const io = fakeIo();
    expect(await runCli([...command.split(' '), '--help', '--locale', locale], io)).toBe(0);
    const line = io.out.split('\n').find((l) => l.includes(`${spec.long}${spec.value ? ` <${help.placeholders[spec.value]}>` : ''}`));
    expect(line, spec.long).toBeDefined();
    const section = formatOptionHelp(help, command);
    expect(io.out).toContain(section);
    for (const value of spec.choices?.() ?? []) expect(section).toContain(value);
    if (spec.defaultValue) expect(section).toContain(spec.defaultValue);
  });

  it.each(COMMANDS)('%s --help lists no option the table lacks', async (command) => {
    const io = fakeIo();
    await runCli([...command.split(' '), '--help', '--locale', locale], io);
    const listed = [...io.out.matchAll(/^ {2}(?:-\w, | {4})(--[\w-]+)/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...COMMAND_OPTIONS[command].map((o) => o.long), '--help', ...(command === 'check' ? ['--version'] : [])].sort());
  });
});

describe('commander reads every option of the rule-set commands and explain', () => {
  it.each([
    ['rules list', ['rules', 'list']],
    ['rules show', ['rules', 'show', 'fzzf-annual-report']],
    ['rules validate', ['rules', 'validate', 'rules.yaml']],
    ['explain', ['explain', 'timeliness']],
  ] as const)('%s', async (command, argv) => {
    for (const spec of COMMAND_OPTIONS[command]) {
      const value = spec.choices?.().at(-1) ?? 'fzzf-annual-report';
      const io = fakeIo({ 'rules.yaml': 'id: x\nversion: 1.0.0\ntitle: 测试\nrequirements:\n  - { id: a, title: 甲, basis: 依据, severity: error, weight: 1, fix: 补充, check: { terms: { terms: [法治] } } }\n' });
      for (const flag of [spec.long, ...(spec.short ? [spec.short] : [])]) {
        const code = await runCli([...argv, flag, value], io);
        expect({ flag, code, err: io.err }).toEqual({ flag, code: 0, err: '' });
      }
    }
  });
});

describe('commander reads every option of the table', () => {
  it.each(CHECK_OPTIONS.map((o) => [o.long, o] as const))('%s', async (_long, spec) => {
    // A value every option accepts: the first of its choices, or something of its kind.
    const value = spec.choices?.()[0] ?? (spec.value === 'number' ? '1' : spec.value === 'size' ? '1MB' : spec.value === 'file' ? 'out.txt' : spec.value === 'rules' ? 'fzzf-annual-report' : spec.value === 'glob' ? '*.bak' : spec.value === 'format' ? 'json' : spec.value === 'jobs' ? '2' : undefined);
    const args = spec.value ? [spec.long, value!] : [spec.long];
    // --include-text needs json among the formats.
    const extra = spec.long === '--include-text' ? ['--format', 'json'] : [];
    const io = fakeIo({ 'a.txt': '某县2023年法治政府建设年度报告\n一、主要举措和成效\n文字。' });
    const code = await runCli(['check', 'a.txt', ...extra, ...args, '--quiet'], io);
    expect(io.err).not.toMatch(/未知的选项|缺少取值|命令行有误|无效/);
    // --waivers names a file that is not there: that, and only that, may stop the run.
    if (spec.long !== '--waivers') expect(code).toBeLessThan(2);
  });
});
