/**
 * What the checks read: a ReportDocument flattened for searching, with outline slots resolved for one
 * rule set and a way to turn an offset range into quoted evidence.
 */
import { FILL_IN } from '../parse/boilerplate.js';
import { lineAt } from '../parse/lines.js';
import { normalizedOf, normalizeText } from '../parse/normalize.js';
import { workCounts } from '../parse/work-counts.js';
import type { Evidence, ReportDocument, Section, SlotDefinition, SourceSpan } from '../types.js';
import { RoleTagger, type RoledSentence } from './sentence-roles.js';
import { fallbackItem } from './slot-fallback.js';
import { isWhitespace } from './visible-length.js';
import { firstNotBefore } from '../sorted-search.js';

const NO_ROLES = new RoleTagger([]);

/** A section with what searching needs. */
export interface IndexedSection {
  section: Section;
  parent: IndexedSection | null;
  /** Normalised heading text (without the marker). */
  heading: string;
  /** Marker and heading as written, used to label evidence. */
  label: string;
  /**
   * Set for an outline item found without a heading of its own (a slot's fallback): how it was found,
   * and for a passage its blocks (cut to the passage).
   */
  found?: { kind: 'passage' | 'parts'; blocks?: Block[] };
}

/**
 * Text to match against, with a way back to the original: `offset(i)` is the original offset of
 * `text[i]`. Usually a plain slice of the matching view; across a soft line break (a PDF copy) the
 * break, the spaces around it and any furniture line in between are left out, so "全过程\n记录"
 * matches 全过程记录.
 */
export interface Slice {
  text: string;
  offset(i: number): number;
}

/** A searchable run of text: a paragraph or a heading, with its original offsets. */
export interface Block extends Slice {
  start: number;
  end: number;
  kind: 'heading' | 'paragraph';
  section: IndexedSection | null;
}

const QUOTE_MAX = 80;

// Patterns come from rule sets that are loaded once and used for many reports: compile each once.
const compiled = new Map<string, RegExp>();

// The lists themselves come from frozen rule sets, so the same list object is asked for on every report.
const compiledLists = new WeakMap<readonly string[], RegExp[]>();

function compile(patterns: readonly string[]): RegExp[] {
  let list = compiledLists.get(patterns);
  if (list) return list;
  list = patterns.map((p) => {
    let re = compiled.get(p);
    if (!re) {
      re = new RegExp(p, 'u');
      compiled.set(p, re);
    }
    return re;
  });
  compiledLists.set(patterns, list);
  return list;
}

// Template placeholders (【填写…】, 【单位名称】, 20××年, ××件) are blanked to spaces of the same length,
// so no check reads them as content while offsets stay those of the original. Only what asks to be
// filled in: a bracketed heading (【主要举措和成效】) or label (【典型案例一】) is text.
const PLACEHOLDER = new RegExp(`【[^】\\n]{0,40}(?:${FILL_IN})[^】\\n]{0,80}】|\\[[^\\]\\n]{0,20}填[^\\]\\n]{0,40}\\]|[x×X]{2,}`, 'g');

function blankPlaceholders(norm: string): string {
  return norm.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
}

/** The document index for one report and one rule set's slots. */
export class DocumentIndex {
  readonly norm: string;
  /** The matching view with template placeholders left in (what a genre check reads). */
  readonly unblanked: string;
  readonly sections: IndexedSection[] = [];
  /** Headings and paragraphs in reading order. */
  readonly blocks: Block[] = [];
  private readonly slots = new Map<string, IndexedSection | null>();
  private readonly roled = new Map<Block, RoledSentence[]>();

  constructor(
    readonly doc: ReportDocument,
    private readonly slotDefinitions: readonly SlotDefinition[],
    readonly roles: RoleTagger = NO_ROLES,
  ) {
    this.unblanked = normalizedOf(doc, doc.text);
    this.norm = blankPlaceholders(this.unblanked);
    for (const p of doc.preamble) this.blocks.push(this.block(p.start, p.end, 'paragraph', null));
    this.walk(doc.sections, null);
  }

  private block(start: number, end: number, kind: Block['kind'], section: IndexedSection | null): Block {
    // Fields written out: one object shape for every block (a spread gives each its own hidden class).
    const slice = this.slice(start, end);
    return { text: slice.text, offset: slice.offset, start, end, kind, section };
  }

