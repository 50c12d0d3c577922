/**
 * `rules list`, `rules show <id|path>` and `rules validate <file…>`: what rule sets there are, what
 * one holds, and whether files a rule author wrote can be used — every problem at once, with its place.
 */
import { isRuleSetError } from '../../errors.js';
import { formatRuleList, formatRuleListJson, formatRuleSet, formatRuleSetJson } from '../../format/index.js';
import { listBuiltinRuleSets, loadRuleSet } from '../../rules/builtin-rule-sets.js';
import { getCliMessages } from '../../messages/cli/index.js';
import type { RuleSet } from '../../types.js';
import { EXIT } from '../exit-policy.js';
import { formatLocalProblem } from '../format-problem.js';
import type { CliIo } from '../io.js';
import { loadRules } from '../load-rules.js';
import type { RulesOptions } from '../options.js';
import { printError } from '../report-error.js';

/**
 * Lists the built-in rule sets. A built-in that cannot be loaded is reported and the rest listed.
 *
 * @example
 * await runRulesList({ format: 'json', locale: 'en', rules: undefined }, nodeIo()) // 0
 */
export async function runRulesList(options: RulesOptions, io: CliIo): Promise<number> {
  const messages = getCliMessages(options.locale);
  const ruleSets: RuleSet[] = [];
  let failed = false;
  // Sorted, so the default rule set comes first and its variants follow it.
  for (const id of [...listBuiltinRuleSets()].sort()) {
    try {
      ruleSets.push(loadRuleSet(id));
    } catch (error) {
      printError(io, error, messages);
      failed = true;
    }
  }
  io.stdout(options.format === 'json' ? formatRuleListJson(ruleSets) : formatRuleList(ruleSets, options.locale));
  return failed ? EXIT.error : EXIT.ok;
}

/**
 * Shows one rule set: a built-in id, or a file with the files it extends.
 *
 * @example
 * await runRulesShow('rules/city.yaml', { format: 'stylish', locale: 'zh-CN', rules: undefined }, nodeIo())
 */
export async function runRulesShow(target: string, options: RulesOptions, io: CliIo): Promise<number> {
  const ruleSet = await loadRules(io, target);
  io.stdout(options.format === 'json' ? formatRuleSetJson(ruleSet) : formatRuleSet(ruleSet, options.locale));
  return EXIT.ok;
}

/** Validates one file: true when valid. Problems go to stdout (they are the result); a file that cannot be read, to stderr. */
async function validateOne(file: string, options: RulesOptions, io: CliIo): Promise<boolean> {
  const messages = getCliMessages(options.locale);
  try {
    const ruleSet = await loadRules(io, file);
    io.stdout(`${messages.rules.valid(file, ruleSet.requirements.length)}\n`);
    return true;
  } catch (error) {
    if (!isRuleSetError(error)) {
      printError(io, error, messages);
      return false;
    }
    const problems = error.problems.map((p) => formatLocalProblem(p, messages));
    io.stdout(`${[messages.rules.invalid(file, problems.length), ...problems].join('\n')}\n`);
    return false;
  }
}

/**
 * Validates rule-set files, each with the files it extends: 0 when all are valid, 2 otherwise.
 *
 * @example
 * await runRulesValidate(['city.yaml', 'county.yaml'], { format: 'stylish', locale: 'en', rules: undefined }, nodeIo())
 */
export async function runRulesValidate(files: string[], options: RulesOptions, io: CliIo): Promise<number> {
  let valid = true;
  // One at a time, in command-line order, so the output reads file by file.
  for (const file of files) valid = (await validateOne(file, options, io)) && valid;
  return valid ? EXIT.ok : EXIT.error;
}
