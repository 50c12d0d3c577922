/// <reference types="node" />
/**
 * The parts of the real {@link CliIo} that checking a batch needs beyond reading one file: listing
 * folders, writing output files whole or a line at a time, the progress bar and Ctrl-C.
 */
import { createWriteStream } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import type CliProgress from 'cli-progress';
import type { AtomicSink, CliIo, DirEntry, JobRunner, OutputSink, ProgressBar } from './io.js';

// cli-progress (a CommonJS package) is required only when a bar is drawn, on a terminal: runs in
// scripts and CI, where standard error is a pipe, never load it. require() keeps progress() synchronous.
const requireCjs = createRequire(import.meta.url);

async function readDir(folder: string): Promise<DirEntry[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries.map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
}

async function openFile(file: string): Promise<OutputSink> {
  const stream = createWriteStream(file);
  await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  return {
    write: (text) => void stream.write(text),
    close: () => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))),
  };
}

/** Temp file in the same folder, so the rename stays on one file system and is atomic. */
async function openFileAtomic(file: string): Promise<AtomicSink> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const sink = await openFile(temp);
  // A write that failed (a full disk) shows when the file is closed: the temp file is removed then.
  const close = () => sink.close().catch(async (error: unknown) => {
    await rm(temp, { force: true });
    throw error;
  });
  return {
    write: sink.write,
    async commit() {
      await close();
      try {
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async discard() {
      await close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}

/** cli-progress draws the bar, the count and the ETA; the rate is ours, as it has none. */
function progress(total: number, format: string): ProgressBar | null {
  if (process.stderr.isTTY !== true) return null;
  const cliProgress = requireCjs('cli-progress') as typeof CliProgress;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format, hideCursor: true, clearOnComplete: true, etaBuffer: 20, fps: 10 },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  bar.start(total, 0, { rate: '0.0' });
  return {
    tick() {
      done += 1;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, { rate: (done / seconds).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}

function onInterrupt(handler: () => void): () => void {
  process.on('SIGINT', handler);
  return () => void process.off('SIGINT', handler);
}

/** Worker threads for --jobs; the pool (and node:worker_threads) is loaded only by a run that uses them. */
const jobs: JobRunner = {
  cpus: availableParallelism(),
  load: () => loadavg()[0] ?? 0,
  start: async (count, settings, capacity) => (await import('./job-pool.js')).startJobPool(count, settings, capacity),
};

/**
 * The batch members of the CliIo of the running Node process.
 *
 * @example
 * const io: CliIo = { ...base, ...nodeBatchIo() }
 */
export function nodeBatchIo(): Pick<CliIo, 'readDir' | 'openFileAtomic' | 'openFile' | 'progress' | 'onInterrupt' | 'separator' | 'jobs'> {
  return { readDir, openFileAtomic, openFile, progress, onInterrupt, separator: path.sep === '\\' ? '\\' : '/', jobs };
}
