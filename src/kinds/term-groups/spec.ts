/**
 * `termGroups`: every group of terms is named (each by any of its terms, or as a concept), in a
 * scope. The options, their schema and fields; measure.ts measures them.
 */
import type { KindSpec } from '../kind-spec.js';
import { patternList, slotRef } from '../schema-parts.js';

/** A thing named as an object and an action within one clause, at most `window` characters apart. */
export interface ConceptOption {
  objects: string[];
  actions: string[];
  window?: number;
}
export interface TermGroupsOptions {
  in?: string;
  groups: Record<string, string[]>;
  concepts?: Record<string, ConceptOption[]>;
  collective?: string[];
  /** Names of other things that contain a group's words (双公示): blanked before matching. */
  falseFriends?: string[];
  exclude?: string[];
  roles?: string[];
}

const SCHEMA = {
  type: 'object',
  properties: {
    in: slotRef,
    groups: { type: 'object', minProperties: 1, additionalProperties: patternList },
    // A group named as an object and an action in one clause ("执法信息及时公开"), besides its patterns.
    concepts: {
      type: 'object',
      additionalProperties: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          properties: { objects: patternList, actions: patternList, window: { type: 'integer', minimum: 2 } },
          required: ['objects', 'actions'],
          additionalProperties: false,
        },
      },
    },
    collective: patternList,
    falseFriends: patternList,
    exclude: { type: 'array', items: slotRef },
    roles: { type: 'array', minItems: 1, items: slotRef },
  },
  required: ['groups'],
  additionalProperties: false,
} as const;

/** The `termGroups` kind's load-time part. */
export const termGroupsSpec: KindSpec<TermGroupsOptions> = {
  schema: () => SCHEMA,
  fields: {
    patterns: [['groups', '*', '*'], ['collective', '*'], ['falseFriends', '*'], ['concepts', '*', '*', 'objects', '*'], ['concepts', '*', '*', 'actions', '*']],
    slots: [['in'], ['exclude', '*']],
  },
};
