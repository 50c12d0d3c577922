/**
 * The CLI in-process: argv in, exit code out. The only layer that decides exit codes and where text
 * goes; everything it touches outside the process goes through a CliIo. Each command lives in
 * commands/: check, rules list/show/validate, explain.
 */
import { getCliMessages } from '../messages/cli/index.js';
import { runCheck } from './commands/check.js';
import { runExplain } from './commands/explain.js';
import { runRulesList, runRulesShow, runRulesValidate } from './commands/rules.js';
import { EXIT } from './exit-policy.js';
import type { CliIo } from './io.js';
import { commandOf, resolveCheckOptions, resolveRulesOptions, scanLocale } from './options.js';
import { parseCommandLine, type Invocation } from './program.js';
import { printError } from './report-error.js';

export type { CliIo, FileStat } from './io.js';

/** Runs what the command line asks for. */
async function dispatch(invocation: Exclude<Invocation, { kind: 'exit' }>, io: CliIo): Promise<number> {
  switch (invocation.kind) {
    case 'check':
      return runCheck(resolveCheckOptions(invocation.files, invocation.raw, io), io);
    case 'rules-list':
      return runRulesList(resolveRulesOptions(invocation.raw), io);
    case 'rules-show':
      return runRulesShow(invocation.target, resolveRulesOptions(invocation.raw), io);
    case 'rules-validate':
      return runRulesValidate(invocation.files, resolveRulesOptions(invocation.raw), io);
    case 'explain':
      return runExplain(invocation.requirement, resolveRulesOptions(invocation.raw), io);
  }
}

/**
 * Runs the CLI in-process. Never throws and never exits: it returns the exit code.
 * `check`: 0 every report passes; 1 a report falls short. Every command: 2 a usage, input, rule-set
 * or waiver error (on stderr).
 *
 * @example
 * const code = await runCli(['check', 'report.txt', '--format', 'json'], nodeIo())
 * const valid = await runCli(['rules', 'validate', 'city.yaml'], nodeIo())
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const messages = getCliMessages(scanLocale(argv));
  try {
    const invocation = parseCommandLine(argv, io, messages);
    if (invocation.kind === 'exit') return invocation.code;
    return await dispatch(invocation, io);
  } catch (error) {
    printError(io, error, messages, { command: commandOf(argv) });
    return EXIT.error;
  }
}
