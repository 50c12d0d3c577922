/**
 * Checks the schema cannot express: references between parts of a rule set (slots, requirement ids)
 * and patterns that do not compile. A requirement that can never match is a rule-set error, not a
 * silent pass.
 */
import type { RuleSetProblem } from '../errors.js';
import { CHECK_KIND_FIELDS, valuesAt, type CheckKindName } from './check-kinds.js';
import { excerpt, formatPath, type YamlSource } from './yaml-source.js';

type Path = Array<string | number>;
type Data = Record<string, unknown>;

/**
 * Returns every cross-reference problem in schema-valid rule-set data.
 */
export function checkSemantics(data: Data, source: YamlSource): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const report = (path: Path, message: string, key = false) => {
    const { line, column } = source.locate(path, key);
    problems.push({ code: 'RULESET_INVALID', file: source.name, line, column, path: formatPath(path), message, excerpt: excerpt(source.text, line, column) });
  };
  const tryPattern = (path: Path, pattern: string) => {
    try {
      new RegExp(pattern, 'u');
    } catch (error) {
      report(path, `is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`);
    }
  };

  const slots = (data.sections ?? {}) as Record<string, Data>;
  for (const [id, slot] of Object.entries(slots)) {
    ((slot.headings as string[]) ?? []).forEach((p, i) => tryPattern(['sections', id, 'headings', i], p));
    ((slot.exclude as string[]) ?? []).forEach((p, i) => tryPattern(['sections', id, 'exclude', i], p));
  }

  const requirements = data.requirements as Data[];
  const ids = new Map<string, number>();
  requirements.forEach((req, index) => {
    const at: Path = ['requirements', index];
    const id = req.id as string;
    if (ids.has(id)) report([...at, 'id'], `repeats the requirement id "${id}" (first used by requirements[${ids.get(id)}]); ids must be unique`);
    else ids.set(id, index);
    if (Boolean(req.check) === Boolean(req.conditions)) {
      report(at, `requirement "${id}" must have exactly one of "check" (a named check kind) or "conditions" (raw engine conditions)`);
    }
    const check = req.check as Data | undefined;
    const kind = check ? Object.keys(check)[0] : undefined;
    if (check && kind) {
      const options = (check[kind] ?? {}) as Data;
      const fields = CHECK_KIND_FIELDS[kind as CheckKindName];
      for (const ref of valuesAt(options, fields?.slots ?? [])) {
        if (typeof ref.value === 'string' && !(ref.value in slots)) {
          const known = Object.keys(slots);
          report([...at, 'check', kind, ...ref.path], `names the slot "${ref.value}", which no entry under "sections" defines, so it could never match${known.length ? ` (defined: ${known.join(', ')})` : ''}`);
        }
      }
      for (const p of valuesAt(options, fields?.patterns ?? [])) {
        if (typeof p.value === 'string') tryPattern([...at, 'check', kind, ...p.path], p.value);
      }
    }
  });

  requirements.forEach((req, index) => {
    const target = (req.appliesTo as Data | undefined)?.requirement;
    if (typeof target === 'string' && (!ids.has(target) || target === req.id)) {
      report(['requirements', index, 'appliesTo', 'requirement'], target === req.id ? 'cannot refer to its own requirement' : `names the requirement "${target}", which this rule set does not define`);
    }
  });

  const grades = ((data.scoring as Data | undefined)?.grades as Data[] | undefined) ?? [];
  if (grades.length > 0 && !grades.some((g) => g.min === 0)) {
    report(['scoring', 'grades'], 'needs a band with min: 0, so that every score gets a grade');
  }
  const weights = requirements.reduce((sum, r) => sum + (typeof r.weight === 'number' ? r.weight : 0), 0);
  if (weights <= 0) report(['requirements'], 'the weights add up to 0, so no score can be computed; give some requirement a weight above 0');
  return problems;
}
