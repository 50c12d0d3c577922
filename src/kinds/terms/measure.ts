/**
 * `terms`: words a rule author lists are mentioned — all of them, any, or at least `count` — in a
 * scope (the whole report, headings only, or one slot's section), outside excluded slots. Distinct
 * patterns count, not occurrences: one term written ten times is still one term.
 */
import type { Evidence } from '../../types.js';
import { compilePatterns, type Block, type DocumentIndex } from '../../engine/document-index.js';
import { scopeBlocks } from '../scope.js';
import { atLeast, type CheckKind, type Measurement } from '../check-kind.js';
import type { TermsOptions } from './spec.js';

/** The first occurrence of a pattern in the blocks, as evidence. */
function firstOccurrence(index: DocumentIndex, pattern: string, blocks: readonly Block[]): Evidence | null {
  return index.firstEvidence(compilePatterns([pattern]), blocks);
}

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement | undefined {
  const options = raw as unknown as TermsOptions;
  const scope = scopeBlocks(index, options.in);
  // The slot the terms belong in is not there: that absence is the finding, not a blind spot.
  if (scope === null) return { found: false, matched: 0, terms: [], evidence: [] };
  // No text, or headings asked of a report without an outline: nothing says whether the terms are there.
  if (scope.length === 0) return undefined;
  const exclude = options.exclude ?? [];
  const blocks = exclude.length ? scope.filter((b) => !index.inSlots(b.start, exclude)) : scope;
  const terms: string[] = [];
  const evidence: Evidence[] = [];
  for (const pattern of new Set(options.terms)) {
    const hit = firstOccurrence(index, pattern, blocks);
    if (!hit) continue;
    terms.push(pattern);
    evidence.push(hit);
  }
  evidence.sort((a, b) => a.start - b.start);
  return { found: true, matched: terms.length, terms, evidence };
}

/** How many distinct terms `met` needs. */
function termsNeeded(options: Record<string, unknown>): number {
  const o = options as unknown as TermsOptions;
  const distinct = new Set(o.terms).size;
  if (o.match === 'any') return 1;
  if (o.match === 'atLeast') return o.count ?? distinct;
  return distinct;
}

/** The `terms` check kind. */
export const termsCheck: CheckKind = {
  fact: 'terms',
  measure,
  conditions(options) {
    return atLeast('terms', options, 'matched', termsNeeded(options), options.partial as number | undefined);
  },
};
