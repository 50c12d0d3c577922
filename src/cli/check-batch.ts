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
