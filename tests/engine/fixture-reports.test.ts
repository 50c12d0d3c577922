/**
 * The checker against hand labels of reports written for this project (tests/fixtures/reports),
 * one per layout and per requirement edge case. Labels were written independently of the code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assess, loadRuleSet } from '../../src/index.js';

interface Label {
  file: string;
  case: string;
  requirements: Record<string, string>;
  sections?: Record<string, [number, number]>;
}

const dir = path.resolve(import.meta.dirname, '../fixtures/reports');
const labels = parse(readFileSync(path.join(dir, 'expected.yaml'), 'utf8')) as Label[];
const ruleSet = loadRuleSet('fzzf-annual-report');

// Where the checker and the labels still disagree, and why. Each is asserted to STILL disagree, so a
// change that fixes one fails here and the entry must be removed.
const KNOWN_DISAGREEMENTS: Record<string, string> = {};

describe.each(labels)('$file ($case)', (label) => {
  const text = readFileSync(path.join(dir, label.file), 'utf8');
  const assessment = assess(text, ruleSet, { name: label.file });

  it.each(Object.entries(label.requirements))('%s is %s', async (id, expected) => {
    const finding = (await assessment).findings.find((f) => f.requirement === id);
    const key = `${label.file} ${id}`;
    if (KNOWN_DISAGREEMENTS[key]) expect(finding?.status, KNOWN_DISAGREEMENTS[key]).not.toBe(expected);
    else expect(finding?.status).toBe(expected);
  });

  const ranged = Object.entries(label.sections ?? {}).filter(([id]) => ['met', 'partial'].includes(label.requirements[id] ?? ''));
  it.runIf(ranged.length > 0).each(ranged)('evidence for %s lies on lines %j', async (id, [first, last]) => {
    const finding = (await assessment).findings.find((f) => f.requirement === id);
    if (!finding || !['met', 'partial'].includes(finding.status)) return; // a status disagreement is reported above
    const lines = finding.evidence.map((e) => e.line);
    expect(lines.some((n) => n >= first && n <= last), `evidence lines ${lines.join(', ')}`).toBe(true);
  });
});
