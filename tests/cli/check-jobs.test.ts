/// <reference types="node" />
/**
 * `check --jobs`, in-process: a fake job runner stands in for the worker threads (the real ones are
 * tested on the built CLI in check-jobs-built.test.ts). It checks each file as a worker does (the same
 * setup loaded from the settings it is given, the same checkFile) but answers out of order, so the
 * main thread's part is what is tested: the input order kept, every output the same bytes as with
 * --jobs 1, standard input and expansion errors kept in-process, a lost worker's file reported as an
 * internal error, --jobs auto by the size of the batch, and Ctrl-C.
 */
import { describe, expect, it } from 'vitest';
import { AUTO_JOBS_MAX, AUTO_JOBS_MIN_FILES, jobCount } from '../../src/cli/check-batch.js';
import { checkFile, describeFailure, loadJobSetup, type JobOutcome, type JobSettings, type JobSetup } from '../../src/cli/check-job.js';
import type { CliIo, FileStat, JobPool, JobRunner } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { getCliMessages } from '../../src/messages/cli/index.js';
import { OLE2_DOC, PNG, report, toDocx, toGbk, toHtmlPage } from './build-inputs.js';
import { fakeIo, type FakeEntry, type FakeIo, type FakeIoOptions } from './fake-io.js';

const NAMES = ['causes-analysed-met', 'no-figures', 'published-late', 'lookalike-work-plan', 'layout-run-in-headings', 'layout-web-page-chrome', 'no-shortcomings-section', 'layout-part-numbering'];

/** The batch: reports in several containers and encodings, bench-style copies, and files that cannot be checked. */
async function batchFiles(): Promise<Record<string, FakeEntry>> {
  const files: Record<string, FakeEntry> = {};
  NAMES.forEach((n, i) => {
    files[`in/${String(i).padStart(2, '0')}-${n}.txt`] = report(`${n}.txt`);
    // As the bench makes them: the same text, each with a closing line of its own.
    files[`in/copies/${n}-copy.txt`] = `${report(`${n}.txt`)}\n（第${i + 1}份）\n`;
  });
  files['in/gbk.txt'] = toGbk(report('causes-analysed-met.txt'));
  files['in/page.html'] = toHtmlPage(report('no-figures.txt'));
  files['in/word.docx'] = await toDocx(report('published-late.txt'));
  files['in/picture.png'] = PNG;
  files['in/old.doc'] = OLE2_DOC;
  files['in/empty.txt'] = '';
  files['in/locked.txt'] = { unreadable: 'EACCES' };
  return files;
}

/** The formats written to files in one run, and their files. */
const OUTPUTS = ['json', 'ndjson', 'csv', 'sarif', 'junit', 'markdown', 'stylish'].flatMap((f) => ['--format', f, '-o', `out.${f}`]);

/** How the fake runner behaves: no worker ready for the first calls, files whose worker dies, a pool that cannot start. */
interface JobsFake {
  coldFiles?: number;
  lose?: (path: string) => boolean;
  failStart?: boolean;
}

/** What the fake runner did. */
interface RunnerLog {
  started: Array<{ count: number; capacity: number; settings: JobSettings }>;
  checked: string[];
}

/**
 * A job runner whose workers are this thread: each file is checked with a setup loaded from the
 * settings alone (as a worker loads it), answered after a number of event-loop turns that makes later
 * files finish first. The first `coldFiles` calls find no worker ready; `lose` names files whose worker dies.
 */
function fakeRunner(io: CliIo, options: JobsFake = {}): { runner: JobRunner; log: RunnerLog } {
  const log: RunnerLog = { started: [], checked: [] };
  const runner: JobRunner = {
    cpus: 2,
    load: () => 0,
    async start(count, settings, capacity) {
      log.started.push({ count, capacity, settings });
      if (options.failStart) throw new Error('Cannot find module job-pool.js');
      let setup: Promise<JobSetup> | null = null;
      let asked = 0;
      const pool: JobPool = {
        size: count,
        get ready() {
          return ++asked > (options.coldFiles ?? 0);
        },
        async check(path: string, stat?: FileStat): Promise<JobOutcome> {
          log.checked.push(path);
          const delay = 8 - (log.checked.length % 8);
          for (let t = 0; t < delay; t++) await new Promise((resolve) => setImmediate(resolve));
          if (options.lose?.(path)) throw new Error('worker thread stopped (exit code 1)');
          setup ??= loadJobSetup(io, settings);
          try {
            const { assessment, source } = await checkFile(io, await setup, path, stat);
            // Across a thread boundary the outcome is a structured clone: so it is here.
            return structuredClone({ ok: true, assessment, source });
          } catch (error) {
            return { ok: false, report: describeFailure(path, error, getCliMessages(settings.locale)) };
          }
        },
        close: async () => undefined,
      };
      return pool;
    },
  };
  return { runner, log };
}

