/**
 * `section`: a slot is filled by a heading with enough body text, or (with `passage`) by a paragraph
 * elsewhere that names the subject, outside the excluded slots. Partial: a heading with a thin body,
 * or only weaker terms.
 */
import type { Evidence } from '../../types.js';
import { compilePatterns, firstMatch, sliceEvidence, type DocumentIndex, type IndexedSection } from '../document-index.js';
import { on, type CheckKind, type Measurement } from './types.js';

interface SectionOptions {
  slot: string;
  minChars?: number;
  passage?: { terms: string[]; exclude?: string[]; unless?: string[] };
  partialTerms?: string[];
}

/** Finds blocks outside the excluded slots that match one of the patterns. */
export function findPassages(index: DocumentIndex, patterns: string[], exclude: string[], unless: string[] = []): Evidence[] {
  const res = compilePatterns(patterns);
  const vetoes = compilePatterns(unless);
  const found: Evidence[] = [];
  for (const block of index.blocks) {
    // A heading is not a passage: "三、…第一责任人职责情况" over an empty body says nothing.
    if (block.kind === 'heading' && !block.section?.section.runIn) continue;
    if (index.inSlots(block.start, exclude)) continue;
    // Each sentence on its own, so that a directive in one sentence does not veto another.
    for (const sentence of block.text.matchAll(/[^。;!?]+[。;!?]?/g)) {
      const m = firstMatch(res, sentence[0]);
      if (!m || firstMatch(vetoes, sentence[0])) continue;
      const at = sentence.index ?? 0;
      found.push(sliceEvidence(index, block, at + m[0], at + m[1]));
      break;
    }
  }
  return found;
}

/** Characters of content under a section: its paragraphs and its sub-headings, not its own heading. */
function contentChars(index: DocumentIndex, section: IndexedSection): number {
  const own = section.section.headingSpan.start;
  return index
    .blocksIn(section)
    .filter((b) => b.start !== own)
    .reduce((n, b) => n + b.text.replace(/\s/g, '').length, 0);
}

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement {
  const options = raw as unknown as SectionOptions;
  const section = index.slot(options.slot);
  const exclude = options.passage?.exclude ?? [];
  const passages = options.passage ? findPassages(index, options.passage.terms, exclude, options.passage.unless) : [];
  const weak = options.partialTerms ? findPassages(index, options.partialTerms, exclude, options.passage?.unless) : [];
  const chars = section ? contentChars(index, section) : 0;
  const evidence = section ? [index.headingEvidence(section), ...passages] : passages.length ? passages : weak;
  return {
    found: section !== null,
    heading: section?.label ?? null,
    chars,
    passages: passages.length,
    weak: weak.length,
    evidence: evidence.slice(0, 3),
  };
}

export const sectionCheck: CheckKind = {
  fact: 'section',
  measure,
  conditions(options) {
    // A heading over an empty body is not met: a heading is not content.
    const minChars = Math.max(1, (options.minChars as number | undefined) ?? 1);
    return {
      met: { any: [{ all: [on('section', options, 'found', 'equal', true), on('section', options, 'chars', 'greaterThanInclusive', minChars)] }, on('section', options, 'passages', 'greaterThanInclusive', 1)] },
      // A heading over an empty body (a template) is not partial: a heading is not content.
      partial: { any: [{ all: [on('section', options, 'found', 'equal', true), on('section', options, 'chars', 'greaterThanInclusive', 1)] }, on('section', options, 'weak', 'greaterThanInclusive', 1)] },
    };
  },
};
