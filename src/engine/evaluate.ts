/**
 * Evaluates compiled condition trees against one report, synchronously. Semantics are
 * json-rules-engine's: children of equal priority are all evaluated, groups of lower priority only
 * when the higher ones leave the result open; an empty all/any passes; a fact at a path that is not
 * an object is the fact itself; `{ fact }` as a value is that fact's value. Each fact + params is
 * measured at most once per run.
 */
import type { BranchNode, ConditionNode, FactRef, LeafNode } from './condition-tree.js';

/** Computes a fact's value for a run (undefined when it cannot be measured). */
export type MeasureFact = (fact: string, params: Record<string, unknown>) => unknown;

const NOT_EVALUATED = Symbol('not evaluated');

/** One report's run: fact values by slot and each leaf's result. */
export class Run {
  private readonly values: unknown[];
  private readonly measured: Uint8Array;
  private readonly results: unknown[];
  private readonly factResults: unknown[];

  constructor(
    private readonly refs: readonly FactRef[],
    leafCount: number,
    private readonly measure: MeasureFact,
  ) {
    this.values = new Array<unknown>(refs.length);
    this.measured = new Uint8Array(refs.length);
    this.results = new Array<unknown>(leafCount).fill(NOT_EVALUATED);
    this.factResults = new Array<unknown>(leafCount);
  }

  /** The whole value of the fact at a slot (no path), measured on first use. */
  factValue(slot: number): unknown {
    if (this.measured[slot] === 0) {
      const ref = this.refs[slot] as FactRef;
      this.values[slot] = this.measure(ref.fact, ref.params);
      this.measured[slot] = 1;
    }
    return this.values[slot];
  }

  /** Whether a tree passes. */
  passes(node: ConditionNode): boolean {
    return this.evaluate(node) === true;
  }

  /** Whether a leaf was evaluated in this run (a lower-priority group may have been skipped). */
  evaluated(leaf: LeafNode): boolean {
    return this.results[leaf.id] !== NOT_EVALUATED;
  }

  /** A leaf's result, as its operator returned it. */
  resultOf(leaf: LeafNode): unknown {
    return this.results[leaf.id];
  }

  /** The value the leaf compared (after its path), undefined when the fact could not be measured. */
  factResultOf(leaf: LeafNode): unknown {
    return this.factResults[leaf.id];
  }

  private evaluate(node: ConditionNode): unknown {
    return node.type === 'leaf' ? this.leaf(node) : this.branch(node);
  }

  private branch(node: BranchNode): boolean {
    if (node.type === 'not') return !this.evaluate(node.children[0] as ConditionNode);
    const { children } = node;
    if (children.length === 0) return true;
    if (children.length === 1) return this.evaluate(children[0] as ConditionNode) === true;
    const any = node.type === 'any';
    let result = !any;
    for (const group of node.groups) {
      if (any ? result : !result) break;
      // Every member of a group is evaluated, as json-rules-engine does, so results and evidence match.
      let some = false;
      let every = true;
      for (const child of group) {
        if (this.evaluate(child) === true) some = true;
        else every = false;
      }
      result = any ? some : every;
    }
    return result;
  }

  private leaf(leaf: LeafNode): unknown {
    if (!leaf.operator) throw new Error(`Unknown operator: ${leaf.operatorName}`);
    const right = leaf.valueRef ? this.at(leaf.valueRef) : leaf.value;
    const left = this.at(leaf.ref);
    const result = leaf.operator.evaluate(left, right);
    this.factResults[leaf.id] = left;
    this.results[leaf.id] = result;
    return result;
  }

  private at(ref: FactRef): unknown {
    const value = this.factValue(ref.slot);
    return ref.resolve && value !== null && typeof value === 'object' ? ref.resolve(value) : value;
  }
}
