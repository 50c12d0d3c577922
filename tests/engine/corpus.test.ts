/**
 * The real, hand-labelled reports of ../shared/corpus (the same check as check-corpus.mjs, in-process):
 * every labelled status, and every met/partial finding quoting a line inside its labelled range.
 * The corpus is optional: without it the suite still registers, and is skipped with one line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assess, loadRuleSet } from '../../src/index.js';
import { CORPUS_DIR, haveCorpus, noteSkipped } from '../support/optional-corpus.js';

interface Label {
  file: string;
  requirements: Record<string, string>;
  sections?: Record<string, [number, number]>;
}

noteSkipped('corpus tests', haveCorpus);
const labels: Label[] = haveCorpus ? (parse(readFileSync(path.join(CORPUS_DIR, 'labels.yaml'), 'utf8')) as Label[]) : [];
const ruleSet = loadRuleSet('fzzf-annual-report');

// describe.skipIf rather than describe.runIf(...).each(labels): with no labels, .each registers no
// suite at all and vitest fails the file ("No test suite found").
describe.skipIf(!haveCorpus)('labelled real reports in ../shared/corpus', () => {
  it('has labels to check', () => {
    expect(labels.length).toBeGreaterThan(0);
  });

  describe.each(labels)('corpus $file', (label) => {
    const assessment = assess(readFileSync(path.join(CORPUS_DIR, 'seeds', label.file), 'utf8'), ruleSet, { name: label.file });

    it.each(Object.entries(label.requirements))('%s is %s', async (id, expected) => {
      expect((await assessment).findings.find((f) => f.requirement === id)?.status).toBe(expected);
    });

    it.runIf(Boolean(label.sections)).each(Object.entries(label.sections ?? {}))('evidence for %s on lines %j', async (id, [first, last]) => {
      const finding = (await assessment).findings.find((f) => f.requirement === id);
      expect(finding?.evidence.some((e) => e.line >= first && e.line <= last)).toBe(true);
    });
  });
});
