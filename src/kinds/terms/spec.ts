/**
 * `terms`: words a rule author lists are mentioned (all, any, or at least `count`) in a scope. The
 * options, their schema, fields and contradictions; measure.ts measures them.
 */
import type { KindSpec, OptionProblem } from '../kind-spec.js';
import { patternList, slotRef } from '../schema-parts.js';

export interface TermsOptions {
  terms: string[];
  match?: 'all' | 'any' | 'atLeast';
  count?: number;
  in?: string;
  exclude?: string[];
  partial?: number;
}

const SCHEMA = {
  type: 'object',
  properties: {
    terms: patternList,
    match: { enum: ['all', 'any', 'atLeast'] },
    count: { type: 'integer', minimum: 1 },
    in: slotRef,
    exclude: { type: 'array', items: slotRef },
    partial: { type: 'integer', minimum: 1 },
  },
  required: ['terms'],
  additionalProperties: false,
  // "at least" needs a number; without one the requirement would mean nothing.
  if: { properties: { match: { const: 'atLeast' } }, required: ['match'] },
  then: { required: ['count'] },
} as const;

/** A count without `atLeast`, more than there are terms, or a partial that is not below what met needs. */
function problems(o: Record<string, unknown>): OptionProblem[] {
  if (!Array.isArray(o.terms)) return [];
  const found: OptionProblem[] = [];
  const say = (path: string, key: OptionProblem['key'], params: Record<string, number> = {}) => found.push({ path: [path], key, params });
  const distinct = new Set(o.terms).size;
  if (o.count !== undefined && o.match !== 'atLeast') say('count', 'COUNT_WITHOUT_AT_LEAST');
  if (typeof o.count === 'number' && o.count > distinct) say('count', 'COUNT_ABOVE_TERMS', { count: o.count, distinct });
  const needed = o.match === 'any' ? 1 : o.match === 'atLeast' && typeof o.count === 'number' ? Math.min(o.count, distinct) : distinct;
  if (typeof o.partial === 'number' && o.partial >= needed) say('partial', 'PARTIAL_NOT_BELOW_TERMS', { needed });
  return found;
}

/** The `terms` kind's load-time part. */
export const termsSpec: KindSpec<TermsOptions> = {
  schema: () => SCHEMA,
  fields: { patterns: [['terms', '*']], slots: [['exclude', '*']], scopes: [{ path: ['in'], words: ['report', 'headings'] }] },
  problems,
};
