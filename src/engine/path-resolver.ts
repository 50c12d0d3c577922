/**
 * Resolves a condition's `path` in a fact value. Plain property paths (`$.found`, `$.meta.year`), which
 * are all the built-in check kinds use, are walked directly: JSONPath evaluation was the largest cost
 * of a run. Anything else goes to jsonpath-plus, as json-rules-engine would do.
 */
import { JSONPath } from 'jsonpath-plus';

const PLAIN = /^\$(\.[A-Za-z_$][\w$]*)*$/;

/** json-rules-engine's pathResolver: own properties only, so `$.constructor` is undefined, never a function. */
export function resolvePath(value: unknown, path: string): unknown {
  if (!PLAIN.test(path)) return JSONPath({ path, json: value as object, wrap: false });
  let current: unknown = value;
  for (const key of path.split('.').slice(1)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
