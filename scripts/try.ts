import { readFileSync } from 'node:fs';
import { assess, loadRuleSet } from '/work/main/src/index.js';
const rs = loadRuleSet('fzzf-annual-report');
for (const f of process.argv.slice(2)) {
  const a = await assess(readFileSync(f, 'utf8'), rs, { name: f });
  console.log(`== ${f.split('/').pop()} ${a.score}/${a.maxScore} ${a.grade} ${JSON.stringify(a.document)}`);
  for (const x of a.findings) console.log(`  ${x.requirement.padEnd(26)} ${x.status.padEnd(8)} ${x.evidence.map(e => `L${e.line}:${e.text.slice(0,30)}`).join(' | ')}`);
}
