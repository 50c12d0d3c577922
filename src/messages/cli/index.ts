/**
 * The CLI and formatter message catalogues, one per locale.
 */
import type { Locale } from '../../types.js';
import { en } from './en.js';
import type { CliErrorParams, CliMessageCode, CliMessages } from './types.js';
import { zhCN } from './zh-CN.js';

export type { OptionHelp, CliErrorParams, CliMessageCode, CliMessages, HelpMessages, StylishMessages } from './types.js';
export type { CheckHelpers, CheckWords, RulesMessages, SlotLookup } from './rules-types.js';

const CATALOGUES: Record<Locale, CliMessages> = { 'zh-CN': zhCN, en };

/** Every locale the CLI speaks, default first. */
export const CLI_LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/**
 * The catalogue for a locale.
 *
 * @example
 * getCliMessages('en').stylish.status.met // 'met'
 */
export function getCliMessages(locale: Locale): CliMessages {
  return CATALOGUES[locale];
}

/**
 * Renders one error message. A generic helper, because indexing the catalogue with a union of codes
 * would make TypeScript demand the intersection of every parameter type.
 *
 * @example
 * renderError(getCliMessages('zh-CN'), 'INPUT_DIRECTORY', { file: 'reports' })
 */
export function renderError<K extends CliMessageCode>(
  messages: CliMessages,
  code: K,
  params: CliErrorParams[K],
): string {
  const render = messages.errors[code] as (p: CliErrorParams[K]) => string;
  return render(params);
}