async function run(argv: string[], jobs: JobsFake | null, ioOptions: FakeIoOptions = {}, extra: Record<string, FakeEntry> = {}) {
  const io: FakeIo = fakeIo({ ...(await batchFiles()), ...extra }, ioOptions);
  const fake = jobs ? fakeRunner(io, jobs) : null;
  if (fake) (io as CliIo).jobs = fake.runner;
  const code = await runCli(['check', ...argv], io);
  return { code, io, log: fake?.log ?? null };
}

/** Every output file of a run, and what it printed. */
function outputsOf(io: FakeIo) {
  return { out: io.out, err: io.err, files: Object.fromEntries(['json', 'ndjson', 'csv', 'sarif', 'junit', 'markdown', 'stylish'].map((f) => [f, io.file(`out.${f}`)])) };
}

describe('jobCount', () => {
  it.each([
    ['--jobs 1', 1, 5000, 2, 0, 1],
    ['--jobs 2', 2, 5000, 2, 0, 2],
    ['--jobs 2 on a busy machine: as asked', 2, 5000, 2, 9, 2],
    ['--jobs 4 on 2 cores: as asked', 4, 5000, 2, 0, 4],
    ['never more than files', 8, 3, 16, 0, 3],
    ['auto, a small batch', 'auto', AUTO_JOBS_MIN_FILES - 1, 8, 0, 1],
    ['auto, a large batch, a core idle', 'auto', AUTO_JOBS_MIN_FILES, 2, 0.9, 2],
    ['auto, a large batch, no core idle', 'auto', 100_000, 2, 1.1, 1],
    ['auto, many cores: at most AUTO_JOBS_MAX', 'auto', 100_000, 16, 0, AUTO_JOBS_MAX],
    ['auto, one core', 'auto', 100_000, 1, 0, 1],
  ] as const)('%s', (_name, jobs, files, cpus, load, expected) => {
    expect(jobCount(jobs, files, cpus, load)).toBe(expected);
  });
});

