/**
 * A json-rules-engine condition tree compiled for synchronous evaluation. Everything that does not
 * depend on the report is done here, once per rule set: the boolean operator of each node (in
 * json-rules-engine's precedence any > all > not), priority groups, resolved operators, and each
 * fact reference's cache key (fact + params) as a small integer slot, so a run caches measurements
 * in an array instead of hashing params.
 */
import { resolveOperator, type ResolvedOperator } from './operators.js';
import { compilePath, type PathResolver } from './path-resolver.js';

/** A fact with its params and path, as a leaf's left side or a `{ fact }` value names it. */
export interface FactRef {
  fact: string;
  params: Record<string, unknown>;
  /** The run's cache slot for this fact + params. */
  slot: number;
  path: string;
  /** The path compiled, or null without a path (the whole value). */
  resolve: PathResolver | null;
}

/** A comparison: fact (at path) operator value. */
export interface LeafNode {
  type: 'leaf';
  /** The leaf's number in its rule set: where a run keeps its result. */
  id: number;
  ref: FactRef;
  operatorName: string;
  /** Null when json-rules-engine does not know the operator: evaluating the leaf then fails, as a run would. */
  operator: ResolvedOperator | null;
  /** A literal right side; unused when `valueRef` is set. */
  value: unknown;
  valueRef: FactRef | null;
  priority: number;
  /** Whether a `not` lies above: a leaf that passed there is never evidence. */
  underNot: boolean;
}

/** all / any over children, or not over one child. */
export interface BranchNode {
  type: 'all' | 'any' | 'not';
  children: ConditionNode[];
  /** Children grouped by priority, highest first, as json-rules-engine evaluates them. */
  groups: ConditionNode[][];
  priority: number;
}

export type ConditionNode = LeafNode | BranchNode;

/** A compiled rule: its root and its leaves in reading order. */
export interface CompiledCondition {
  root: ConditionNode;
  leaves: LeafNode[];
}

/** Numbers leaves and interns fact + params keys across one rule set. */
export class ConditionCompiler {
  private readonly slots = new Map<string, number>();
  // A check kind's conditions hand every leaf the same params object (genre's seven leaves, its
  // look-alike lists included): written out once per object, not once per leaf.
  private readonly paramsJson = new WeakMap<object, string>();
  /** The fact refs by slot: what a run measures for each slot. */
  readonly refs: FactRef[] = [];
  leafCount = 0;

  /**
   * Compiles a rooted condition tree (a map with all, any or not).
   *
   * @throws Error with json-rules-engine's wording for a tree it would refuse
   */
  compile(conditions: Record<string, unknown>): CompiledCondition {
    const leaves: LeafNode[] = [];
    const root = this.node(conditions, false, leaves);
    return { root, leaves };
  }

  private node(raw: unknown, underNot: boolean, leaves: LeafNode[]): ConditionNode {
    if (!raw || typeof raw !== 'object') throw new Error('Condition: constructor options required');
    const c = raw as Record<string, unknown>;
    const op = Object.hasOwn(c, 'any') ? 'any' : Object.hasOwn(c, 'all') ? 'all' : Object.hasOwn(c, 'not') ? 'not' : null;
    if (op) return this.branch(op, c, underNot, leaves);
    // Named shared conditions are not part of the rule-set language (the loader refuses them).
    if (Object.hasOwn(c, 'condition')) throw new Error(`shared condition references are not supported ("${String(c.condition)}")`);
    for (const key of ['fact', 'operator', 'value']) {
      if (!Object.hasOwn(c, key)) throw new Error(`Condition: constructor "${key}" property required`);
    }
    const operatorName = String(c.operator);
    const leaf: LeafNode = {
      type: 'leaf',
      id: this.leafCount++,
      ref: this.ref(c.fact, c.params, c.path),
      operatorName,
      operator: resolveOperator(operatorName),
      value: c.value,
      valueRef: isFactValue(c.value) ? this.ref(c.value.fact, c.value.params, c.value.path) : null,
      // A leaf without its own priority takes its fact's, which is 1 for every fact here.
      priority: Number.parseInt(String(c.priority), 10) || 1,
      underNot,
    };
    leaves.push(leaf);
    return leaf;
  }

  private branch(op: BranchNode['type'], c: Record<string, unknown>, underNot: boolean, leaves: LeafNode[]): BranchNode {
    const sub = c[op];
    if (op !== 'not' && !Array.isArray(sub)) throw new Error(`"${op}" must be an array`);
    if (op === 'not' && Array.isArray(sub)) throw new Error(`"${op}" cannot be an array`);
    const inner = op === 'not' || underNot;
    const children = op === 'not' ? [this.node(sub, inner, leaves)] : (sub as unknown[]).map((x) => this.node(x, inner, leaves));
    return { type: op, children, groups: byPriority(children), priority: Number.parseInt(String(c.priority), 10) || 1 };
  }

  private ref(fact: unknown, params: unknown, path: unknown): FactRef {
    const p = (params ?? {}) as Record<string, unknown>;
    const name = String(fact);
    let json = this.paramsJson.get(p);
    if (json === undefined) this.paramsJson.set(p, (json = canonicalJson(p)));
    const key = `${name}\u0000${json}`;
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.refs.length;
      this.slots.set(key, slot);
      this.refs.push({ fact: name, params: p, slot, path: '', resolve: null });
    }
    const at = typeof path === 'string' ? path : '';
    return { fact: name, params: p, slot, path: at, resolve: at ? compilePath(at) : null };
  }
}

function isFactValue(value: unknown): value is { fact: unknown; params?: unknown; path?: unknown } {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact');
}

// Highest priority first; equal priorities form one group, all of whose members are evaluated.
function byPriority(children: ConditionNode[]): ConditionNode[][] {
  const groups = new Map<number, ConditionNode[]>();
  for (const child of children) {
    const group = groups.get(child.priority);
    if (group) group.push(child);
    else groups.set(child.priority, [child]);
  }
  return [...groups.keys()].sort((a, b) => b - a).map((p) => groups.get(p) as ConditionNode[]);
}

/** JSON with object keys sorted, so equal params written in another order share a cache slot. */
export function canonicalJson(value: unknown): string {
  if (value instanceof RegExp) return JSON.stringify(String(value));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const body = Object.keys(obj)
      .sort()
      .filter((k) => obj[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`);
    return `{${body.join(',')}}`;
  }
  return value === undefined ? 'null' : (JSON.stringify(value) ?? 'null');
}
