/**
 * `genre`: the document is the kind of report the rule set is for. Met by a title of that genre, or
 * (without a title) by the topic in the opening plus enough of the outline's slots. A look-alike
 * genre in the title or opening (an information-disclosure report, a plan, a reply letter, news)
 * means missing whatever else the text contains.
 */
import { compilePatterns, firstMatch, type DocumentIndex } from '../document-index.js';
import { on, type CheckKind, type Measurement } from './types.js';
import type { GenreOptions } from '../../rules/check-kind-options.js';

const OPENING_CHARS = 120;

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement {
  const options = raw as unknown as GenreOptions;
  const title = index.title;
  const opening = index.opening(OPENING_CHARS);
  const lookalike = firstMatch(compilePatterns(options.lookalikes), title) ?? (title ? null : firstMatch(compilePatterns(options.lookalikes), opening));
  const titleMatch = title ? firstMatch(compilePatterns(options.title), title) : null;
  const topic = firstMatch(compilePatterns(options.topic), `${title}\n${index.opening(300)}`);
  const slots = (options.structure?.slots ?? []).filter((id) => index.slot(id) !== null);
  const evidence = [];
  const titleLine = index.doc.meta.title ? index.norm.indexOf(title) : -1;
  if (titleLine >= 0) evidence.push(index.evidence(titleLine, titleLine + title.length));
  else if (opening) {
    const first = index.blocks.find((b) => b.kind === 'paragraph') ?? index.blocks[0];
    if (first) evidence.push(index.evidence(first.start, first.start + 1));
  }
  for (const id of slots.slice(0, 2)) evidence.push(index.headingEvidence(index.slot(id)!));
  return {
    lookalike: lookalike !== null,
    titleMatch: titleMatch !== null,
    topic: topic !== null,
    structure: slots.length,
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
          { any: [on('genre', options, 'titleMatch', 'equal', true), { all: [on('genre', options, 'topic', 'equal', true), on('genre', options, 'structure', 'greaterThanInclusive', min)] }] },
        ],
      },
      partial: { all: [notLookalike, on('genre', options, 'topic', 'equal', true), on('genre', options, 'structure', 'greaterThanInclusive', 1)] },
    };
  },
};