describe('check --jobs (in-process workers)', () => {
  it('writes every format byte for byte as --jobs 1 does, in input order, with the same stderr and exit code', async () => {
    const one = await run(['in', '-', ...OUTPUTS, '--jobs', '1'], null, { stdin: report('no-figures.txt') });
    const two = await run(['in', '-', ...OUTPUTS, '--jobs', '2'], {}, { stdin: report('no-figures.txt') });
    expect(two.code).toBe(one.code);
    expect(outputsOf(two.io)).toEqual(outputsOf(one.io));
    // Something of each kind was in the batch: checked reports and unreadable files.
    expect(one.io.file('out.ndjson')!.split('\n').filter((l) => l.includes('"status":"error"'))).toHaveLength(4);
    expect(one.io.err).toContain('in/picture.png');
    // The main thread starts one worker beside itself; standard input is never sent to it.
    expect(two.log!.started.map((s) => s.count)).toEqual([1]);
    expect(two.log!.checked).not.toContain('-');
    expect(two.log!.checked.length).toBe(Object.keys(await batchFiles()).length);
  });

  it('checks files in the main thread until a worker is ready, with the same outputs', async () => {
    const one = await run(['in', ...OUTPUTS, '--jobs', '1'], null);
    const cold = await run(['in', ...OUTPUTS, '--jobs', '2'], { coldFiles: 5 });
    expect(outputsOf(cold.io)).toEqual(outputsOf(one.io));
    expect(cold.log!.checked.length).toBe(Object.keys(await batchFiles()).length - 5);
  });

  it('checks every file in the main thread when the pool cannot start, with the same outputs', async () => {
    const one = await run(['in', ...OUTPUTS, '--jobs', '1'], null);
    const broken = await run(['in', ...OUTPUTS, '--jobs', '2'], { failStart: true });
    expect(broken.log!.started).toHaveLength(1);
    expect(broken.log!.checked).toEqual([]);
    expect(broken.code).toBe(one.code);
    expect(outputsOf(broken.io)).toEqual(outputsOf(one.io));
  });

  it('hands the workers the settings to load the same rule set, waivers and verdict options', async () => {
    const { log } = await run(['in', '--format', 'json', '--jobs', '3', '--min-score', '70', '--fail-on', 'warning', '--locale', 'en', '--max-size', '5MB'], {});
    expect(log!.started).toEqual([
      expect.objectContaining({ count: 2, settings: expect.objectContaining({ rules: undefined, minScore: 70, failOn: 'warning', locale: 'en', maxBytes: 5 * 1024 * 1024, maxWarnings: null }) }),
    ]);
  });

  it.each([
    [['--format', 'json'], false],
    [['--format', 'ndjson', '-o', 'a.ndjson', '--format', 'csv', '-o', 'a.csv'], false],
    [['--format', 'json', '-o', 'a.json', '--format', 'html', '-o', 'a.html'], true],
    [['--format', 'figures'], true],
  ])('asks the workers for key figures only when an output shows them: %j', async (formats, figures) => {
    const { log } = await run(['in', ...formats, '--jobs', '2'], {});
    expect(log!.started).toEqual([expect.objectContaining({ settings: expect.objectContaining({ figures }) })]);
  });

  it('reports a file whose worker was lost as an internal error, and checks the others', async () => {
    const lost = 'in/03-lookalike-work-plan.txt';
    const { code, io } = await run(['in', '--format', 'ndjson', '-o', 'out.ndjson', '--jobs', '2'], { lose: (p) => p === lost });
    const lines = io.file('out.ndjson')!.trim().split('\n').map((l) => JSON.parse(l) as { file: string; code?: string });
    expect(lines.find((l) => l.file === lost)).toMatchObject({ status: 'error', code: 'INTERNAL' });
    expect(lines.filter((l) => l.code === 'INTERNAL')).toHaveLength(1);
    expect(io.err).toContain('worker thread stopped');
    expect(code).toBe(2);
  });

  it.each([
    ['a rule set that is not there', ['--rules', 'missing.yaml'], 'missing.yaml'],
    ['a waivers file that is not there', ['--waivers', 'missing-waivers.yaml'], 'missing-waivers.yaml'],
  ])('reports %s once, from the main thread, and starts no worker', async (_name, args, file) => {
    const { code, io, log } = await run(['in', '--format', 'json', '--jobs', '2', ...args], {});
    expect(code).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain(file);
    expect(io.out).toBe('');
    expect(log!.started).toEqual([]);
  });

  it('under --jobs auto, starts no worker for a batch this small', async () => {
    const { log } = await run(['in', '--format', 'json'], {});
    expect(log!.started).toEqual([]);
  });

  it('on Ctrl-C starts no new file, hands on every file started, and exits 130', async () => {
    // More files than the window holds (the worker's and the main thread's share).
    const more = Object.fromEntries(Array.from({ length: 60 }, (_v, i) => [`in/more/${String(i).padStart(2, '0')}.txt`, report('no-figures.txt')]));
    let reads = 0;
    const interrupt = { beforeRead: (_p: string, self: FakeIo) => void (++reads === 3 && self.interrupt()) };
    const { code, io, log } = await run(['in', '--format', 'ndjson', '-o', 'out.ndjson', '--jobs', '2'], {}, interrupt, more);
    expect(code).toBe(130);
    const written = io.file('out.ndjson')!.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
    // Every file handed to a worker is written, in input order, and nothing after.
    expect(written).toEqual(log!.checked);
    expect(written.length).toBeLessThan(Object.keys(await batchFiles()).length + 60);
    expect(io.err).toMatch(/已中断|interrupted/);
  });
});