  /** The matching text of [start, end), joined across line breaks and furniture lines. */
  slice(start: number, end: number): Slice {
    const raw = this.norm.slice(start, end);
    if (!/[\n\r]/.test(raw)) return { text: raw, offset: (i) => start + i };
    const chars: string[] = [];
    const map: number[] = [];
    const furnitureAt = this.furnitureFinder(start);
    for (let i = start; i < end; ) {
      const furniture = furnitureAt(i);
      if (furniture) {
        i = furniture.end;
        continue;
      }
      const c = this.norm[i] as string;
      if (c === '\n' || c === '\r') {
        while (chars[chars.length - 1] === ' ') (chars.pop(), map.pop());
        for (i++; i < end && isWhitespace(this.norm.charCodeAt(i)); ) i++;
        continue;
      }
      chars.push(c);
      map.push(i++);
    }
    return { text: chars.join(''), offset: (i) => map[i] ?? end };
  }

  /**
   * The furniture span holding an offset, for offsets visited in increasing order from `from`: the
   * spans are walked with a cursor (looking each offset up in the whole list made slicing a PDF copy
   * quadratic).
   */
  private furnitureFinder(from: number): (i: number) => SourceSpan | undefined {
    // Spans that overlap are merged first: skipping to the end of the merged span is where skipping
    // span after span would end too, and the cursor needs spans sorted and apart.
    const spans = (this.furniture ??= sortedApart(this.doc.boilerplate) ? this.doc.boilerplate : mergeSpans(this.doc.boilerplate));
    let k = firstEndingAfter(spans, from);
    return (i) => {
      const was = k;
      while (k < spans.length && (spans[k] as SourceSpan).end <= i) k++;
      workCounts.furnitureSteps += k - was;
      const b = spans[k];
      return b && b.start <= i ? b : undefined;
    };
  }

  private walk(sections: readonly Section[], parent: IndexedSection | null): void {
    for (const section of sections) {
      // A heading broken across lines in a PDF copy is matched and shown joined; so is one whose line
      // break became a space when the document was flattened ("…主要安 排").
      const indexed: IndexedSection = {
        section,
        parent,
        heading: this.slice(section.headingSpan.start + section.marker.length, section.headingSpan.end).text.trim().replace(CJK_GAP, ''),
        label: `${section.marker}${section.heading}`.replace(/\s*[\n\r]\s*/g, ''),
      };
      this.sections.push(indexed);
      const h = section.headingSpan;
      this.blocks.push(this.block(h.start, h.end, 'heading', indexed));
      for (const p of section.paragraphs) this.blocks.push(this.block(p.start, p.end, 'paragraph', indexed));
      this.walk(section.children, indexed);
    }
  }

  /** A block cut to [start, end), for an outline item that starts or ends inside a paragraph. */
  subBlock(block: Block, start: number, end: number): Block {
    return this.block(start, end, block.kind, block.section);
  }

  /** The sentences of a block with their roles (every sentence `done` when the rule set has no roles). */
  sentences(block: Block): RoledSentence[] {
    const known = this.roled.get(block);
    if (known) return known;
    const at = this.indexOfBlock(block);
    // A block cut from one of them (an item found without a heading): the sentences it holds.
    if (at < 0) return this.roles.tag([{ text: block.text, heading: block.kind === 'heading' }])[0] ?? [];
    this.tagRun(at);
    return this.roled.get(block) ?? [];
  }

  /**
   * Tags the run of blocks from the heading before block `at` to the next heading. A role carried over
   * from a lead-in ("…将重点抓好以下工作:") stops at a heading, so such a run is tagged exactly as a pass
   * over the whole report would tag it; the runs no check asks about (most of a report whose items
   * all have headings) are never tagged at all.
   */
  private tagRun(at: number): void {
    let from = at;
    while (from > 0 && !this.endsCarry(this.blocks[from] as Block)) from--;
    let to = at + 1;
    while (to < this.blocks.length && !this.endsCarry(this.blocks[to] as Block)) to++;
    const run = this.blocks.slice(from, to);
    const tagged = this.roles.tag(run.map((b) => ({ text: b.text, heading: this.endsCarry(b) })));
    run.forEach((b, i) => this.roled.set(b, tagged[i] ?? []));
  }

  /** A heading of its own line: the tagger carries no role across it (a run-in heading is content). */
  private endsCarry(block: Block): boolean {
    return block.kind === 'heading' && !block.section?.section.runIn;
  }

  /** Where a block is in `blocks` (in order of their starts, as blocksIn relies on too), or -1 for a block cut from one of them. */
  private indexOfBlock(block: Block): number {
    for (let i = firstNotBefore(this.blocks, (b) => b.start < block.start); i < this.blocks.length && (this.blocks[i] as Block).start === block.start; i++) {
      if (this.blocks[i] === block) return i;
    }
    return -1;
  }

