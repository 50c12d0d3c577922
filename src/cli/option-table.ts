/**
 * Each option of `check`, declared once: its flags, its value's placeholder, the values it takes,
 * its default and the catalogue key of its description. Commander's options and the "options of
 * check" part of both help texts are generated from this table, so they cannot drift apart.
 */
import { listFormats } from '../format/index.js';
import { CLI_LOCALES, type CheckOptionHelp, type HelpMessages } from '../messages/cli/index.js';
import { displayWidth, padEnd } from '../text-width.js';
import { DEFAULT_FAIL_ON } from '../score/models.js';
import { FAIL_ON_VALUES } from './exit-policy.js';
import { DEFAULT_RULESET } from './load-rules.js';
import { ENCODING_NAMES, INPUT_FORMATS } from './options.js';

/** How commander collects an option's values. */
export type Collect = 'last' | 'repeat' | 'output';

/** One option of `check`. */
export interface OptionSpec {
  /** Short flag, e.g. `-r`, when there is one. */
  short?: string;
  /** Long flag, e.g. `--rules`, or `--no-color` for a negation. */
  long: string;
  /** The catalogue key of the value placeholder (`<路径>`), or undefined for a switch. */
  value?: keyof HelpMessages['placeholders'];
  /** The values it takes, when they are a closed list (shown in the help). */
  choices?: () => readonly string[];
  /** The default value, shown in the help (commander applies defaults through `resolveCheckOptions`). */
  defaultValue?: string;
  /** The catalogue key of the description. */
  help: keyof CheckOptionHelp;
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
  { long: '--include-text', help: 'includeText' },
  { short: '-q', long: '--quiet', help: 'quiet' },
  { long: '--no-color', help: 'noColor' },
];

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
 * The options of `check` as a help section in one locale: flags, then the description, the values
 * it takes and its default, continuation lines indented under the description.
 *
 * @example
 * formatOptionHelp(getCliMessages('en').help) // '  -r, --rules <id|path>     rule set: …'
 */
export function formatOptionHelp(help: HelpMessages): string {
  const lines: string[] = [];
  for (const spec of CHECK_OPTIONS) {
    const flags = `  ${helpFlags(spec, help)}`;
    const text = [
      ...help.checkOptions[spec.help].split('\n'),
      ...(spec.choices ? [help.choices(spec.choices(), spec.defaultValue)] : spec.defaultValue ? [help.defaultValue(spec.defaultValue)] : []),
    ];
    const first = displayWidth(flags) + 1 < COLUMN ? `${padEnd(flags, COLUMN)}${text[0]}` : `${flags} ${text[0]}`;
    lines.push(first, ...text.slice(1).map((t) => `${' '.repeat(COLUMN)}${t}`));
  }
  return lines.join('\n');
}
