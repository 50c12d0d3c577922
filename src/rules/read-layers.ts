/**
 * Reads a rule-set file and, through `extends`, its bases: each file is parsed with positions,
 * validated, and cross-checked against what its own bases define. Built-in ids resolve from the
 * embedded rule sets; paths go to the caller's resolver, since the core never reads files. Every
 * problem of every file is collected, each with its own file name.
 */
import type { RuleSetProblem } from '../errors.js';
import { BUILTIN_RULE_SETS } from './builtin-sets.generated.js';
import { checkSemantics } from './check-semantics.js';
import type { ProblemKey } from '../errors.js';
import { keyedProblem } from './keyed-problem.js';
import { builtinLayer, composeLayers, linearize, type Layer } from './layers.js';
import { suggest } from './suggest.js';
import { validateSchema } from './validate-schema.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

type Data = Record<string, unknown>;

/**
 * Finds a rule set named in `extends` by a path: `ref` as written, `fromName` the name of the file
 * that wrote it. Returns the name the file goes by (used in problems and to detect cycles: return
 * the same name for the same file) and its text; `{ refused }` with the reason when the path may not
 * be read (outside the folders rule sets may extend from); or null when there is no such file.
 * @example
 * const resolve: RuleSetResolver = (ref, from) => {
 *  const name = join(dirname(from), ref)
 *  return existsSync(name) ? { name, text: readFileSync(name, 'utf8') } : null
 * }
 */
export type RuleSetResolver = (ref: string, fromName: string) => { name: string; text: string } | { refused: string } | null;

interface Reader {
  resolve: RuleSetResolver | undefined;
  layers: Map<string, Layer>;
  problems: Map<string, RuleSetProblem[]>;
  /** Files whose text does not read as a rule set: their lines are never echoed in problems. */
  foreign: Set<string>;
}

/**
 * A rule set has a top-level `id` or `requirements` key. Anything else (a password file, a config
 * file reached through a wrong `extends`) gets problems without excerpts: its lines are not ours to print.
 */
const looksLikeRuleSet = (text: string) => /^(id|requirements)[ \t]*:/m.test(text);

function withoutForeignExcerpts(problem: RuleSetProblem, foreign: ReadonlySet<string>): RuleSetProblem {
  if (!foreign.has(problem.file) || problem.excerpt === undefined) return problem;
  const { excerpt: _dropped, ...rest } = problem;
  return rest;
}

/** The longest `extends` chain read: real ones are two or three deep; thousands would overflow the stack. */
export const MAX_EXTENDS_DEPTH = 32;

function report(reader: Reader, file: string, problems: RuleSetProblem[]): void {
  if (problems.length > 0) reader.problems.set(file, [...(reader.problems.get(file) ?? []), ...problems]);
}

const looksLikePath = (ref: string) => /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);

/** Why an `extends` entry cannot be used: a message code and its values. */
type RefProblem = { key: ProblemKey; params: Record<string, string | number> };

type Resolved = { name: string; text: string; ref: string } | { builtin: Layer } | { problem: RefProblem };

/** A resolver's refusal (worded to follow `names "ref", which …`), as a message code. */
function refusal(ref: string, refused: string): RefProblem {
  const outside = /^lies outside the folders rule sets may extend from \((.*)\);/.exec(refused);
  if (outside) return { key: 'EXTENDS_OUTSIDE', params: { ref, folder: outside[1] as string } };
  return { key: 'EXTENDS_UNREADABLE', params: { ref, detail: /\(([^)]*)\)/.exec(refused)?.[1] ?? refused, from: '' } };
}

function resolveRef(ref: string, fromName: string, resolve: RuleSetResolver | undefined): Resolved {
  const builtins = Object.keys(BUILTIN_RULE_SETS);
  if (Object.hasOwn(BUILTIN_RULE_SETS, ref)) return { builtin: builtinLayer(ref) };
  if (!looksLikePath(ref)) {
    return { problem: { key: 'EXTENDS_UNKNOWN_BUILTIN', params: { ref, suggestion: suggest(ref, builtins) ?? '', defined: builtins.join(', ') } } };
  }
  if (!resolve) {
    return { problem: { key: 'EXTENDS_NO_RESOLVER', params: { ref, defined: builtins.join(', ') } } };
  }
  let found: ReturnType<RuleSetResolver>;
  try {
    found = resolve(ref, fromName);
  } catch (error) {
    return { problem: { key: 'EXTENDS_UNREADABLE', params: { ref, detail: (error as Error).message, from: fromName } } };
  }
  if (!found) return { problem: { key: 'EXTENDS_UNREADABLE', params: { ref, detail: '', from: fromName } } };
  if ('refused' in found) return { problem: refusal(ref, found.refused) };
  return { name: found.name, text: found.text, ref: found.name };
}

