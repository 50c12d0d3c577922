/**
 * The real, hand-labelled reports of ../shared/corpus (the same check as check-corpus.mjs, in-process):
 * every labelled status, and every met/partial finding quoting a line inside its labelled range.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assess, loadRuleSet } from '../../src/index.js';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(path.join(corpus, 'labels.yaml'));
if (!present) console.warn(`corpus tests skipped: ${corpus} is not there (it sits beside the checkout in this workplace)`);

interface Label {
  file: string;
  requirements: Record<string, string>;
  sections?: Record<string, [number, number]>;
}

const labels: Label[] = present ? (parse(readFileSync(path.join(corpus, 'labels.yaml'), 'utf8')) as Label[]) : [];
const ruleSet = loadRuleSet('fzzf-annual-report');

describe.runIf(present).each(labels)('corpus $file', (label) => {
  const assessment = assess(readFileSync(path.join(corpus, 'seeds', label.file), 'utf8'), ruleSet, { name: label.file });

  it.each(Object.entries(label.requirements))('%s is %s', async (id, expected) => {
    expect((await assessment).findings.find((f) => f.requirement === id)?.status).toBe(expected);
  });

  it.runIf(Boolean(label.sections)).each(Object.entries(label.sections ?? {}))('evidence for %s on lines %j', async (id, [first, last]) => {
    const finding = (await assessment).findings.find((f) => f.requirement === id);
    expect(finding?.evidence.some((e) => e.line >= first && e.line <= last)).toBe(true);
  });
});
