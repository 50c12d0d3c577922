/// <reference types="node" />
/**
 * `check --jobs` with real worker threads, on the built CLI (dist/, as `npm run build` leaves it: the
 * worker is a file of its own there, which the sources run by vitest do not have). Every output is the
 * same bytes as with --jobs 1, and a worker's outcome is the one the main thread computes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkFile, loadJobSetup, type JobSettings } from '../../src/cli/check-job.js';
import type { JobPool } from '../../src/cli/io.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { OLE2_DOC, PNG, report, toGbk } from './build-inputs.js';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const cli = join(dist, 'cli.js');
const worker = join(dist, 'check-worker.js');
const BUILT = existsSync(cli) && existsSync(worker);
if (!BUILT) console.warn('check --jobs tests on real worker threads skipped: run `npm run build` first (no dist/check-worker.js)');

const dir = mkdtempSync(join(tmpdir(), 'cc-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const examples = fileURLToPath(new URL('../../examples/reports/', import.meta.url));
const EXAMPLES = readdirSync(examples).filter((f) => f.endsWith('.txt')).sort();

/** The examples, 60 bench-style copies of them, other containers and encodings, and files that cannot be checked. */
function writeBatch(): string {
  const root = join(dir, 'batch');
  mkdirSync(join(root, 'copies'), { recursive: true });
  for (const f of EXAMPLES) writeFileSync(join(root, f), readFileSync(join(examples, f)));
  for (let i = 0; i < 60; i++) {
    const text = readFileSync(join(examples, EXAMPLES[i % EXAMPLES.length]!), 'utf8');
    writeFileSync(join(root, 'copies', `${String(i).padStart(3, '0')}.txt`), `${text}\n（第${i + 1}份）\n`);
  }
  writeFileSync(join(root, 'gbk.txt'), toGbk(report('causes-analysed-met.txt')));
  writeFileSync(join(root, 'picture.png'), PNG);
  writeFileSync(join(root, 'old.doc'), OLE2_DOC);
  writeFileSync(join(root, 'empty.txt'), '');
  return root;
}

const FORMATS = ['json', 'ndjson', 'csv', 'sarif', 'junit', 'markdown', 'stylish'];

/** Runs the built CLI on the batch with every format to a file; returns the files, what it printed and its exit code. */
function runBuilt(batch: string, jobs: string) {
  const out = join(dir, `out-${jobs}`);
  mkdirSync(out, { recursive: true });
  const outputs = FORMATS.flatMap((f) => ['--format', f, '-o', join(out, `r.${f}`)]);
  const result = spawnSync(process.execPath, [cli, 'check', batch, join(batch, 'not-there.txt'), ...outputs, '--jobs', jobs], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  const files = Object.fromEntries(FORMATS.map((f) => [f, readFileSync(join(out, `r.${f}`), 'utf8').replaceAll(out, '<out>')]));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, files };
}

describe.skipIf(!BUILT)('check --jobs on the built CLI', () => {
  const batch = writeBatch();

  it('writes every format byte for byte as --jobs 1 does, with the same stderr and exit code', () => {
    const one = runBuilt(batch, '1');
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('picture.png');
    expect(one.files.ndjson!.trim().split('\n')).toHaveLength(EXAMPLES.length + 60 + 5);
    for (const jobs of ['2', '3']) expect(runBuilt(batch, jobs), `--jobs ${jobs}`).toEqual(one);
  }, 240_000);

  it('gives, from a worker thread, the outcome the main thread computes', async () => {
    const poolModule = readdirSync(dist).find((f) => /^job-pool-.*\.js$/.test(f));
    expect(poolModule, 'dist/job-pool-*.js').toBeDefined();
    const { startJobPool } = (await import(pathToFileURL(join(dist, poolModule!)).href)) as { startJobPool: (count: number, settings: JobSettings, capacity: number) => JobPool };
    const settings: JobSettings = { rules: undefined, waivers: undefined, today: '2025-03-01', locale: 'zh-CN', encoding: undefined, inputFormat: undefined, maxBytes: 1 << 20, minScore: null, failOn: 'error', maxWarnings: null, figures: true };
    const pool = startJobPool(2, settings, 16);
    try {
      await vi.waitFor(() => expect(pool.ready).toBe(true), { timeout: 60_000, interval: 10 });
      const files = [...EXAMPLES.map((f) => join(batch, f)), join(batch, 'gbk.txt'), join(batch, 'picture.png')];
      const fromWorkers = await Promise.all(files.map((f) => pool.check(f)));
      const setup = await loadJobSetup(nodeIo(), settings);
      const inProcess = await Promise.all(files.map((f) => checkFile(nodeIo(), setup, f).then((r) => ({ ok: true, ...r }), () => null)));
      expect(fromWorkers.slice(0, -1)).toEqual(inProcess.slice(0, -1));
      expect(fromWorkers.at(-1)).toMatchObject({ ok: false, report: { file: join(batch, 'picture.png'), status: 'error', code: 'INPUT_UNSUPPORTED' } });
    } finally {
      await pool.close();
    }
  }, 120_000);
});
