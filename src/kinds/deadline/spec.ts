/**
 * `deadline`: the report was published (or signed) before a day of a year relative to the report
 * year. The options, their schema and fields; measure.ts measures them.
 */
import type { KindSpec } from '../kind-spec.js';

export interface DeadlineOptions {
  date?: 'published' | 'signed';
  month: number;
  day: number;
  yearOffset?: number;
  signedFallback?: boolean;
  /** Without a report year in the text, the year is the date's less `yearOffset`: an annual report comes out the year after the one it covers. */
  yearFromDate?: boolean;
}

const SCHEMA = {
  type: 'object',
  properties: {
    date: { enum: ['published', 'signed'] },
    month: { type: 'integer', minimum: 1, maximum: 12 },
    day: { type: 'integer', minimum: 1, maximum: 31 },
    yearOffset: { type: 'integer', minimum: 0, maximum: 5 },
    signedFallback: { type: 'boolean' },
    yearFromDate: { type: 'boolean' },
  },
  required: ['month', 'day'],
  additionalProperties: false,
} as const;

/** The `deadline` kind's load-time part. */
export const deadlineSpec: KindSpec<DeadlineOptions> = {
  schema: () => SCHEMA,
  fields: { patterns: [], slots: [] },
};
