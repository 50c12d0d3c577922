import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assess, loadRuleSet } from '../../src/index.js';
import type { Assessment } from '../../src/index.js';
import { reportMatchers } from '../../src/testing/index.js';

expect.extend(reportMatchers);
const read = (f: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/reports', f), 'utf8');

describe('report matchers', () => {
  let good: Assessment;
  let noCauses: Assessment;
  beforeAll(async () => {
    good = await assess(read('layout-own-line-headings.txt'), loadRuleSet('fzzf-annual-report'));
    noCauses = await assess(read('causes-heading-only-missing.txt'), loadRuleSet('fzzf-annual-report'));
  });

  it('pass on a report that meets them', () => {
    expect(good).toPassRuleSet();
    expect(good).toMeetRequirement('shortcoming-causes');
    expect(good).toHaveFinding('three-enforcement-systems', 'met');
    expect(good).toScoreAtLeast(75);
  });

  it.each([
    ['toMeetRequirement', () => expect(noCauses).toMeetRequirement('shortcoming-causes'), /shortcoming-causes is missing.*to fix:/s],
    ['toHaveFinding', () => expect(noCauses).toHaveFinding('shortcoming-causes', 'met'), /expected shortcoming-causes to be met/],
    ['toScoreAtLeast', () => expect(noCauses).toScoreAtLeast(99.9), /of at least 99.9%/],
    ['an unknown requirement', () => expect(good).toMeetRequirement('no-such-thing'), /has no requirement "no-such-thing"/],
  ])('%s fails with a message that says what to fix', (_name, assertion, message) => {
    expect(assertion).toThrow(message);
  });
});
