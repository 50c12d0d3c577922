/**
 * Each option of each command, declared once: its flags, its value's placeholder, the values it
 * takes, its default and the catalogue key of its description. Commander's options and the options
 * part of both help texts of every command are generated from this table, so they cannot drift apart.
 */
import { listFormats } from '../format/index.js';
import { CLI_LOCALES, type HelpMessages, type OptionHelp } from '../messages/cli/index.js';
import { displayWidth, padEnd } from '../text-width.js';
import { DEFAULT_FAIL_ON } from '../score/models.js';
import { FAIL_ON_VALUES } from './exit-policy.js';
import { DEFAULT_RULESET } from './load-rules.js';
import { ENCODING_NAMES, INPUT_FORMATS, RULES_FORMATS } from './options.js';

/** How commander collects an option's values. */
export type Collect = 'last' | 'repeat' | 'output';

/** One option of a command. */
export interface OptionSpec {
  /** Short flag, e.g. `-r`, when there is one. */
  short?: string;
  /** Long flag, e.g. `--rules`, or `--no-color` for a negation. */
  long: string;
  /** The catalogue key of the value placeholder (`<路径>`), or undefined for a switch. */
  value?: keyof HelpMessages['placeholders'];
  /** The values it takes, when they are a closed list (shown in the help). */
  choices?: () => readonly string[];
  /** The default value, shown in the help (applied by `resolveCheckOptions` / `resolveRulesOptions`, not commander). */
  defaultValue?: string;
  /** The catalogue key of the description. */
  help: keyof OptionHelp;
  /** `repeat` collects every value into a list; `output` records --format/-o order. Default: the last value. */
  collect?: Collect;
}

/** The options of `check`, in the order the help lists them. */
export const CHECK_OPTIONS: readonly OptionSpec[] = [
  { short: '-r', long: '--rules', value: 'rules', defaultValue: DEFAULT_RULESET, help: 'rules' },
  { long: '--waivers', value: 'file', help: 'waivers' },
  { short: '-f', long: '--format', value: 'format', choices: listFormats, defaultValue: 'stylish', help: 'format', collect: 'output' },
  { short: '-o', long: '--output', value: 'file', help: 'output', collect: 'output' },
  { long: '--ignore', value: 'glob', help: 'ignore', collect: 'repeat' },
  { long: '--min-score', value: 'number', help: 'minScore' },
  { long: '--fail-on', value: 'level', choices: () => FAIL_ON_VALUES, defaultValue: DEFAULT_FAIL_ON, help: 'failOn' },
  { long: '--max-warnings', value: 'number', help: 'maxWarnings' },
  { long: '--no-exit', help: 'noExit' },
  { long: '--locale', value: 'locale', choices: () => CLI_LOCALES, defaultValue: 'zh-CN', help: 'locale' },
  { long: '--encoding', value: 'encoding', choices: () => ENCODING_NAMES, help: 'encoding' },
  { long: '--input-format', value: 'format', choices: () => INPUT_FORMATS, help: 'inputFormat' },
  { long: '--max-size', value: 'size', defaultValue: '20MB', help: 'maxSize' },
  { long: '--jobs', value: 'jobs', defaultValue: 'auto', help: 'jobs' },
  { long: '--include-text', help: 'includeText' },
  { short: '-q', long: '--quiet', help: 'quiet' },
  { long: '--no-color', help: 'noColor' },
];

const LOCALE: OptionSpec = { long: '--locale', value: 'locale', choices: () => CLI_LOCALES, defaultValue: 'zh-CN', help: 'ruleSetLocale' };
const RULE_SET_FORMAT: OptionSpec = { short: '-f', long: '--format', value: 'format', choices: () => RULES_FORMATS, defaultValue: 'stylish', help: 'ruleSetFormat' };

/** Every command with options, by its path below the program. */
export type CommandName = 'check' | 'rules list' | 'rules show' | 'rules validate' | 'explain';

/** The options of each command, in the order its help lists them. */
export const COMMAND_OPTIONS: Readonly<Record<CommandName, readonly OptionSpec[]>> = {
  check: CHECK_OPTIONS,
  'rules list': [RULE_SET_FORMAT, LOCALE],
  'rules show': [RULE_SET_FORMAT, LOCALE],
  'rules validate': [LOCALE],
  explain: [{ short: '-r', long: '--rules', value: 'rules', defaultValue: DEFAULT_RULESET, help: 'explainRules' }, LOCALE],
};

/**
 * The flags as commander reads them, e.g. `-r, --rules <value>`.
 *
 * @example
 * commanderFlags(CHECK_OPTIONS[0]) // '-r, --rules <value>'
 */
export function commanderFlags(spec: OptionSpec): string {
  return `${spec.short ? `${spec.short}, ` : ''}${spec.long}${spec.value ? ' <value>' : ''}`;
}

/** The flags as the help shows them, with the placeholder in the catalogue's words. */
function helpFlags(spec: OptionSpec, help: HelpMessages): string {
  const value = spec.value ? ` <${help.placeholders[spec.value]}>` : '';
  return `${spec.short ? `${spec.short}, ` : '    '}${spec.long}${value}`;
}

/** Column of the descriptions: room for the longest flags, as the hand-written help had. */
const COLUMN = 28;

/**
 * The options of a command (default `check`) as a help section in one locale: flags, then the
 * description, the values it takes and its default, continuation lines indented under the description.
 *
 * @example
 * formatOptionHelp(getCliMessages('en').help) // '  -r, --rules <id|path>     rule set: …'
 * formatOptionHelp(getCliMessages('en').help, 'rules list') // '  -f, --format <format>     output format: …'
 */
export function formatOptionHelp(help: HelpMessages, command: CommandName = 'check'): string {
  const lines: string[] = [];
  for (const spec of COMMAND_OPTIONS[command]) {
    const flags = `  ${helpFlags(spec, help)}`;
    const text = [
      ...help.options[spec.help].split('\n'),
      ...(spec.choices ? [help.choices(spec.choices(), spec.defaultValue)] : spec.defaultValue ? [help.defaultValue(spec.defaultValue)] : []),
    ];
    const first = displayWidth(flags) + 1 < COLUMN ? `${padEnd(flags, COLUMN)}${text[0]}` : `${flags} ${text[0]}`;
    lines.push(first, ...text.slice(1).map((t) => `${' '.repeat(COLUMN)}${t}`));
  }
  return lines.join('\n');
}
