/**
 * `compliance-checklist check <files…>`: load the rule set and the waivers, check each report, print
 * the assessments in the chosen format, and turn them into an exit code.
 */
import { getFormatter, type ReportSource } from '../../format/index.js';
import { assess } from '../../index.js';
import { getCliMessages, type CliMessages } from '../../messages/cli/index.js';
import type { Assessment, AssessOptions, RuleSet } from '../../types.js';
import { applyVerdict, EXIT, exitCodeFor, type ExitCode } from '../exit-policy.js';
import type { CliIo } from '../io.js';
import { loadRules } from '../load-rules.js';
import { loadWaivers } from '../load-waivers.js';
import type { CheckOptions } from '../options.js';
import { readReport, reportName } from '../read-report.js';
import { printError } from '../report-error.js';

interface BatchResult {
  assessments: Assessment[];
  /** What each assessment was read from, in the same order. */
  sources: ReportSource[];
  failures: number;
}

/** What every report of the run is checked against. */
interface Setup {
  ruleSet: RuleSet;
  assessOptions: AssessOptions;
}

/** Checks each file in turn; a file that cannot be read or checked is reported and skipped. */
async function assessFiles(options: CheckOptions, setup: Setup, io: CliIo, messages: CliMessages): Promise<BatchResult> {
  const result: BatchResult = { assessments: [], sources: [], failures: 0 };
  const reading = { encoding: options.encoding, format: options.inputFormat, maxBytes: options.maxBytes };
  // One at a time: output order follows the command line, and memory stays flat for big batches.
  for (const file of options.files) {
    const name = reportName(file);
    try {
      const extracted = await readReport(io, file, reading);
      const assessment = await assess(extracted, setup.ruleSet, { ...setup.assessOptions, name });
      result.assessments.push(applyVerdict(assessment, setup.ruleSet, options));
      result.sources.push({ format: extracted.format, encoding: extracted.encoding, text: extracted.text });
    } catch (error) {
      printError(io, error, messages, { file: name });
      result.failures += 1;
    }
  }
  return result;
}

/** The rule set and the waivers, or the exit code when either cannot be used (reported on stderr). */
async function prepare(options: CheckOptions, io: CliIo, messages: CliMessages): Promise<Setup | ExitCode> {
  let ruleSet: RuleSet;
  try {
    ruleSet = await loadRules(io, options.rules);
  } catch (error) {
    printError(io, error, messages);
    return EXIT.error;
  }
  const assessOptions: AssessOptions = { locale: options.locale };
  if (options.waivers === undefined) return { ruleSet, assessOptions };
  const today = io.today();
  try {
    assessOptions.waivers = await loadWaivers(io, options.waivers, ruleSet, today);
    assessOptions.today = today;
  } catch (error) {
    printError(io, error, messages, { subject: 'waivers' });
    return EXIT.error;
  }
  return { ruleSet, assessOptions };
}

/**
 * Runs `check`: 0 every report passes, 1 a report falls short, 2 a rule-set, waiver or input error.
 *
 * @example
 * const code = await runCheck(resolveCheckOptions(['a.txt'], raw, io), io)
 */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const messages = getCliMessages(options.locale);
  const setup = await prepare(options, io, messages);
  if (typeof setup === 'number') return setup;
  const { assessments, sources, failures } = await assessFiles(options, setup, io, messages);
  // The reports that could be checked are still printed, so one bad file does not hide a batch.
  if (assessments.length > 0) {
    const { locale, color, includeText } = options;
    io.stdout(getFormatter(options.format)(assessments, { locale, color, sources, includeText }));
  }
  if (failures > 0 && options.files.length > 1) {
    io.stderr(`compliance-checklist: ${messages.skipped(failures, options.files.length)}\n`);
  }
  const passed = assessments.filter((a) => a.passed).length;
  return exitCodeFor({ checked: assessments.length, passed, unreadable: failures }, options);
}
