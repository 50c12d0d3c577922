/**
 * SARIF output of the example reports and an unreadable file: against the official 2.1.0 schema when
 * ../shared (beside the checkout) has it, and against the structure code-scanning tools rely on always.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index.js';
import { formatSarif } from '../../src/format/format-sarif.js';
import type { Assessment } from '../../src/types.js';
import { exampleAssessments, exampleBatch, UNREADABLE } from './example-assessments.js';

const SCHEMA_PATH = path.resolve(import.meta.dirname, '../../../shared/schemas/sarif-schema-2.1.0.json');
const hasSchema = existsSync(SCHEMA_PATH);
const ruleSet = loadRuleSet('fzzf-annual-report');

let assessments: Assessment[];
let log: Record<string, any>;
beforeAll(async () => {
  assessments = await exampleAssessments();
  log = JSON.parse(formatSarif(await exampleBatch(), { locale: 'zh-CN', ruleSet }));
});

describe('formatSarif against the official schema', () => {
  it.skipIf(!hasSchema)(`passes sarif-schema-2.1.0.json${hasSchema ? '' : ' (skipped: ../shared/schemas/sarif-schema-2.1.0.json is not beside the checkout)'}`, () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The same validator rejects a log without a version, so a pass above means something.
    expect(validate({ ...log, version: undefined })).toBe(false);
  });
});

describe('formatSarif structure', () => {
  it('is one 2.1.0 run by compliance-checklist', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver.name).toBe('compliance-checklist');
  });

  it('describes every requirement of the rule set as a rule whose help has the fix and the basis', () => {
    const rules = log.runs[0].tool.driver.rules as Array<Record<string, any>>;
    expect(rules.map((r) => r.id)).toEqual(ruleSet.requirements.map((r) => r.id));
    for (const [i, r] of ruleSet.requirements.entries()) {
      expect(rules[i]!.help.text).toContain(r.fix['zh-CN']);
      expect(rules[i]!.help.text).toContain(r.basis);
      expect(rules[i]!.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[r.severity]);
    }
  });

  it('gives every gap of every report one result, at the file and the line of its evidence (else 1)', () => {
    const results = log.runs[0].results as Array<Record<string, any>>;
    const expected = assessments.flatMap((a) =>
      a.gaps.map((g) => ({
        ruleId: g.requirement,
        uri: a.file,
        line: a.findings.find((f) => f.requirement === g.requirement)?.evidence[0]?.line ?? 1,
      })),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(results.map((r) => ({
      ruleId: r.ruleId,
      uri: decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri),
      line: r.locations[0].physicalLocation.region.startLine,
    }))).toEqual(expected);
    for (const r of results) expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('uses lines that are evidence lines for partial gaps', () => {
    const results = log.runs[0].results as Array<Record<string, any>>;
    const partial = results.filter((r) => r.properties.status === 'partial');
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.some((r) => r.locations[0].physicalLocation.region.startLine > 1)).toBe(true);
  });

  it('accounts for the unreadable file as an error notification and an unsuccessful execution', () => {
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', descriptor: { id: UNREADABLE.code }, message: { text: UNREADABLE.message } }),
    ]);
  });

  it('percent-encodes file names into URI references', () => {
    const uris = (log.runs[0].results as Array<Record<string, any>>).map((r) => r.locations[0].physicalLocation.artifactLocation.uri as string);
    for (const uri of uris) expect(uri).toMatch(/^[A-Za-z0-9_.~%\/-]+$/);
  });
});
