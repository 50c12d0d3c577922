// Run after `npm run build`:  node examples/assess-report.mjs examples/reports/nancun-town-2022.txt
import { readFileSync } from 'node:fs';
import { assess, loadRuleSet } from '../dist/index.js';

const file = process.argv[2] ?? new URL('./reports/nancun-town-2022.txt', import.meta.url).pathname;
const assessment = await assess(readFileSync(file, 'utf8'), loadRuleSet('fzzf-annual-report'), { name: file });
console.log(`${assessment.document.title ?? file}: ${assessment.score}/${assessment.maxScore} ${assessment.grade}`);
for (const gap of assessment.gaps) console.log(`- ${gap.title} (${gap.status}, +${gap.gain}): ${gap.fix}`);
