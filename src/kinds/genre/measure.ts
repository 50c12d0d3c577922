/**
 * `genre`: the document is the kind of report the rule set is for. Met by a title of that genre, or
 * (without a title) by the topic in the opening plus enough of the outline's slots. A look-alike
 * genre in the title or opening (an information-disclosure report, a plan, a reply letter, news)
 * means missing whatever else the text contains.
 */
import { compilePatterns, firstMatch, type DocumentIndex } from '../../engine/document-index.js';
import { on, type CheckKind, type Measurement } from '../check-kind.js';
import type { GenreOptions, LookalikeOption } from './spec.js';
import type { LocalizedText } from '../../types.js';

/**
 * The look-alike kind whose pattern matches the title (or opening), whose cues recur in the whole text
 * (placeholders included: a template is given away by them), or whose share of sentences of a role is
 * too high (a plan is mostly plan sentences) when the title is not of the genre; or null. Also says
 * which feature gave it away.
 */
function lookalikeIn(index: DocumentIndex, list: GenreOptions['lookalikes'], text: string, titled: boolean): { kind: { id: string; name: LocalizedText }; by: string } | null {
  for (const entry of list ?? []) {
    const named = typeof entry === 'string' ? null : entry;
    if (text && firstMatch(compilePatterns(named ? named.patterns : [entry as string]), text)) return { kind: kindOf(named), by: 'title' };
    // A title of the genre outweighs what the body suggests (a report may list 牵头单位 in its plan).
    if (titled) continue;
    if (named?.cues && countMatches(compilePatterns(named.cues), index.unblanked) >= (named.minCues ?? 2)) return { kind: kindOf(named), by: 'cues' };
    if (named?.roleShare && roleShare(index, named.roleShare.role) >= named.roleShare.min) return { kind: kindOf(named), by: 'roles' };
  }
  return null;
}

/** The share of body sentences with a role. */
function roleShare(index: DocumentIndex, role: string): number {
  let all = 0;
  let with_ = 0;
  for (const block of index.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const s of index.sentences(block)) {
      all++;
      if (s.role === role) with_++;
    }
  }
  return all >= 5 ? with_ / all : 0;
}

// Global copies of cue patterns, made once per pattern (rule sets live long, reports come and go).
const globalCopies = new WeakMap<RegExp, RegExp>();

function countMatches(patterns: readonly RegExp[], text: string): number {
  let n = 0;
  for (const re of patterns) {
    let global = globalCopies.get(re);
    if (!global) {
      global = new RegExp(re.source, 'gu');
      globalCopies.set(re, global);
    }
    n += text.match(global)?.length ?? 0;
  }
  return n;
}

function kindOf(named: LookalikeOption | null): { id: string; name: LocalizedText } {
  if (!named) return { id: 'lookalike', name: { 'zh-CN': '', en: '' } };
  const name = typeof named.name === 'string' ? { 'zh-CN': named.name, en: named.name } : { 'zh-CN': named.name['zh-CN'], en: named.name.en ?? named.name['zh-CN'] };
  return { id: named.id, name };
}

const OPENING_CHARS = 120;

// A title has no comma: "2023年，…现将…情况报告如下" is an opening formula, not a title.
function leadingPhrase(text: string): string {
  const end = text.search(/[。!?,;:，；：]/);
  return end < 0 ? text : text.slice(0, end);
}

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement {
  const options = raw as unknown as GenreOptions;
  const title = index.title;
  const opening = index.opening(OPENING_CHARS);
  // Without a title line (a document flattened onto one line), a title of the genre may still open the
  // text: its first sentence stands for the title, and only it is read for look-alike titles, so that
  // "纳入年度工作要点" later in the opening does not make the report a plan.
  const head = title ? '' : leadingPhrase(opening);
  const titleMatch = firstMatch(compilePatterns(options.title), title || head);
  // Only a title line outweighs look-alike cues in the body: a leading phrase may be a page's banner
  // running into a template's own title.
  const found = lookalikeIn(index, options.lookalikes, title || (titleMatch ? head : opening), title !== '' && titleMatch !== null);
  const lookalike = found ? found.kind : null;
  const topic = firstMatch(compilePatterns(options.topic), `${title}\n${index.opening(300)}`);
  const slots = (options.structure?.slots ?? []).filter((id) => index.slot(id) !== null);
  const evidence = [];
  const titleSpan = index.doc.titleSpan;
  if (titleSpan) evidence.push(index.evidence(titleSpan.start, titleSpan.end));
  else if (opening) {
    const first = index.blocks.find((b) => b.kind === 'paragraph') ?? index.blocks[0];
    if (first) evidence.push(index.evidence(first.start, first.start + 1));
  }
  for (const id of slots.slice(0, 2)) evidence.push(index.headingEvidence(index.slot(id)!));
  return {
    lookalike: lookalike !== null,
    lookalikeKind: lookalike,
    // What gave the look-alike away: its title, cues in the text, or the roles of its sentences.
    lookalikeBy: found ? found.by : null,
    titleMatch: titleMatch !== null,
    topic: topic !== null,
    structure: slots.length,
    formula: firstMatch(compilePatterns(options.formula), index.opening(300)) !== null,
    evidence,
  };
}

export const genreCheck: CheckKind = {
  fact: 'genre',
  measure,
  conditions(options) {
    const min = (options.structure as GenreOptions['structure'])?.min ?? 1;
    const notLookalike = on('genre', options, 'lookalike', 'equal', false);
    return {
      met: {
        all: [
          notLookalike,
          {
            any: [
              on('genre', options, 'titleMatch', 'equal', true),
              // Without a title: the topic, and the outline, or the opening formula of a report ("现将…报告如下").
              { all: [on('genre', options, 'topic', 'equal', true), { any: [on('genre', options, 'structure', 'greaterThanInclusive', min), on('genre', options, 'formula', 'equal', true)] }] },
            ],
          },
        ],
      },
      partial: { all: [notLookalike, on('genre', options, 'topic', 'equal', true), on('genre', options, 'structure', 'greaterThanInclusive', 1)] },
    };
  },
};
