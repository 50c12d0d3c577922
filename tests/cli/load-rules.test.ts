/**
 * loadRules: `extends` paths read through the CliIo, each relative to the file that names it —
 * nested, in a parent folder, unreadable, not UTF-8, and in a cycle.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/cli/load-rules.js';
import { isRuleSetError, type RuleSetProblem } from '../../src/errors.js';
import { fakeIo, type FakeEntry } from './fake-io.js';
import { fixtureFiles } from './fixture-files.js';

const common = fixtureFiles['city/common.yaml']!;

/** A rule set that extends the given refs and adds nothing but an override. */
function extending(id: string, refs: string[]): string {
  return `id: ${id}\nversion: 1.0.0\ntitle: ${id}\nextends: [${refs.join(', ')}]\noverrides:\n  review-and-litigation: info\n`;
}

async function problemsOf(files: Record<string, FakeEntry>, root: string): Promise<RuleSetProblem[]> {
  const error = await loadRules(fakeIo(files), root).then(
    () => null,
    (e: unknown) => e,
  );
  if (!isRuleSetError(error)) throw new Error(`expected a RuleSetError, got ${String(error)}`);
  return error.problems;
}

describe('loadRules: extends by relative path', () => {
  it('reads a chain of files, each path relative to the file that names it', async () => {
    const files = {
      'offices/county/county.yaml': extending('county', ['../city/city.yaml']),
      'offices/city/city.yaml': extending('city', ['fzzf-annual-report', './shared/common.yaml']),
      'offices/city/shared/common.yaml': common,
    };
    const ruleSet = await loadRules(fakeIo(files), 'offices/county/county.yaml');
    expect(ruleSet.id).toBe('county');
    expect(ruleSet.extends).toEqual(['fzzf-annual-report', 'offices/city/shared/common.yaml', 'offices/city/city.yaml']);
    expect(ruleSet.requirements.find((r) => r.id === 'review-and-litigation')?.severity).toBe('info');
  });

  it('reads a file named twice in a diamond once', async () => {
    const files = {
      'a.yaml': extending('a', ['./b.yaml', './c.yaml']),
      'b.yaml': extending('b', ['./common.yaml']),
      'c.yaml': extending('c', ['./common.yaml']),
      'common.yaml': common,
    };
    const io = fakeIo(files);
    const reads: string[] = [];
    const readFile = io.readFile.bind(io);
    io.readFile = (path) => (reads.push(path), readFile(path));
    await loadRules(io, 'a.yaml');
    expect(reads.sort()).toEqual(['a.yaml', 'b.yaml', 'c.yaml', 'common.yaml']);
  });

  it.each<[string, Record<string, FakeEntry>, RegExp]>([
    ['a base that is not there', {}, /names "\.\/common\.yaml", which could not be read; check the path, relative to city\.yaml/],
    ['an unreadable base', { 'common.yaml': { unreadable: 'EACCES' } }, /names "\.\/common\.yaml", which could not be read \(EACCES\)/],
    ['a base that is not UTF-8', { 'common.yaml': new Uint8Array([0xc9, 0xe7, 0xbb, 0xe1]) }, /could not be read \(not UTF-8\)/],
    ['a folder', { 'common.yaml': { dir: true } }, /could not be read \(EISDIR\)/],
  ])('reports %s at its place in the extending file', async (_name, extra, message) => {
    const problems = await problemsOf({ 'city.yaml': extending('city', ['fzzf-annual-report', './common.yaml']), ...extra }, 'city.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'RULESET_INVALID', file: 'city.yaml', line: 4, column: 31, path: 'extends[1]' });
    expect(problems[0]!.message).toMatch(message);
  });

  it('reports a cycle between files instead of reading forever', async () => {
    const problems = await problemsOf({ 'rules/a.yaml': extending('a', ['./b.yaml']), 'rules/b.yaml': extending('b', ['./a.yaml']) }, './rules/a.yaml');
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      expect.stringMatching(/^rules\/b\.yaml:4:11 makes a cycle: rules\/a\.yaml → rules\/b\.yaml → rules\/a\.yaml/),
    ]);
  });

  it('reads a file holding one word as YAML, not as a built-in id', async () => {
    const problems = await problemsOf({ 'rules.yaml': 'fzzf-annual-report' }, 'rules.yaml');
    expect(problems[0]).toMatchObject({ code: 'RULESET_SCHEMA', file: 'rules.yaml' });
  });
});
