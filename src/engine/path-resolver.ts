/**
 * Resolves a condition's `path` in a fact value. Plain property paths (`$.found`, `$.meta.year`), which
 * are all the built-in check kinds use, are walked directly: JSONPath evaluation was the largest cost
 * of a run. Anything else goes to jsonpath-plus, as json-rules-engine would do.
 */
import { JSONPath } from 'jsonpath-plus';

const PLAIN = /^\$(\.[A-Za-z_$][\w$]*)*$/;

/** json-rules-engine's pathResolver: own properties only, so `$.constructor` is undefined, never a function. */
export function resolvePath(value: unknown, path: string): unknown {
  return compilePath(path)(value);
}

/** A path compiled for one condition: resolves it in any fact value. */
export type PathResolver = (value: unknown) => unknown;

/**
 * Compiles a path once, when a rule set compiles, so that evaluating a condition neither tests nor
 * splits the path again.
 *
 * @example
 * compilePath('$.meta.year')({ meta: { year: 2023 } }) // 2023
 */
export function compilePath(path: string): PathResolver {
  if (!PLAIN.test(path)) return (value) => JSONPath({ path, json: value as object, wrap: false });
  const keys = path.split('.').slice(1);
  return (value) => {
    let current: unknown = value;
    for (const key of keys) {
      if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
    }
    return current;
  };
}
