/**
 * Schema validation with ajv, compiled once. Every ajv error becomes a problem with the place of the
 * offending value and a message that says what to change.
 */
import Ajv, { type ErrorObject } from 'ajv';
import type { RuleSetProblem } from '../errors.js';
import { RULE_SET_SCHEMA } from './schema.js';
import { excerpt, formatPath, type YamlSource } from './yaml-source.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(RULE_SET_SCHEMA);

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

/** The closest allowed name, when it is close enough to be a likely typo. */
export function suggest(name: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const d = levenshtein(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

function allowedKeys(schemaPath: string): string[] {
  const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  let node: unknown = RULE_SET_SCHEMA;
  for (const p of parts) node = (node as Record<string, unknown>)?.[decodeURIComponent(p.replace(/~1/g, '/'))];
  const props = (node as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}

function describe(error: ErrorObject): { message: string; key?: string } {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return { message: `must be ${p.type === 'integer' ? 'a whole number' : `a ${String(p.type)}`}` };
    case 'required':
      return { message: `is missing the required key "${String(p.missingProperty)}"` };
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const hint = suggest(key, allowedKeys(error.schemaPath));
      const allowed = allowedKeys(error.schemaPath);
      return {
        key,
        message: `has an unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`,
      };
    }
    case 'enum':
      return { message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'minimum':
    case 'maximum':
      return { message: `must be ${error.keyword === 'minimum' ? '>=' : '<='} ${String(p.limit)}` };
    case 'minItems':
      return { message: `must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}: an empty list can never match` };
    case 'minLength':
      return { message: 'must not be empty' };
    case 'pattern':
      return { message: `must match ${String(p.pattern)} (ids are kebab-case, versions look like 1.0.0)` };
    case 'minProperties':
    case 'maxProperties':
      return error.instancePath.endsWith('/check')
        ? { message: 'must name exactly one check kind (section, genre, causes, termGroups, figures, deadline)' }
        : { message: `must have ${error.keyword === 'minProperties' ? 'at least' : 'at most'} ${String(p.limit)} key(s)` };
    case 'propertyNames':
      return { message: 'has a key that is not a kebab-case slot id' };
    default:
      return { message: error.message ?? 'is not valid' };
  }
}

function toPath(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Validates data against the rule-set schema; returns every problem with its place. */
export function validateSchema(source: YamlSource): RuleSetProblem[] {
  if (validate(source.data)) return [];
  const seen = new Set<string>();
  const problems: RuleSetProblem[] = [];
  for (const error of validate.errors ?? []) {
    // anyOf branches report their own failures first; the anyOf summary alone is noise.
    if (error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const path = toPath(error.instancePath);
    const { message, key } = describe(error);
    const at = key ? [...path, key] : path;
    const { line, column } = source.locate(at, Boolean(key));
    const text = `${formatPath(at)} ${message}`;
    if (seen.has(text)) continue;
    seen.add(text);
    problems.push({ code: 'RULESET_SCHEMA', file: source.name, line, column, path: formatPath(at), message, excerpt: excerpt(source.text, line, column) });
  }
  return collapseLocalized(problems).sort((a, b) => a.line - b.line || a.column - b.column);
}

// A localized text may be a string or a {zh-CN, en} map; when both branches fail, say it once.
function collapseLocalized(problems: RuleSetProblem[]): RuleSetProblem[] {
  const byPath = new Map<string, RuleSetProblem[]>();
  for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
  const deeper = (path: string) => problems.some((q) => q.path.startsWith(`${path}.`) || q.path.startsWith(`${path}[`));
  return problems.flatMap((p) => {
    // A map was given where a text or a map is allowed: its own problems say it all.
    if (p.message === 'must be a string' && deeper(p.path)) return [];
    const same = byPath.get(p.path) ?? [];
    const isLocalizedPair = same.length === 2 && same.some((s) => s.message === 'must be a string') && same.some((s) => s.message === 'must be a object');
    if (!isLocalizedPair) return [p.message === 'must be a object' ? { ...p, message: 'must be an object' } : p];
    return p.message === 'must be a string' ? [{ ...p, message: 'must be a text, or a map of texts by locale (zh-CN, en)' }] : [];
  });
}
