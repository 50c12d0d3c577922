/// <reference types="node" />
/**
 * The job pool of `check --jobs`, with a stand-in worker (fixtures/workers/echo-worker.mjs): files
 * reach the worker that holds the fewest and come back to the right caller; a worker holds no more
 * than its capacity; a worker that dies fails only the files it held, is replaced a bounded number of
 * times, and then the pool says it has no worker ready, so that the main thread checks the rest.
 * Nothing here is timed: waits are for events, bounded only against a hang.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobSettings } from '../../src/cli/check-job.js';
import type { JobPool } from '../../src/cli/io.js';
import { startJobPool } from '../../src/cli/job-pool.js';

const ECHO = new URL('./fixtures/workers/echo-worker.mjs', import.meta.url);
const MISSING = new URL('./fixtures/workers/no-such-worker.mjs', import.meta.url);
const settings = { label: 'echo' } as unknown as JobSettings;

/** What the echo worker answers: the path it was sent and the thread that saw it. */
type Echo = { file: string; thread: number };

const pools: JobPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function start(count: number, capacity: number, file = ECHO): JobPool {
  const pool = startJobPool(count, settings, capacity, file);
  pools.push(pool);
  return pool;
}

async function whenReady(pool: JobPool): Promise<void> {
  await vi.waitFor(() => expect(pool.ready).toBe(true), { timeout: 30_000, interval: 5 });
}

async function echo(pool: JobPool, path: string): Promise<Echo> {
  const outcome = await pool.check(path);
  if (!outcome.ok) throw new Error('the echo worker always answers ok');
  return outcome.assessment as unknown as Echo;
}

describe('startJobPool', () => {
  it('is not ready before a worker says so, then hands each file back to its caller', async () => {
    const pool = start(2, 8);
    expect(pool.ready).toBe(false);
    await whenReady(pool);
    const paths = Array.from({ length: 8 }, (_v, i) => `file-${i}.txt`);
    const answers = await Promise.all(paths.map((p) => echo(pool, p)));
    expect(answers.map((a) => a.file)).toEqual(paths);
  }, 60_000);

  it('sends files handed out together to the worker holding the fewest: both workers get some', async () => {
    const pool = start(2, 8);
    const threads = new Set<number>();
    // Once both workers are ready, two files handed out at once go one to each.
    await vi.waitFor(
      async () => {
        for (const a of await Promise.all([echo(pool, 'x.txt'), echo(pool, 'y.txt')])) threads.add(a.thread);
        expect(threads.size).toBe(2);
      },
      { timeout: 30_000, interval: 5 },
    );
  }, 60_000);

  it('holds no more files per worker than its capacity: full, it is not ready, and refuses a file', async () => {
    const pool = start(1, 3);
    await whenReady(pool);
    const held = Array.from({ length: 3 }, (_v, i) => echo(pool, `held-${i}`));
    expect(pool.ready).toBe(false);
    await expect(pool.check('one-too-many')).rejects.toThrow(/no worker thread is ready/);
    expect((await Promise.all(held)).map((a) => a.file)).toEqual(['held-0', 'held-1', 'held-2']);
    expect(pool.ready).toBe(true);
  }, 60_000);

  it.each([
    ['exits', 'crash.txt', /exit code 3/],
    ['throws', 'throw.txt', /thrown by echo/],
  ])('a worker that %s fails the files it held, and a new one takes the next file', async (_how, bad, message) => {
    const pool = start(1, 4);
    await whenReady(pool);
    const batch = [pool.check('before.txt'), pool.check(bad)];
    await expect(batch[1]).rejects.toThrow(message);
    // Sent in one turn, the two went in one message to the same worker: both are lost with it.
    await expect(batch[0]).rejects.toThrow(message);
    await whenReady(pool);
    expect((await echo(pool, 'after.txt')).file).toBe('after.txt');
  }, 60_000);

  it('replaces dead workers a bounded number of times, then is never ready again: no file waits for ever', async () => {
    const pool = start(1, 4);
    // The first worker and two replacements (RESTARTS_PER_WORKER = 2 for one worker).
    for (let round = 0; round < 3; round++) {
      await whenReady(pool);
      await expect(pool.check(`crash-${round}.txt`)).rejects.toThrow(/exit code 3/);
    }
    expect(pool.ready).toBe(false);
    await expect(pool.check('after.txt')).rejects.toThrow(/no worker thread is ready/);
  }, 60_000);

  it('with a worker script that cannot load, never becomes ready, and closes', async () => {
    const pool = start(2, 4, MISSING);
    const failures: unknown[] = [];
    // Each failed start is replaced while restarts are left; reading `ready` is what replaces them.
    await vi.waitFor(
      () => {
        failures.push(pool.ready);
        expect(failures.length).toBeGreaterThan(20);
      },
      { timeout: 30_000, interval: 20 },
    );
    expect(failures.every((f) => f === false)).toBe(true);
    await expect(pool.close()).resolves.toBeUndefined();
  }, 60_000);
});
