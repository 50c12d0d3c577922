/**
 * The rule sets shipped with the library, by id: built from their embedded data once and cached, so
 * the engine compiled for them is reused across calls. Nothing here parses YAML or validates a schema.
 */
import { UnknownRuleSetError } from '../errors.js';
import type { RuleSet } from '../types.js';
import { BUILTIN_RULE_SETS } from './builtin-sets.generated.js';
import { fromLayers } from './build-rule-set.js';
import { builtinLayer } from './layers.js';

const builtinCache = new Map<string, RuleSet>();

/**
 * Ids of the rule sets shipped with the library.
 *
 * @example
 * listBuiltinRuleSets() // ['fzzf-annual-report', …]
 */
export function listBuiltinRuleSets(): string[] {
  return Object.keys(BUILTIN_RULE_SETS);
}

/**
 * Loads a built-in rule set by its id, built once and cached. It takes ids only and never guesses
 * whether a string is YAML: read your own rule sets with {@link parseRuleSet} (text) or, in Node,
 * `loadRuleSetFile` (a path, with its `extends`).
 *
 * @throws UnknownRuleSetError for anything but a built-in id, naming the built-in ids.
 * @example
 * const ruleSet = loadRuleSet('fzzf-annual-report')
 * const department = loadRuleSet('fzzf-annual-report-department')
 */
export function loadRuleSet(id: string): RuleSet {
  if (!Object.hasOwn(BUILTIN_RULE_SETS, id)) throw new UnknownRuleSetError(id, listBuiltinRuleSets());
  let cached = builtinCache.get(id);
  if (!cached) {
    cached = fromLayers(builtinLayer(id), `rules/${id}.yaml`);
    builtinCache.set(id, cached);
  }
  return cached;
}
