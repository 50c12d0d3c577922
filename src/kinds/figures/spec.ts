/**
 * `figures`: results are given as figures with units, not only adjectives. The options, their
 * schema and fields; measure.ts measures them.
 */
import type { KindSpec } from '../kind-spec.js';
import { patternList, slotRef } from '../schema-parts.js';

export interface FiguresOptions {
  in?: string;
  /** Units as literal text (件, 人次, %); they replace the default list. */
  units?: string[];
  min?: number;
}

const SCHEMA = {
  type: 'object',
  properties: { in: slotRef, units: patternList, min: { type: 'integer', minimum: 1 } },
  additionalProperties: false,
} as const;

/** The `figures` kind's load-time part. */
export const figuresSpec: KindSpec<FiguresOptions> = {
  schema: () => SCHEMA,
  fields: { patterns: [], slots: [['in']] },
};
