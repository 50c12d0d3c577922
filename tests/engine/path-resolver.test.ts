import { expect, it } from 'vitest';
import { resolvePath } from '../../src/engine/path-resolver.js';

const fact = { found: true, meta: { year: 2023, issuer: null }, list: [{ n: 1 }, { n: 2 }] };

it.each([
  ['$.found', true],
  ['$.meta.year', 2023],
  ['$.meta.issuer', null],
  ['$.missing', undefined],
  ['$.meta.missing.deeper', undefined],
  ['$.constructor', undefined], // never a prototype member: fail closed
  ['$.list[1].n', 2], // not a plain path: jsonpath-plus
  ['$', fact],
])('%s → %j', (path, expected) => {
  expect(resolvePath(fact, path)).toEqual(expected);
});
