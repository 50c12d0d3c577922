/**
 * `compliance-checklist check <files…>`: argv in, exit code out. The only layer that decides exit
 * codes and where text goes; everything it touches outside the process goes through a CliIo.
 */
import { getFormatter, type ReportSource } from '../format/index.js';
import { assess } from '../index.js';
import { getCliMessages, type CliMessages } from '../messages/cli/index.js';
import type { Assessment, RuleSet } from '../types.js';
import { EXIT, exitCodeFor } from './exit-policy.js';
import type { CliIo } from './io.js';
import { loadRules } from './load-rules.js';
import { resolveCheckOptions, scanLocale, type CheckOptions } from './options.js';
import { parseCommandLine } from './program.js';
import { readReport, reportName } from './read-report.js';
import { printError } from './report-error.js';

export type { CliIo, FileStat } from './io.js';

interface BatchResult {
  assessments: Assessment[];
  /** What each assessment was read from, in the same order. */
  sources: ReportSource[];
  failures: number;
}

/** Checks each file in turn; a file that cannot be read or checked is reported and skipped. */
async function assessFiles(
  options: CheckOptions,
  ruleSet: RuleSet,
  io: CliIo,
  messages: CliMessages,
): Promise<BatchResult> {
  const result: BatchResult = { assessments: [], sources: [], failures: 0 };
  const reading = { encoding: options.encoding, format: options.inputFormat, maxBytes: options.maxBytes };
  // One at a time: output order follows the command line, and memory stays flat for big batches.
  for (const file of options.files) {
    const name = reportName(file);
    try {
      const extracted = await readReport(io, file, reading);
      result.assessments.push(await assess(extracted, ruleSet, { name, locale: options.locale }));
      result.sources.push({ format: extracted.format, encoding: extracted.encoding, text: extracted.text });
    } catch (error) {
      printError(io, error, messages, { file: name });
      result.failures += 1;
    }
  }
  return result;
}

async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const messages = getCliMessages(options.locale);
  let ruleSet: RuleSet;
  try {
    ruleSet = await loadRules(io, options.rules);
  } catch (error) {
    printError(io, error, messages);
    return EXIT.error;
  }
  const { assessments, sources, failures } = await assessFiles(options, ruleSet, io, messages);
  // The reports that could be checked are still printed, so one bad file does not hide a batch.
  if (assessments.length > 0) {
    const { locale, color, includeText } = options;
    io.stdout(getFormatter(options.format)(assessments, { locale, color, sources, includeText }));
  }
  if (failures > 0 && options.files.length > 1) {
    io.stderr(`compliance-checklist: ${messages.skipped(failures, options.files.length)}\n`);
  }
  return exitCodeFor(assessments, options, failures);
}

/**
 * Runs the CLI in-process. Never throws and never exits: it returns the exit code.
 * 0 every report passes; 1 a report falls short; 2 a usage, input or rule-set error (on stderr).
 *
 * @example
 * const code = await runCli(['check', 'report.txt', '--format', 'json'], nodeIo())
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const messages = getCliMessages(scanLocale(argv));
  try {
    const invocation = parseCommandLine(argv, io, messages);
    if (invocation.kind === 'exit') return invocation.code;
    return await runCheck(resolveCheckOptions(invocation.files, invocation.raw, io), io);
  } catch (error) {
    printError(io, error, messages);
    return EXIT.error;
  }
}
