/**
 * The JSON Schema of a rule-set file. The schema is the language definition: what a rule author may
 * write. The engine gives each check kind its meaning. A node may carry `x-hint`, a sentence that
 * validate-schema.ts appends to every problem found at that node, to say what to write instead.
 */
import { checkSpecSchema, localizedText } from './check-kinds.js';

const patternList = {
  type: 'array',
  minItems: 1,
  items: { type: 'string', minLength: 1 },
} as const;



/** Another requirement and the statuses of its finding that something depends on (appliesTo, gate). */
const dependsOn = {
  type: 'object',
  properties: {
    requirement: { type: 'string', minLength: 1 },
    status: { type: 'array', minItems: 1, items: { enum: ['met', 'partial', 'missing', 'unknown'] } },
  },
  required: ['requirement', 'status'],
  additionalProperties: false,
} as const;

const ID_PATTERN = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';

const roleList = { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' } } as const;

const slotId = { type: 'string', pattern: '^[a-z][a-z0-9-]*$', 'x-hint': 'write it in lower case with hyphens, e.g. next-year-plan' } as const;

const severity = { enum: ['error', 'warning', 'info'] } as const;
const weight = { type: 'number', minimum: 0 } as const;
const partialCredit = { type: 'number', minimum: 0, maximum: 1 } as const;

/** The keys every requirement needs, unless it changes one that a base rule set (`extends`) defines. */
export const REQUIRED_REQUIREMENT_KEYS = ['id', 'title', 'basis', 'severity', 'weight', 'fix'] as const;

const requirement = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: ID_PATTERN },
    title: localizedText,
    basis: { type: 'string', minLength: 1 },
    severity,
    weight,
    partialCredit,
    fix: localizedText,
    rationale: localizedText,
    messages: {
      type: 'object',
      properties: {
        met: localizedText,
        partial: localizedText,
        missing: localizedText,
        unknown: localizedText,
        'not-applicable': localizedText,
      },
      additionalProperties: false,
    },
    check: checkSpecSchema(),
    // Each condition tree is checked leaf by leaf in check-conditions.ts, with messages that name the
    // facts and operators the engine knows.
    conditions: {
      type: 'object',
      properties: { met: { type: 'object' }, partial: { type: 'object' } },
      required: ['met'],
      additionalProperties: false,
    },
    appliesTo: dependsOn,
  },
  required: ['id'],
  additionalProperties: false,
} as const;

const override = {
  if: { type: 'string' },
  then: { enum: ['error', 'warning', 'info', 'off'] },
  else: {
    type: 'object',
    minProperties: 1,
    properties: { severity, weight, partialCredit, off: { type: 'boolean' } },
    additionalProperties: false,
    'x-hint': 'write error, warning, info or off, or a map such as { severity: warning, weight: 5 }',
  },
} as const;

const scoring = {
  type: 'object',
  properties: {
    model: { enum: ['weighted', 'flat', 'pass-fail'] },
    passMark: { type: 'number', minimum: 0, maximum: 100 },
    grades: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: { grade: { type: 'string', minLength: 1 }, min: { type: 'number', minimum: 0, maximum: 100 } },
        required: ['grade', 'min'],
        additionalProperties: false,
      },
    },
    partialCredit,
  },
  additionalProperties: false,
} as const;

const keyFigures = {
  type: 'object',
  properties: {
    combinedCues: { type: 'array', items: { type: 'string', minLength: 1 } },
    figures: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', pattern: ID_PATTERN },
          title: localizedText,
          kind: { enum: ['count', 'rate'] },
          terms: patternList,
          units: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
          window: { type: 'integer', minimum: 0, maximum: 60 },
        },
        required: ['id', 'title', 'kind', 'terms'],
        additionalProperties: false,
      },
    },
  },
  required: ['figures'],
  additionalProperties: false,
} as const;

/** The schema of a whole rule-set file. */
export const RULE_SET_SCHEMA = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: ID_PATTERN },
    version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+' },
    title: localizedText,
    description: { type: 'string' },
    extends: { type: 'array', items: { type: 'string', minLength: 1 }, 'x-hint': 'list built-in rule-set ids or relative paths, e.g. [fzzf-annual-report, ./city.yaml]' },
    scoring,
    sections: {
      type: 'object',
      propertyNames: slotId,
      additionalProperties: {
        type: 'object',
        properties: {
          headings: patternList,
          exclude: { type: 'array', items: { type: 'string', minLength: 1 } },
          roles: roleList,
          fallback: {
            type: 'object',
            minProperties: 1,
            maxProperties: 1,
            properties: {
              passage: {
                type: 'object',
                properties: { roles: roleList, minChars: { type: 'integer', minimum: 1 } },
                required: ['roles'],
                additionalProperties: false,
              },
              parts: {
                type: 'object',
                properties: { roles: roleList, share: { type: 'number', minimum: 0, maximum: 1 } },
                required: ['roles'],
                additionalProperties: false,
              },
            },
            additionalProperties: false,
            'x-hint': 'write { passage: { roles: [plan], minChars: 80 } } or { parts: { roles: [done], share: 0.6 } }',
          },
        },
        required: ['headings'],
        additionalProperties: false,
      },
    },
    // Sentence roles in order of precedence; a sentence matching none is "done".
    roles: {
      type: 'object',
      propertyNames: { ...slotId, not: { const: 'done' } },
      additionalProperties: {
        type: 'object',
        properties: { patterns: patternList, unless: patternList, carry: { type: 'boolean' } },
        required: ['patterns'],
        additionalProperties: false,
      },
    },
    requirements: { type: 'array', minItems: 1, items: requirement },
    // A requirement every other one depends on: when its finding is not one of these statuses, the
    // document is not what the rule set is for, and every other requirement is not-applicable.
    gate: dependsOn,
    // Keys are requirement ids; an id no requirement has is reported by check-semantics.ts, with a
    // suggestion, so the schema does not constrain the keys.
    overrides: { type: 'object', additionalProperties: override },
    // The key figures table (counts and rates offices compare); a file that gives it replaces its bases'.
    keyFigures,
  },
  required: ['id', 'version', 'title'],
  additionalProperties: false,
  // Without a base rule set, the file must define its requirements, each in full.
  if: { required: ['extends'], properties: { extends: { minItems: 1 } } },
  else: {
    required: ['requirements'],
    properties: { requirements: { items: { required: REQUIRED_REQUIREMENT_KEYS } } },
  },
} as const;
