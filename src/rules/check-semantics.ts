/**
 * Checks the schema cannot express: references between parts of a rule set (slots, requirement ids)
 * and patterns that do not compile. A requirement that can never match is a rule-set error, not a
 * silent pass.
 */
import type { RuleSetProblem } from '../errors.js';
import { excerpt, formatPath, type YamlSource } from './yaml-source.js';

type Path = Array<string | number>;
type Data = Record<string, unknown>;

/** Every place in a check's options that names a slot. */
function slotReferences(kind: string, options: Data): Array<{ path: Path; slot: unknown }> {
  const refs: Array<{ path: Path; slot: unknown }> = [];
  if (kind === 'section') refs.push({ path: ['slot'], slot: options.slot });
  if (kind === 'section' && options.passage) {
    const exclude = ((options.passage as Data).exclude as unknown[] | undefined) ?? [];
    exclude.forEach((slot, i) => refs.push({ path: ['passage', 'exclude', i], slot }));
  }
  if (['causes', 'termGroups', 'figures'].includes(kind) && options.in !== undefined) refs.push({ path: ['in'], slot: options.in });
  if (kind === 'genre' && options.structure) {
    ((options.structure as Data).slots as unknown[]).forEach((slot, i) => refs.push({ path: ['structure', 'slots', i], slot }));
  }
  return refs;
}

/** Where each check kind keeps its lists of regular expressions (`*`: every key of a map). */
const PATTERN_FIELDS: Record<string, string[][]> = {
  section: [['passage', 'terms'], ['passage', 'unless'], ['partialTerms']],
  genre: [['title'], ['topic'], ['lookalikes']],
  causes: [['markers'], ['implicit'], ['dedicated']],
  termGroups: [['groups', '*'], ['collective']],
  figures: [['units']],
  deadline: [],
};

/** Every pattern in a check's options, with its path. */
function patterns(kind: string, options: Data): Array<{ path: Path; source: string }> {
  const found: Array<{ path: Path; source: string }> = [];
  const walk = (value: unknown, rest: string[], path: Path) => {
    if (rest.length === 0) {
      if (Array.isArray(value)) value.forEach((v, i) => typeof v === 'string' && found.push({ path: [...path, i], source: v }));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const [step, ...more] = rest as [string, ...string[]];
    const keys = step === '*' ? Object.keys(value) : [step];
    for (const key of keys) walk((value as Data)[key], more, [...path, key]);
  };
  for (const field of PATTERN_FIELDS[kind] ?? []) walk(options, field, []);
  return found;
}

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
      for (const ref of slotReferences(kind, options)) {
        if (typeof ref.slot === 'string' && !(ref.slot in slots)) {
          const known = Object.keys(slots);
          report([...at, 'check', kind, ...ref.path], `names the slot "${ref.slot}", which no entry under "sections" defines, so it could never match${known.length ? ` (defined: ${known.join(', ')})` : ''}`);
        }
      }
      for (const p of patterns(kind, options)) tryPattern([...at, 'check', kind, ...p.path], p.source);
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
