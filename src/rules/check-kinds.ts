/**
 * The check kinds of the rule-set language, as the loader sees them: each kind's options schema,
 * where its options hold regular expressions, and where they name outline slots. The engine gives
 * each kind its meaning (src/engine/checks/); adding a kind means an entry here and a module there.
 */

const patternList = {
  type: 'array',
  minItems: 1,
  items: { type: 'string', minLength: 1 },
} as const;

const slotRef = { type: 'string', pattern: '^[a-z][a-z0-9-]*$' } as const;

/** Options of each check kind. Every kind fails closed: what it cannot measure is unknown. */
const SCHEMAS = {
  section: {
    type: 'object',
    properties: {
      slot: slotRef,
      minChars: { type: 'integer', minimum: 0 },
      passage: {
        type: 'object',
        properties: { terms: patternList, exclude: { type: 'array', items: slotRef }, unless: patternList },
        required: ['terms'],
        additionalProperties: false,
      },
      partialTerms: patternList,
    },
    required: ['slot'],
    additionalProperties: false,
  },
  genre: {
    type: 'object',
    properties: {
      title: patternList,
      topic: patternList,
      lookalikes: patternList,
      structure: {
        type: 'object',
        properties: { slots: { type: 'array', minItems: 1, items: slotRef }, min: { type: 'integer', minimum: 1 } },
        required: ['slots', 'min'],
        additionalProperties: false,
      },
    },
    required: ['title', 'topic'],
    additionalProperties: false,
  },
  causes: {
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
  },
  termGroups: {
    type: 'object',
    properties: {
      in: slotRef,
      groups: { type: 'object', minProperties: 1, additionalProperties: patternList },
      collective: patternList,
    },
    required: ['groups'],
    additionalProperties: false,
  },
  figures: {
    type: 'object',
    properties: {
      in: slotRef,
      units: patternList,
      min: { type: 'integer', minimum: 1 },
    },
    additionalProperties: false,
  },
  deadline: {
    type: 'object',
    properties: {
      date: { enum: ['published', 'signed'] },
      month: { type: 'integer', minimum: 1, maximum: 12 },
      day: { type: 'integer', minimum: 1, maximum: 31 },
      yearOffset: { type: 'integer', minimum: 0, maximum: 5 },
      signedFallback: { type: 'boolean' },
    },
    required: ['month', 'day'],
    additionalProperties: false,
  },
} as const;

/** Names of the check kinds. */
export type CheckKindName = keyof typeof SCHEMAS;

/** The options schema of each check kind. */
export const CHECK_KIND_SCHEMAS: Readonly<Record<CheckKindName, object>> = SCHEMAS;

/**
 * Paths (in a kind's options) of regular-expression lists and of slot names; `*` stands for every
 * key of a map or every item of a list.
 */
export const CHECK_KIND_FIELDS: Readonly<Record<CheckKindName, { patterns: string[][]; slots: string[][] }>> = {
  section: { patterns: [['passage', 'terms'], ['passage', 'unless'], ['partialTerms']], slots: [['slot'], ['passage', 'exclude', '*']] },
  genre: { patterns: [['title'], ['topic'], ['lookalikes']], slots: [['structure', 'slots', '*']] },
  causes: { patterns: [['markers'], ['implicit'], ['dedicated']], slots: [['in']] },
  termGroups: { patterns: [['groups', '*', '*'], ['collective']], slots: [['in']] },
  figures: { patterns: [], slots: [['in']] },
  deadline: { patterns: [], slots: [] },
};

/** Every value at the given paths of `options`, with its full path. */
export function valuesAt(options: unknown, paths: readonly string[][]): Array<{ path: Array<string | number>; value: unknown }> {
  const found: Array<{ path: Array<string | number>; value: unknown }> = [];
  const walk = (value: unknown, rest: readonly string[], path: Array<string | number>) => {
    if (rest.length === 0) {
      if (value !== undefined) found.push({ path, value });
      return;
    }
    const [step, ...more] = rest as [string, ...string[]];
    if (step === '*') {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, more, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, more, [...path, k]);
      return;
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) walk((value as Record<string, unknown>)[step], more, [...path, step]);
  };
  for (const p of paths) walk(options, p, []);
  return found;
}