/** The bases of a file; `failed` when an entry of its `extends` could not be used. */
function readBases(reader: Reader, source: YamlSource, data: Data, stack: string[]): { bases: Layer[]; failed: boolean } {
  const refs = Array.isArray(data.extends) ? data.extends : [];
  const bases: Layer[] = [];
  let failed = false;
  refs.forEach((ref, i) => {
    if (typeof ref !== 'string' || ref === '') return;
    const fail = ({ key, params }: RefProblem) => {
      failed = true;
      report(reader, source.name, [keyedProblem(source, 'RULESET_INVALID', ['extends', i], key, params)]);
    };
    if (stack.length + 1 >= MAX_EXTENDS_DEPTH) {
      return fail({ key: 'EXTENDS_TOO_DEEP', params: { limit: MAX_EXTENDS_DEPTH, chain: [...stack, source.name].slice(0, 3).join(' → ') } });
    }
    const resolved = resolveRef(ref, source.name, reader.resolve);
    if ('problem' in resolved) return fail(resolved.problem);
    const found = 'builtin' in resolved ? resolved.builtin : resolved;
    if (found.name === source.name || stack.includes(found.name)) {
      const chain = [...(found.name === source.name ? [] : stack.slice(stack.indexOf(found.name))), source.name, found.name];
      return fail({ key: 'EXTENDS_CYCLE', params: { chain: chain.join(' → ') } });
    }
    if (bases.some((b) => b.name === found.name)) return fail({ key: 'EXTENDS_REPEATED', params: { ref } });
    bases.push('builtin' in resolved ? resolved.builtin : readLayer(reader, resolved, [...stack, source.name]));
  });
  return { bases, failed };
}

function readLayer(reader: Reader, file: { name: string; text: string; ref: string }, stack: string[]): Layer {
  const known = reader.layers.get(file.name);
  if (known) return known;
  const layer = parseLayer(reader, file, stack);
  reader.layers.set(file.name, layer);
  return layer;
}

function parseLayer(reader: Reader, file: { name: string; text: string; ref: string }, stack: string[]): Layer {
  const layer: Layer = { name: file.name, ref: file.ref, data: null, bases: [], ok: false };
  reader.problems.set(file.name, reader.problems.get(file.name) ?? []);
  if (!looksLikeRuleSet(file.text)) reader.foreign.add(file.name);
  const { source, problems } = parseYamlSource(file.text, file.name);
  report(reader, file.name, problems);
  if (problems.length > 0) return layer;
  const data = source.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    report(reader, file.name, [{ code: 'RULESET_SCHEMA', file: file.name, line: 1, column: 1, path: '', message: 'a rule set must be a YAML mapping with id, version, title and requirements', key: 'NOT_A_MAPPING', params: {} }]);
    return layer;
  }
  layer.data = data as Data;
  const own = validateSchema(source);
  const { bases, failed } = readBases(reader, source, layer.data, stack);
  layer.bases = bases;
  const listed = Array.isArray(layer.data.extends) && layer.data.extends.length > 0;
  // A base that could not be read leaves the inherited view unknown: checks that need it (slots,
  // requirement ids, overrides) are skipped rather than reporting what the base may well define.
  const inherited = { composed: failed ? null : composeLayers(linearize(...bases)), extended: listed };
  const semantic = checkSemantics(layer.data, source, inherited, stack.length === 0);
  own.push(...semantic);
  report(reader, file.name, own.sort((a, b) => a.line - b.line || a.column - b.column));
  layer.ok = (reader.problems.get(file.name) ?? []).length === 0 && layer.bases.every((b) => b.ok);
  return layer;
}

/**
 * Reads a rule-set file and its bases (`ref`: how chains list it, e.g. a built-in id; default its name). `problems` lists every problem of every file: the root's
 * first, then each base's, each file's in source order.
 *
 * @example
 * const { root, problems } = readLayers({ name: 'city.yaml', text }, (ref, from) => readRelative(ref, from))
 */
export function readLayers(file: { name: string; text: string; ref?: string }, resolve?: RuleSetResolver): { root: Layer; problems: RuleSetProblem[] } {
  const reader: Reader = { resolve, layers: new Map(), problems: new Map(), foreign: new Set() };
  const root = readLayer(reader, { name: file.name, text: file.text, ref: file.ref ?? file.name }, []);
  return { root, problems: [...reader.problems.values()].flat().map((p) => withoutForeignExcerpts(p, reader.foreign)) };
}
