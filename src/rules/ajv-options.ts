/**
 * The ajv options every schema is compiled with, at run time and when the rule-set schema is
 * precompiled at build time (scripts/precompile-schema.ts): both must report the same errors.
 * verbose: each error carries its parent schema, for the allowed keys and the schema's `x-hint`.
 */
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;
