/**
 * `section`: a slot is filled by a heading with enough body text, or (with `passage`) by a paragraph
 * elsewhere that names the subject, outside the excluded slots. Partial: a heading with a thin body,
 * or only weaker terms.
 */
import type { Evidence } from '../../types.js';
import { compilePatterns, firstMatch, type DocumentIndex } from '../document-index.js';
import { on, type CheckKind, type Measurement } from './types.js';

interface SectionOptions {
  slot: string;
  minChars?: number;
  passage?: { terms: string[]; exclude?: string[] };
  partialTerms?: string[];
}

/** Finds blocks outside the excluded slots that match one of the patterns. */
export function findPassages(index: DocumentIndex, patterns: string[], exclude: string[]): Evidence[] {
  const res = compilePatterns(patterns);
  const found: Evidence[] = [];
  for (const block of index.blocks) {
    if (index.inSlots(block.start, exclude)) continue;
    const m = firstMatch(res, block.text);
    if (m) found.push(index.evidence(block.start + m[0], block.start + m[1]));
  }
  return found;
}

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement {
  const options = raw as unknown as SectionOptions;
  const section = index.slot(options.slot);
  const exclude = options.passage?.exclude ?? [];
  const passages = options.passage ? findPassages(index, options.passage.terms, exclude) : [];
  const weak = options.partialTerms ? findPassages(index, options.partialTerms, exclude) : [];
  const chars = section ? index.bodyOf(section).reduce((n, b) => n + b.text.replace(/\s/g, '').length, 0) : 0;
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
    const minChars = (options.minChars as number | undefined) ?? 0;
    return {
      met: { any: [{ all: [on('section', options, 'found', 'equal', true), on('section', options, 'chars', 'greaterThanInclusive', minChars)] }, on('section', options, 'passages', 'greaterThanInclusive', 1)] },
      partial: { any: [on('section', options, 'found', 'equal', true), on('section', options, 'weak', 'greaterThanInclusive', 1)] },
    };
  },
};
