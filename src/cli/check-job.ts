/**
 * Checking one file of a `check` batch, the same on the main thread and in a worker (--jobs): read,
 * decode and assess it, or describe why it could not be checked. What goes in and what comes out are
 * plain data, so they cross a thread boundary by structured clone unchanged.
 */
import type { ReportError, ReportSource } from '../format/index.js';
import { assess } from '../assess.js';
import type { CliMessages } from '../messages/cli/index.js';
import type { Assessment, AssessOptions, Locale, RuleSet, Severity } from '../types.js';
import { isCliError } from './cli-error.js';
import type { CliIo, FileStat } from './io.js';
import { loadRules } from './load-rules.js';
import type { InputFormat } from '../input/types.js';
import { readReport, reportName } from './read-report.js';
import { describeError } from './report-error.js';

/** What every file of a run is checked with, as options: a worker loads its rule set from it. */
export interface JobSettings {
  /** The --rules value, or undefined for the default rule set. */
  rules: string | undefined;
  /** The --waivers file, or undefined for none. */
  waivers: string | undefined;
  /** The day the waivers are judged on: the main thread's, so every worker judges them alike. */
  today: string;
  locale: Locale;
  encoding: string | undefined;
  inputFormat: InputFormat | undefined;
  maxBytes: number;
  minScore: number | null;
  failOn: Severity | 'none';
  maxWarnings: number | null;
  /** Whether an output shows the key figures: else they are not read (AssessOptions.figures). */
  figures: boolean;
}

/** The rule set and the assess options of a run, loaded. */
export interface JobSetup {
  settings: JobSettings;
  ruleSet: RuleSet;
  assessOptions: AssessOptions;
}

/** One file, checked: its assessment and source, or the entry of a file that could not be checked. */
export type JobOutcome = { ok: true; assessment: Assessment; source: ReportSource } | { ok: false; report: ReportError };

/**
 * Loads the rule set and the waivers the settings name, with the loaders the main thread uses.
 *
 * @throws what loadRules and loadWaivers throw.
 * @example
 * const setup = await loadJobSetup(nodeIo(), settings)
 */
export async function loadJobSetup(io: CliIo, settings: JobSettings): Promise<JobSetup> {
  const ruleSet = await loadRules(io, settings.rules, settings.maxBytes);
  return { settings, ruleSet, assessOptions: await assessOptionsFor(io, settings, ruleSet) };
}

/**
 * The options every file is assessed with: the locale, and the waivers file the settings name, read
 * and checked against the rule set.
 *
 * @throws what loadWaivers throws.
 * @example
 * const assessOptions = await assessOptionsFor(nodeIo(), settings, ruleSet)
 */
export async function assessOptionsFor(io: CliIo, settings: JobSettings, ruleSet: RuleSet): Promise<AssessOptions> {
  const assessOptions: AssessOptions = { locale: settings.locale };
  if (settings.waivers !== undefined) {
    // Imported only when waivers are given: their YAML reader and validator are not needed otherwise.
    const { loadWaivers } = await import('./load-waivers.js');
    assessOptions.waivers = await loadWaivers(io, settings.waivers, ruleSet, settings.today, settings.maxBytes);
    assessOptions.today = settings.today;
  }
  return assessOptions;
}

/**
 * Reads and assesses one file.
 *
 * @throws what readReport and assess throw: see {@link describeFailure}.
 * @example
 * const { assessment } = await checkFile(nodeIo(), setup, 'reports/a.txt')
 */
export async function checkFile(io: CliIo, setup: JobSetup, path: string, stat?: FileStat): Promise<{ assessment: Assessment; source: ReportSource }> {
  const { settings } = setup;
  const name = reportName(path);
  const reading = { encoding: settings.encoding, format: settings.inputFormat, maxBytes: settings.maxBytes };
  const extracted = await readReport(io, path, reading, stat);
  const { locale, waivers, today } = setup.assessOptions;
  // The run's verdict options go to assess(): the library's one rule decides `passed` (and a pass-fail grade).
  const assessment = await assess(extracted, setup.ruleSet, { locale, waivers, today, name, minScore: settings.minScore, failOn: settings.failOn, maxWarnings: settings.maxWarnings, figures: settings.figures });
  return { assessment, source: { format: extracted.format, encoding: extracted.encoding, text: extracted.text } };
}

/**
 * The entry of a file that could not be checked, as every output and standard error show it.
 *
 * @example
 * describeFailure('a.txt', new CliError('INPUT_NOT_FOUND', { file: 'a.txt', detail: '' }), messages).code // 'INPUT_NOT_FOUND'
 */
export function describeFailure(path: string, error: unknown, messages: CliMessages): ReportError {
  const file = reportName(path);
  const code = isCliError(error) ? error.key : ((error as { code?: unknown } | null)?.code as string | undefined) ?? 'INTERNAL';
  return { file, status: 'error', code, message: describeError(error, messages, { file }) };
}
