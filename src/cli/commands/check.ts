/**
 * `compliance-checklist check <files…>`: load the rule set and the waivers, expand the files (folders,
 * patterns), check each report and write it to every output as soon as it and those before it are
 * done, then the summary, and an exit code that says what the outputs say.
 */
import { showsFigures } from '../../format/index.js';
import { getCliMessages, type CliMessages } from '../../messages/cli/index.js';
import { CONCURRENCY, FILES_PER_WORKER, jobCount, runBatch, type Settled } from '../check-batch.js';
import { assessOptionsFor, checkFile, describeFailure, type JobOutcome, type JobSettings, type JobSetup } from '../check-job.js';
import { CliError } from '../cli-error.js';
import { expandInputs, type InputEntry } from '../expand-inputs.js';
import { EXIT, exitCodeFor, type ExitCode } from '../exit-policy.js';
import { IGNORE_FILE, parseIgnoreFile } from '../ignore.js';
import { describeSystemError, type CliIo, type JobPool } from '../io.js';
import { loadRules, readUtf8 } from '../load-rules.js';
import type { CheckOptions } from '../options.js';
import { openWriter, type OutputWriter } from '../outputs.js';
import { STDIN } from '../read-report.js';
import { printError } from '../report-error.js';
import { addAssessment, deadlineRequirements, formatSummary, newSummary, type BatchSummary } from '../summary.js';
import type { RuleSet } from '../../types.js';

/** What a worker needs to load the run's rule set and check files as the main thread does. */
function jobSettings(options: CheckOptions, today: string): JobSettings {
  return {
    rules: options.rules,
    waivers: options.waivers,
    today,
    locale: options.locale,
    encoding: options.encoding,
    inputFormat: options.inputFormat,
    maxBytes: options.maxBytes,
    minScore: options.minScore,
    failOn: options.failOn,
    maxWarnings: options.maxWarnings,
    figures: options.outputs.some((o) => showsFigures(o.format)),
  };
}

/** The rule set and the waivers, or the exit code when either cannot be used (reported on stderr). */
async function prepare(options: CheckOptions, io: CliIo, messages: CliMessages): Promise<JobSetup | ExitCode> {
  let ruleSet: RuleSet;
  try {
    ruleSet = await loadRules(io, options.rules, options.maxBytes);
  } catch (error) {
    printError(io, error, messages);
    return EXIT.error;
  }
  const settings = jobSettings(options, io.today());
  try {
    return { settings, ruleSet, assessOptions: await assessOptionsFor(io, settings, ruleSet) };
  } catch (error) {
    printError(io, error, messages, { subject: 'waivers' });
    return EXIT.error;
  }
}

/** The patterns of the ignore file in the current folder, if there is one. */
async function ignoreFilePatterns(io: CliIo): Promise<string[]> {
  const file = await readUtf8(io, IGNORE_FILE);
  return file && 'text' in file ? parseIgnoreFile(file.text) : [];
}

/** A writer per output; a file that cannot be opened stops the run before any report is read. */
async function openWriters(options: CheckOptions, io: CliIo, ruleSet: RuleSet): Promise<OutputWriter[]> {
  const writers: OutputWriter[] = [];
  for (const target of options.outputs) {
    // Colours only on a terminal: never in a file.
    const color = target.file === null && options.color;
    try {
      // The rule set lets sarif, csv and html describe every requirement, met by all reports or not.
      writers.push(await openWriter(io, target, { locale: options.locale, color, includeText: options.includeText, ruleSet }));
    } catch (error) {
      await Promise.all(writers.map((w) => w.abort()));
      throw new CliError('OUTPUT_UNWRITABLE', { file: target.file ?? '-', detail: describeSystemError(error) }, { cause: error });
    }
  }
  return writers;
}

/** Where the summary goes: with stylish output or on an otherwise unused stdout; else on stderr. */
function summaryStream(options: CheckOptions, io: CliIo): ((text: string) => void) | null {
  const onStdout = options.outputs.find((o) => o.file === null);
  if (!onStdout || onStdout.format === 'stylish') return (t) => io.stdout(onStdout ? `\n${t}` : t);
  return options.quiet ? null : (t) => io.stderr(t);
}

