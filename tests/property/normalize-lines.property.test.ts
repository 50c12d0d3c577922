/**
 * The PDF-copy reader normalises a text whole and then splits it into lines, instead of normalising
 * each line: the same only because normalizeText maps one code unit to one and never to or from a
 * line break. Held here on report-like and arbitrary text (binary units included: lone surrogates,
 * U+2028, \r, full-width forms, traditional characters).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { normalizeText } from '../../src/parse/normalize.js';
import { FC, reportLike } from './support.js';

const LINE_BREAK = /\r\n|\r|\n/;
const traditional = fc.array(fc.constantFrom('報告', '執法', '問題', '\r', '\n', '\u2028', '\uff08', '\u3000', '—'), { maxLength: 40 }).map((p) => p.join(''));

it.each([
  ['report-like text', reportLike],
  ['arbitrary code units', fc.string({ maxLength: 200, unit: 'binary' })],
  ['traditional characters among line breaks and full-width forms', traditional],
])('normalising whole and splitting equals normalising each line: %s', (_name, text) => {
  fc.assert(
    fc.property(text, (t) => {
      expect(normalizeText(t).split(LINE_BREAK)).toEqual(t.split(LINE_BREAK).map(normalizeText));
    }),
    FC,
  );
});
