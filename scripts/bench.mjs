// npm run bench [-- part…]: the speed figures issue 9 asks for, measured on the built package (run
// `npm run build` first). Parts, all by default:
//   assess   median time to assess each seed report in-process (../shared/corpus/seeds beside the
//            checkout, else examples/reports); target ≤ 0.3 ms
//   startup  CLI start-up, `--version` and one small check, median of spawned runs; target ≤ 100 ms
//   batch    1,000- and 10,000-file CLI batches side by side with a naive textlint peer (installed
//            by npm in a temp folder; its one rule asks for required section keywords), ours with the
//            default --jobs auto, with --jobs 1 (no worker thread) and --jobs 2 (one), and as two
//            processes each checking half at once (the upper bound of what threads give): wall time, on Linux CPU time,
//            and peak rss (with GNU time), and the throughput ratio to the peer's against its target
//            (1,000 files ≥ 1×, 10,000 ≥ 2×); the 1,000-file runs alternate for BENCH_BATCH_ROUNDS
//            rounds (3)
//   scaling  cost from 1 KB to 5 MB for each layout, as the CPU-time ratio per doubling (2.0 = linear)
// Figures depend on the machine's load, which is printed with them (uptime). Environment:
// BENCH_RUNS (assess runs per report, default 200), BENCH_MAX_MB (largest scaling size, default 5).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { assess, loadRuleSet, readInput } from '../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const parts = process.argv.slice(2).length ? process.argv.slice(2) : ['assess', 'startup', 'batch', 'scaling'];
const ruleSet = loadRuleSet('fzzf-annual-report');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(', ');

function seedReports() {
  const seeds = path.resolve(root, '..', 'shared', 'corpus', 'seeds');
  const dir = existsSync(seeds) ? seeds : path.join(root, 'examples', 'reports');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return { dir: existsSync(seeds) ? '../shared/corpus/seeds' : 'examples/reports', reports: files.map((f) => ({ file: f, text: readFileSync(path.join(dir, f), 'utf8') })) };
}

