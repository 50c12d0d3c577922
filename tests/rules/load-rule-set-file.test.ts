/**
 * loadRuleSetFile (compliance-checklist/node): extends read from disk, confined to the rule set's
 * folder tree (or an allowed folder), judged on real paths, with a size cap, never echoing a file
 * that is not a rule set.
 */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, isRuleSetError, type RuleSetProblem } from '../../src/errors.js';
import { loadRuleSetFile } from '../../src/node/load-rule-set-file.js';

const SECRET = 'root:$6$SECRET-HASH-LINE:19000:0:99999:7:::';

function extending(id: string, refs: string[]): string {
  return `id: ${id}\nversion: 1.0.0\ntitle: ${id}\nextends: [${refs.join(', ')}]\noverrides:\n  timeliness: info\n`;
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cc-extends-'));
  await mkdir(join(dir, 'rules/shared'), { recursive: true });
  await mkdir(join(dir, 'outside'), { recursive: true });
  await writeFile(join(dir, 'shadow'), `${SECRET}\nbin:*:19000:0:99999:7:::\n`);
  await writeFile(join(dir, 'outside/base.yaml'), extending('outside', ['fzzf-annual-report']));
  await writeFile(join(dir, 'rules/shared/base.yaml'), extending('base', ['fzzf-annual-report']));
  await writeFile(join(dir, 'rules/notes.yaml'), `password: ${SECRET}\nlist: [1, 2]\n`);
  await writeFile(join(dir, 'rules/big.yaml'), `id: big\n# ${'x'.repeat(64 * 1024)}\n`);
  await symlink(join(dir, 'outside/base.yaml'), join(dir, 'rules/link.yaml'));
  await symlink(join(dir, 'rules/loop-b.yaml'), join(dir, 'rules/loop-a.yaml'));
  await symlink(join(dir, 'rules/loop-a.yaml'), join(dir, 'rules/loop-b.yaml'));
});

async function problemsOf(refs: string[], options: Parameters<typeof loadRuleSetFile>[1] = {}): Promise<RuleSetProblem[]> {
  const file = join(dir, 'rules/city.yaml');
  await writeFile(file, extending('city', refs));
  const error = await loadRuleSetFile(file, options).then(
    () => null,
    (e: unknown) => e,
  );
  if (!isRuleSetError(error)) throw new Error(`expected a RuleSetError, got ${String(error)}`);
  return error.problems;
}

describe('loadRuleSetFile', () => {
  it('reads a chain inside the rule set folder tree', async () => {
    const file = join(dir, 'rules/ok.yaml');
    await writeFile(file, extending('ok', ['./shared/base.yaml']));
    const ruleSet = await loadRuleSetFile(file);
    expect(ruleSet.extends).toEqual(['fzzf-annual-report', join(dir, 'rules/shared/base.yaml')]);
  });

  it.each([
    ['a relative path climbing out of the tree', '../shadow'],
    ['an absolute path', '<dir>/shadow'],
    ['a climb far beyond the root', '../../../../../../../../etc/shadow'],
    ['a symlink inside the tree that points outside it', './link.yaml'],
  ])('refuses %s, at the extends entry, without reading or echoing it', async (_, ref) => {
    const problems = await problemsOf([ref.replace('<dir>', dir)]);
    expect(problems.map((p) => [p.code, p.path, p.line])).toEqual([['RULESET_INVALID', 'extends[0]', 4]]);
    expect(problems[0]!.message).toContain('lies outside the folders rule sets may extend from');
    expect(problems.map(formatProblem).join('\n')).not.toContain('SECRET');
  });

  it('reads a file outside the tree when its folder is allowed', async () => {
    const file = join(dir, 'rules/allowed.yaml');
    await writeFile(file, extending('allowed', ['../outside/base.yaml']));
    const ruleSet = await loadRuleSetFile(file, { allow: [join(dir, 'outside')] });
    expect(ruleSet.extends).toEqual(['fzzf-annual-report', join(dir, 'outside/base.yaml')]);
  });

  it('reports a symlink loop as unreadable (ELOOP), not as an internal error', async () => {
    const problems = await problemsOf(['./loop-a.yaml']);
    expect(problems[0]!.message).toMatch(/could not be read \(ELOOP\)/);
  });

  it('refuses a base larger than maxBytes', async () => {
    const problems = await problemsOf(['./big.yaml'], { maxBytes: 16 * 1024 });
    expect(problems[0]!.message).toMatch(/larger than the size limit of 16 KiB/);
  });

  it('shows no lines of a file that is not a rule set', async () => {
    const problems = await problemsOf(['./notes.yaml']);
    const ofNotes = problems.filter((p) => p.file.endsWith('notes.yaml'));
    expect(ofNotes.length).toBeGreaterThan(0);
    expect(ofNotes.every((p) => p.excerpt === undefined)).toBe(true);
    expect(problems.map(formatProblem).join('\n')).not.toContain('SECRET');
  });

  it('reports a root file that cannot be read as a rule-set problem', async () => {
    const error = await loadRuleSetFile(join(dir, 'rules/missing.yaml')).catch((e: unknown) => e);
    expect(isRuleSetError(error) && error.problems[0]!.message).toMatch(/could not be read \(ENOENT\)/);
  });
});
