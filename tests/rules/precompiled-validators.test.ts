/**
 * The waivers, check-kind and JSON-report validators are generated at build time (ajv standalone
 * code), so that the core never compiles a schema or imports ajv. Each must find the same errors, in
 * the same order and with the same schema references, as ajv compiling its schema now.
 */
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { REPORT_JSON_SCHEMA } from '../../src/input/json-input.js';
import { validate as reportJson } from '../../src/input/report-json-validator.generated.js';
import { AJV_OPTIONS } from '../../src/rules/ajv-options.js';
import { CHECK_KIND_SCHEMAS, type CheckKindName } from '../../src/rules/check-kinds.js';
import { validatorFor } from '../../src/rules/validate-schema.js';
import { WAIVERS_SCHEMA } from '../../src/rules/waivers.js';

type Case = [name: string, data: unknown];

/** Asserts that the precompiled validator and a fresh compile agree on every case, errors included. */
function agree(precompiled: (data: unknown) => boolean, schema: object, cases: Case[]): void {
  const fresh = new Ajv(AJV_OPTIONS).compile(schema);
  for (const [name, data] of cases) {
    const ok = fresh(data);
    expect(precompiled(data), name).toBe(ok);
    const errors = (precompiled as unknown as { errors?: unknown }).errors;
    expect(JSON.stringify(ok ? null : errors), name).toBe(JSON.stringify(fresh.errors ?? null));
  }
}

describe('waivers', () => {
  it('agrees with ajv compiling WAIVERS_SCHEMA now', () => {
    agree(validatorFor('waivers'), WAIVERS_SCHEMA, [
      ['valid', { waivers: [{ requirement: 'shortcoming-causes', justification: '已另行报告', expires: '2026-03-01' }] }],
      ['not a list', { waivers: {} }],
      ['an unknown key and a bad date', { waivers: [{ requirement: 'x', justification: '', expires: '2026-3-1', note: 1 }] }],
      ['not kebab-case, nothing else', { waivers: [{ requirement: 'Shortcoming Causes' }] }],
      ['empty', null],
    ]);
  });
});

// For every kind: one valid and several invalid option objects, from the kind's own schema where it can.
const KIND_CASES: Record<CheckKindName, unknown[]> = {
  section: [{ slot: 'plan' }, { slot: 'Plan', minChars: -1, position: 'middle' }, { slot: 'plan', passage: { terms: [] } }],
  genre: [{ title: ['年度报告'] }, { title: [], lookalikes: [{ id: 'Bad', patterns: [''] }] }],
  causes: [{ in: 'shortcomings' }, { in: 3, extra: true }],
  termGroups: [{}, { groups: 'x' }],
  figures: [{}, { min: 'many' }],
  deadline: [{}, { date: 20240401 }],
  terms: [{ terms: ['原因'] }, { terms: [] }, { any: [''], mode: 'sometimes' }],
  order: [{ slots: ['measures', 'plan'] }, { slots: 'measures' }],
  length: [{ minChars: 10 }, { minChars: 'ten' }],
  ifThen: [{ if: { section: { slot: 'plan' } }, then: { terms: { terms: ['安排'] } } }, { if: {}, then: { section: {}, terms: {} } }, { if: { ifThen: {} } }],
};

describe('check-kind options', () => {
  it('has a validator for every kind', () => {
    expect(Object.keys(KIND_CASES).sort()).toEqual(Object.keys(CHECK_KIND_SCHEMAS).sort());
  });

  it.each(Object.keys(CHECK_KIND_SCHEMAS) as CheckKindName[])('%s agrees with ajv compiling its schema now', (kind) => {
    const cases = KIND_CASES[kind].map((data, i): Case => [`${kind} #${i}`, data]);
    agree(validatorFor(kind), CHECK_KIND_SCHEMAS[kind], [...cases, [`${kind}: not an object`, 'plan']]);
  });
});

describe('pre-parsed JSON reports', () => {
  it('agrees with ajv compiling REPORT_JSON_SCHEMA now', () => {
    agree(reportJson as unknown as (data: unknown) => boolean, REPORT_JSON_SCHEMA, [
      ['valid', { title: '某县2023年法治政府建设年度报告', meta: { year: 2023, level: 'county' }, sections: [{ heading: '一、主要举措', text: '', sections: [{ heading: '(一)', text: 'x' }] }] }],
      ['wrong types and keys', { title: 'a\nb', meta: { year: 1800, level: 'village', colour: 1 }, sections: [{ heading: 3 }] }],
      ['no sections', { title: '' }],
    ]);
  });
});
