/**
 * The JSON Schema of a rule-set file. The schema is the language definition: what a rule author may
 * write. The engine gives each check kind its meaning.
 */
import { CHECK_KIND_SCHEMAS } from './check-kinds.js';

const patternList = {
  type: 'array',
  minItems: 1,
  items: { type: 'string', minLength: 1 },
} as const;

const localized = {
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

const slotRef = { type: 'string', pattern: '^[a-z][a-z0-9-]*$' } as const;


const check = {
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
  properties: CHECK_KIND_SCHEMAS,
  additionalProperties: false,
} as const;

const conditionsObject = { type: 'object', minProperties: 1 } as const;

const requirement = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
    title: localized,
    basis: { type: 'string', minLength: 1 },
    severity: { enum: ['error', 'warning', 'info'] },
    weight: { type: 'number', minimum: 0 },
    partialCredit: { type: 'number', minimum: 0, maximum: 1 },
    fix: localized,
    rationale: localized,
    messages: {
      type: 'object',
      properties: {
        met: localized,
        partial: localized,
        missing: localized,
        unknown: localized,
        'not-applicable': localized,
      },
      additionalProperties: false,
    },
    check,
    conditions: {
      type: 'object',
      properties: { met: conditionsObject, partial: conditionsObject },
      required: ['met'],
      additionalProperties: false,
    },
    appliesTo: {
      type: 'object',
      properties: {
        requirement: { type: 'string', minLength: 1 },
        status: { type: 'array', minItems: 1, items: { enum: ['met', 'partial', 'missing', 'unknown'] } },
      },
      required: ['requirement', 'status'],
      additionalProperties: false,
    },
  },
  required: ['id', 'title', 'basis', 'severity', 'weight', 'fix'],
  additionalProperties: false,
} as const;

/** The schema of a whole rule-set file. */
export const RULE_SET_SCHEMA = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
    version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+' },
    title: localized,
    description: { type: 'string' },
    scoring: {
      type: 'object',
      properties: {
        model: { enum: ['weighted'] },
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
      },
      additionalProperties: false,
    },
    sections: {
      type: 'object',
      propertyNames: slotRef,
      additionalProperties: {
        type: 'object',
        properties: { headings: patternList, exclude: { type: 'array', items: { type: 'string', minLength: 1 } } },
        required: ['headings'],
        additionalProperties: false,
      },
    },
    requirements: { type: 'array', minItems: 1, items: requirement },
  },
  required: ['id', 'version', 'title', 'requirements'],
  additionalProperties: false,
} as const;
