/**
 * `length`: a slot's section (or the whole report) says enough: at least `min` characters of
 * content, whitespace and the section's own heading left out; partial from `partial` characters.
 * A slot the report lacks is missing: it has no length at all.
 */
import type { DocumentIndex } from '../../engine/document-index.js';
import { contentChars } from '../section/measure.js';
import { visibleLength } from '../../engine/visible-length.js';
import { atLeast, type CheckKind, type Measurement } from '../check-kind.js';

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement | undefined {
  const scope = raw.in as string | undefined;
  if (scope === undefined || scope === 'report') {
    // An empty text has no outline and no body: nothing to measure, rather than a report of length 0.
    if (index.blocks.length === 0) return undefined;
    const chars = index.blocks.reduce((n, b) => n + visibleLength(b.text), 0);
    const first = index.blocks.find((b) => b.kind === 'paragraph') ?? index.blocks[0]!;
    return { found: true, chars, evidence: [index.evidence(first.start, first.start + 1)] };
  }
  const slot = index.slot(scope);
  if (!slot) return { found: false, chars: 0, evidence: [] };
  const body = index.bodyOf(slot)[0];
  const evidence = [index.headingEvidence(slot), ...(body ? [index.evidence(body.start, body.start + 1)] : [])];
  return { found: true, chars: contentChars(index, slot), evidence };
}

/** The `length` check kind. */
export const lengthCheck: CheckKind = {
  fact: 'length',
  measure,
  conditions(options) {
    return atLeast('length', options, 'chars', options.min as number, options.partial as number | undefined);
  },
};
