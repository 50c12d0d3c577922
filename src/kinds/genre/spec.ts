/**
 * `genre`: the document is the kind of report the rule set is about, not a look-alike. The options,
 * their schema and fields; measure.ts measures them.
 */
import type { KindSpec } from '../kind-spec.js';
import { localizedText, patternList, slotRef } from '../schema-parts.js';

/** A named kind of look-alike document and the patterns that give it away. */
export interface LookalikeOption {
  id: string;
  name: string | { 'zh-CN': string; en?: string };
  /** Matched in the title (or, without one, the opening). */
  patterns: string[];
  /** Matched anywhere in the text; `minCues` occurrences in all give the kind away too ("本人" in a 述法报告). */
  cues?: string[];
  minCues?: number;
  /** Given away when at least `min` of the body sentences have `role` (a plan is mostly plan sentences). */
  roleShare?: { role: string; min: number };
}
export interface GenreOptions {
  title: string[];
  topic: string[];
  /** The opening formula of the genre ("现将…情况报告如下"): with the topic, it stands for a title. */
  formula?: string[];
  lookalikes?: Array<string | LookalikeOption>;
  structure?: { slots: string[]; min: number };
}

/**
 * Every pattern of a look-alike list, named or not.
 *
 * @example
 * lookalikePatterns(['工作要点', { id: 'news', name: '新闻', patterns: ['召开'] }]) // ['工作要点', '召开']
 */
export function lookalikePatterns(list: GenreOptions['lookalikes']): string[] {
  return (list ?? []).flatMap((l) => (typeof l === 'string' ? [l] : l.patterns));
}

const SCHEMA = {
  type: 'object',
  properties: {
    title: patternList,
    topic: patternList,
    formula: patternList,
    // A look-alike kind is named (`{ id, name, patterns }`) so that an assessment can say what the
    // document was taken for; a bare pattern is an unnamed look-alike.
    lookalikes: {
      type: 'array',
      minItems: 1,
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            properties: {
              id: slotRef,
              name: localizedText,
              patterns: patternList,
              cues: patternList,
              minCues: { type: 'integer', minimum: 1 },
              roleShare: {
                type: 'object',
                properties: { role: slotRef, min: { type: 'number', minimum: 0, maximum: 1 } },
                required: ['role', 'min'],
                additionalProperties: false,
              },
            },
            required: ['id', 'name', 'patterns'],
            additionalProperties: false,
          },
        ],
      },
    },
    structure: {
      type: 'object',
      properties: { slots: { type: 'array', minItems: 1, items: slotRef }, min: { type: 'integer', minimum: 1 } },
      required: ['slots', 'min'],
      additionalProperties: false,
    },
  },
  required: ['title', 'topic'],
  additionalProperties: false,
} as const;

/** The `genre` kind's load-time part. */
export const genreSpec: KindSpec<GenreOptions> = {
  schema: () => SCHEMA,
  fields: {
    patterns: [['title', '*'], ['topic', '*'], ['formula', '*'], ['lookalikes', '*'], ['lookalikes', '*', 'patterns', '*'], ['lookalikes', '*', 'cues', '*']],
    slots: [['structure', 'slots', '*']],
  },
};
