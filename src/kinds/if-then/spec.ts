/**
 * `ifThen`: a requirement that applies only when another check is met. Its options are two nested
 * checks; measure.ts composes their conditions.
 */
import type { KindSpec } from '../kind-spec.js';

export interface IfThenOptions {
  if: unknown;
  then: unknown;
}

/** The `ifThen` kind's load-time part: `if` and `then` each hold a check, validated by `check`. */
export const ifThenSpec: KindSpec<IfThenOptions> = {
  schema: (check) => ({ type: 'object', properties: { if: check, then: check }, required: ['if', 'then'], additionalProperties: false }),
  fields: { patterns: [], slots: [], nested: [['if'], ['then']] },
};
