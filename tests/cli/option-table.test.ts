/**
 * The option table is the one declaration of check's options: commander accepts each one, and both
 * help texts list each one with its placeholder, its values and its default.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_OPTIONS, formatOptionHelp } from '../../src/cli/option-table.js';
import { runCli } from '../../src/cli/run-cli.js';
import { getCliMessages } from '../../src/messages/cli/index.js';
import { fakeIo } from './fake-io.js';

describe.each(['zh-CN', 'en'] as const)('check --help in %s', (locale) => {
  const help = getCliMessages(locale).help;

  it.each(CHECK_OPTIONS.map((o) => [o.long, o] as const))('lists %s with its placeholder, values and default', async (_long, spec) => {
    const io = fakeIo();
    expect(await runCli(['check', '--help', '--locale', locale], io)).toBe(0);
    const line = io.out.split('\n').find((l) => l.includes(`${spec.long}${spec.value ? ` <${help.placeholders[spec.value]}>` : ''}`));
    expect(line, spec.long).toBeDefined();
    const section = formatOptionHelp(help);
    expect(io.out).toContain(section);
    for (const value of spec.choices?.() ?? []) expect(section).toContain(value);
    if (spec.defaultValue) expect(section).toContain(spec.defaultValue);
  });
});

describe('commander reads every option of the table', () => {
  it.each(CHECK_OPTIONS.map((o) => [o.long, o] as const))('%s', async (_long, spec) => {
    // A value every option accepts: the first of its choices, or something of its kind.
    const value = spec.choices?.()[0] ?? (spec.value === 'number' ? '1' : spec.value === 'size' ? '1MB' : spec.value === 'file' ? 'out.txt' : spec.value === 'rules' ? 'fzzf-annual-report' : spec.value === 'glob' ? '*.bak' : spec.value === 'format' ? 'json' : undefined);
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
