/**
 * runBatch: results handed on in input order whatever order they finish in, never more than the pool's
 * files in flight (a batch holds only those), and a stop that starts no new file but hands on the ones started.
 */
import { describe, expect, it } from 'vitest';
import { runBatch, type Settled } from '../../src/cli/check-batch.js';

/** A check that finishes after `delays[i]` turns of the event loop, counting the files in flight. */
function timedCheck(delays: readonly number[]) {
  const state = { inFlight: 0, most: 0, started: [] as number[] };
  const check = async (i: number): Promise<number> => {
    state.started.push(i);
    state.inFlight += 1;
    state.most = Math.max(state.most, state.inFlight);
    for (let t = 0; t < delays[i]!; t++) await new Promise((resolve) => setImmediate(resolve));
    state.inFlight -= 1;
    if (i === 3) throw new Error('unreadable');
    return i * 10;
  };
  return { state, check };
}

describe('runBatch', () => {
  it.each([
    ['later files finish first', [5, 4, 3, 2, 1, 0, 3, 1], 3],
    ['all at once', [0, 0, 0, 0, 0], 1],
    ['one file slow', [9, 0, 0, 0, 0, 0, 0], 4],
  ])('%s: emitted in input order, at most the pool in flight', async (_name, delays, concurrency) => {
    const { state, check } = timedCheck(delays);
    const emitted: Array<[number, Settled<number>]> = [];
    const done = await runBatch(delays.map((_d, i) => i), check, (i, r) => emitted.push([i, r]), { concurrency, stopped: () => false });
    expect(done).toBe(delays.length);
    expect(emitted.map(([i]) => i)).toEqual(delays.map((_d, i) => i));
    expect(emitted.map(([, r]) => (r.ok ? r.value : 'error'))).toEqual(delays.map((_d, i) => (i === 3 ? 'error' : i * 10)));
    expect(state.most).toBeLessThanOrEqual(concurrency);
  });

  it('after a stop, starts no new file and hands on every file started', async () => {
    const delays = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
    const { state, check } = timedCheck(delays);
    const emitted: number[] = [];
    let stop = false;
    const done = await runBatch(delays.map((_d, i) => i), check, (i) => {
      emitted.push(i);
      if (i === 2) stop = true;
    }, { concurrency: 3, stopped: () => stop });
    expect(done).toBe(emitted.length);
    expect(emitted).toEqual(state.started);
    expect(emitted).toEqual([0, 1, 2, 3, 4]);
  });
});
