/**
 * `check` on a folder: walked recursively in name order, every container read, the files no one
 * means as a report left out, every other file accounted for in the output and the summary, and an
 * exit code that says what the output says.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo, type FakeEntry } from './fake-io.js';
import { officeFolder } from './office-folder.js';

type Entry = { file: string; status?: string; code?: string; passed?: boolean; notApplicable?: string[] };

let office: Awaited<ReturnType<typeof officeFolder>>;
beforeAll(async () => {
  office = await officeFolder();
});

async function run(argv: string[], extra: Record<string, FakeEntry> = {}, separator: '/' | '\\' = '/') {
  const io = fakeIo({ ...office.entries, ...extra });
  io.separator = separator;
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err, io };
}

/** The numbers of the summary's first line. */
function totals(text: string) {
  const m = /共 (\d+) 个文件:检查 (\d+) 份,通过 (\d+) 份,未通过 (\d+) 份,无法读取 (\d+) 个(?:;跳过 (\d+) 个)?/.exec(text);
  expect(m, text).not.toBeNull();
  const [files, checked, passed, failed, unreadable, skipped = '0'] = m!.slice(1);
  return { files: +files!, checked: +checked!, passed: +passed!, failed: +failed!, unreadable: +unreadable!, skipped: +skipped };
}

describe('a folder with every container, an unreadable file, desktop.ini, a lock file and a look-alike', () => {
  it('gives one JSON entry per file in name order: an assessment, or an error with code and message', async () => {
    const { code, out } = await run(['check', 'office', '--format', 'json']);
    const entries = JSON.parse(out) as Entry[];
    const expected = [...office.checked, ...office.unreadable].sort();
    expect(entries.map((e) => e.file)).toEqual(expected);
    expect(entries.filter((e) => e.status === 'error')).toEqual([
      { file: 'office/locked.txt', status: 'error', code: 'INPUT_UNREADABLE', message: expect.stringContaining('EACCES') },
    ]);
    expect(code).toBe(2);
  });

  it('assesses the look-alike as one: every other requirement not applicable, and failed', async () => {
    const { out } = await run(['check', 'office/lookalike.txt', '--format', 'json']);
    const [a] = JSON.parse(out) as Entry[];
    expect(a!.notApplicable!.length).toBeGreaterThan(0);
    expect(a!.passed).toBe(false);
  });

  it('counts every file in the summary on stderr, as the JSON does', async () => {
    const { out, err } = await run(['check', 'office', '--format', 'json']);
    const entries = JSON.parse(out) as Entry[];
    const assessed = entries.filter((e) => e.status !== 'error');
    expect(totals(err)).toEqual({
      files: entries.length,
      checked: assessed.length,
      passed: assessed.filter((e) => e.passed).length,
      failed: assessed.filter((e) => !e.passed).length,
      unreadable: entries.length - assessed.length,
      skipped: office.skipped.length,
    });
  });

  it('prints the same summary after stylish output, on stdout', async () => {
    const json = await run(['check', 'office', '--format', 'json']);
    const stylish = await run(['check', 'office']);
    expect(stylish.code).toBe(json.code);
    expect(totals(stylish.out)).toEqual(totals(json.err));
    expect(stylish.err).toContain('office/locked.txt');
  });

  it.each([
    ['--ignore', ['--ignore', 'locked.txt'], {}],
    ['.checklistignore', [], { '.checklistignore': '# not ours to read\nlocked.txt\n' }],
  ])('without the unreadable file (%s), exits 1 exactly when the output shows a failed report', async (_name, args, extra) => {
    const { code, out, err } = await run(['check', 'office', '--format', 'json', ...args], extra);
    const entries = JSON.parse(out) as Entry[];
    expect(entries.map((e) => e.file)).toEqual(office.checked);
    const { failed, skipped } = totals(err);
    expect(skipped).toBe(office.skipped.length + 1);
    expect(code).toBe(failed > 0 ? 1 : 0);
    expect(failed).toBe(entries.filter((e) => !e.passed).length);
  });
});

describe('patterns and files named one by one', () => {
  it.each([
    ['a pattern the shell did not expand', ['office/**/*.txt'], '/'],
    ['a Windows pattern with backslashes', ['office\\**\\*.txt'], '\\'],
  ] as const)('expands %s itself', async (_name, args, separator) => {
    const { out } = await run(['check', ...args, '--format', 'json', '--quiet'], {}, separator);
    expect((JSON.parse(out) as Entry[]).map((e) => e.file)).toEqual([
      'office/county.txt',
      'office/locked.txt',
      'office/lookalike.txt',
      'office/township/gbk.txt',
    ]);
  });

  it('leaves out a lock file and desktop.ini even when the shell named them', async () => {
    const { out, err } = await run(['check', 'office/desktop.ini', 'office/word/~$report.docx', 'office/county.txt', '--format', 'json']);
    expect((JSON.parse(out) as Entry[]).map((e) => e.file)).toEqual(['office/county.txt']);
    // One report: no batch summary; the skipped files are not errors.
    expect(err).toBe('');
  });

  it('reports a pattern that matches nothing as an entry of its own', async () => {
    const { code, out, err } = await run(['check', 'office/*.pdf', 'office/county.txt', '--format', 'json']);
    expect((JSON.parse(out) as Entry[]).map((e) => [e.file, e.code])).toEqual([
      ['office/*.pdf', 'INPUT_NO_REPORTS'],
      ['office/county.txt', undefined],
    ]);
    expect(err).toContain('office/*.pdf 中没有要检查的报告文件');
    expect(code).toBe(2);
  });

  it('checks a file once when a folder and a pattern both name it', async () => {
    const { out } = await run(['check', 'office/county.txt', 'office/*.txt', '--format', 'json', '--quiet', '--ignore', 'locked.txt']);
    expect((JSON.parse(out) as Entry[]).map((e) => e.file)).toEqual(['office/county.txt', 'office/lookalike.txt']);
  });
});
