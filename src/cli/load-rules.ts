/**
 * Resolving `--rules`: a path to a YAML file, or the id of a built-in rule set.
 */
import { listBuiltinRuleSets, loadRuleSet } from '../index.js';
import type { RuleSet } from '../types.js';
import { CliError } from './cli-error.js';
import { describeSystemError, type CliIo } from './io.js';

/** The rule set used when `--rules` is not given. */
export const DEFAULT_RULESET = 'fzzf-annual-report';

/** A value that the user meant as a file: it has a folder separator or a YAML extension. */
function looksLikePath(value: string): boolean {
  return /[\\/]/.test(value) || /\.ya?ml$/i.test(value);
}

// fatal: a rule set in another encoding must fail loudly rather than load with mangled patterns.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Rule sets are UTF-8 YAML (a BOM is dropped); null for anything else. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

async function readRulesFile(io: CliIo, path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new CliError('RULES_UNREADABLE', { value: path, detail: describeSystemError(error) }, { cause: error });
  }
  const text = decodeUtf8(bytes);
  if (text === null) throw new CliError('RULES_UNREADABLE', { value: path, detail: 'not UTF-8' });
  return text;
}

/**
 * Loads the rule set named by `--rules`. An existing file wins over a built-in id of the same name,
 * because a user who has that file in front of them means it.
 *
 * @throws CliError RULES_NOT_FOUND / RULES_UNKNOWN / RULES_DIRECTORY / RULES_UNREADABLE, or the
 *   RuleSetError of loadRuleSet (YAML_SYNTAX, RULESET_SCHEMA) with every problem listed.
 * @example
 * const ruleSet = await loadRules(nodeIo(), 'rules/township.yaml')
 */
export async function loadRules(io: CliIo, value: string | undefined): Promise<RuleSet> {
  if (value === undefined) return loadRuleSet(DEFAULT_RULESET);
  const stat = await io.stat(value);
  if (stat?.isDirectory) throw new CliError('RULES_DIRECTORY', { value });
  if (stat) return loadRuleSet(await readRulesFile(io, value), { name: value });
  const known = listBuiltinRuleSets();
  // Check the id here rather than let loadRuleSet guess: it also accepts YAML text, and a mistyped
  // path must not be read as a one-word YAML document.
  if (!known.includes(value)) {
    throw new CliError(looksLikePath(value) ? 'RULES_NOT_FOUND' : 'RULES_UNKNOWN', { value, known });
  }
  return loadRuleSet(value);
}
