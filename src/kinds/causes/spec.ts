/**
 * `causes`: the problems of a section each come with their cause. The options, their schema and
 * fields; measure.ts measures them.
 */
import type { KindSpec } from '../kind-spec.js';
import { patternList, slotRef } from '../schema-parts.js';

export interface CausesOptions {
  in: string;
  markers: string[];
  implicit?: string[];
  dedicated?: string[];
  minCauses?: number;
  ratio?: number;
}

const SCHEMA = {
  type: 'object',
  properties: {
    in: slotRef,
    markers: patternList,
    implicit: patternList,
    dedicated: patternList,
    minCauses: { type: 'integer', minimum: 1 },
    ratio: { type: 'number', minimum: 0, maximum: 1 },
  },
  required: ['in', 'markers'],
  additionalProperties: false,
} as const;

/** The `causes` kind's load-time part. */
export const causesSpec: KindSpec<CausesOptions> = {
  schema: () => SCHEMA,
  fields: { patterns: [['markers', '*'], ['implicit', '*'], ['dedicated', '*']], slots: [['in']] },
};