  /** The normalised title, or ''. */
  get title(): string {
    return this.doc.meta.title ? normalizeText(this.doc.meta.title) : '';
  }

  /** The first content text (preamble or first block), for genre checks. */
  opening(chars: number): string {
    const first = this.blocks.find((b) => b.kind === 'paragraph') ?? this.blocks[0];
    return first ? first.text.slice(0, chars) : '';
  }

  /**
   * The section that fills a slot: the shallowest, then earliest, section whose heading matches one
   * of the slot's patterns and none of its exclusions. Null when no section does.
   */
  slot(id: string): IndexedSection | null {
    if (this.slots.has(id)) return this.slots.get(id) ?? null;
    const def = this.slotDefinitions.find((s) => s.id === id);
    let found: IndexedSection | null = null;
    if (def) {
      for (const s of this.sections) {
        if (!claims(def, s.heading) || !this.madeOf(s, def.roles)) continue;
        // The shallowest; at the same depth the first with a body (an empty heading repeated earlier,
        // as a contents list left in the text is, does not hide the item itself).
        if (!found || s.section.level < found.section.level || (s.section.level === found.section.level && isEmpty(found.section) && !isEmpty(s.section))) found = s;
      }
      if (found) found = this.narrowed(found, def);
      // Guard against a fallback that asks for this slot again while it is being found.
      this.slots.set(id, null);
      if (!found && def.fallback) found = fallbackItem(this, def, this.slotDefinitions);
    }
    this.slots.set(id, found);
    return found;
  }

  /**
   * An umbrella part whose sub-sections are each an item of the outline ("一、2023年工作情况" over
   * "（一）主要举措和成效", "（二）存在的不足和原因") stands for none of them alone: the sub-section that
   * names this item does. An umbrella over topical sub-sections ("（一）深化改革，成效明显") is kept whole.
   */
  private narrowed(section: IndexedSection, def: SlotDefinition): IndexedSection {
    const children = this.childrenOf(section);
    if (children.length < 2 || !children.every((c) => this.slotDefinitions.some((d) => claims(d, c.heading)))) return section;
    return children.find((c) => claims(def, c.heading)) ?? section;
  }

  /** The sections directly under a section, or the top-level sections for null, in document order. */
  childrenOf(parent: IndexedSection | null): IndexedSection[] {
    return this.sections.filter((s) => s.parent === parent);
  }

  /** Blocks inside a section (its heading, paragraphs and all descendants). */
  blocksIn(section: IndexedSection): Block[] {
    if (section.found?.blocks) return section.found.blocks;
    const { start, end } = section.section;
    // Blocks are in document order (preamble, then each heading, its paragraphs, its sub-sections):
    // a binary search finds the first, so asking for every section of a long outline stays linear.
    const out: Block[] = [];
    const first = this.firstBlockFrom(start);
    let i = first;
    for (; i < this.blocks.length; i++) {
      const b = this.blocks[i] as Block;
      if (b.start >= end) break;
      if (b.end <= end) out.push(b);
    }
    workCounts.blockSteps += i - first;
    return out;
  }

  private firstBlockFrom(start: number): number {
    return firstNotBefore(this.blocks, (b) => b.start < start);
  }

  /**
   * Whether a section is made of sentences of one of the roles: a top-level part always is (its heading
   * says what it is); a nested one only when some of its body sentences have one of them.
   */
  private madeOf(section: IndexedSection, roles: readonly string[]): boolean {
    if (roles.length === 0 || section.parent === null) return true;
    return this.blocksIn(section).some((b) => !this.isOwnHeading(section, b) && this.sentences(b).some((s) => roles.includes(s.role)));
  }

  /** Whether a block is the section's own heading (an item found without a heading has none). */
  isOwnHeading(section: IndexedSection, block: Block): boolean {
    return block.kind === 'heading' && block.start === section.section.headingSpan.start;
  }

  /** Body blocks (paragraphs, not headings) inside a section. */
  bodyOf(section: IndexedSection): Block[] {
    return this.blocksIn(section).filter((b) => b.kind === 'paragraph');
  }

  /** Whether an offset lies inside the section of any of the given slots. */
  inSlots(offset: number, slotIds: readonly string[]): boolean {
    return slotIds.some((id) => {
      const s = this.slot(id);
      return s !== null && offset >= s.section.start && offset < s.section.end;
    });
  }

