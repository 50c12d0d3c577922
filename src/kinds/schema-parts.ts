/**
 * JSON Schema fragments the check kinds' options share (and the rule-set schema, for localized text).
 */

/** A non-empty list of regular-expression sources. */
export const patternList = {
  type: 'array',
  minItems: 1,
  items: { type: 'string', minLength: 1 },
} as const;

/** A slot id as the rule set's `sections` define it. */
export const slotRef = { type: 'string', pattern: '^[a-z][a-z0-9-]*$' } as const;

/** Text in one language (every locale), or a map with zh-CN and optionally en. */
export const localizedText = {
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      properties: { 'zh-CN': { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
      required: ['zh-CN'],
      additionalProperties: false,
    },
  ],
} as const;
