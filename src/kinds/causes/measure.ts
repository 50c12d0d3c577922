/**
 * `causes`: the shortcomings are explained, not only listed. The slot's body is cut into problem
 * units (child sections, else 一是/二是 items, else sentences); a unit with causal language counts
 * as a cause. Headings are never evidence: "存在的不足和原因" promises causes but gives none.
 */
import type { Evidence } from '../../types.js';
import { compilePatterns, firstMatch, sliceEvidence, type DocumentIndex, type IndexedSection, type Slice } from '../../engine/document-index.js';
import { eachSentence } from '../../engine/sentence-roles.js';
import { on, type CheckKind, type Measurement } from '../check-kind.js';
import { contentChars } from '../section/measure.js';
import type { CausesOptions } from './spec.js';

// A paragraph or part given over to causes must say something, not only promise it.
const MIN_CAUSE_CHARS = 30;

interface Unit {
  slice: Slice;
  /** Length of the unit's opening clause, which states the problem itself (0 when a heading does). */
  statement: number;
  /** A sentence of running text, rather than a numbered item or a sub-section: it may explain the one before. */
  sentence: boolean;
}

// "二是基层执法力量不足" states a problem; the same words after it ("…,基层普遍缺编") explain one.
function openingClause(text: string): number {
  const end = text.search(/[,;。:]/);
  return end < 0 ? text.length : end + 1;
}

/** Sentences of a slice, each as a slice of its own. */
export function sentencesOf(slice: Slice): Slice[] {
  const out: Slice[] = [];
  eachSentence(slice.text, (at, text) => out.push({ text, offset: (i: number) => slice.offset(at + i) }));
  return out;
}

function units(index: DocumentIndex, slot: IndexedSection): Unit[] {
  const { section } = slot;
  if (section.children.length > 0) {
    return index
      .childrenOf(slot)
      .map((child) => ({ slice: index.slice(child.section.headingSpan.end, child.section.end), statement: 0, sentence: false }));
  }
  if (section.items.length >= 2) {
    return section.items.map((item) => {
      const slice = index.slice(item.start, item.end);
      return { slice, statement: openingClause(slice.text), sentence: false };
    });
  }
  return index.bodyOf(slot).flatMap((block) => sentencesOf(block).map((slice) => ({ slice, statement: openingClause(slice.text), sentence: true })));
}

/** Explicit causal words count anywhere in a unit; implicit ones only after the problem statement. */
function locate(unit: Unit, explicit: RegExp[], implicit: RegExp[]): [number, number] | null {
  const m = firstMatch(explicit, unit.slice.text);
  if (m) return m;
  const weak = firstMatch(implicit, unit.slice.text.slice(unit.statement));
  return weak ? [unit.statement + weak[0], unit.statement + weak[1]] : null;
}

/** The next section at the slot's depth when its heading analyses causes and it has a body. */
function causePartAfter(index: DocumentIndex, slot: IndexedSection, dedicated: RegExp[]): IndexedSection | null {
  if (slot.found) return null;
  const siblings = index.childrenOf(slot.parent);
  const next = siblings[siblings.indexOf(slot) + 1];
  if (!next || !firstMatch(dedicated, next.heading.trim())) return null;
  return contentChars(index, next) >= MIN_CAUSE_CHARS ? next : null;
}

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement {
  const options = raw as unknown as CausesOptions;
  const slot = index.slot(options.in);
  if (!slot) return { found: false, problems: 0, causes: 0, ratio: 0, dedicated: false, evidence: [] };
  const explicit = compilePatterns(options.markers);
  const implicit = compilePatterns(options.implicit);
  const dedicatedRes = compilePatterns(options.dedicated);
  const evidence: Evidence[] = [];
  let causes = 0;
  let problems = 0;
  let previousCovered = true;
  for (const unit of units(index, slot)) {
    const hit = locate(unit, explicit, implicit);
    // A sentence that opens with its causal word ("主要原因是…") explains the problem before it: it pairs
    // with that problem rather than being one.
    if (hit && hit[0] === 0 && unit.sentence && problems > 0) {
      if (!previousCovered) {
        causes++;
        previousCovered = true;
        evidence.push(sliceEvidence(index, unit.slice, hit[0], hit[1]));
      }
      continue;
    }
    problems++;
    previousCovered = hit !== null;
    if (!hit) continue;
    causes++;
    evidence.push(sliceEvidence(index, unit.slice, hit[0], hit[1]));
  }
  // A paragraph or sub-heading given over to causes ("究其原因,…", "(三)原因分析").
  let dedicated = false;
  for (const block of index.blocksIn(slot)) {
    if (index.isOwnHeading(slot, block)) continue;
    // A cause sentence inside one problem's own sub-section explains that problem only (the blocks of a
    // slot found as a passage all belong to it).
    if (block.kind === 'paragraph' && block.section !== slot && !slot.found) continue;
    const sentences = block.kind === 'heading' ? [block] : sentencesOf(block);
    const hit = sentences.find((sentence) => firstMatch(dedicatedRes, sentence.text.trim()));
    if (!hit) continue;
    const at = hit.offset(0);
    // A cause paragraph must say something, and must not sit inside the list of problems: a cause
    // between 三是 and 四是 explains 三是 only (a list of causes after it starts again at 一是).
    const nextItem = slot.section.items.find((item) => item.start > at);
    if (block.kind === 'paragraph' && (block.end - at < MIN_CAUSE_CHARS || (nextItem && !nextItem.marker.startsWith('一')))) continue;
    dedicated = true;
    evidence.unshift(index.evidence(at, at + 1));
    break;
  }
  // Or a part of its own right after the problems ("四、存在的问题" / "五、原因分析").
  const part = dedicated ? null : causePartAfter(index, slot, dedicatedRes);
  if (part) {
    dedicated = true;
    evidence.unshift(index.headingEvidence(part));
  }
  return { found: true, problems, causes, ratio: problems ? causes / problems : 0, dedicated, evidence: evidence.slice(0, 3) };
}

export const causesCheck: CheckKind = {
  fact: 'causes',
  measure,
  conditions(options) {
    const minCauses = (options.minCauses as number | undefined) ?? 2;
    const ratio = (options.ratio as number | undefined) ?? 0.5;
    return {
      met: {
        any: [
          on('causes', options, 'dedicated', 'equal', true),
          { all: [on('causes', options, 'causes', 'greaterThanInclusive', minCauses), on('causes', options, 'ratio', 'greaterThanInclusive', ratio)] },
        ],
      },
      partial: on('causes', options, 'causes', 'greaterThanInclusive', 1),
    };
  },
};
