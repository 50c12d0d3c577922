/// <reference types="node" />
/**
 * The worker thread of `check --jobs N`, an entry of its own in the CLI build (dist/check-worker.js).
 * It loads the run's rule set and waivers with the main thread's loaders, then reads, decodes and
 * assesses each file it is sent and posts back the outcome (see job-pool.ts): the assessment and its
 * source by structured clone, or the described entry of a file that could not be checked. Formatting
 * and writing stay on the main thread, which alone keeps the input order and each format's state.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getCliMessages } from '../messages/cli/index.js';
import { checkFile, describeFailure, loadJobSetup, type JobOutcome, type JobSettings } from './check-job.js';
import type { FileStat } from './io.js';
import { nodeIo } from './node-io.js';

/** A file to check, as the pool sends it. */
export interface JobRequest {
  id: number;
  path: string;
  stat: FileStat | undefined;
}

/** The outcome of a {@link JobRequest}. */
export interface JobAnswer {
  id: number;
  outcome: JobOutcome;
}

/**
 * What a worker posts: that it is ready, or the answers to the requests of one message. Requests and
 * answers travel a batch to a message: each message costs far more than cloning what it holds.
 */
export type JobMessage = { ready: true } | { answers: JobAnswer[] };

const settings = workerData as JobSettings;
const io = nodeIo();
const messages = getCliMessages(settings.locale);
// The main thread loaded the same rule set moments before and stopped on any error; should it fail
// here all the same (the file changed in between), every file says why instead of the run hanging.
const setup = loadJobSetup(io, settings);
// Ready either way: a setup error is each file's answer.
void setup.then(
  () => parentPort!.postMessage({ ready: true } satisfies JobMessage),
  () => parentPort!.postMessage({ ready: true } satisfies JobMessage),
);

async function answer(request: JobRequest): Promise<JobOutcome> {
  try {
    const { assessment, source } = await checkFile(io, await setup, request.path, request.stat);
    return { ok: true, assessment, source };
  } catch (error) {
    return { ok: false, report: describeFailure(request.path, error, messages) };
  }
}

function post(answers: JobAnswer[], requests: readonly JobRequest[]): void {
  try {
    parentPort!.postMessage({ answers } satisfies JobMessage);
  } catch (error) {
    // An outcome that cannot be cloned is an internal error of these files, not of the whole run.
    const failed = requests.map((r) => ({ id: r.id, outcome: { ok: false as const, report: describeFailure(r.path, error, messages) } }));
    parentPort!.postMessage({ answers: failed } satisfies JobMessage);
  }
}

parentPort!.on('message', (requests: JobRequest[]) => {
  void (async () => {
    const answers: JobAnswer[] = [];
    for (const request of requests) answers.push({ id: request.id, outcome: await answer(request) });
    post(answers, requests);
  })();
});
