/**
 * Outline items found by what their sentences do rather than by a heading: a plan written with no
 * heading of its own ("针对上述问题，2024年，我镇将…一是…五是…" at the end of the problems part), or the
 * year's measures written as topical parts ("一、健全工作机制…" … "九、加强学习培训…") with no umbrella
 * heading. Candidates are scored by their sentences' roles and size; the best one stands for the slot.
 */
import type { Section, SlotDefinition } from '../types.js';
import { lineAt } from '../parse/lines.js';
import { visibleLength } from './visible-length.js';
import { claims, compilePatterns, firstMatch, type Block, type DocumentIndex, type IndexedSection } from './document-index.js';

interface Run {
  blocks: Block[];
  chars: number;
}


/** The longest run of consecutive sentences whose roles are listed, across paragraphs but not headings. */
function longestRun(index: DocumentIndex, roles: readonly string[]): Run | null {
  let best: Run | null = null;
  let current: Run = { blocks: [], chars: 0 };
  const close = () => {
    if (current.chars > (best?.chars ?? 0)) best = current;
    current = { blocks: [], chars: 0 };
  };
  for (const block of index.blocks) {
    if (block.kind === 'heading') {
      close();
      continue;
    }
    const sentences = index.sentences(block);
    let from = -1;
    let to = -1;
    for (const s of sentences) {
      if (roles.includes(s.role)) {
        if (from < 0) from = s.at;
        to = s.at + s.text.length;
        continue;
      }
      if (from >= 0) {
        current.blocks.push(cut(index, block, from, to));
        current.chars += visibleLength(block.text.slice(from, to));
        from = -1;
      }
      close();
    }
    if (from >= 0) {
      current.blocks.push(cut(index, block, from, to));
      current.chars += visibleLength(block.text.slice(from, to));
    }
  }
  close();
  return best;
}

function cut(index: DocumentIndex, block: Block, from: number, to: number): Block {
  if (from === 0 && to >= block.text.length) return block;
  return index.subBlock(block, block.offset(from), block.offset(Math.max(from, to - 1)) + 1);
}

function synthetic(index: DocumentIndex, start: number, end: number, first: IndexedSection | null, children: Section[]): Section {
  const line = lineAt(index.doc.lineStarts, start);
  const endLine = lineAt(index.doc.lineStarts, Math.max(start, end - 1));
  const headingSpan = first ? first.section.headingSpan : { start, end: start, line, endLine: line };
  return { start, end, line, endLine, level: 1, markerKind: 'none', marker: '', number: null, heading: '', headingSpan, runIn: false, paragraphs: [], items: [], children };
}

function passageItem(index: DocumentIndex, roles: readonly string[], minChars: number): IndexedSection | null {
  // Only the longest run counts, and only when it is long enough to be a plan rather than one closing
  // sentence ("下一步，我局将继续…") of another part.
  const run = longestRun(index, roles);
  if (!run || run.chars < minChars) return null;
  const first = run.blocks[0] as Block;
  const last = run.blocks[run.blocks.length - 1] as Block;
  const section = synthetic(index, first.start, last.end, null, []);
  const host = index.sectionAt(first.start);
  return { section, parent: null, heading: '', label: host ? host.label : '', found: { kind: 'passage', blocks: run.blocks } };
}

function partsItem(index: DocumentIndex, def: SlotDefinition, roles: readonly string[], share: number, others: readonly SlotDefinition[]): IndexedSection | null {
  const top = index.childrenOf(null);
  const excluded = compilePatterns(def.exclude);
  const isPart = (s: IndexedSection) => {
    if (others.some((o) => o.id !== def.id && claims(o, s.heading)) || firstMatch(excluded, s.heading) !== null) return false;
    const sentences = index.blocksIn(s).filter((b) => b.kind === 'paragraph').flatMap((b) => index.sentences(b));
    return sentences.length > 0 && sentences.filter((x) => roles.includes(x.role)).length / sentences.length >= share;
  };
  // The longest run of consecutive parts, as index bounds (copying the run as it grows is quadratic).
  let bestFrom = 0;
  let bestLength = 0;
  let from = 0;
  for (let i = 0; i < top.length; i++) {
    if (!isPart(top[i] as IndexedSection)) from = i + 1;
    else if (i + 1 - from > bestLength) {
      bestFrom = from;
      bestLength = i + 1 - from;
    }
  }
  const best = top.slice(bestFrom, bestFrom + bestLength);
  // One part alone is a section like any other: only a run of parts stands for the item, or one part
  // left over when every other part is another item's ("一、法治政府建设推进情况" beside "二、存在的不足"
  // and "三、2024年工作打算"): by elimination it is this one.
  if (best.length === 0 || (best.length === 1 && !(top.length >= 2 && top.every((s) => s === best[0] || others.some((o) => o.id !== def.id && claims(o, s.heading)))))) return null;
  const first = best[0] as IndexedSection;
  const last = best[best.length - 1] as IndexedSection;
  const section = synthetic(index, first.section.start, last.section.end, first, best.map((s) => s.section));
  return { section, parent: null, heading: first.heading, label: first.label, found: { kind: 'parts' } };
}

/**
 * The item that stands for a slot with no heading of its own, by the slot's fallback; null when none
 * qualifies.
 *
 * @example
 * fallbackItem(index, planSlot, ruleSet.slots) // the plan sentences at the end of "二、存在的问题"
 */
export function fallbackItem(index: DocumentIndex, def: SlotDefinition, all: readonly SlotDefinition[]): IndexedSection | null {
  const fallback = def.fallback;
  if (!fallback) return null;
  if (fallback.kind === 'passage') return passageItem(index, fallback.roles, fallback.minChars);
  return partsItem(index, def, fallback.roles, fallback.share, all);
}
