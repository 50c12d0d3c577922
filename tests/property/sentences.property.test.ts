/**
 * Sentences are cut by a loop over character codes; it must cut exactly where the regex it replaced
 * matched, on report-like text and on arbitrary code units (marks in a row, a text of marks only).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { eachSentence } from '../../src/engine/sentence-roles.js';
import { FC, reportLike } from './support.js';

const SENTENCE = /[^。;!?]+[。;!?]?/g;
const marks = fc.array(fc.constantFrom('。', ';', '!', '?', '问题', ':', ' ', '\n', '；'), { maxLength: 30 }).map((p) => p.join(''));

it.each([
  ['report-like text', reportLike],
  ['arbitrary code units', fc.string({ maxLength: 200, unit: 'binary' })],
  ['sentence marks in runs', marks],
])('sentences are the regex matches: %s', (_name, text) => {
  fc.assert(
    fc.property(text, (t) => {
      const ours: Array<[number, string]> = [];
      eachSentence(t, (at, s) => ours.push([at, s]));
      expect(ours).toEqual(Array.from(t.matchAll(SENTENCE), (m) => [m.index, m[0]]));
    }),
    FC,
  );
});
