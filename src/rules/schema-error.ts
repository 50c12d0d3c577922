/**
 * The shape of what the precompiled validators report: ajv's ErrorObject (with `verbose`), written
 * out here so that the core needs no ajv at all, not even for its types, and no public type names it.
 */

/** One schema violation. */
export interface SchemaError {
  /** The failing keyword: type, required, enum, pattern … */
  keyword: string;
  /** JSON pointer to the offending value, e.g. `/requirements/0/weight`. */
  instancePath: string;
  /** JSON pointer to the keyword in the schema. */
  schemaPath: string;
  /** What the keyword needed: `{ missingProperty }`, `{ allowedValues }`, `{ limit }` … */
  params: Record<string, unknown>;
  /** Inside `propertyNames`: the key that failed. */
  propertyName?: string;
  /** ajv's English message. */
  message?: string;
  /** The schema node holding the keyword (verbose): its allowed keys and `x-hint`. */
  parentSchema?: Record<string, unknown>;
  /** The offending value (verbose). */
  data?: unknown;
}

/** A precompiled validator: true when the data is valid, else `errors` lists every violation. */
export interface Validator {
  (data: unknown): boolean;
  /** The violations found by the last call that returned false. */
  errors?: SchemaError[] | null;
}
