/// <reference types="node" />
/**
 * Resolving `--rules`: a path to a YAML file, or the id of a built-in rule set. A file's `extends`
 * may name other files by paths relative to it; they are read here, through the CliIo, because the
 * core never reads files.
 */
import path from 'node:path';
import { parseDocument } from 'yaml';
import { DEFAULT_MAX_BYTES, listBuiltinRuleSets, loadRuleSet, parseRuleSet, type RuleSetResolver } from '../index.js';
import { formatBytes } from '../input/size-limit.js';
import type { RuleSet } from '../types.js';
import { CliError } from './cli-error.js';
import { describeSystemError, type CliIo } from './io.js';

/** The rule set used when `--rules` is not given. */
export const DEFAULT_RULESET = 'fzzf-annual-report';

/** A value that the user meant as a file: it has a folder separator or a YAML extension. */
function looksLikePath(value: string): boolean {
  return /[\\/]/.test(value) || /\.ya?ml$/i.test(value);
}

// fatal: a rule set in another encoding must fail loudly rather than load with mangled patterns.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A text file as read: its text, why it could not be read, or null when nothing is there. */
export type TextFile = { text: string } | { detail: string } | null;

/**
 * Reads a UTF-8 text file (a BOM is dropped). Never throws: a folder, an unreadable file or bytes
 * that are not UTF-8 come back as `{ detail }`, a missing file as null.
 *
 * @example
 * const file = await readUtf8(nodeIo(), 'city.yaml') // { text } | { detail: 'EACCES' } | null
 */
export async function readUtf8(io: CliIo, file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<TextFile> {
  let bytes: Uint8Array;
  try {
    const stat = await io.stat(file);
    if (stat === null) return null;
    if (stat.isDirectory) return { detail: 'EISDIR' };
    if (stat.size !== undefined && stat.size > maxBytes) return { detail: tooLargeDetail(maxBytes) };
    // Capped: `--rules /dev/zero` stops one byte past the limit instead of growing without bound.
    bytes = await io.readFile(file, maxBytes);
  } catch (error) {
    // ELOOP (a symlink loop), ENAMETOOLONG, EACCES: unreadable, said with the system's code.
    return { detail: describeSystemError(error) };
  }
  if (bytes.byteLength > maxBytes) return { detail: tooLargeDetail(maxBytes) };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { detail: 'not UTF-8' };
  }
}

function tooLargeDetail(maxBytes: number): string {
  return `larger than the size limit of ${formatBytes(maxBytes)}; raise it with --max-size`;
}

/** Where `ref`, written in the file `from`, points. */
function relativeTo(from: string, ref: string): string {
  return path.isAbsolute(ref) ? path.normalize(ref) : path.join(path.dirname(from), ref);
}

/** The `extends` entries of a rule-set text that name files; none when the text cannot be read. */
function fileRefs(text: string): string[] {
  try {
    const doc = parseDocument(text, { logLevel: 'silent' });
    if (doc.errors.length > 0) return [];
    const refs = (doc.toJS({ maxAliasCount: 100 }) as { extends?: unknown } | null)?.extends;
    return Array.isArray(refs) ? refs.filter((r): r is string => typeof r === 'string' && looksLikePath(r)) : [];
  } catch {
    // The loader reports what is wrong with the text, with its place; here it only has no bases.
    return [];
  }
}

/** Reads, ahead of loading, every file the `extends` chain names by path, each once. */
async function readBases(io: CliIo, name: string, text: string, files: Map<string, TextFile>, maxBytes: number): Promise<void> {
  for (const ref of fileRefs(text)) {
    const file = relativeTo(name, ref);
    if (files.has(file)) continue;
    const read = await readUtf8(io, file, maxBytes);
    files.set(file, read);
    if (read && 'text' in read) await readBases(io, file, read.text, files, maxBytes);
  }
}

/**
 * Loads a rule-set file with the files its `extends` names by path, relative to the file naming them.
 * The core's resolver is synchronous and the CliIo is not, so the chain is read first.
 *
 * @throws RuleSetError with every problem of every file in the chain, each with file:line:col.
 * @example
 * const ruleSet = await loadRuleSetFile(nodeIo(), 'rules/city.yaml', text)
 */
export async function loadRuleSetFile(io: CliIo, name: string, text: string, maxBytes = DEFAULT_MAX_BYTES): Promise<RuleSet> {
  const root = path.normalize(name);
  const files = new Map<string, TextFile>([[root, { text }]]);
  await readBases(io, root, text, files, maxBytes);
  const resolve: RuleSetResolver = (ref, from) => {
    const file = relativeTo(from, ref);
    const found = files.get(file);
    if (!found) return null;
    // The loader words this as "names …, which could not be read (EACCES); check the path".
    if ('detail' in found) throw new Error(found.detail);
    return { name: file, text: found.text };
  };
  // parseRuleSet, not loadRuleSet: a file holding one word is YAML to read, not a built-in id.
  return parseRuleSet(text, { name: root, resolve });
}

/**
 * Loads the rule set named by `--rules`. An existing file wins over a built-in id of the same name,
 * because a user who has that file in front of them means it.
 *
 * @throws CliError RULES_NOT_FOUND / RULES_UNKNOWN / RULES_DIRECTORY / RULES_UNREADABLE, or the
 *   RuleSetError of loadRuleSet (YAML_SYNTAX, RULESET_SCHEMA, RULESET_INVALID) with every problem listed.
 * @example
 * const ruleSet = await loadRules(nodeIo(), 'rules/township.yaml')
 */
export async function loadRules(io: CliIo, value: string | undefined, maxBytes = DEFAULT_MAX_BYTES): Promise<RuleSet> {
  if (value === undefined) return loadRuleSet(DEFAULT_RULESET);
  const file = await readUtf8(io, value, maxBytes);
  if (file && 'text' in file) return loadRuleSetFile(io, value, file.text, maxBytes);
  if (file?.detail === 'EISDIR') throw new CliError('RULES_DIRECTORY', { value });
  if (file) throw new CliError('RULES_UNREADABLE', { value, detail: file.detail });
  const known = listBuiltinRuleSets();
  // Check the id here rather than let loadRuleSet guess: it also accepts YAML text, and a mistyped
  // path must not be read as a one-word YAML document.
  if (!known.includes(value)) {
    throw new CliError(looksLikePath(value) ? 'RULES_NOT_FOUND' : 'RULES_UNKNOWN', { value, known });
  }
  return loadRuleSet(value);
}
