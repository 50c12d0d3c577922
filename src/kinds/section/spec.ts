/**
 * `section`: an outline slot's section is there with enough body text (or, without it, a passage
 * elsewhere names it). The options, their schema and fields; measure.ts measures them.
 */
import type { KindSpec } from '../kind-spec.js';
import { patternList, slotRef } from '../schema-parts.js';

export interface SectionOptions {
  slot: string;
  minChars?: number;
  /** Only content sentences of these roles count towards `minChars` for met; any content is partial. */
  roles?: string[];
  position?: 'first' | 'last' | number;
  /** `roles`: only sentences of these roles count (e.g. done: not a problem, a plan or a demand). */
  passage?: { terms: string[]; exclude?: string[]; unless?: string[]; roles?: string[] };
  partialTerms?: string[];
}

// A string position must be a word; a number must be a 1-based index. `if` keeps this to one clear
// message per mistake, where anyOf would report a failure for each branch.
const position = {
  if: { type: 'string' },
  then: { enum: ['first', 'last'] },
  else: { type: 'integer', minimum: 1 },
} as const;

const SCHEMA = {
  type: 'object',
  properties: {
    slot: slotRef,
    minChars: { type: 'integer', minimum: 0 },
    roles: { type: 'array', minItems: 1, items: slotRef },
    position,
    passage: {
      type: 'object',
      properties: { terms: patternList, exclude: { type: 'array', items: slotRef }, unless: patternList, roles: { type: 'array', minItems: 1, items: slotRef } },
      required: ['terms'],
      additionalProperties: false,
    },
    partialTerms: patternList,
  },
  required: ['slot'],
  additionalProperties: false,
} as const;

/** The `section` kind's load-time part. */
export const sectionSpec: KindSpec<SectionOptions> = {
  schema: () => SCHEMA,
  // Pattern lists end in `*`: each item is a pattern to compile, not the list itself.
  fields: { patterns: [['passage', 'terms', '*'], ['passage', 'unless', '*'], ['partialTerms', '*']], slots: [['slot'], ['passage', 'exclude', '*']] },
};
