/**
 * The command line grammar, via commander. Commander only splits argv here: it never exits the
 * process (exitOverride), never prints its own English errors (outputError is silenced; the CLI
 * prints a localised one), and writes help and version through the CliIo.
 */
import { Command, CommanderError } from 'commander';
import type { CliMessages } from '../messages/cli/index.js';
import { CliError } from './cli-error.js';
import { EXIT, type ExitCode } from './exit-policy.js';
import type { CliIo } from './io.js';
import type { RawCheckOptions } from './options.js';
import { VERSION } from './version.js';

/** What the command line asks for. */
export type Invocation =
  | { kind: 'check'; files: string[]; raw: RawCheckOptions }
  /** Help or version was printed, or commander printed usage: nothing left to do. */
  | { kind: 'exit'; code: ExitCode };

function buildProgram(io: CliIo, messages: CliMessages, onCheck: (inv: Invocation) => void): Command {
  const program = new Command('compliance-checklist')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: () => undefined,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
    })
    .configureHelp({ formatHelp: () => messages.help(VERSION) })
    .showSuggestionAfterError(false)
    .helpOption('-h, --help')
    .version(VERSION, '-v, --version');
  program
    .command('check')
    .argument('<files...>')
    .option('-r, --rules <id|path>')
    .option('-f, --format <name>', '', 'stylish')
    .option('--min-score <n>')
    .option('--fail-on <level>', '', 'error')
    .option('--locale <locale>')
    .option('--encoding <name>')
    .option('--input-format <format>')
    .option('--max-size <size>')
    .option('--include-text')
    .option('--no-color')
    .action((files: string[], raw: RawCheckOptions) => onCheck({ kind: 'check', files, raw }));
  return program;
}

/** Commander's error as a CliError, with the offending token pulled out of its English message. */
function toCliError(error: CommanderError): CliError {
  const token = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return new CliError('UNKNOWN_OPTION', { option: token });
    case 'commander.unknownCommand':
      return new CliError('UNKNOWN_COMMAND', { command: token });
    case 'commander.missingArgument':
      return new CliError('MISSING_FILES', {});
    case 'commander.optionMissingArgument':
      // The token is the option's flags, e.g. "-r, --rules <id|path>": show the long flag.
      return new CliError('MISSING_OPTION_VALUE', { option: /--[\w-]+/.exec(token)?.[0] ?? token });
    default:
      return new CliError('USAGE_OTHER', { detail: error.message.replace(/^error: /, '') });
  }
}

/**
 * Parses the command line.
 *
 * @throws CliError for a usage mistake (unknown option or command, missing files or option value).
 * @example
 * parseCommandLine(['check', 'a.txt', '--format', 'json'], io, getCliMessages('zh-CN'))
 * // { kind: 'check', files: ['a.txt'], raw: { format: 'json', failOn: 'error', color: true } }
 */
export function parseCommandLine(argv: string[], io: CliIo, messages: CliMessages): Invocation {
  let invocation: Invocation | undefined;
  const program = buildProgram(io, messages, (inv) => {
    invocation = inv;
  });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // --help, --version, `help`: printed on stdout, success.
    if (error.exitCode === 0) return { kind: 'exit', code: EXIT.ok };
    // No command at all: commander has printed the help on stderr.
    if (error.code === 'commander.help') return { kind: 'exit', code: EXIT.error };
    throw toCliError(error);
  }
  return invocation ?? { kind: 'exit', code: EXIT.error };
}
