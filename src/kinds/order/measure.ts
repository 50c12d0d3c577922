/**
 * `order`: the sections of the listed slots stand in the listed order (主要举措 before 存在的不足
 * before 下一年度安排). Slots the report lacks are skipped — whether they are there is another
 * requirement's business; with fewer than two found there is nothing to compare, so unknown.
 */
import type { DocumentIndex, IndexedSection } from '../../engine/document-index.js';
import { on, type CheckKind, type Measurement } from '../check-kind.js';

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement | undefined {
  const found = (raw.slots as string[])
    .map((id) => ({ id, section: index.slot(id) }))
    .filter((s): s is { id: string; section: IndexedSection } => s.section !== null);
  if (found.length < 2) return undefined;
  // Consecutive pairs are enough: a sequence with any inversion has one between neighbours.
  for (let i = 1; i < found.length; i++) {
    const [a, b] = [found[i - 1]!, found[i]!];
    if (b.section.section.start < a.section.section.start) {
      return { found: found.length, inOrder: false, outOfOrder: [a.id, b.id], evidence: [index.headingEvidence(a.section), index.headingEvidence(b.section)] };
    }
  }
  return { found: found.length, inOrder: true, outOfOrder: null, evidence: found.map((s) => index.headingEvidence(s.section)) };
}

/** The `order` check kind. */
export const orderCheck: CheckKind = {
  fact: 'order',
  measure,
  conditions(options) {
    return { met: on('order', options, 'inOrder', 'equal', true) };
  },
};
