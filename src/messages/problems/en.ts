/**
 * English for rule-set and waivers problems, by the problem's message code and parameters. The core
 * words a problem's `message` with this catalogue, so the library's English and `--locale en` are
 * one text; the schema's problems (validate-schema) and yaml's are worded where they are found, the
 * same way, and this catalogue says them too so that every code has an English message.
 */
import type { ProblemKey } from '../../errors.js';

type Params = Readonly<Record<string, string | number>>;

/** ` (did you mean "x"?)` for a likely typo, else ` (label: a, b)` listing what is allowed, else ''. */
function hint(p: Params, label = 'known'): string {
  if (p.suggestion) return ` (did you mean "${p.suggestion}"?)`;
  return p.defined ? ` (${label}: ${p.defined})` : '';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One function per problem code. */
export const enProblems: Record<ProblemKey, (p: Params) => string> = {
  YAML_ERROR: (p) => `is not valid YAML (${p.yamlCode}); fix the text at the place shown`,
  YAML_ALIASES: (p) => `expands its aliases (*name) beyond the limit of ${p.limit} uses, as a "billion laughs" file does; write the values out or use fewer aliases`,
  YAML_UNREADABLE: (p) => `cannot be read as data (${p.detail}); simplify its structure`,
  UNSAFE_KEY: (p) => `the key "${p.key}" is not allowed in a rule set; remove it`,
  NOT_A_MAPPING: () => 'a rule set must be a YAML mapping with id, version, title and requirements',
  WRONG_TYPE: (p) => `must be ${p.type === 'integer' ? 'a whole number' : p.type === 'object' ? 'an object' : p.type === 'array' ? 'a list' : `a ${p.type}`}`,
  MISSING_KEY: (p) => `is missing the required key "${p.key}"`,
  UNKNOWN_KEY: (p) => `has an unknown key "${p.key}"${hint({ suggestion: p.suggestion ?? '', defined: p.allowed ?? '' }, 'allowed')}`,
  NOT_ALLOWED_VALUE: (p) =>
    `must be one of ${String(p.allowed)
      .split(', ')
      .map((v) => JSON.stringify(v))
      .join(', ')}${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}`,
  NOT_CONSTANT: (p) => `must be ${p.value}`,
  OUT_OF_RANGE: (p) => `must be ${p.relation} ${p.limit}`,
  EMPTY_LIST: (p) => `must list at least ${plural(Number(p.limit), 'item')}: an empty list can never match`,
  DUPLICATE_ITEM: (p) => `lists the same item twice (items ${p.first} and ${p.second}); remove one`,
  EMPTY_TEXT: () => 'must not be empty',
  BAD_PATTERN: (p) => `must match ${p.pattern} (ids are kebab-case, versions look like 1.0.0)`,
  RESERVED_NAME: (p) => `"${p.name}" is a reserved name; choose another`,
  NOT_VALID: (p) => `is not valid (${p.keyword})`,
  NOT_KEBAB_ID: () => 'is not a kebab-case id',
  ONE_CHECK_KIND: (p) => `must name exactly one check kind (${p.kinds})`,
  KEY_COUNT: (p) => `must have ${p.bound === 'min' ? 'at least' : 'at most'} ${p.limit} key(s)`,
  TEXT_OR_LOCALES: () => 'must be a text, or a map of texts by locale (zh-CN, en)',
  UNDEFINED_SLOT: (p) =>
    `names the slot "${p.slot}", which no entry ${p.extended ? 'under "sections" here or in a base rule set' : 'under "sections"'} defines, so it could never match${hint(p, 'defined')}; define the slot under "sections" or name a defined one`,
  UNKNOWN_OVERRIDE: (p) =>
    `names the requirement "${p.id}", which ${p.extended ? 'neither this rule set nor its bases define' : 'this rule set does not define'}${hint(p)}; fix the id or remove the override`,
  // The pattern checker's own explanation (why it does not compile, or which shape backtracks).
  INVALID_PATTERN: (p) => String(p.detail || `"${p.pattern}" is not a valid regular expression`),
  SLOW_PATTERN: (p) => String(p.detail || `may take exponential time on some texts: "${p.pattern}" repeats a group that itself repeats`),
  GATE_SWITCHED_OFF: (p) => `switches off "${p.id}", which the rule set's gate depends on; keep "${p.id}", or give a gate that names another requirement`,
  GATE_UNDEFINED: (p) => `names the requirement "${p.id}", which this rule set does not define${hint(p)}; name a defined requirement or remove the gate`,
  UNDEFINED_ROLE: (p) => `(slot "${p.slot}") names the sentence role "${p.role}", which no entry under "roles" defines${hint(p)}; define it under "roles" or name a defined one`,
  NEW_REQUIREMENT_INCOMPLETE: (p) => {
    const keys = String(p.keys).split(', ');
    const typo = p.suggestion ? ` (did you mean "${p.suggestion}"?); to change that requirement, use its id` : '';
    return `is missing the required key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}: requirement "${p.id}" is not in a base rule set${typo}, so as a new requirement it needs ${p.required}${p.needsCheck ? ', and a check or conditions' : ''}`;
  },
  DUPLICATE_ID: (p) => `repeats the requirement id "${p.id}" (first used by requirements[${p.first}]); ids must be unique: rename one, or merge the two`,
  CHECK_OR_CONDITIONS: (p) => `requirement "${p.id}" must have exactly one of "check" (a named check kind) or "conditions" (raw engine conditions); ${p.both ? 'remove one of them' : 'add one'}`,
  APPLIES_TO_SWITCHED_OFF: (p) => `switches off "${p.id}", but requirement "${p.requirement}" applies only depending on it (appliesTo); switch that off too, or keep "${p.id}"`,
  APPLIES_TO_SELF: () => 'cannot refer to its own requirement; name the requirement this one depends on',
  APPLIES_TO_UNDEFINED: (p) => `names the requirement "${p.id}", which this rule set does not define${hint(p)}; name a defined requirement or remove appliesTo`,
  GRADES_WITHOUT_ZERO: () => 'needs a band with min: 0, so that every score gets a grade; add one such as { grade: 不合格, min: 0 }',
  PASS_FAIL_IGNORES: (p) =>
    `has no effect with model: pass-fail (a report passes when no error-severity requirement is missing or unknown); remove ${p.key}, or choose model: weighted or flat`,
  WEIGHTS_ZERO: () => 'the weights add up to 0, so no score can be computed; give some requirement a weight above 0',
  EXTENDS_UNKNOWN_BUILTIN: (p) => `names the built-in rule set "${p.ref}", which does not exist${hint(p, 'built-in rule sets')}; to extend a file, write a relative path such as ./${p.ref}.yaml`,
  EXTENDS_NO_RESOLVER: (p) =>
    `names the file "${p.ref}", but no resolver was given: the library never reads files itself; pass parseRuleSet(text, { resolve }) (the CLI does), or extend a built-in rule set (${p.defined})`,
  EXTENDS_UNREADABLE: (p) => `names "${p.ref}", which could not be read${p.detail ? ` (${p.detail})` : ''}; check the path${p.from ? `, relative to ${p.from}` : ''}`,
  EXTENDS_OUTSIDE: (p) => `names "${p.ref}", which lies outside the folders rule sets may extend from (${p.folder}); copy it into that folder, or allow its folder (allow option)`,
  EXTENDS_TOO_DEEP: (p) => `makes the extends chain deeper than ${p.limit} rule sets (${p.chain} → …); extend fewer layers`,
  EXTENDS_CYCLE: (p) => `makes a cycle: ${p.chain}; remove one of these extends`,
  EXTENDS_REPEATED: (p) => `lists "${p.ref}" a second time; remove one`,
  COUNT_WITHOUT_AT_LEAST: () => 'is read only with "match: atLeast"; remove it or set match to atLeast',
  COUNT_ABOVE_TERMS: (p) => `asks for ${p.count} terms but only ${p.distinct} ${Number(p.distinct) === 1 ? 'is' : 'are'} listed, so it could never be met`,
  PARTIAL_NOT_BELOW_TERMS: (p) => `must be below the ${plural(Number(p.needed), 'term')} that meet the requirement, or it could never be partial`,
  PARTIAL_NOT_BELOW_MIN: (p) => `must be below min (${p.min}): a text that long is already met, so it could never be partial`,
  NOT_A_CONDITION: () => 'must be a condition: a map with one of all, any or not, or a leaf with fact, operator and value',
  SHARED_CONDITION: () => 'refers to a shared condition, which rule sets cannot define; write the conditions here, or use appliesTo to depend on another requirement',
  BRANCHES_COMBINED: (p) => `combines ${String(p.branches).split(', ').join(' and ')}; nest them instead, e.g. { all: [ { any: [...] }, … ] }`,
  NOT_A_CONDITION_LIST: () => 'must be a list of conditions',
  EMPTY_BRANCH: (p) => `is an empty list, so it ${p.op === 'all' ? 'always passes' : 'never passes'}; list at least one condition`,
  LEAF_KEY_MISSING: (p) => `is missing the required key "${p.key}": a leaf condition needs fact, operator and value`,
  UNKNOWN_FACT: (p) => {
    const shown = p.named ? `"${p.fact}"` : String(p.fact);
    const known = p.named ? hint(p, 'facts') : ` (facts: ${p.defined})`;
    const meta = p.meta ? `; for the report's ${p.fact}, write fact: meta, path: $.${p.fact}` : '';
    return `names the fact ${shown}, which the engine does not have${known}${meta}`;
  },
  NOT_DECORATOR: () => 'uses the "not:" decorator, which would pass when the fact could not be measured; use notEqual, notIn, doesNotContain or a not block, which fail closed',
  UNKNOWN_DECORATOR: (p) => `uses the unknown operator decorator "${p.decorator}"${hint(p, 'decorators')}`,
  UNKNOWN_OPERATOR: (p) => `names the operator "${p.operator}", which the engine does not know${hint(p, 'operators')}`,
  OPERATOR_NOT_TEXT: (p) => `must be the name of an operator (${p.defined})`,
  MATCHES_NOT_TEXT: () => 'must be a regular expression (a string) for the matches operator',
  META_PARAMS: () => 'is not read by the meta fact; remove it',
  META_PATH_MISSING: (p) => `needs a path into the meta fact (${p.paths})`,
  BAD_JSON_PATH: () => 'must be a JSONPath starting with $ (e.g. $.found, $.year)',
  PARAMS_MISSING: (p) => `needs params: the options of a ${p.kind} check, e.g. ${p.kind === 'section' ? '{ slot: plan }' : 'as under check:'}`,
  WAIVERS_EMPTY: () => 'is empty; write waivers: followed by a list of { requirement, justification, expires? }',
  WAIVER_DATE: (p) => `"${p.value}" is not a calendar date; write the last day the waiver is in force as YYYY-MM-DD`,
  WAIVER_REPEATED: (p) => `waives "${p.id}" a second time (first in waivers[${p.first}]); keep one waiver per requirement`,
  WAIVER_UNKNOWN_REQUIREMENT: (p) => `names the requirement "${p.id}", which rule set "${p.ruleSet}" does not have${hint(p)}; fix the id or remove the waiver`,
};

/**
 * A problem's English message and its code and parameters, for a RuleSetProblem.
 *
 * @example
 * problemText('DUPLICATE_ID', { id: 'timeliness', first: 0 }).message
 * // 'repeats the requirement id "timeliness" (first used by requirements[0]); ids must be unique: rename one, or merge the two'
 */
export function problemText(key: ProblemKey, params: Params = {}): { message: string; key: ProblemKey; params: Params } {
  return { message: enProblems[key](params), key, params };
}
