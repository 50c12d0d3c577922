/// <reference types="node" />
/**
 * The worker threads of `check --jobs N`: N workers (check-worker.ts), each sent files to check and
 * answering with their outcomes, a file going to the ready worker with the fewest files in hand. The
 * files handed out in one turn of the event loop go to a worker as one message, answered as one: a
 * message between threads costs about 0.12 ms of CPU, four times what cloning an assessment does.
 *
 * A worker is ready once it has loaded the rule set: until one is, the pool says so and the main
 * thread checks files itself, which also hides the workers' start-up. A worker that dies (a crash,
 * running out of memory) fails the files it held with an internal error and is replaced, a bounded
 * number of times; with none left the main thread checks the rest. A batch never hangs on a worker.
 */
import { Worker } from 'node:worker_threads';
import type { JobOutcome, JobSettings } from './check-job.js';
import type { JobMessage, JobRequest } from './check-worker.js';
import type { FileStat, JobPool } from './io.js';

// Beside the chunk holding this module: tsup builds the worker as an entry of its own in dist/.
const WORKER_FILE = new URL('./check-worker.js', import.meta.url);

/** Workers started in place of dead ones, per worker asked for, before the pool gives up on them. */
const RESTARTS_PER_WORKER = 2;

interface Pending {
  resolve(outcome: JobOutcome): void;
  reject(error: unknown): void;
}

/** One worker and the files it holds. */
interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Requests not yet posted: sent together at the end of this turn of the event loop. */
  outbox: JobRequest[];
  ready: boolean;
  dead: boolean;
}

function flush(slot: Slot): void {
  const requests = slot.outbox;
  slot.outbox = [];
  if (!slot.dead) slot.worker.postMessage(requests);
}

function startSlot(workerFile: URL, settings: JobSettings, onDeath: (slot: Slot, error: Error) => void): Slot {
  const slot: Slot = { worker: new Worker(workerFile, { workerData: settings }), pending: new Map(), outbox: [], ready: false, dead: false };
  slot.worker.on('message', (message: JobMessage) => {
    if ('ready' in message) {
      slot.ready = true;
      return;
    }
    for (const { id, outcome } of message.answers) {
      const pending = slot.pending.get(id);
      slot.pending.delete(id);
      pending?.resolve(outcome);
    }
  });
  slot.worker.on('error', (error) => onDeath(slot, error));
  // Answers that cannot be read would leave their files waiting for ever: the worker is lost to the run.
  slot.worker.on('messageerror', (error) => {
    onDeath(slot, error);
    void slot.worker.terminate();
  });
  slot.worker.on('exit', (code) => onDeath(slot, new Error(`worker thread stopped (exit code ${code})`)));
  return slot;
}

/**
 * Starts `count` workers checking files with `settings`, each holding at most `capacity` files at
 * once; `workerFile` is the worker's script (the built check-worker.js beside this module).
 *
 * @example
 * const pool = startJobPool(2, settings, 16)
 * if (pool.ready) outcome = await pool.check('reports/a.txt')
 * await pool.close()
 */
export function startJobPool(count: number, settings: JobSettings, capacity: number, workerFile: URL = WORKER_FILE): JobPool {
  let restarts = count * RESTARTS_PER_WORKER;
  let closing = false;
  let nextId = 0;
  const onDeath = (slot: Slot, error: Error) => {
    if (slot.dead) return;
    slot.dead = true;
    slot.ready = false;
    for (const pending of slot.pending.values()) pending.reject(error);
    slot.pending.clear();
    slot.outbox = [];
  };
  const slots = Array.from({ length: count }, () => startSlot(workerFile, settings, onDeath));
  const replaceDead = () => {
    for (let i = 0; i < slots.length && restarts > 0 && !closing; i++) {
      if (!slots[i]!.dead) continue;
      restarts -= 1;
      slots[i] = startSlot(workerFile, settings, onDeath);
    }
  };
  /** The ready worker with the fewest files in hand, if it has room for one more. */
  const pick = (): Slot | null => {
    let best: Slot | null = null;
    for (const slot of slots) if (slot.ready && (best === null || slot.pending.size < best.pending.size)) best = slot;
    return best !== null && best.pending.size < capacity ? best : null;
  };
  return {
    size: count,
    get ready() {
      replaceDead();
      return pick() !== null;
    },
    check(path: string, stat?: FileStat): Promise<JobOutcome> {
      const slot = pick();
      if (slot === null) return Promise.reject(new Error('no worker thread is ready for a file'));
      const id = nextId++;
      if (slot.outbox.length === 0) setImmediate(() => flush(slot));
      slot.outbox.push({ id, path, stat });
      return new Promise((resolve, reject) => slot.pending.set(id, { resolve, reject }));
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
