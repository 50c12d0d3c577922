/**
 * A waivers file → Waiver[]. The file is YAML, read with positions and validated with ajv like a
 * rule set, so each problem has file:line:col:
 *
 * ```yaml
 * waivers:
 *   - requirement: timeliness
 *     justification: 2023年度报告因机构改革延期发布,经市司法局同意
 *     expires: 2024-12-31
 * ```
 *
 * Whether each requirement exists is checked when the waivers are applied to a rule set (assess()).
 */
import { RuleSetError, type RuleSetProblem } from '../errors.js';
import type { Waiver } from '../types.js';
import { keyedProblem } from './keyed-problem.js';
import { schemaProblems, validatorFor } from './validate-schema.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import { isCalendarDate } from './calendar-date.js';

/** The schema of a waivers file. */
export const WAIVERS_SCHEMA = {
  type: 'object',
  properties: {
    waivers: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          requirement: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
          justification: { type: 'string', minLength: 1 },
          expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', 'x-hint': 'write the last day the waiver is in force as YYYY-MM-DD' },
        },
        required: ['requirement', 'justification'],
        additionalProperties: false,
      },
    },
  },
  required: ['waivers'],
  additionalProperties: false,
} as const;

type Entry = { requirement: string; justification: string; expires?: string };

function entryProblems(entries: Entry[], source: YamlSource): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const first = new Map<string, number>();
  entries.forEach((entry, i) => {
    if (entry.expires !== undefined && !isCalendarDate(entry.expires)) {
      problems.push(keyedProblem(source, 'WAIVER_INVALID', ['waivers', i, 'expires'], 'WAIVER_DATE', { value: entry.expires }));
    }
    const earlier = first.get(entry.requirement);
    if (earlier !== undefined) {
      problems.push(keyedProblem(source, 'WAIVER_INVALID', ['waivers', i, 'requirement'], 'WAIVER_REPEATED', { id: entry.requirement, first: earlier }));
    } else {
      first.set(entry.requirement, i);
    }
  });
  return problems;
}

function toWaiver(entry: Entry, i: number, source: YamlSource): Waiver {
  const { line, column } = source.locate(['waivers', i, 'requirement']);
  return {
    requirement: entry.requirement,
    justification: entry.justification,
    expires: entry.expires ?? null,
    place: { file: source.name, line, column, path: `waivers[${i}].requirement` },
  };
}

/**
 * Reads a waivers file. The library never reads files: pass the text, and its path as `name`.
 *
 * @throws RuleSetError (codes YAML_SYNTAX, WAIVER_INVALID) listing every problem with file:line:col.
 * @example
 * const waivers = parseWaivers(readFileSync('waivers.yaml', 'utf8'), { name: 'waivers.yaml' })
 * const assessment = await assess(text, loadRuleSet('fzzf-annual-report'), { waivers })
 */
export function parseWaivers(yamlText: string, options: { name?: string } = {}): Waiver[] {
  const name = options.name ?? '<inline>';
  const { source, problems } = parseYamlSource(yamlText, name);
  if (problems.length > 0) throw new RuleSetError(problems.map((p) => (p.code === 'RULESET_SCHEMA' ? { ...p, code: 'WAIVER_INVALID' } : p)), { subject: 'waivers' });
  const validate = validatorFor('waivers');
  if (!validate(source.data)) {
    const found = source.data === null || source.data === undefined ? [keyedProblem(source, 'WAIVER_INVALID', [], 'WAIVERS_EMPTY', {})] : schemaProblems(validate.errors, source, [], 'WAIVER_INVALID');
    throw new RuleSetError(found, { subject: 'waivers' });
  }
  const entries = (source.data as { waivers: Entry[] }).waivers;
  const more = entryProblems(entries, source);
  if (more.length > 0) throw new RuleSetError(more, { subject: 'waivers' });
  return entries.map((entry, i) => toWaiver(entry, i, source));
}
