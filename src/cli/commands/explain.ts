/**
 * `explain <requirement-id> [--rules <id|path>]`: what one requirement checks, in words.
 */
import { formatExplain } from '../../format/index.js';
import { suggest } from '../../rules/suggest.js';
import { CliError } from '../cli-error.js';
import { EXIT } from '../exit-policy.js';
import type { CliIo } from '../io.js';
import { loadRules } from '../load-rules.js';
import type { RulesOptions } from '../options.js';

/**
 * Explains a requirement of the rule set (the default one unless `--rules` names another).
 *
 * @throws CliError UNKNOWN_REQUIREMENT with the closest id, or the errors of {@link loadRules}.
 * @example
 * await runExplain('shortcoming-causes', { format: 'stylish', locale: 'zh-CN', rules: undefined }, nodeIo()) // 0
 */
export async function runExplain(id: string, options: RulesOptions, io: CliIo): Promise<number> {
  const ruleSet = await loadRules(io, options.rules);
  const requirement = ruleSet.requirements.find((r) => r.id === id);
  if (!requirement) {
    const known = ruleSet.requirements.map((r) => r.id);
    // The --rules value as given, so that the `rules show` the message suggests finds the same rule set.
    throw new CliError('UNKNOWN_REQUIREMENT', { id, ruleSet: options.rules ?? ruleSet.id, suggestion: suggest(id, known), known });
  }
  io.stdout(formatExplain(ruleSet, requirement, options.locale));
  return EXIT.ok;
}
