// Compares the checker with the hand labels in tests/fixtures/reports/expected.yaml (a dev aid).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assess, loadRuleSet } from '../src/index.js';

const dir = 'tests/fixtures/reports';
const labels = parse(readFileSync(`${dir}/expected.yaml`, 'utf8')) as Array<{ file: string; requirements: Record<string, string>; sections?: Record<string, [number, number]> }>;
const rs = loadRuleSet('fzzf-annual-report');
let agree = 0, total = 0;
for (const entry of labels) {
  const a = await assess(readFileSync(`${dir}/${entry.file}`, 'utf8'), rs, { name: entry.file });
  for (const [id, want] of Object.entries(entry.requirements)) {
    total++;
    const f = a.findings.find((x) => x.requirement === id);
    if (f?.status === want) agree++;
    else console.log(`${entry.file} ${id}: expected ${want}, got ${f?.status} ${f?.evidence.map((e) => `L${e.line}:${e.text.slice(0, 40)}`).join(' | ')}`);
    const range = entry.sections?.[id];
    if (range && f && (f.status === 'met' || f.status === 'partial') && !f.evidence.some((e) => e.line >= range[0] && e.line <= range[1])) {
      console.log(`${entry.file} ${id}: evidence lines ${f.evidence.map((e) => e.line)} outside ${range}`);
    }
  }
}
console.log(`agreement ${agree}/${total}`);