async function samples(fn, runs, warm = 20) {
  for (let i = 0; i < warm; i++) await fn(); // JIT and the rule set's compiled conditions
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

async function benchAssess() {
  const runs = Number(process.env.BENCH_RUNS ?? 200);
  const { dir, reports } = seedReports();
  console.log(`\n## assess: median per seed report (${dir}, ${runs} runs each in 10 interleaved rounds, target ≤ 0.3 ms)`);
  // Warmed on every report first, as a batch is: measured one report after another from a cold start,
  // the later reports paid for code the earlier ones had not yet made the JIT optimise.
  for (let i = 0; i < 50; i++) for (const { text } of reports) await assess(text, ruleSet);
  // Each report's runs spread over ten rounds that take the reports in turn, so that a spell of load
  // on the machine falls on every report alike instead of on the one measured at that moment.
  const ROUNDS = 10;
  const times = reports.map(() => []);
  // Beside it, in the same rounds, the same without the key figures, as `check` assesses when no
  // output shows them. Measured one after the other instead, the second came out a third faster than
  // an interleaved A/B of the two says (~12 %): the JIT was still improving.
  const lean = reports.map(() => []);
  const noFigures = { figures: false };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, { text }] of reports.entries()) {
      times[i].push(...(await samples(() => assess(text, ruleSet), Math.ceil(runs / ROUNDS), 2)));
      lean[i].push(...(await samples(() => assess(text, ruleSet, noFigures), Math.ceil(runs / ROUNDS), 2)));
    }
  }
  const medians = [];
  for (const [i, { file, text }] of reports.entries()) {
    const m = median(times[i]);
    medians.push(m);
    console.log(`${file.padEnd(34)} ${String(text.length).padStart(6)} chars  ${ms(m)}`);
  }
  const mem = process.memoryUsage();
  console.log(`median of the medians: ${ms(median(medians))}; slowest report: ${ms(Math.max(...medians))}`);
  const leanMedians = lean.map(median);
  console.log(`with { figures: false } (check with no html or figures output): median of the medians ${ms(median(leanMedians))}; slowest ${ms(Math.max(...leanMedians))}`);
  console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(1)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(1)} MiB`);
}

function timeSpawn(cmd, args, options = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, ...options });
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')}… exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function benchStartup() {
  const runs = 15;
  const { reports } = seedReports();
  const tmp = path.join(os.tmpdir(), `cc-bench-startup-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  const one = path.join(tmp, 'report.txt');
  writeFileSync(one, reports[0].text);
  console.log(`\n## start-up: median of ${runs} spawned runs (target ≤ 100 ms for --version)`);
  const empty = path.join(tmp, 'empty.mjs');
  writeFileSync(empty, '');
  // Interleaved, so that a change in the machine's load falls on all three alike.
  const times = { node: [], esm: [], version: [], check: [] };
  for (let i = 0; i < runs; i++) {
    times.node.push(timeSpawn(process.execPath, ['-e', '0']));
    times.esm.push(timeSpawn(process.execPath, [empty]));
    times.version.push(timeSpawn(process.execPath, [cli, '--version']));
    times.check.push(timeSpawn(process.execPath, [cli, 'check', one, '--format', 'json']));
  }
  const [node, esm, version, check] = [median(times.node), median(times.esm), median(times.version), median(times.check)];
  console.log(`node -e 0 (the floor): ${ms(node)}; node on an empty ES module (the floor for an ESM bin): ${ms(esm)}`);
  console.log(`--version: ${ms(version)} (${ms(version - node)} above node -e 0, ${ms(version - esm)} above the empty module)`);
  console.log(`check one seed report: ${ms(check)} (${ms(check - node)} above node)`);
  // Node 20 reads NODE_EXTRA_CA_CERTS at every start, before any of the program runs (measured 50 ms
  // on a machine that sets it): the figures without it say what the program itself costs.
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const env = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    const bare = { node: [], version: [] };
    for (let i = 0; i < runs; i++) {
      bare.node.push(timeSpawn(process.execPath, ['-e', '0'], { env }));
      bare.version.push(timeSpawn(process.execPath, [cli, '--version'], { env }));
    }
    console.log(`NODE_EXTRA_CA_CERTS is set here, and node loads those certificates at every start; without it: node -e 0 ${ms(median(bare.node))}, --version ${ms(median(bare.version))}`);
  }
  rmSync(tmp, { recursive: true, force: true });
}

// The peer: textlint with one rule that asks for the required section keywords, as a naive checker would.
const PEER_RULE = `module.exports = function (context) {
  const { Syntax, RuleError, report, getSource } = context;
  const required = ['主要举措', '不足', '原因', '第一责任人', '下一年度'];
  return {
    [Syntax.Document](node) {
      const text = getSource(node);
      for (const word of required) if (!text.includes(word)) report(node, new RuleError('缺少: ' + word));
    },
  };
};
`;

