/**
 * The ajv options every schema is compiled with at build time (scripts/precompile-schema.ts), and by
 * the tests that compare each precompiled validator with ajv compiling its schema at run time: both
 * must report the same errors. verbose: each error carries its parent schema, for the allowed keys and
 * the schema's `x-hint`.
 */
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;
