/**
 * The command line grammar, via commander. Commander only splits argv here: it never exits the
 * process (exitOverride), never prints its own English errors (outputError is silenced; the CLI
 * prints a localised one), and writes help and version through the CliIo.
 */
import { Command, CommanderError } from 'commander';
import type { CliMessages, HelpMessages } from '../messages/cli/index.js';
import { CliError } from './cli-error.js';
import { EXIT, type ExitCode } from './exit-policy.js';
import type { CliIo } from './io.js';
import type { RawCheckOptions, RawRulesOptions } from './options.js';
import { COMMAND_OPTIONS, commanderFlags, formatOptionHelp, type CommandName, type OptionSpec } from './option-table.js';
import { VERSION } from './version.js';

/** What the command line asks for. */
export type Invocation =
  | { kind: 'check'; files: string[]; raw: RawCheckOptions }
  | { kind: 'rules-list'; raw: RawRulesOptions }
  | { kind: 'rules-show'; target: string; raw: RawRulesOptions }
  | { kind: 'rules-validate'; files: string[]; raw: RawRulesOptions }
  | { kind: 'explain'; requirement: string; raw: RawRulesOptions }
  /** Help or version was printed, or commander printed usage: nothing left to do. */
  | { kind: 'exit'; code: ExitCode };

/** The help text of each command, by its path below the program; the options part from the option table. */
const HELP: Record<string, (help: HelpMessages) => string> = {
  rules: (h) => h.rules(),
  'rules list': (h) => h.rulesList(formatOptionHelp(h, 'rules list')),
  'rules show': (h) => h.rulesShow(formatOptionHelp(h, 'rules show')),
  'rules validate': (h) => h.rulesValidate(formatOptionHelp(h, 'rules validate')),
  explain: (h) => h.explain(formatOptionHelp(h, 'explain')),
};

/** Adds a command's options from the table; `record` keeps --format/-o in the order given. */
function addOptions(command: Command, name: CommandName, record?: (option: 'format' | 'output') => (value: string) => string): Command {
  for (const spec of COMMAND_OPTIONS[name] as readonly OptionSpec[]) {
    const flags = commanderFlags(spec);
    if (spec.collect === 'output' && record) command.option(flags, '', record(spec.long === '--format' ? 'format' : 'output'));
    else if (spec.collect === 'repeat') command.option(flags, '', (value: string, previous: string[] = []) => [...previous, value]);
    else command.option(flags);
  }
  return command;
}

/** A command's path below the program, e.g. `rules show`. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function helpText(command: Command, messages: CliMessages): string {
  const own = HELP[commandPath(command)];
  return own ? own(messages.help) : messages.help.main(VERSION, formatOptionHelp(messages.help));
}

function buildProgram(io: CliIo, messages: CliMessages, on: (inv: Invocation) => void): Command {
  // --format and --output pair up by their order, which commander's per-option values lose.
  const outputs: Array<{ option: 'format' | 'output'; value: string }> = [];
  const record = (option: 'format' | 'output') => (value: string) => {
    outputs.push({ option, value });
    return value;
  };
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
    .configureHelp({ formatHelp: (command) => helpText(command, messages) })
    .showSuggestionAfterError(false)
    .helpOption('-h, --help')
    .version(VERSION, '-v, --version');
  // Every option of every command from the one table the help is generated from too.
  const check = addOptions(program.command('check').argument('<files...>'), 'check', record);
  check.action((files: string[], raw: RawCheckOptions) => on({ kind: 'check', files, raw: { ...raw, outputs } }));
  addRulesCommands(program, on);
  addOptions(program.command('explain').argument('<requirement>'), 'explain').action((requirement: string, raw: RawRulesOptions) => on({ kind: 'explain', requirement, raw }));
  return program;
}

/** `rules list | show | validate`. `rules` alone prints its help on stderr (exit 2), as commander does. */
function addRulesCommands(program: Command, on: (inv: Invocation) => void): void {
  const rules = program.command('rules');
  addOptions(rules.command('list'), 'rules list').action((raw: RawRulesOptions) => on({ kind: 'rules-list', raw }));
  addOptions(rules.command('show').argument('<id|path>'), 'rules show').action((target: string, raw: RawRulesOptions) => on({ kind: 'rules-show', target, raw }));
  addOptions(rules.command('validate').argument('<rule-files...>'), 'rules validate').action((files: string[], raw: RawRulesOptions) => on({ kind: 'rules-validate', files, raw }));
}

/** The message of each command's missing argument, by the argument's name. */
const MISSING_ARGUMENT = {
  files: 'MISSING_FILES',
  'id|path': 'MISSING_RULE_SET',
  'rule-files': 'MISSING_RULE_FILES',
  requirement: 'MISSING_REQUIREMENT',
} as const;

/** Commander's error as a CliError, with the offending token pulled out of its English message. */
function toCliError(error: CommanderError): CliError {
  const token = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return new CliError('UNKNOWN_OPTION', { option: token });
    case 'commander.unknownCommand':
      return new CliError('UNKNOWN_COMMAND', { command: token });
    case 'commander.missingArgument':
      return new CliError(MISSING_ARGUMENT[token as keyof typeof MISSING_ARGUMENT] ?? 'MISSING_FILES', {});
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