function installPeer() {
  const dir = path.join(os.tmpdir(), 'compliance-checklist-bench-peer');
  const bin = path.join(dir, 'node_modules', '.bin', 'textlint');
  if (!existsSync(bin)) {
    console.log(`installing the textlint peer in ${dir} …`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', 'textlint@14'], { cwd: dir, stdio: 'inherit' });
  }
  mkdirSync(path.join(dir, 'rules'), { recursive: true });
  writeFileSync(path.join(dir, 'rules', 'required-sections.js'), PEER_RULE);
  const version = execFileSync(bin, ['--version'], { cwd: dir }).toString().trim();
  return { dir, bin, version };
}

function batchFiles(count) {
  const { reports } = seedReports();
  const dir = path.join(os.tmpdir(), `cc-bench-batch-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `${String(i).padStart(5, '0')}.txt`);
    // Distinct files: the seed reports in turn, each with its own closing line.
    writeFileSync(file, `${reports[i % reports.length].text}\n（第${i + 1}份）\n`);
    files.push(file);
  }
  return { dir, files };
}

// GNU time, where installed, gives the peak resident memory of the command it runs (wait4's ru_maxrss).
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((t) => existsSync(t)) ?? null;

/**
 * Runs a command with its output discarded; returns wall time and, on Linux, the CPU time (user +
 * system) it and its children used, read from the waiting shell's /proc entry (cutime + cstime), and
 * its peak rss when GNU time is installed. CPU time moves far less than wall time when other jobs
 * share the machine.
 */
function timeWithCpu(cmd, args, options = {}) {
  if (process.platform !== 'linux') return { wall: timeSpawn(cmd, args, options), cpu: null, rss: null };
  const script = `${GNU_TIME ? `${GNU_TIME} -f %M -o "$RSS_FILE" ` : ''}"$@" >/dev/null 2>"$ERR_FILE"; code=$?; cat /proc/$$/stat; exit $code`;
  const errFile = path.join(os.tmpdir(), `cc-bench-stderr-${process.pid}.txt`);
  const rssFile = path.join(os.tmpdir(), `cc-bench-rss-${process.pid}.txt`);
  const t = process.hrtime.bigint();
  const r = spawnSync('/bin/sh', ['-c', script, 'sh', cmd, ...args], { ...options, env: { ...process.env, ERR_FILE: errFile, RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 20 });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')}… exited ${r.status}: ${readFileSync(errFile, 'utf8').slice(0, 500)}`);
  rmSync(errFile, { force: true });
  // GNU time writes "Command exited with non-zero status 1" before the figure when the exit code is 1.
  const rssKb = GNU_TIME && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : NaN;
  rmSync(rssFile, { force: true });
  // Fields after the command name in parentheses; cutime and cstime are fields 16 and 17 (1-based).
  const fields = String(r.stdout).slice(String(r.stdout).lastIndexOf(')') + 2).trim().split(/\s+/);
  const ticks = Number(fields[13]) + Number(fields[14]);
  const hz = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  return { wall, cpu: (ticks / hz) * 1000, rss: Number.isFinite(rssKb) ? rssKb / 1024 : null };
}

// Two CLI processes, each checking half of the files listed in a file, started together: the upper
// bound of what worker threads could give (README, Speed). Their CPU time reaches the waiting shell's.
const HALVES = `const { spawn } = require('node:child_process');
const [cli, list] = process.argv.slice(1);
const files = require('node:fs').readFileSync(list, 'utf8').split('\\n');
const half = Math.ceil(files.length / 2);
let left = 2, code = 0;
for (const part of [files.slice(0, half), files.slice(half)])
  spawn(process.execPath, [cli, 'check', ...part, '--format', 'json', '--jobs', '1'], { stdio: ['ignore', 'ignore', 'inherit'] })
    .on('exit', (c) => { code = Math.max(code, c ?? 2); if (--left === 0) process.exit(code); });`;

/** The throughput each batch size must reach against the peer's (issue 9): its time / ours. */
const BATCH_TARGETS = { 1000: 1, 10000: 2 };

function benchBatch() {
  const peer = installPeer();
  const { dir, files } = batchFiles(10_000);
  const rounds = Number(process.env.BENCH_BATCH_ROUNDS ?? 3);
  console.log(`\n## batch: the CLI (--format json; --jobs auto, the default, --jobs 1 and --jobs 2) vs the textlint ${peer.version} peer (--format json), same files`);
  console.log(`1,000 files: ${rounds} rounds, the five alternating, medians; 10,000 files: one round. CPU = user + system time of the process tree; rss = peak resident memory${GNU_TIME ? '' : ' (n/a: no GNU time)'}. Load before the runs: ${load()}.`);
  console.log('files    run                wall          rate       CPU      rss   throughput / peer (wall, CPU; target)');
  const rate = (n, t) => `${((n / t) * 1000).toFixed(0)} files/s`;
  const cpu = (t) => (t === null ? 'n/a' : ms(t));
  const mib = (m) => (m === null ? 'n/a' : `${m.toFixed(0)} MiB`);
  const ratio = (a, b) => (a === null || b === null ? 'n/a' : `${(a / b).toFixed(2)}×`);
  for (const n of [1_000, 10_000]) {
    const list = files.slice(0, n);
    // auto decides by the load average (2 threads only while a core is idle): --jobs 2 shows what a
    // worker gives whatever auto chose.
    const runs = { auto: [], 'jobs 1': [], 'jobs 2': [], 'two halves': [], peer: [] };
    const listFile = path.join(dir, `list-${n}.txt`);
    writeFileSync(listFile, list.join('\n'));
    // What auto sees at each start: the one-minute load average against the cores (src/cli/check-batch.ts jobCount).
    const autoThreads = [];
    for (let round = 0; round < (n === 1_000 ? rounds : 1); round++) {
      autoThreads.push(os.availableParallelism() >= 2 && os.loadavg()[0] <= os.availableParallelism() - 1 ? 2 : 1);
      runs.auto.push(timeWithCpu(process.execPath, [cli, 'check', ...list, '--format', 'json']));
      runs['jobs 1'].push(timeWithCpu(process.execPath, [cli, 'check', ...list, '--format', 'json', '--jobs', '1']));
      runs['jobs 2'].push(timeWithCpu(process.execPath, [cli, 'check', ...list, '--format', 'json', '--jobs', '2']));
      runs['two halves'].push(timeWithCpu(process.execPath, ['-e', HALVES, cli, listFile]));
      runs.peer.push(timeWithCpu(peer.bin, ['--rulesdir', path.join(peer.dir, 'rules'), '--format', 'json', ...list], { cwd: peer.dir }));
    }
    const pick = (r, key) => (r[0][key] === null ? null : median(r.map((x) => x[key])));
    const [pw, pc] = [pick(runs.peer, 'wall'), pick(runs.peer, 'cpu')];
    for (const [name, r] of Object.entries(runs)) {
      const [w, c, m] = [pick(r, 'wall'), pick(r, 'cpu'), pick(r, 'rss')];
      const label = name === 'peer' ? 'textlint peer' : name === 'two halves' ? 'ours, 2 processes' : `ours, --${name === 'auto' ? 'jobs auto' : name}`;
      const vsPeer = name === 'peer' ? '' : `${ratio(pw, w)}, ${ratio(pc, c)}; ≥ ${BATCH_TARGETS[n].toFixed(2)}×`;
      console.log(`${String(n).padEnd(8)} ${label.padEnd(18)} ${ms(w).padStart(9)} ${rate(n, w).padStart(13)} ${cpu(c).padStart(9)} ${mib(m).padStart(8)}   ${vsPeer}`);
    }
    const [aw, jw, j2, hw] = [pick(runs.auto, 'wall'), pick(runs['jobs 1'], 'wall'), pick(runs['jobs 2'], 'wall'), pick(runs['two halves'], 'wall')];
    console.log(`${''.padEnd(8)} against --jobs 1, by wall time: --jobs auto ${ratio(jw, aw)} (threads it took: ${autoThreads.join(', ')}), --jobs 2 ${ratio(jw, j2)}, two processes on halves (the most threads could give) ${ratio(jw, hw)}; load now ${load()}`);
  }
  rmSync(dir, { recursive: true, force: true });
}

// Layouts from the seed text (`unit`, repeated to the size), or written to grow an outline (`grow`,
// n items): what real reports look like, and what stresses a parser.
const CN = '一二三四五六七八九';
const cnNumber = (n) => `${Math.floor(n / 10) === 0 ? '' : `${Math.floor(n / 10) === 1 ? '' : CN[Math.floor(n / 10) - 1]}十`}${n % 10 ? CN[(n % 10) - 1] : ''}`;
const LAYOUTS = {
  lines: { unit: (seed) => seed },
  'one line': { unit: (seed) => seed.replace(/\s*\n\s*/g, '') },
  'PDF copy': {
    unit: (seed) => {
      const flat = seed.replace(/\s*\n\s*/g, '');
      const out = [];
      for (let i = 0, page = 1; i < flat.length; i += 34) {
        out.push(flat.slice(i, i + 34));
        if (out.length % 40 === 0) out.push(`- ${page++} -`, '某县人民政府 法治政府建设年度报告');
      }
      return out.join('\n');
    },
  },
  'many headings': { unit: () => Array.from({ length: 200 }, (_, i) => `（${i + 1}）推进依法行政第${i + 1}项工作\n全年办理相关事项。\n`).join('') },
  // Items 1. … 20. under (一) … (九十九), each a run-in heading with figures, an 一是 list and a passage
  // quoted as evidence.
  'numbered items': {
    grow: (n) => {
      const lines = ['某县2023年法治政府建设年度报告', '一、主要举措和成效'];
      for (let group = 1, count = 0; count < n; group++) {
        lines.push(`（${cnNumber(((group - 1) % 99) + 1)}）推进依法行政第${group}方面工作`);
        for (let k = 1; k <= 20 && count < n; k++, count++) lines.push(`${k}.主要负责同志履行第一责任人职责，全年办理行政复议案件${k}件，一是依法受理，二是按时办结。`);
      }
      return lines.join('\n');
    },
  },
  // A report flattened onto one line with its headings inline, three levels deep (一、/(一)/(1)).
  'inline headings': {
    grow: (n) => {
      const parts = ['某县2023年法治政府建设年度报告 2023年，全县推进法治政府建设。'];
      let count = 0;
      for (let i = 1; count < n && i <= 99; i++) {
        parts.push(`${cnNumber(i)}、推进依法行政第${i}部分。全年办理相关事项。`);
        for (let j = 1; j <= 99 && count < n; j++) {
          parts.push(`(${cnNumber(j)})加强制度建设第${j}方面。全年办理相关事项。`);
          for (let k = 1; k <= 20 && count < n; k++, count++) parts.push(`(${k})完善制度第${k}项。全年办理相关事项12件。`);
        }
      }
      return parts.join('');
    },
  },
  'many figures': { unit: () => '全年办理行政复议案件126件，同比增长12.5%，培训执法人员3400人次，投入经费85万元。'.repeat(20) },
  'digit run': { unit: () => '编号'.concat('1234567890'.repeat(100)) },
};

function textOf(layout, seed, bytes) {
  const { unit: unitOf, grow } = LAYOUTS[layout];
  let text;
  if (grow) {
    // As many items as fill the size, from the bytes an item takes in a sample.
    const per = Buffer.byteLength(grow(2000)) / 2000;
    text = grow(Math.ceil(bytes / per) + 1);
  } else {
    const unit = unitOf(seed);
    const separator = unit.includes('\n') ? '\n' : '';
    text = Array(Math.ceil(bytes / Buffer.byteLength(unit + separator)) + 1).fill(unit).join(separator);
  }
  // Cut by characters to about the byte size (CJK is 3 bytes a character in UTF-8).
  const ratio = Buffer.byteLength(text) / text.length;
  return text.slice(0, Math.floor(bytes / ratio));
}

// Garbage left by one size is collected before the next is measured, so each size pays for its own;
// the pauses it causes are counted by a GC observer (their share tells GC growth from the code's).
v8.setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc');
const gcPauses = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push(entry);
}).observe({ entryTypes: ['gc'] });
/** Milliseconds of GC pauses that started in [from, to) (performance.now() times). */
const gcBetween = (from, to) => gcPauses.filter((e) => e.startTime >= from && e.startTime < to).reduce((sum, e) => sum + e.duration, 0);
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Reads the bytes as the CLI does (decoding, PDF-copy detection) and assesses them; CPU and wall ms. */
async function assessBytes(bytes) {
  const [cpu, wall] = [cpuNow(), performance.now()];
  await assess(await readInput(bytes, { name: 'report.txt' }), ruleSet);
  return { cpu: cpuNow() - cpu, wall: performance.now() - wall, from: wall, to: performance.now() };
}

