/**
 * `termGroups`: several things that must all be named, each by any of its synonyms (行政执法公示 /
 * 执法全过程记录 / 重大执法决定法制审核). Met when every group is named; partial when some are, or
 * only the collective name is.
 */
import type { Evidence } from '../../types.js';
import { compilePatterns, type DocumentIndex } from '../document-index.js';
import { on, type CheckKind, type Measurement } from './types.js';
import type { TermGroupsOptions } from '../../rules/check-kind-options.js';

/** Finds the first block in the scope (a slot, or the whole report) matching one of the patterns. */
export function findInScope(index: DocumentIndex, patterns: RegExp[], scope: string | undefined): Evidence | null {
  const slot = scope ? index.slot(scope) : null;
  return index.firstEvidence(patterns, slot ? index.blocksIn(slot) : index.blocks);
}

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement | undefined {
  const options = raw as unknown as TermGroupsOptions;
  if (options.in && !index.slot(options.in)) return undefined;
  const evidence: Evidence[] = [];
  const matched: string[] = [];
  const missing: string[] = [];
  for (const [name, patterns] of Object.entries(options.groups)) {
    const hit = findInScope(index, compilePatterns(patterns), options.in);
    if (hit) {
      matched.push(name);
      evidence.push(hit);
    } else missing.push(name);
  }
  const collective = findInScope(index, compilePatterns(options.collective), options.in);
  if (collective && matched.length < Object.keys(options.groups).length) evidence.push(collective);
  return { matched, missing, matchedCount: matched.length, missingCount: missing.length, collective: collective !== null, evidence };
}

export const termGroupsCheck: CheckKind = {
  fact: 'termGroups',
  measure,
  conditions(options) {
    return {
      met: on('termGroups', options, 'missingCount', 'equal', 0),
      partial: { any: [on('termGroups', options, 'matchedCount', 'greaterThanInclusive', 1), on('termGroups', options, 'collective', 'equal', true)] },
    };
  },
};
