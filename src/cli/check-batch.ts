/**
 * Checking a batch: a few files read and checked at once (reading overlaps with checking), results
 * handed on strictly in input order as soon as each one and all before it are done, and a stop
 * (Ctrl-C) that starts no new file but hands on everything already finished.
 *
 * Only the files in flight are held: a result is dropped as soon as it is handed on, so memory stays
 * flat over a batch of any size (a pool over every file at once, as p-limit gives, keeps each settled
 * result reachable until the whole batch is done).
 */

/** How many files are read and checked at once: enough to overlap disk and CPU, little memory. */
export const CONCURRENCY = 4;

/**
 * Files in hand per worker thread (--jobs): a batch being checked and the next one queued, so a
 * worker never waits for the main thread, and one slow file does not idle the others before the
 * window fills. The files handed on in one turn go to a worker in one message (job-pool.ts).
 */
export const FILES_PER_WORKER = 16;

/**
 * Under `--jobs auto`, the smallest batch checked with a worker thread: below it, starting one costs
 * more than it saves (measured on a quiet 2-core machine: about even at 3,000–5,000 files, 1.11–1.17×
 * faster at 10,000; README).
 */
export const AUTO_JOBS_MIN_FILES = 5000;

/** Under `--jobs auto`, the most threads (measured best on 2 cores: README). */
export const AUTO_JOBS_MAX = 2;

/**
 * How many threads check a batch of `files` files on a machine of `cpus` cores whose load average
 * (runnable threads, over the last minute) is `load`: 1 means the main thread alone, n the main
 * thread and n − 1 workers. Never more threads than files. Under `auto`, more than one only for a
 * large batch and while a core is idle: on a busy machine a second thread only takes turns with the
 * first and costs more CPU time (README).
 *
 * @example
 * jobCount('auto', 50, 2, 0) // 1
 * jobCount('auto', 5000, 2, 0.3) // 2
 * jobCount('auto', 5000, 2, 3.5) // 1
 * jobCount(3, 2, 8, 0) // 2
 */
export function jobCount(jobs: number | 'auto', files: number, cpus: number, load: number): number {
  if (jobs !== 'auto') return Math.max(1, Math.min(jobs, files));
  if (files < AUTO_JOBS_MIN_FILES || cpus < 2 || load > cpus - 1) return 1;
  return Math.min(cpus, AUTO_JOBS_MAX);
}

/** What checking one entry gave: its value, or the error that stopped it. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** How a batch runs. */
export interface BatchControl {
  /** Files at once. */
  concurrency: number;
  /** True once the batch should start no new file. */
  stopped(): boolean;
}

async function settle<T>(run: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Runs `check` over the items, at most `concurrency` at once, and calls `emit` in input order. Returns
 * how many items were emitted: all of them, unless the batch was stopped.
 *
 * @example
 * const done = await runBatch(files, (f) => checkOne(f), (f, result) => write(f, result), { concurrency: 4, stopped: () => false })
 */
export async function runBatch<I, T>(
  items: readonly I[],
  check: (item: I) => Promise<T>,
  emit: (item: I, result: Settled<T>) => void,
  control: BatchControl,
): Promise<number> {
  // The files in flight, oldest first: started in input order, so they are handed on in it too.
  const window: Array<Promise<Settled<T>>> = [];
  let emitted = 0;
  const emitOldest = async () => {
    const result = await window.shift()!;
    emit(items[emitted]!, result);
    emitted += 1;
  };
  for (const item of items) {
    if (control.stopped()) break;
    window.push(settle(() => check(item)));
    if (window.length >= control.concurrency) await emitOldest();
  }
  // The files already started are finished and handed on, after a stop too.
  while (window.length > 0) await emitOldest();
  return emitted;
}
