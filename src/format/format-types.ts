/**
 * The formatter contract: a pure function from assessments to text. No fs, no process, so the same
 * formatters run in the CLI, in a browser and in tests.
 */
import type { Assessment, Locale } from '../types.js';

/** Options every formatter accepts. */
export interface FormatOptions {
  /** Language of labels and phrases the formatter adds (findings carry their own locale). */
  locale: Locale;
  /** Use ANSI colours. Only formatters meant for terminals look at it. Default false. */
  color?: boolean;
}

/** Turns the assessments of one run into the text of one output format. */
export type Formatter = (assessments: Assessment[], options: FormatOptions) => string;
