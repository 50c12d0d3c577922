/**
 * `section`: a slot is filled by a heading with enough body text, or (with `passage`) by a paragraph
 * elsewhere that names the subject, outside the excluded slots. Partial: a heading with a thin body,
 * or only weaker terms. With `roles`, only sentences of those roles count towards met (a heading over
 * next year's tasks alone is partial). With `position`, met also needs the section at that place among the
 * top-level sections; found anywhere else, it is partial.
 */
import type { Evidence } from '../../types.js';
import { compilePatterns, firstMatch, sliceEvidence, type DocumentIndex, type IndexedSection } from '../../engine/document-index.js';
import { on, type CheckKind, type Measurement } from '../check-kind.js';
import { visibleLength } from '../../engine/visible-length.js';
import type { SectionOptions } from './spec.js';

const TITLE = /《[^《》]{0,60}》/g;

/**
 * Finds blocks outside the excluded slots with a sentence that matches one of the patterns, has one of
 * the roles (when given) and none of the vetoes; one piece of evidence per block.
 */
export function findPassages(index: DocumentIndex, patterns: string[], exclude: string[], unless: string[] = [], roles?: readonly string[]): Evidence[] {
  const res = compilePatterns(patterns);
  const vetoes = compilePatterns(unless);
  const found: Evidence[] = [];
  for (const block of index.blocks) {
    // A heading is not a passage: "三、…第一责任人职责情况" over an empty body says nothing.
    if (block.kind === 'heading' && !block.section?.section.runIn) continue;
    if (index.inSlots(block.start, exclude) || !firstMatch(res, block.text)) continue;
    // Each sentence on its own, so that a directive in one sentence does not veto another.
    for (const sentence of index.sentences(block)) {
      if (roles && !roles.includes(sentence.role)) continue;
      // Words inside a 《title》 name a document (《…第一责任人职责规定》), not something done.
      const text = sentence.text.replace(TITLE, (t) => ' '.repeat(t.length));
      const m = firstMatch(res, text);
      if (!m || firstMatch(vetoes, text)) continue;
      found.push(sliceEvidence(index, block, sentence.at + m[0], sentence.at + m[1]));
      break;
    }
  }
  return found;
}

/**
 * Characters of content under a section, whitespace left out: its paragraphs and its sub-headings,
 * not its own heading. Template placeholders are already blanked in the index, so they add nothing.
 *
 * @example
 * contentChars(index, index.slot('plan')!) // 0 for a heading over an empty body
 */
export function contentChars(index: DocumentIndex, section: IndexedSection): number {
  return index
    .blocksIn(section)
    .filter((b) => !index.isOwnHeading(section, b))
    .reduce((n, b) => n + visibleLength(b.text), 0);
}

/**
 * Characters of content under a section in sentences of the given roles, words inside a 《title》 left
 * out: "三、…第一责任人职责情况" over only next year's tasks, or over a pointer to another document
 * ("详见《…述法报告》"), has content but no account of what was done.
 */
function roleChars(index: DocumentIndex, section: IndexedSection, roles: readonly string[]): number {
  let n = 0;
  for (const block of index.blocksIn(section)) {
    if (index.isOwnHeading(section, block)) continue;
    for (const sentence of index.sentences(block)) {
      if (roles.includes(sentence.role)) n += visibleLength(sentence.text.replace(TITLE, ''));
    }
  }
  return n;
}

/** The 1-based place of a section among the top-level sections; null for a nested one. */
function topLevelPosition(index: DocumentIndex, section: IndexedSection): number | null {
  if (section.parent !== null || section.found) return null;
  return index.childrenOf(null).indexOf(section) + 1;
}

function atPosition(index: DocumentIndex, place: number | null, wanted: SectionOptions['position']): boolean {
  if (place === null || wanted === undefined) return false;
  if (wanted === 'first') return place === 1;
  if (wanted === 'last') return place === index.childrenOf(null).length;
  return place === wanted;
}

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement {
  const options = raw as unknown as SectionOptions;
  const section = index.slot(options.slot);
  const exclude = options.passage?.exclude ?? [];
  const roles = options.passage?.roles;
  const passages = options.passage ? findPassages(index, options.passage.terms, exclude, options.passage.unless, roles) : [];
  const weak = options.partialTerms ? findPassages(index, options.partialTerms, exclude, options.passage?.unless, roles) : [];
  const chars = section ? contentChars(index, section) : 0;
  // Content that counts towards met: all of it, or (with `roles`) only sentences of those roles.
  const counted = section && options.roles ? roleChars(index, section, options.roles) : chars;
  const evidence = section ? [index.headingEvidence(section), ...passages] : passages.length ? passages : weak;
  const position = section ? topLevelPosition(index, section) : null;
  return {
    found: section !== null,
    // Why this span: a heading that names the item, or (without one) sentences that do its work.
    via: section ? (section.found ? section.found.kind : 'heading') : passages.length > 0 ? 'sentences' : null,
    position,
    atPosition: atPosition(index, position, options.position),
    heading: section?.label ?? null,
    chars,
    counted,
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
    const found = on('section', options, 'found', 'equal', true);
    const enough = on('section', options, 'counted', 'greaterThanInclusive', minChars);
    const met = { any: [{ all: [found, enough] }, on('section', options, 'passages', 'greaterThanInclusive', 1)] };
    // A heading over an empty body (a template) is not partial: a heading is not content.
    const partial = { any: [{ all: [found, on('section', options, 'chars', 'greaterThanInclusive', 1)] }, on('section', options, 'weak', 'greaterThanInclusive', 1)] };
    if (options.position === undefined) return { met, partial };
    // A passage has no place in the outline, so only the section itself can stand in position;
    // anything that would have met without a position is partial.
    return { met: { all: [found, enough, on('section', options, 'atPosition', 'equal', true)] }, partial: { any: [met, partial] } };
  },
};