  /** The deepest section holding an offset. */
  sectionAt(offset: number): IndexedSection | null {
    this.nested ??= properlyNested(this.sections);
    if (!this.nested) {
      let best: IndexedSection | null = null;
      for (const s of this.sections) if (holds(s, offset)) best = s;
      workCounts.sectionSteps += this.sections.length;
      return best;
    }
    // Nested sections in reading order: the deepest one holding the offset is the last section
    // starting at or before it, or one of that section's ancestors (binary search, not a scan).
    const after = firstNotBefore(this.sections, (s) => s.section.start <= offset);
    for (let s = this.sections[after - 1] ?? null; s; s = s.parent) {
      workCounts.sectionSteps++;
      if (holds(s, offset)) return s;
    }
    return null;
  }

  private nested: boolean | undefined;
  private furnitureSorted: boolean | undefined;
  /** The furniture spans sorted and apart (the document's own list when it already is). */
  private furniture: readonly SourceSpan[] | undefined;

  /**
   * Evidence for the text at [start, end): the sentence around it, cut to a short quote in the
   * original characters, with its line and section.
   */
  evidence(start: number, end: number): Evidence {
    const line = lineAt(this.doc.lineStarts, start);
    const lineStart = this.doc.lineStarts[line - 1] ?? 0;
    const norm = this.norm;
    // Character codes, not one-character strings: reading norm[i] allocates a string per CJK character.
    let s = start;
    while (s > lineStart && start - s < QUOTE_MAX / 2 && !endsSentence(norm.charCodeAt(s - 1))) s--;
    let e = Math.max(end, s + 1);
    while (e < norm.length && e - s < QUOTE_MAX && !endsSentence(norm.charCodeAt(e)) && !isLineBreak(norm.charCodeAt(e))) e++;
    if (e < norm.length && endsSentence(norm.charCodeAt(e))) e++;
    // Cut mid-sentence: show it, and do not start the quote on a comma.
    const cutBefore = s > lineStart && !endsSentence(norm.charCodeAt(s - 1));
    const raw = this.withoutFurniture(s, e).replace(/\s*[\n\r]\s*/g, '').replace(/\s+/g, ' ').trim().replace(/^[,，、;；:：]/, '');
    const text = `${cutBefore ? '…' : ''}${raw}${e - s >= QUOTE_MAX && e < norm.length ? '…' : ''}`;
    const section = this.sectionAt(start);
    return { section: section ? section.label : null, line, text, start: s, end: e };
  }

  /** The original text of [start, end) without furniture lines (a page number inside a paragraph). */
  private withoutFurniture(start: number, end: number): string {
    const spans = this.doc.boilerplate;
    // Only spans starting inside the quote are left out (furniture the quote starts in is what is
    // quoted, a 发布时间 header line). Spans sorted by start, as the parser gives them, hold those in
    // one run: found by binary search, the walk stops after it. A walk of every span, once per quote,
    // was quadratic on PDF copies, whose page numbers grow with the text.
    this.furnitureSorted ??= sortedByStart(spans);
    const from = this.furnitureSorted ? firstStartingAfter(spans, start) : 0;
    let out = '';
    let at = start;
    let k = from;
    for (; k < spans.length; k++) {
      const b = spans[k] as SourceSpan;
      if (this.furnitureSorted && b.start >= end) break;
      if (b.end <= at || b.start >= end || b.start <= start) continue;
      out += this.doc.text.slice(at, b.start);
      at = b.end;
    }
    // The spans looked at: those walked, and the one that stopped the walk.
    workCounts.furnitureSteps += k - from + (k < spans.length ? 1 : 0);
    return out + this.doc.text.slice(at, end);
  }

  /** Evidence for the first block (in reading order) where one of the patterns matches. */
  firstEvidence(patterns: readonly RegExp[], blocks: readonly Block[] = this.blocks): Evidence | null {
    for (const block of blocks) {
      const m = firstMatch(patterns, block.text);
      if (m) return sliceEvidence(this, block, m[0], m[1]);
    }
    return null;
  }

  /** Evidence quoting a section's heading; for an item found without a heading, its first sentence. */
  headingEvidence(section: IndexedSection): Evidence {
    if (section.found?.kind === 'passage') return this.evidence(section.section.start, section.section.start + 1);
    const h = section.section.headingSpan;
    return { section: section.label, line: h.line, text: this.doc.text.slice(h.start, h.end).trim(), start: h.start, end: h.end };
  }
}

/** 。 ; ! ? in the matching view (where full-width ；！？ are already half-width). */
const endsSentence = (c: number) => c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f;
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;

const isEmpty = (section: Section) => section.paragraphs.length === 0 && section.children.length === 0 && !section.runIn;

