/// <reference types="node" />
/**
 * One rule decides pass or fail: what `check` prints (JSON `passed`, the grade) and its exit code
 * equal what the library's assess() says with the same options, on real reports; and the exit code of
 * report-only runs (--no-exit, --fail-on never) with unreadable files and with errors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { assess, loadRuleSet } from '../../src/index.js';
import type { AssessOptions } from '../../src/types.js';
import { fixtureIo } from './fixture-files.js';

const REPORTS = path.resolve(import.meta.dirname, '../fixtures/reports');
const read = (name: string) => readFileSync(path.join(REPORTS, name), 'utf8');

/** Reports with no gap, warning gaps, and an error gap above the pass mark (82%: the case that once disagreed). */
const NAMES = ['causes-analysed-met.txt', 'published-late.txt', 'no-figures.txt', 'no-next-year-plan.txt', 'lookalike-work-plan.txt'];
const FILES = Object.fromEntries(NAMES.map((n) => [n, read(n)]));

async function run(argv: string[]) {
  const io = fixtureIo({ ...FILES, 'locked.txt': { unreadable: 'EACCES' } });
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

/** The same verdict options, as `check` flags and as assess() options. */
const POLICIES: Array<[string[], AssessOptions]> = [
  [[], {}],
  [['--fail-on', 'none'], { failOn: 'none' }],
  [['--fail-on', 'warning'], { failOn: 'warning' }],
  [['--min-score', '90'], { minScore: 90 }],
  [['--min-score', '0', '--fail-on', 'none'], { minScore: 0, failOn: 'none' }],
  [['--max-warnings', '0'], { maxWarnings: 0 }],
];

describe('check and assess(): one verdict for the same options', () => {
  const rules = loadRuleSet('fzzf-annual-report');

  it.each(NAMES.flatMap((name) => POLICIES.map(([flags, options]) => [name, flags.join(' ') || '(defaults)', flags, options] as const)))(
    '%s %s',
    async (name, _shown, flags, options) => {
      const { code, out } = await run(['check', name, '--format', 'json', ...flags]);
      const [printed] = JSON.parse(out);
      const library = await assess(FILES[name] as string, rules, { name, ...options });
      expect({ passed: printed.passed, grade: printed.grade }).toEqual({ passed: library.passed, grade: library.grade });
      expect(code).toBe(library.passed ? 0 : 1);
    },
  );

  it('fails a report with an error gap above the pass mark by default, in the library as in check', async () => {
    const text = FILES['no-next-year-plan.txt'] as string;
    const byDefault = await assess(text, rules);
    expect(byDefault.percent).toBeGreaterThanOrEqual(rules.scoring.passMark);
    expect(byDefault.gaps.some((g) => g.severity === 'error')).toBe(true);
    expect(byDefault.passed).toBe(false);
    expect((await assess(text, rules, { failOn: 'none' })).passed).toBe(true);
  });
});

describe('report-only runs: --no-exit and --fail-on never', () => {
  it.each([
    ['a shortfall', ['no-next-year-plan.txt'], [], 1],
    ['a shortfall, --no-exit', ['no-next-year-plan.txt'], ['--no-exit'], 0],
    ['a shortfall, --fail-on never', ['no-next-year-plan.txt'], ['--fail-on', 'never'], 0],
    ['an unreadable file', ['causes-analysed-met.txt', 'locked.txt'], [], 2],
    ['an unreadable file, --no-exit', ['causes-analysed-met.txt', 'locked.txt'], ['--no-exit'], 0],
    ['an unreadable file, --fail-on never', ['causes-analysed-met.txt', 'locked.txt'], ['--fail-on', 'never'], 0],
    ['a missing file and a shortfall, --no-exit', ['no-next-year-plan.txt', 'missing.txt'], ['--no-exit'], 0],
    ['every file unreadable, --no-exit', ['locked.txt', 'missing.txt'], ['--no-exit'], 0],
    ['every file unreadable', ['locked.txt', 'missing.txt'], [], 2],
  ])('%s: exit %s', async (_name, files, flags, expected) => {
    const { code, out } = await run(['check', ...files, '--format', 'json', ...flags]);
    expect(code).toBe(expected);
    // Every file is accounted for, whatever the exit code.
    expect(JSON.parse(out).map((a: { file: string }) => a.file)).toEqual(files);
  });

  it('judges no gap with --fail-on never, as --fail-on none, and still shows the score verdict', async () => {
    const { out } = await run(['check', 'no-next-year-plan.txt', 'lookalike-work-plan.txt', '--format', 'json', '--fail-on', 'never']);
    expect(JSON.parse(out).map((a: { passed: boolean }) => a.passed)).toEqual([true, false]);
  });

  it.each([
    ['an unknown format', ['--format', 'xml']],
    ['a bad --min-score', ['--min-score', 'ten']],
    ['a rule set with mistakes', ['--rules', 'five-mistakes.yaml']],
    ['a rule set that does not exist', ['--rules', 'nope.yaml']],
    ['waivers with mistakes', ['--waivers', 'waivers-malformed.yaml']],
  ])('still exits 2 on %s, with --no-exit and with --fail-on never', async (_name, flags) => {
    for (const quiet of [['--no-exit'], ['--fail-on', 'never']]) {
      const { code, out } = await run(['check', 'causes-analysed-met.txt', '--format', 'json', ...flags, ...quiet]);
      expect({ code, out }).toEqual({ code: 2, out: '' });
    }
  });
});
