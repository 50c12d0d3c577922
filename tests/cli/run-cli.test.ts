/// <reference types="node" />
/**
 * runCli in-process against the real core, with real reports from the shared corpus and a fake io:
 * every exit code, and every bad input the CLI must explain on stderr without a stack trace.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import pkg from '../../package.json';
import { fakeIo, type FakeEntry } from './fake-io.js';

const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const HAVE_SEEDS = existsSync(SEEDS);
if (!HAVE_SEEDS) console.warn(`run-cli tests on real reports skipped: no corpus at ${SEEDS}`);

const seedNames = HAVE_SEEDS ? readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort() : [];
const seeds: Record<string, string> = Object.fromEntries(
  seedNames.map((n) => [`seeds/${n}`, readFileSync(SEEDS + n, 'utf8')]),
);
const [SEED_A = 'seeds/none.txt', SEED_B = 'seeds/none.txt'] = Object.keys(seeds);
const fixture = (name: string): string => readFileSync(FIXTURES + name, 'utf8');

/** A fake file system with the seed reports, the fixture rule sets and the usual bad inputs. */
function world(extra: Record<string, FakeEntry> = {}) {
  return fakeIo({
    ...seeds,
    'rules/lenient.yaml': fixture('lenient.yaml'),
    'rules/warning.yaml': fixture('warning.yaml'),
    'rules/strict.yaml': fixture('strict.yaml'),
    'rules/bad-syntax.yaml': fixture('bad-syntax.yaml'),
    'rules/bad-schema.yaml': fixture('bad-schema.yaml'),
    'rules/gbk.yaml': new Uint8Array([0xe4, 0xd8, 0xcc, 0xb6]),
    'rules/folder': { dir: true },
    'empty.txt': '',
    'blank.txt': '\n\u3000\u3000 \n',
    'locked.txt': { unreadable: 'EACCES' },
    reports: { dir: true },
    ...extra,
  });
}

