/**
 * YAML text → plain data, remembering where every value came from so that problems found later (by
 * the schema or by cross-checks) can be reported with a line and a column.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ErrorCode, RuleSetProblem } from '../errors.js';
import { problemText } from '../messages/problems/en.js';
import { displayWidth } from '../text-width.js';

/** A parsed YAML source with a way back from a data path to its place. */
export interface YamlSource {
  name: string;
  text: string;
  data: unknown;
  /** Place of the value (or, with `key`, of the key) at `path`; falls back to the nearest parent. */
  locate(path: ReadonlyArray<string | number>, key?: boolean): { line: number; column: number };
}

/** Keys that could reach Object.prototype if data were ever merged into a plain object. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The source line with a caret under `column`, as yaml's prettifyError prints it. */
export function excerpt(text: string, line: number, column: number): string | undefined {
  if (line < 1) return undefined;
  const source = text.split(/\r\n|\r|\n/)[line - 1];
  if (source === undefined) return undefined;
  const shown = source.length > 100 ? `${source.slice(0, 100)}…` : source;
  // Chinese characters take two terminal columns: indent the caret by display width, not length.
  return `${shown}\n${' '.repeat(displayWidth(source.slice(0, Math.max(0, Math.min(column - 1, 100)))))}^`;
}

function nodeAt(doc: Document, path: ReadonlyArray<string | number>, key: boolean): Node | null {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return node as Node;
      if (key && i === path.length - 1) return pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (!item) return node as Node;
      node = item;
    } else {
      return (node as Node) ?? null;
    }
  }
  return (node as Node) ?? null;
}

/**
 * Parses YAML text. Syntax errors and unsafe keys come back as problems, all of them, each with a
 * place; `data` is undefined when the text cannot be used.
 */
export function parseYamlSource(text: string, name: string): { source: YamlSource; problems: RuleSetProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: RuleSetProblem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const pos = lineCounter.linePos(error.pos[0]);
    problems.push({
      code: 'YAML_SYNTAX',
      file: name,
      line: pos.line,
      column: pos.col,
      path: '',
      message: error.message.split('\n')[0] ?? error.message,
      excerpt: excerpt(text, pos.line, pos.col),
      // yaml's own error code (BAD_INDENT, DUPLICATE_KEY …), which the catalogues word.
      key: 'YAML_ERROR',
      params: { yamlCode: error.code },
    });
  }
  const locate = (path: ReadonlyArray<string | number>, key = false) => {
    const node = nodeAt(doc, path, key);
    const offset = node?.range?.[0];
    if (offset === undefined) return { line: 0, column: 0 };
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const data = problems.length === 0 ? toData(doc, name, problems) : undefined;
  const source: YamlSource = { name, text, data, locate };
  if (data !== undefined) problems.push(...unsafeKeys(data, [], source));
  return { source, problems };
}

/** The most alias uses (`*name`) a file may make: a rule set needs a few, a billion-laughs file millions. */
export const MAX_ALIAS_COUNT = 100;

/** The document as plain data; an alias bomb or a stack-deep document is a problem, not a crash. */
function toData(doc: Document, name: string, problems: RuleSetProblem[]): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const excessive = /alias/i.test((error as Error).message);
    problems.push({
      code: 'YAML_SYNTAX',
      file: name,
      line: 0,
      column: 0,
      path: '',
      ...problemText(excessive ? 'YAML_ALIASES' : 'YAML_UNREADABLE', excessive ? { limit: MAX_ALIAS_COUNT } : { detail: (error as Error).message }),
    });
    return undefined;
  }
}

function unsafeKeys(value: unknown, path: Array<string | number>, source: YamlSource): RuleSetProblem[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unsafeKeys(v, [...path, i], source));
  if (!value || typeof value !== 'object') return [];
  const problems: RuleSetProblem[] = [];
  for (const key of Object.keys(value)) {
    const here = [...path, key];
    if (UNSAFE_KEYS.has(key)) {
      const { line, column } = source.locate(here, true);
      problems.push({
        code: 'RULESET_SCHEMA',
        file: source.name,
        line,
        column,
        path: formatPath(here),
        message: `the key "${key}" is not allowed in a rule set; remove it`,
        excerpt: excerpt(source.text, line, column),
        key: 'UNSAFE_KEY',
        params: { key },
      });
    } else {
      problems.push(...unsafeKeys((value as Record<string, unknown>)[key], here, source));
    }
  }
  return problems;
}

/** Formats a data path the way users read it: `requirements[2].weight`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path
    .map((step, i) => (typeof step === 'number' ? `[${step}]` : /^[A-Za-z_$][\w$-]*$/.test(step) ? (i === 0 ? step : `.${step}`) : `["${step}"]`))
    .join('');
}

/**
 * A problem at a data path of a source, with its line, column and excerpt.
 *
 * @param key place the problem at the key rather than at the value (for unknown or misspelt keys).
 * @example
 * problemAt(source, 'RULESET_INVALID', ['requirements', 0, 'id'], 'repeats the requirement id "x"')
 */
export function problemAt(source: YamlSource, code: ErrorCode, path: ReadonlyArray<string | number>, message: string, key = false): RuleSetProblem {
  const { line, column } = source.locate(path, key);
  return { code, file: source.name, line, column, path: formatPath(path), message, excerpt: excerpt(source.text, line, column) };
}
