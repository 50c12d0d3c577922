/**
 * `compliance-checklist check <files…>`: load the rule set and the waivers, expand the files (folders,
 * patterns), check each report and write it to every output as soon as it and those before it are
 * done, then the summary, and an exit code that says what the outputs say.
 */
import type { ReportError, ReportSource } from '../../format/index.js';
import { assess } from '../../index.js';
import { getCliMessages, type CliMessages } from '../../messages/cli/index.js';
import type { Assessment, AssessOptions, RuleSet } from '../../types.js';
import { CONCURRENCY, runBatch, type Settled } from '../check-batch.js';
import { CliError, isCliError } from '../cli-error.js';
import { expandInputs, type InputEntry } from '../expand-inputs.js';
import { EXIT, exitCodeFor, type ExitCode } from '../exit-policy.js';
import { IGNORE_FILE, parseIgnoreFile } from '../ignore.js';
import { describeSystemError, type CliIo } from '../io.js';
import { loadRules, readUtf8 } from '../load-rules.js';
import { loadWaivers } from '../load-waivers.js';
import type { CheckOptions } from '../options.js';
import { openWriter, type OutputWriter } from '../outputs.js';
import { readReport, reportName } from '../read-report.js';
import { describeError, printError } from '../report-error.js';
import { addAssessment, deadlineRequirements, formatSummary, newSummary, type BatchSummary } from '../summary.js';

/** What every report of the run is checked against. */
interface Setup {
  ruleSet: RuleSet;
  assessOptions: AssessOptions;
}

/** One report, checked. */
interface Checked {
  assessment: Assessment;
  source: ReportSource;
}

/** The rule set and the waivers, or the exit code when either cannot be used (reported on stderr). */
async function prepare(options: CheckOptions, io: CliIo, messages: CliMessages): Promise<Setup | ExitCode> {
  let ruleSet: RuleSet;
  try {
    ruleSet = await loadRules(io, options.rules, options.maxBytes);
  } catch (error) {
    printError(io, error, messages);
    return EXIT.error;
  }
  const assessOptions: AssessOptions = { locale: options.locale };
  if (options.waivers === undefined) return { ruleSet, assessOptions };
  const today = io.today();
  try {
    assessOptions.waivers = await loadWaivers(io, options.waivers, ruleSet, today, options.maxBytes);
    assessOptions.today = today;
  } catch (error) {
    printError(io, error, messages, { subject: 'waivers' });
    return EXIT.error;
  }
  return { ruleSet, assessOptions };
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

/** The entry of a file that could not be checked, in every output and on stderr. */
function unreadableOf(entry: InputEntry, error: unknown, messages: CliMessages): ReportError {
  const file = reportName(entry.path);
  const code = isCliError(error) ? error.key : ((error as { code?: unknown }).code as string | undefined) ?? 'INTERNAL';
  return { file, status: 'error', code, message: describeError(error, messages, { file }) };
}

/** Where the summary goes: with stylish output or on an otherwise unused stdout; else on stderr. */
function summaryStream(options: CheckOptions, io: CliIo): ((text: string) => void) | null {
  const onStdout = options.outputs.find((o) => o.file === null);
  if (!onStdout || onStdout.format === 'stylish') return (t) => io.stdout(onStdout ? `\n${t}` : t);
  return options.quiet ? null : (t) => io.stderr(t);
}

/** Checks the entries, writing each result everywhere as it comes; returns false when stopped. */
async function checkEntries(entries: InputEntry[], setup: Setup, options: CheckOptions, io: CliIo, writers: OutputWriter[], summary: BatchSummary): Promise<boolean> {
  const messages = getCliMessages(options.locale);
  const reading = { encoding: options.encoding, format: options.inputFormat, maxBytes: options.maxBytes };
  const deadlines = deadlineRequirements(setup.ruleSet);
  // No bar where stdout is the terminal too: the reports scrolling by are the progress.
  const bar = options.quiet || entries.length < 2 || (io.isTTY && options.outputs.some((o) => o.file === null)) ? null : io.progress(entries.length, messages.progress);
  let stopped = false;
  const release = io.onInterrupt(() => void (stopped = true));
  const check = async (entry: InputEntry): Promise<Checked> => {
    if (entry.error) throw entry.error;
    const name = reportName(entry.path);
    const extracted = await readReport(io, entry.path, reading, entry.stat);
    const { locale, waivers, today } = setup.assessOptions;
    // The run's verdict options go to assess(): the library's one rule decides `passed` (and a pass-fail grade).
    const assessment = await assess(extracted, setup.ruleSet, { locale, waivers, today, name, minScore: options.minScore, failOn: options.failOn, maxWarnings: options.maxWarnings });
    return { assessment, source: { format: extracted.format, encoding: extracted.encoding, text: extracted.text } };
  };
  const emit = (entry: InputEntry, result: Settled<Checked>) => {
    bar?.tick();
    if (result.ok) {
      addAssessment(summary, result.value.assessment, deadlines);
      for (const w of writers) w.add(result.value.assessment, result.value.source);
      return;
    }
    summary.unreadable += 1;
    printError(io, result.error, messages, { file: reportName(entry.path) });
    const report = unreadableOf(entry, result.error, messages);
    for (const w of writers) w.addUnreadable(report);
  };
  try {
    await runBatch(entries, check, emit, { concurrency: CONCURRENCY, stopped: () => stopped });
  } finally {
    release();
    bar?.stop();
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
