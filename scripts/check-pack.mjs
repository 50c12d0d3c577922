// Packs the library and installs the tarball into a fresh project, then checks what a user of the
// published package gets: `import`, `require`, the bin, the vitest matchers from
// `compliance-checklist/vitest`, and that no source map was packed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'cc-pack-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
// The same vitest as this project's, so the check does not depend on what the registry has newest.
const vitestVersion = createRequire(path.join(root, 'package.json'))('vitest/package.json').version;
const report = path.join(root, 'examples', 'reports', 'nancun-town-2022.txt');

const esm = `import { assess, loadRuleSet } from 'compliance-checklist'; import { readFileSync } from 'node:fs';
  const a = await assess(readFileSync(${JSON.stringify(report)}, 'utf8'), loadRuleSet('fzzf-annual-report'));
  if (a.findings.length < 10) throw new Error('esm: too few findings'); console.log('import ok', a.score);`;
const cjs = `const { assess, loadRuleSet } = require('compliance-checklist');
  assess('XX县2023年法治政府建设情况报告\\n一、主要举措和成效\\n全年办理案件12件。', loadRuleSet('fzzf-annual-report'))
    .then((a) => { if (!a.findings.length) throw new Error('cjs: no findings'); console.log('require ok', a.score); });`;
// A test file as a user writes it, with the setup entry in the config: one passing and one failing
// expectation, so the check fails if the matchers are missing or never fail.
const vitestConfig = `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { setupFiles: ['compliance-checklist/vitest'] } });`;
const vitestTest = `import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { assess, loadRuleSet } from 'compliance-checklist';
import { testRuleSet } from 'compliance-checklist/testing';
const text = readFileSync(${JSON.stringify(report)}, 'utf8');
it('matchers pass and fail', async () => {
  await expect(text).toPassChecklist();
  const a = await assess(text, loadRuleSet('fzzf-annual-report'));
  expect(a).toMeetRequirement('measures-and-results');
  expect(() => expect(a).toMeetRequirement('measures-and-resluts')).toThrow(/did you mean "measures-and-results"/);
  await expect(expect('XX县2023年法治政府建设情况报告').toPassChecklist()).rejects.toThrow(/Gaps:/);
});
testRuleSet('fzzf-annual-report', { valid: [{ name: 'the example report', text }] });`;

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop();
  const listing = run('tar', ['-tzf', path.join(work, tarball)], work).split('\n');
  const maps = listing.filter((f) => f.endsWith('.map'));
  if (maps.length > 0) throw new Error(`the tarball holds source maps: ${maps.join(', ')}`);
  for (const needed of ['package/LICENSE', 'package/dist/vitest.js', 'package/dist/vitest.d.ts']) {
    if (!listing.includes(needed)) throw new Error(`the tarball lacks ${needed}`);
  }
  console.log(`tarball ok: ${listing.filter(Boolean).length} files, no source maps`);

  writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'pack-check', private: true, type: 'module' }));
  run('npm', ['install', '--silent', '--no-audit', '--no-fund', path.join(work, tarball), `vitest@${vitestVersion}`], work);
  writeFileSync(path.join(work, 'esm.mjs'), esm);
  writeFileSync(path.join(work, 'cjs.cjs'), cjs);
  process.stdout.write(run('node', ['esm.mjs'], work));
  process.stdout.write(run('node', ['cjs.cjs'], work));
  const rules = path.join(root, 'rules', 'fzzf-annual-report-department.yaml');
  writeFileSync(path.join(work, 'node-esm.mjs'), `import { loadRuleSetFile } from 'compliance-checklist/node';
    const r = await loadRuleSetFile(${JSON.stringify(rules)}); console.log('import node ok', r.id);`);
  writeFileSync(path.join(work, 'node-cjs.cjs'), `require('compliance-checklist/node').loadRuleSetFile(${JSON.stringify(rules)}).then((r) => console.log('require node ok', r.id));`);
  process.stdout.write(run('node', ['node-esm.mjs'], work));
  process.stdout.write(run('node', ['node-cjs.cjs'], work));
  const bin = path.join(work, 'node_modules', '.bin', 'compliance-checklist');
  const version = run(bin, ['--version'], work).trim();
  const expected = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  if (!version.includes(expected)) throw new Error(`bin --version printed ${version}, not ${expected}`);
  // --version is answered without loading the CLI: check a report through the bin too, so that a CLI
  // chunk missing from the tarball fails here.
  const checked = JSON.parse(run(bin, ['check', report, '--format', 'json', '--no-exit'], work));
  if (checked.length !== 1 || checked[0].findings.length < 10) throw new Error('bin check: not one assessment with its findings');
  console.log(`bin ok ${version}; bin check ok, score ${checked[0].score}`);
  writeFileSync(path.join(work, 'vitest.config.mjs'), vitestConfig);
  writeFileSync(path.join(work, 'draft.test.mjs'), vitestTest);
  run(path.join(work, 'node_modules', '.bin', 'vitest'), ['run', '--reporter=dot'], work);
  console.log('vitest matchers ok (compliance-checklist/vitest, compliance-checklist/testing)');
} finally {
  rmSync(work, { recursive: true, force: true });
}
