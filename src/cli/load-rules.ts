/**
 * Resolving `--rules`: a path to a YAML file, or the id of a built-in rule set. A file and the files
 * its `extends` names are read by loadRuleSetFile (the Node entry), through the CliIo.
 */
import { DEFAULT_MAX_BYTES, formatBytes } from '../input/size-limit.js';
import type { RuleSetFiles } from '../node/load-rule-set-file.js';
import { listBuiltinRuleSets, loadRuleSet } from '../rules/builtin-rule-sets.js';
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

/** The CliIo as the file reader of loadRuleSetFile, so that the chain is read through it too. */
function filesOf(io: CliIo): RuleSetFiles {
  return {
    stat: (file) => io.stat(file),
    readFile: (file, maxBytes) => io.readFile(file, maxBytes),
    ...(io.realpath ? { realpath: io.realpath.bind(io) } : {}),
  };
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
  // `extends` may name files in the rule set's own folder tree and in the working folder's, where a
  // user keeps shared bases (../common.yaml) — never beyond both (../../etc/shadow).
  if (file && 'text' in file) {
    // Imported here, not at the top: the YAML reader, the schema validators and the pattern analyser
    // are a third of the CLI's start-up, and a run with a built-in rule set needs none of them.
    const { loadRuleSetFile } = await import('../node/load-rule-set-file.js');
    return loadRuleSetFile(value, { text: file.text, maxBytes, allow: ['.'], files: filesOf(io) });
  }
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
