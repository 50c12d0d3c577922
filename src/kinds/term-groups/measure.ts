/**
 * `termGroups`: several things that must all be named, each by any of its synonyms (行政执法公示 /
 * 执法全过程记录 / 重大执法决定法制审核) or as a concept: an object and an action in one clause, either
 * order ("推动执法信息及时公开"). Look-alikes that name a different thing (双公示, 权责清单公示) are blanked
 * first; with `roles`, only sentences of those roles count (systems named only as next year's tasks
 * are not in place). Met when every group is named; partial when some are, or only the collective name is.
 */
import type { Evidence } from '../../types.js';
import { compilePatterns, firstMatch, sliceEvidence, type Block, type DocumentIndex } from '../../engine/document-index.js';
import { on, type CheckKind, type Measurement } from '../check-kind.js';
import type { ConceptOption, TermGroupsOptions } from './spec.js';

interface Matcher {
  patterns: RegExp[];
  concepts: Array<{ objects: RegExp[]; actions: RegExp[]; window: number }>;
}

const CLAUSE = /[^,;。:!?]+/g;

/** Where a concept's object and action meet within one clause, as [start, end) in `text`. */
function conceptAt(concept: Matcher['concepts'][number], text: string): [number, number] | null {
  for (const clause of text.matchAll(CLAUSE)) {
    const object = firstMatch(concept.objects, clause[0]);
    const action = object && firstMatch(concept.actions, clause[0]);
    if (!object || !action) continue;
    const start = Math.min(object[0], action[0]);
    const end = Math.max(object[1], action[1]);
    if (end - start <= concept.window) return [(clause.index ?? 0) + start, (clause.index ?? 0) + end];
  }
  return null;
}

function matchIn(matcher: Matcher, text: string): [number, number] | null {
  const direct = firstMatch(matcher.patterns, text);
  if (direct) return direct;
  for (const concept of matcher.concepts) {
    const hit = conceptAt(concept, text);
    if (hit) return hit;
  }
  return null;
}

/** Blanks look-alike names to spaces of the same length, so offsets hold. `falseFriends` are global patterns. */
function blank(text: string, falseFriends: readonly RegExp[]): string {
  let out = text;
  for (const re of falseFriends) out = out.replace(re, (m) => ' '.repeat(m.length));
  return out;
}

// Global copies of the false-friend patterns, made once per pattern list (rule sets live long).
const globalCopies = new WeakMap<readonly RegExp[], RegExp[]>();
function globalPatterns(patterns: readonly RegExp[]): RegExp[] {
  let copies = globalCopies.get(patterns);
  if (!copies) {
    copies = patterns.map((re) => new RegExp(re.source, 'gu'));
    globalCopies.set(patterns, copies);
  }
  return copies;
}

/** Whether anything of the matcher could be in a text: a pattern, or a concept's object. */
function mayMatch(matcher: Matcher, text: string): boolean {
  return firstMatch(matcher.patterns, text) !== null || matcher.concepts.some((c) => firstMatch(c.objects, text) !== null);
}

/** The first sentence in the blocks, of one of the roles, where the matcher matches. */
function firstIn(index: DocumentIndex, blocks: readonly Block[], matcher: Matcher, falseFriends: readonly RegExp[], roles: readonly string[] | undefined): Evidence | null {
  for (const block of blocks) {
    // Most paragraphs name none of it: look at their sentences only when the paragraph might.
    if (!mayMatch(matcher, block.text)) continue;
    for (const sentence of index.sentences(block)) {
      if (roles && !roles.includes(sentence.role)) continue;
      const hit = matchIn(matcher, blank(sentence.text, falseFriends));
      if (hit) return sliceEvidence(index, block, sentence.at + hit[0], sentence.at + hit[1]);
    }
  }
  return null;
}

function matcherOf(patterns: string[] | undefined, concepts: readonly ConceptOption[] | undefined): Matcher {
  return {
    patterns: compilePatterns(patterns),
    concepts: (concepts ?? []).map((c) => ({ objects: compilePatterns(c.objects), actions: compilePatterns(c.actions), window: c.window ?? 16 })),
  };
}

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement | undefined {
  const options = raw as unknown as TermGroupsOptions;
  const slot = options.in ? index.slot(options.in) : null;
  if (options.in && !slot) return undefined;
  const scope = slot ? index.blocksIn(slot) : index.blocks;
  const exclude = options.exclude ?? [];
  const blocks = exclude.length ? scope.filter((b) => !index.inSlots(b.start, exclude)) : scope;
  const falseFriends = globalPatterns(compilePatterns(options.falseFriends));
  const evidence: Evidence[] = [];
  const matched: string[] = [];
  const missing: string[] = [];
  const names = new Set([...Object.keys(options.groups), ...Object.keys(options.concepts ?? {})]);
  for (const name of names) {
    const matcher = matcherOf(Object.hasOwn(options.groups, name) ? options.groups[name] : undefined, options.concepts?.[name]);
    const hit = firstIn(index, blocks, matcher, falseFriends, options.roles);
    if (hit) {
      matched.push(name);
      evidence.push(hit);
    } else missing.push(name);
  }
  const collective = firstIn(index, blocks, matcherOf(options.collective, undefined), falseFriends, options.roles);
  if (collective && missing.length > 0) evidence.push(collective);
  return { matched, missing, matchedCount: matched.length, missingCount: missing.length, collective: collective !== null, evidence };
}

export const termGroupsCheck: CheckKind = {
  fact: 'termGroups',
  measure,
  conditions(options) {
    return {
      met: on('termGroups', options, 'missingCount', 'equal', 0),
      partial: { any: [on('termGroups', options, 'matchedCount', 'greaterThanInclusive', 1), on('termGroups', options, 'collective', 'equal', true)] },
    };
  },
};
