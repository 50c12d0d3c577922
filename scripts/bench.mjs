// npm run bench: time to assess one report in-process (median over many runs after warm-up) and
// memory, over the bundled example reports. Needs `npm run build` first.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess, loadRuleSet, parseReport } from '../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'examples', 'reports');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const runs = Number(process.env.BENCH_RUNS ?? 200);
const ruleSet = loadRuleSet('fzzf-annual-report');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(fn) {
  for (let i = 0; i < 20; i++) await fn(); // warm-up: JIT and the rule set's engine
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return samples;
}

console.log(`runs per report: ${runs}`);
const all = [];
for (const file of files) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const parse = await time(() => parseReport(text));
  const full = await time(() => assess(text, ruleSet));
  all.push(...full);
  console.log(`${file.padEnd(40)} ${String(text.length).padStart(6)} chars  parse ${median(parse).toFixed(2)} ms  assess ${median(full).toFixed(2)} ms (median)`);
}
const mem = process.memoryUsage();
console.log(`all reports: assess median ${median(all).toFixed(2)} ms, p95 ${[...all].sort((a, b) => a - b)[Math.floor(all.length * 0.95)].toFixed(2)} ms`);
console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(1)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(1)} MiB`);
