/**
 * Checking a batch: a few files read and checked at once (reading overlaps with checking), results
 * handed on strictly in input order as soon as each one and all before it are done, and a stop
 * (Ctrl-C) that starts no new file but hands on everything already finished.
 */
import pLimit from 'p-limit';

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

/**
 * Runs `check` over the items with a small pool and calls `emit` in input order. Returns how many
 * items were emitted: all of them, unless the batch was stopped.
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
  const limit = pLimit(control.concurrency);
  // A task that starts after the stop settles to null at once, so that nothing waits on it.
  const tasks = items.map((item) =>
    limit(async (): Promise<Settled<T> | null> => {
      if (control.stopped()) return null;
      try {
        return { ok: true, value: await check(item) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );
  let emitted = 0;
  for (const [i, task] of tasks.entries()) {
    const result = await task;
    if (result === null) break;
    emit(items[i]!, result);
    emitted += 1;
  }
  // Let the tasks after a stop settle, so none runs on after this returns.
  await Promise.all(tasks);
  return emitted;
}
