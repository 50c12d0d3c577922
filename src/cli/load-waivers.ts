/**
 * Reading `--waivers`: the file, parsed by the core, then checked against the rule set before any
 * report is read, so that a waiver naming a requirement the rule set lacks stops the run once, with
 * its place, rather than failing every report of a batch.
 */
import { isRuleSetError, RuleSetError } from '../errors.js';
import { parseWaivers } from '../rules/waivers.js';
import { excerpt } from '../rules/yaml-source.js';
import { applyWaivers } from '../score/waivers.js';
import type { IsoDate, RuleSet, Waiver } from '../types.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { readUtf8 } from './load-rules.js';

/** Adds the source line and caret to problems of the waivers file that were found without its text. */
function withExcerpts(error: unknown, file: string, text: string): unknown {
  if (!isRuleSetError(error)) return error;
  const problems = error.problems.map((p) => {
    const shown = p.excerpt === undefined && p.file === file ? excerpt(text, p.line, p.column) : undefined;
    return shown === undefined ? p : { ...p, excerpt: shown };
  });
  return new RuleSetError(problems, { subject: 'waivers', cause: error });
}

/**
 * Reads a waivers file and checks that each waiver names a requirement of the rule set.
 *
 * @throws CliError WAIVERS_NOT_FOUND / WAIVERS_DIRECTORY / WAIVERS_UNREADABLE, or a RuleSetError
 *   (YAML_SYNTAX, WAIVER_INVALID) listing every problem with file:line:col.
 * @example
 * const waivers = await loadWaivers(nodeIo(), 'waivers.yaml', ruleSet, '2025-03-01')
 */
export async function loadWaivers(io: CliIo, file: string, ruleSet: RuleSet, today: IsoDate, maxBytes?: number): Promise<Waiver[]> {
  const read = await readUtf8(io, file, maxBytes);
  if (read === null) throw new CliError('WAIVERS_NOT_FOUND', { value: file });
  if ('detail' in read) {
    if (read.detail === 'EISDIR') throw new CliError('WAIVERS_DIRECTORY', { value: file });
    throw new CliError('WAIVERS_UNREADABLE', { value: file, detail: read.detail });
  }
  const waivers = parseWaivers(read.text, { name: file });
  try {
    // With no outcomes, this only checks the waivers against the rule set: the same check, and the
    // same words, as assess() would use for each report.
    applyWaivers([], ruleSet, waivers, today);
  } catch (error) {
    throw withExcerpts(error, file, read.text);
  }
  return waivers;
}
