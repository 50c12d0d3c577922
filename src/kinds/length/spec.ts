/**
 * `length`: a slot's section (or the whole report) says enough. The options, their schema, fields
 * and contradictions; measure.ts measures them.
 */
import type { KindSpec } from '../kind-spec.js';
import { slotRef } from '../schema-parts.js';

export interface LengthOptions {
  in?: string;
  min: number;
  partial?: number;
}

const SCHEMA = {
  type: 'object',
  properties: { in: slotRef, min: { type: 'integer', minimum: 1 }, partial: { type: 'integer', minimum: 1 } },
  required: ['min'],
  additionalProperties: false,
} as const;

/** The `length` kind's load-time part. */
export const lengthSpec: KindSpec<LengthOptions> = {
  schema: () => SCHEMA,
  fields: { patterns: [], slots: [], scopes: [{ path: ['in'], words: ['report'] }] },
  // A partial length not below the met length could never be reached.
  problems: (o) => (typeof o.partial === 'number' && typeof o.min === 'number' && o.partial >= o.min ? [{ path: ['partial'], key: 'PARTIAL_NOT_BELOW_MIN', params: { min: o.min } }] : []),
};