async function benchScaling() {
  const { reports } = seedReports();
  const seed = reports[0].text;
  const maxBytes = Number(process.env.BENCH_MAX_MB ?? 5) * 2 ** 20;
  const sizes = [];
  for (let b = 1024; b <= maxBytes; b *= 2) sizes.push(b);
  if (sizes.at(-1) < maxBytes) sizes.push(maxBytes); // the last step is then less than a doubling
  console.log(`\n## scaling: read (as the CLI reads a file) and assess one report, from 1 KB to ${maxBytes / 2 ** 20} MB`);
  console.log(`sizes: ${sizes.map((b) => (b < 2 ** 20 ? `${b / 1024}K` : `${b / 2 ** 20}M`)).join(' ')}`);
  console.log('per size: CPU time (user + system, GC threads included), the least of 3 to 15 runs, garbage collected before each (other jobs add to it, never take away);');
  console.log('ratio per doubling on CPU time (2.0 = linear); GC share: wall time in GC pauses (a share that stays level: GC grows as the work does)');
  for (const layout of Object.keys(LAYOUTS)) {
    const times = [];
    const gcShares = [];
    for (const bytes of sizes) {
      const input = new TextEncoder().encode(textOf(layout, seed, bytes));
      collect();
      const once = await assessBytes(input); // warm, and how many runs fit
      // At least three runs even for the largest sizes (the least of them is what the code costs),
      // none more when one took 10 s: that layout is super-linear, and the rest would take too long.
      const runs = once.wall > 10_000 ? 0 : Math.max(3, Math.min(15, Math.floor(1000 / Math.max(once.wall, 0.01))));
      let best = runs === 0 ? once.cpu : Infinity;
      let [wall, gc] = [0, 0];
      for (let r = 0; r < runs; r++) {
        collect();
        const t = await assessBytes(input);
        await new Promise((resolve) => setTimeout(resolve, 0)); // the GC entries of this run are delivered
        best = Math.min(best, t.cpu);
        wall += t.wall;
        gc += gcBetween(t.from, t.to);
      }
      gcPauses.length = 0;
      times.push(best);
      gcShares.push(runs === 0 ? NaN : gc / wall);
      if (runs === 0) break;
    }
    const ratios = times.slice(1).map((t, i) => t / times[i]);
    // Small sizes are dominated by fixed costs; the large end shows the growth.
    const tail = ratios.slice(-4);
    // Growth exponent over the large end (1 = linear, 2 = quadratic), by size: the last step to 5 MB is not a doubling.
    const from = Math.max(0, times.length - 5);
    const exponent = Math.log(times.at(-1) / times[from]) / Math.log(sizes[times.length - 1] / sizes[from]);
    console.log(`${layout.padEnd(15)} ${times.map((t) => ms(t)).join('  ')}`);
    console.log(`${''.padEnd(15)} ratio per doubling: ${ratios.map((r) => r.toFixed(2)).join(' ')}; last four ${tail.map((r) => r.toFixed(2)).join(' ')} (growth exponent ${exponent.toFixed(2)})`);
    console.log(`${''.padEnd(15)} GC share of wall time, last four sizes: ${gcShares.slice(-4).map((g) => (Number.isNaN(g) ? '-' : `${(g * 100).toFixed(0)}%`)).join(' ')}`);
  }
}

console.log(`compliance-checklist bench: node ${process.version}, ${os.cpus().length} cores, load average ${load()}`);
console.log(`uptime: ${execFileSync('uptime').toString().trim()}`);
const benches = { assess: benchAssess, startup: benchStartup, batch: benchBatch, scaling: benchScaling };
for (const part of parts) {
  if (!benches[part]) throw new Error(`unknown bench part "${part}" (${Object.keys(benches).join(', ')})`);
  await benches[part]();
  console.log(`(load average after ${part}: ${load()})`);
}
