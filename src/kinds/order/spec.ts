/**
 * `order`: the sections of the listed slots stand in the listed order. The options, their schema
 * and fields; measure.ts measures them.
 */
import type { KindSpec } from '../kind-spec.js';
import { slotRef } from '../schema-parts.js';

export interface OrderOptions {
  slots: string[];
}

const SCHEMA = {
  type: 'object',
  properties: { slots: { type: 'array', minItems: 2, uniqueItems: true, items: slotRef } },
  required: ['slots'],
  additionalProperties: false,
} as const;

/** The `order` kind's load-time part. */
export const orderSpec: KindSpec<OrderOptions> = {
  schema: () => SCHEMA,
  fields: { patterns: [], slots: [['slots', '*']] },
};
