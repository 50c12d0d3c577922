/**
 * Shipped rule sets are embedded already parsed and are trusted at load time (no YAML parse, no
 * schema or pattern checks per process). This suite is where they are checked instead: each file in
 * rules/ is read through the full path a user's file takes, must have no problems, and must give the
 * same rule set as the embedded data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_RULE_SETS } from '../../src/rules/builtin-sets.generated.js';
import { listBuiltinRuleSets, loadRuleSet, parseRuleSet } from '../../src/rules/load-rule-set.js';

const yamlOf = (id: string) => readFileSync(new URL(`../../rules/${id}.yaml`, import.meta.url), 'utf8');

describe('shipped rule sets', () => {
  it.each(listBuiltinRuleSets())('%s: the embedded data is the YAML file as it is now (run npm run build or npm test to embed it)', (id) => {
    expect(BUILTIN_RULE_SETS[id]).toEqual(parse(yamlOf(id)));
  });

  it.each(listBuiltinRuleSets())('%s: read through the full YAML path, it has no problems and is the rule set loadRuleSet gives', (id) => {
    const checked = parseRuleSet(yamlOf(id), { name: `rules/${id}.yaml` });
    expect(checked).toEqual(loadRuleSet(id));
  });
});
