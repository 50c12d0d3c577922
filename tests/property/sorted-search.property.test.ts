/** firstNotBefore finds what a scan from the start finds, on sorted lists with runs of equal values. */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { firstNotBefore } from '../../src/sorted-search.js';
import { FC } from './support.js';

it('is the index of the first item not before the limit, as findIndex gives it', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 40 }), fc.integer({ min: -1, max: 21 }), (values, limit) => {
      const sorted = [...values].sort((a, b) => a - b);
      const scan = sorted.findIndex((v) => !(v <= limit));
      expect(firstNotBefore(sorted, (v) => v <= limit)).toBe(scan < 0 ? sorted.length : scan);
    }),
    FC,
  );
});