/** Worker threads for the batch, when --jobs (or auto for a batch this large) asks for them and the io has them. */
async function startPool(entries: InputEntry[], setup: JobSetup, options: CheckOptions, io: CliIo): Promise<JobPool | null> {
  if (!io.jobs) return null;
  // Standard input and files that failed to expand are handled by the main thread.
  const files = entries.filter((e) => !e.error && e.path !== STDIN).length;
  // The main thread is one of the threads: it checks a file itself whenever every worker's hands are full.
  const threads = jobCount(options.jobs, files, io.jobs.cpus, io.jobs.load());
  if (threads < 2) return null;
  try {
    return await io.jobs.start(threads - 1, setup.settings, FILES_PER_WORKER);
  } catch {
    // The pool's chunk could not be loaded (a damaged install): the main thread checks every file.
    return null;
  }
}

/** Checks the entries, writing each result everywhere as it comes; returns false when stopped. */
async function checkEntries(entries: InputEntry[], setup: JobSetup, options: CheckOptions, io: CliIo, writers: OutputWriter[], summary: BatchSummary): Promise<boolean> {
  const messages = getCliMessages(options.locale);
  const deadlines = deadlineRequirements(setup.ruleSet);
  const pool = await startPool(entries, setup, options, io);
  // No bar where stdout is the terminal too: the reports scrolling by are the progress.
  const bar = options.quiet || entries.length < 2 || (io.isTTY && options.outputs.some((o) => o.file === null)) ? null : io.progress(entries.length, messages.progress);
  let stopped = false;
  const release = io.onInterrupt(() => void (stopped = true));
  const check = async (entry: InputEntry): Promise<JobOutcome> => {
    if (entry.error) throw entry.error;
    // While no worker can take it (starting up, hands full, or none left), the main thread checks the file itself.
    if (pool?.ready && entry.path !== STDIN) return pool.check(entry.path, entry.stat);
    // A file read from disk and checked settles in microtasks alone: give the workers' messages
    // (ready, outcomes) their turn of the event loop first.
    if (pool) await new Promise((resolve) => setImmediate(resolve));
    const { assessment, source } = await checkFile(io, setup, entry.path, entry.stat);
    return { ok: true, assessment, source };
  };
  const emit = (entry: InputEntry, result: Settled<JobOutcome>) => {
    bar?.tick();
    const outcome = result.ok ? result.value : { ok: false as const, report: describeFailure(entry.path, result.error, messages) };
    if (outcome.ok) {
      addAssessment(summary, outcome.assessment, deadlines);
      for (const w of writers) w.add(outcome.assessment, outcome.source);
      return;
    }
    summary.unreadable += 1;
    io.stderr(`compliance-checklist: ${outcome.report.message}\n`);
    for (const w of writers) w.addUnreadable(outcome.report);
  };
  try {
    await runBatch(entries, check, emit, { concurrency: pool ? (pool.size + 1) * FILES_PER_WORKER : CONCURRENCY, stopped: () => stopped });
  } finally {
    release();
    bar?.stop();
    await pool?.close();
  }
  return !stopped;
}

/**
 * Runs `check`: 0 every report passes (or --no-exit), 1 a report falls short, 2 a rule-set, waiver,
 * output or input error, 130 stopped by Ctrl-C.
 *
 * @example
 * const code = await runCheck(resolveCheckOptions(['reports/'], raw, io), io)
 */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const messages = getCliMessages(options.locale);
  const setup = await prepare(options, io, messages);
  if (typeof setup === 'number') return setup;
  const list = await expandInputs(io, options.files, { ignore: [...options.ignore, ...(await ignoreFilePatterns(io))] });
  const writers = await openWriters(options, io, setup.ruleSet);
  const summary = newSummary();
  summary.skipped = list.skipped.length;
  let complete: boolean;
  try {
    complete = await checkEntries(list.entries, setup, options, io, writers, summary);
  } catch (error) {
    // A file being written is a temporary one until the end: an internal error must not leave it behind.
    await Promise.all(writers.map((w) => w.abort().catch(() => undefined)));
    throw error;
  }
  if (!complete) {
    await Promise.all(writers.map((w) => w.abort()));
    io.stderr(`compliance-checklist: ${messages.interrupted(summary.checked + summary.unreadable, list.entries.length)}\n`);
    return EXIT.interrupted;
  }
  await Promise.all(writers.map((w) => w.finish()));
  const writeSummary = list.entries.length > 1 ? summaryStream(options, io) : null;
  writeSummary?.(formatSummary(summary, messages));
  return exitCodeFor(summary, options);
}