/** Whether a heading names a slot: one of its patterns matches and none of its exclusions. */
// Spaces between two Chinese characters: a line break a flattened copy turned into a space.
const CJK_GAP = /(?<=[\u3400-\u9fff])[ \t]+(?=[\u3400-\u9fff])/g;

export function claims(def: SlotDefinition, heading: string): boolean {
  return firstMatch(compile(def.headings), heading) !== null && firstMatch(compile(def.exclude), heading) === null;
}

/** Evidence for a match [i, j) of a slice's text. */
export function sliceEvidence(index: DocumentIndex, slice: Slice, i: number, j: number): Evidence {
  return index.evidence(slice.offset(i), slice.offset(Math.max(i, j - 1)) + 1);
}

// A pattern list joined into one alternation finds the same first match in one pass over the text
// instead of one pass per pattern: at the leftmost place any of them matches, the alternation takes
// the first pattern (in list order) that matches there, as the loop below does. Joining would renumber
// groups, so lists with back-references or named groups stay lists.
const alternations = new WeakMap<readonly RegExp[], RegExp | null>();
const JOIN_UNSAFE = /\\[1-9]|\\k<|\(\?<[^=!]/;

function alternationOf(patterns: readonly RegExp[]): RegExp | null {
  let joined = alternations.get(patterns);
  if (joined === undefined) {
    const joinable = patterns.length > 1 && patterns.every((re) => re.flags === 'u' && !JOIN_UNSAFE.test(re.source));
    joined = joinable ? new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), 'u') : null;
    alternations.set(patterns, joined);
  }
  return joined;
}

/** Finds the first match of any pattern in `text`; returns its offset range within `text`. */
export function firstMatch(patterns: readonly RegExp[], text: string): [number, number] | null {
  const joined = alternationOf(patterns);
  if (joined) {
    const m = joined.exec(text);
    return m ? [m.index, m.index + m[0].length] : null;
  }
  let best: [number, number] | null = null;
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && (!best || m.index < best[0])) best = [m.index, m.index + m[0].length];
  }
  return best;
}

/** Compiles pattern sources once per call site. */
export function compilePatterns(patterns: readonly string[] | undefined): RegExp[] {
  return patterns ? compile(patterns) : [];
}

/** The end of a section's extent: its body, or its heading when that runs further. */
function extentEnd(s: IndexedSection): number {
  return Math.max(s.section.end, s.section.headingSpan.end);
}

function holds(s: IndexedSection, offset: number): boolean {
  return offset >= s.section.start && offset < extentEnd(s);
}

// Whether sections in reading order start in order, lie inside their parents, and siblings do not
// overlap: then the sections holding an offset are one chain of ancestors.
function properlyNested(sections: readonly IndexedSection[]): boolean {
  const lastChild = new Map<IndexedSection | null, IndexedSection>();
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i] as IndexedSection;
    if (i > 0 && s.section.start < (sections[i - 1] as IndexedSection).section.start) return false;
    if (s.parent && (s.section.start < s.parent.section.start || extentEnd(s) > extentEnd(s.parent))) return false;
    const previous = lastChild.get(s.parent);
    if (previous && extentEnd(previous) > s.section.start) return false;
    lastChild.set(s.parent, s);
  }
  return true;
}

function sortedByStart(spans: readonly SourceSpan[]): boolean {
  for (let k = 1; k < spans.length; k++) if ((spans[k] as SourceSpan).start < (spans[k - 1] as SourceSpan).start) return false;
  return true;
}

function sortedApart(spans: readonly SourceSpan[]): boolean {
  for (let k = 1; k < spans.length; k++) if ((spans[k] as SourceSpan).start < (spans[k - 1] as SourceSpan).end) return false;
  return true;
}

/** Spans sorted by start, overlapping or touching ones merged into one. */
function mergeSpans(spans: readonly SourceSpan[]): SourceSpan[] {
  const sorted = spans.filter((b) => b.end > b.start).sort((a, b) => a.start - b.start);
  const merged: SourceSpan[] = [];
  for (const b of sorted) {
    const last = merged[merged.length - 1];
    if (last && b.start <= last.end) {
      if (b.end > last.end) merged[merged.length - 1] = { start: last.start, end: b.end, line: last.line, endLine: b.endLine };
    } else merged.push(b);
  }
  return merged;
}

/** The index of the first span starting after `offset` (spans sorted by start). */
const firstStartingAfter = (spans: readonly SourceSpan[], offset: number): number => firstNotBefore(spans, (b) => b.start <= offset);

/** The index of the first span ending after `offset` (spans sorted and apart). */
const firstEndingAfter = (spans: readonly SourceSpan[], offset: number): number => firstNotBefore(spans, (b) => b.end <= offset);
