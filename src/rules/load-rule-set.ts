/**
 * YAML → RuleSet: read the file and its bases (parse with positions, validate against the schema,
 * cross-check references), compose them, then build the plain, frozen RuleSet. Built-in rule sets
 * are loaded by builtin-rule-sets.ts, which needs none of this.
 */
import { RuleSetError } from '../errors.js';
import type { RuleSet } from '../types.js';
import { fromLayers } from './build-rule-set.js';
import { readLayers, type RuleSetResolver } from './read-layers.js';

export type { RuleSetResolver } from './read-layers.js';
export { listBuiltinRuleSets, loadRuleSet } from './builtin-rule-sets.js';

/**
 * Options for {@link parseRuleSet}.
 *
 * @example
 * parseRuleSet(text, { name: 'city.yaml', resolve: (ref, from) => ({ name: ref, text: files[ref] }) })
 */
export interface LoadRuleSetOptions {
  /** The source name used in error messages (a file path). Default `<inline>`. */
  name?: string;
  /**
   * Reads a rule set named in `extends` by a path, relative to the file that names it. The library
   * never reads files: without a resolver, only built-in ids can be extended.
   */
  resolve?: RuleSetResolver;
}

function build(text: string, name: string, resolve: RuleSetResolver | undefined): RuleSet {
  const { root, problems } = readLayers({ name, text, ref: name }, resolve);
  if (problems.length > 0) throw new RuleSetError(problems);
  return fromLayers(root, name);
}

/**
 * Parses and validates rule-set YAML text, with the rule sets it extends.
 *
 * @throws RuleSetError listing every problem (YAML syntax, schema, references, extends) of every file,
 *   each with file:line:col.
 * @example
 * const city = parseRuleSet('id: city\nversion: 1.0.0\ntitle: 市\nextends: [fzzf-annual-report]\noverrides: { timeliness: off }\n')
 * const ruleSet = parseRuleSet(readFileSync('city.yaml', 'utf8'), {
 *   name: 'city.yaml',
 *   resolve: (ref, from) => ({ name: join(dirname(from), ref), text: readFileSync(join(dirname(from), ref), 'utf8') }),
 * })
 */
export function parseRuleSet(yamlText: string, options: LoadRuleSetOptions = {}): RuleSet {
  return build(yamlText, options.name ?? '<inline>', options.resolve);
}
