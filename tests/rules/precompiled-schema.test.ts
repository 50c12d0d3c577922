/**
 * The rule-set schema's validator is generated at build time (ajv standalone code). It must find the
 * same errors, in the same order and with the same schema references, as ajv compiling the schema now.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { expect, it } from 'vitest';
import { AJV_OPTIONS } from '../../src/rules/ajv-options.js';
import { validate } from '../../src/rules/rule-set-validator.generated.js';
import { RULE_SET_SCHEMA } from '../../src/rules/schema.js';

const precompiled = validate as unknown as ValidateFunction;
const fresh = new Ajv(AJV_OPTIONS).compile(RULE_SET_SCHEMA);
const requirement = { id: 'plan', title: '主要安排', severity: 'error', weight: 10, check: { section: { slot: 'plan' } }, fix: '写明下一年度安排。' };

it.each([
  ['a valid rule set', { id: 'city', version: '1.0.0', title: '市级', requirements: [requirement] }],
  ['wrong types everywhere', { id: 'City Rules', version: 1, title: ['x'], requirements: {} }],
  ['an unknown key and a misspelt check kind', { id: 'city', version: '1.0.0', title: 't', colour: 'red', requirements: [{ ...requirement, check: { sectoin: {} } }] }],
  ['an empty text and an empty pattern list', { id: 'city', version: '1.0.0', title: '', requirements: [{ ...requirement, title: { 'zh-CN': '' }, check: { terms: { terms: [] } } }] }],
  ['a weight out of range and two check kinds', { id: 'city', version: '1.0.0', title: 't', requirements: [{ ...requirement, weight: -1, check: { section: { slot: 'plan' }, figures: {} } }] }],
])('%s', (_name, data) => {
  const ok = fresh(data);
  expect(precompiled(data)).toBe(ok);
  expect(JSON.stringify(precompiled.errors ?? null)).toBe(JSON.stringify(fresh.errors ?? null));
});
