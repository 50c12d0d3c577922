// Packs the library and installs the tarball into a fresh project, then checks that `import`,
// `require` and the bin all work from there (what a user of the published package gets).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'cc-pack-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop();
  writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'pack-check', private: true }));
  run('npm', ['install', '--silent', '--no-audit', '--no-fund', path.join(work, tarball)], work);
  const report = path.join(root, 'examples', 'reports', 'nancun-town-2022.txt');
  const esm = `import { assess, loadRuleSet } from 'compliance-checklist'; import { readFileSync } from 'node:fs';
    const a = await assess(readFileSync(${JSON.stringify(report)}, 'utf8'), loadRuleSet('fzzf-annual-report'));
    if (a.findings.length < 10) throw new Error('esm: too few findings'); console.log('import ok', a.score);`;
  const cjs = `const { assess, loadRuleSet } = require('compliance-checklist');
    assess('XX县2023年法治政府建设情况报告\\n一、主要举措和成效\\n全年办理案件12件。', loadRuleSet('fzzf-annual-report'))
      .then((a) => { if (!a.findings.length) throw new Error('cjs: no findings'); console.log('require ok', a.score); });`;
  const rules = path.join(root, 'rules', 'fzzf-annual-report-department.yaml');
  const nodeEsm = `import { loadRuleSetFile } from 'compliance-checklist/node';
    const r = await loadRuleSetFile(${JSON.stringify(rules)}); console.log('import node ok', r.id);`;
  const nodeCjs = `require('compliance-checklist/node').loadRuleSetFile(${JSON.stringify(rules)}).then((r) => console.log('require node ok', r.id));`;
  process.stdout.write(run('node', ['--input-type=module', '-e', esm], work));
  process.stdout.write(run('node', ['-e', cjs], work));
  process.stdout.write(run('node', ['--input-type=module', '-e', nodeEsm], work));
  process.stdout.write(run('node', ['-e', nodeCjs], work));
  const version = run(path.join(work, 'node_modules', '.bin', 'compliance-checklist'), ['--version'], work).trim();
  console.log(`bin ok ${version}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