async function run(argv: string[], io = world()) {
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('runCli: help and version (exit 0)', () => {
  it.each([
    [['--help'], '用法:'],
    [['-h'], '用法:'],
    [['check', '--help'], '退出码:'],
    [['check', '--help', '--locale', 'en'], 'Exit codes:'],
    [['help'], '用法:'],
  ])('%j prints the help on stdout', async (argv, expected) => {
    const { code, out, err } = await run(argv);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain(expected);
    expect(out).toContain('--min-score');
  });

  it.each([['--version'], ['-v']])('%s prints the package version', async (flag) => {
    const { code, out } = await run([flag]);
    expect(code).toBe(0);
    expect(out).toBe(`${pkg.version}\n`);
  });
});

describe('runCli: usage errors (exit 2, nothing on stdout)', () => {
  it.each([
    ['no command', [], /用法:/],
    ['no files', ['check'], /缺少要检查的报告文件。\n运行 compliance-checklist check --help 查看用法。/],
    ['an unknown option', ['check', 'a.txt', '--colour'], /未知的选项 --colour。/],
    ['an unknown command', ['a.txt'], /未知的命令 a\.txt。可用的命令:check、rules list、rules show、rules validate、explain。\n运行 compliance-checklist --help 查看用法。/],
    ['--rules without a value', ['check', 'a.txt', '--rules'], /选项 --rules 缺少取值。/],
    ['an unknown format', ['check', 'a.txt', '--format', 'xml'], /未知的输出格式"xml"。可用的格式:stylish、json、ndjson、sarif、junit、csv、markdown、html、figures、figures-json。/],
    ['a word for --min-score', ['check', 'a.txt', '--min-score', 'sixty'], /--min-score 的值"sixty"无效/],
    ['--min-score above 100', ['check', 'a.txt', '--min-score', '120'], /--min-score 的值"120"无效/],
    ['a negative --min-score', ['check', 'a.txt', '--min-score=-5'], /--min-score 的值"-5"无效/],
    ['an unknown --fail-on', ['check', 'a.txt', '--fail-on', 'fatal'], /--fail-on 的值"fatal"无效:应为 error、warning、none、never 之一。/],
    ['an unknown --locale', ['check', 'a.txt', '--locale', 'fr'], /--locale 的值"fr"无效:应为 zh-CN、en 之一。/],
    ['an unknown option, in English', ['check', 'a.txt', '--locale', 'en', '--colour'], /unknown option --colour\.\nRun compliance-checklist/],
    ['a bad --min-score, in English', ['check', 'a.txt', '--min-score', 'x', '--locale=en'], /invalid --min-score "x"/],
  ])('%s', async (_name, argv, message) => {
    // --format json right after the command: a machine format must still get nothing on stdout.
    const withJson = argv.length === 0 ? [] : [argv[0]!, '--format', 'json', ...argv.slice(1)];
    const { code, out, err } = await run(withJson);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('runCli: rule-set errors (exit 2, nothing on stdout)', () => {
  it.each([
    ['an unknown id', 'fzzf-anual-report', ['未知的规则集"fzzf-anual-report"', 'fzzf-annual-report']],
    ['a file that does not exist', 'rules/missing.yaml', ['找不到规则集文件 rules/missing.yaml', 'fzzf-annual-report']],
    ['a folder', 'rules/folder', ['--rules 的值 rules/folder 是一个文件夹']],
    ['a file that is not UTF-8', 'rules/gbk.yaml', ['无法读取规则集文件 rules/gbk.yaml']],
    ['YAML syntax errors', 'rules/bad-syntax.yaml', ['规则集 rules/bad-syntax.yaml 有', 'rules/bad-syntax.yaml:5:', 'YAML_SYNTAX']],
    ['schema errors, every one', 'rules/bad-schema.yaml', [
      // Schema and cross-reference problems are reported together: the undefined slot too.
      '规则集 rules/bad-schema.yaml 有 3 处问题',
      'rules/bad-schema.yaml:8:15 RULESET_SCHEMA requirements[0].severity',
      'rules/bad-schema.yaml:9:13 RULESET_SCHEMA requirements[0].weight',
      '    weight: heavy\n            ^',
      'rules/bad-schema.yaml:11:24 RULESET_INVALID requirements[0].check.section.slot',
    ]],
  ])('%s', async (_name, rules, messages) => {
    const { code, out, err } = await run(['check', SEED_A, '--rules', rules, '--format', 'json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    for (const m of messages) expect(err).toContain(m);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe.skipIf(!HAVE_SEEDS)('runCli: input errors (exit 2)', () => {
  it.each([
    ['a missing file', 'missing.txt', '找不到报告文件 missing.txt。请检查路径和文件名是否正确。'],
    ['an empty folder', 'reports', 'reports 中没有要检查的报告文件。请检查路径或通配符是否正确。'],
    ['an empty file', 'empty.txt', '报告 empty.txt 中没有可检查的文字(文件是空的,或网页、Word 文件里没有正文)。请确认导出、保存或复制时没有丢失正文。'],
    ['a file of blanks', 'blank.txt', '报告 blank.txt 中没有可检查的文字(文件是空的,或网页、Word 文件里没有正文)。请确认导出、保存或复制时没有丢失正文。'],
    ['an unreadable file', 'locked.txt', '无法读取报告文件 locked.txt(EACCES)。请检查文件是否存在、是否有读取权限。'],
  ])('%s alone: message on stderr, and as the one entry of the JSON', async (_name, file, message) => {
    // A fixture rule set, so these tests do not depend on the built-in one.
    const { code, out, err } = await run(['check', file, '--format', 'json', '--rules', 'rules/lenient.yaml']);
    expect(code).toBe(2);
    expect(err).toBe(`compliance-checklist: ${message}\n`);
    expect(JSON.parse(out)).toMatchObject([{ file, status: 'error', message }]);
  });

  it('says it in English with --locale en', async () => {
    const { code, err } = await run(['check', 'missing.txt', '--locale', 'en', '--rules', 'rules/lenient.yaml']);
    expect(code).toBe(2);
    expect(err).toContain('cannot find the report file missing.txt.');
  });

  it('still checks and prints the other files of a batch', async () => {
    const { code, out, err } = await run(['check', SEED_A, 'missing.txt', SEED_B, '--format', 'json', '--rules', 'rules/lenient.yaml']);
    expect(code).toBe(2);
    expect(JSON.parse(out).map((a: { file: string; status?: string }) => [a.file, a.status ?? 'checked'])).toEqual([
      [SEED_A, 'checked'],
      ['missing.txt', 'error'],
      [SEED_B, 'checked'],
    ]);
    expect(err).toContain('找不到报告文件 missing.txt');
    expect(err).toMatch(/共 3 个文件:检查 2 份,通过 \d 份,未通过 \d 份,无法读取 1 个/);
  });
});

describe.skipIf(!HAVE_SEEDS)('runCli: checking real reports', () => {
  it.each([
    ['passes the lenient rule set', ['--rules', 'rules/lenient.yaml'], 0],
    ['passes a warning gap by default', ['--rules', 'rules/warning.yaml'], 0],
    ['fails a warning gap with --fail-on warning', ['--rules', 'rules/warning.yaml', '--fail-on', 'warning'], 1],
    ['ignores gaps with --fail-on none', ['--rules', 'rules/warning.yaml', '--fail-on', 'none'], 0],
    ['fails below --min-score', ['--rules', 'rules/lenient.yaml', '--min-score', '1'], 1],
    ['fails below the pass mark', ['--rules', 'rules/strict.yaml', '--fail-on', 'none'], 1],
    ['passes anything with --fail-on none --min-score 0', ['--rules', 'rules/strict.yaml', '--fail-on', 'none', '--min-score', '0'], 0],
    ['exits 0 on a shortfall with --no-exit', ['--rules', 'rules/strict.yaml', '--no-exit'], 0],
    ['fails a warning gap with --max-warnings 0', ['--rules', 'rules/warning.yaml', '--max-warnings', '0'], 1],
  ])('%s', async (_name, args, expected) => {
    const { code, out, err } = await run(['check', SEED_A, '--format', 'json', ...args]);
    expect(err).toBe('');
    expect(code).toBe(expected);
    expect(JSON.parse(out)).toHaveLength(1);
  });

  it('exits 1 when any report of a batch falls short, 0 when all pass', async () => {
    expect((await run(['check', ...Object.keys(seeds), '--rules', 'rules/lenient.yaml'])).code).toBe(0);
    expect((await run(['check', ...Object.keys(seeds), '--rules', 'rules/strict.yaml'])).code).toBe(1);
  });

  it.each(Object.keys(seeds))('%s: the JSON and the exit code agree with the built-in rule set', async (file) => {
    const { code, out, err } = await run(['check', file, '--format', 'json']);
    expect(err).toBe('');
    const [a] = JSON.parse(out);
    expect(a).toMatchObject({ file, ruleSet: { id: 'fzzf-annual-report' }, model: 'weighted' });
    // One rule: the printed verdict is the exit code, and an error-severity gap fails (--fail-on error).
    expect(code).toBe(a.passed ? 0 : 1);
    if (a.gaps.some((g: { severity: string }) => g.severity === 'error')) expect(a.passed).toBe(false);
  });

  it('prints stylish output for a person, with a summary for several reports', async () => {
    const { out } = await run(['check', SEED_A, SEED_B]);
    expect(out).toContain(SEED_A);
    expect(out).toMatch(/得分 [\d.]+\/[\d.]+\([\d.]+%\) · 等级 \S+ · (通过|未通过)/);
    expect(out).toMatch(/第\d+行 〔/);
    expect(out).toMatch(/共 2 个文件:检查 2 份,通过 \d 份,未通过 \d 份,无法读取 0 个/);
    expect(out).not.toMatch(/\u001b\[/);
  });

  it.each([
    ['a terminal', { isTTY: true }, [], true],
    ['--no-color on a terminal', { isTTY: true }, ['--no-color'], false],
    ['NO_COLOR on a terminal', { isTTY: true, env: { NO_COLOR: '1' } }, [], false],
    ['FORCE_COLOR in a pipe', { isTTY: false, env: { FORCE_COLOR: '1' } }, [], true],
  ])('colours stylish output on %s: %s', async (_name, ioOptions, args, coloured) => {
    const io = fakeIo({ ...seeds, 'lenient.yaml': fixture('lenient.yaml') }, ioOptions);
    await runCli(['check', SEED_A, '--rules', 'lenient.yaml', ...args], io);
    expect(/\u001b\[/.test(io.out)).toBe(coloured);
  });

  it('never colours JSON', async () => {
    const io = fakeIo({ ...seeds, 'lenient.yaml': fixture('lenient.yaml') }, { isTTY: true, env: { FORCE_COLOR: '1' } });
    await runCli(['check', SEED_A, '--format', 'json', '--rules', 'lenient.yaml'], io);
    expect(io.out).not.toMatch(/\u001b\[/);
    expect(() => JSON.parse(io.out)).not.toThrow();
  });

  it('reports findings in the chosen locale', async () => {
    const { out } = await run(['check', SEED_A, '--locale', 'en']);
    expect(out).toMatch(/score [\d.]+\/[\d.]+ \([\d.]+%\)/);
    expect(out).toMatch(/line \d+ \[/);
  });

  it('reads a rule-set file before a built-in id of the same name', async () => {
    const io = world({ 'fzzf-annual-report': fixture('lenient.yaml') });
    await runCli(['check', SEED_A, '--rules', 'fzzf-annual-report', '--format', 'json'], io);
    expect(JSON.parse(io.out)[0].ruleSet.id).toBe('cli-lenient');
  });
});
