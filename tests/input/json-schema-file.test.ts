/**
 * The published schema file is REPORT_JSON_SCHEMA, so the two cannot drift. When the schema changes,
 * update schemas/report-input.schema.json to match (JSON.stringify(REPORT_JSON_SCHEMA, null, 2)).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { REPORT_JSON_SCHEMA } from '../../src/input/json-input.js';

const file = path.resolve(import.meta.dirname, '../../schemas/report-input.schema.json');
const published = JSON.parse(readFileSync(file, 'utf8')) as unknown;

describe('schemas/report-input.schema.json', () => {
  it('is REPORT_JSON_SCHEMA', () => {
    expect(published).toEqual(REPORT_JSON_SCHEMA);
  });

  it('is a valid draft-07 schema that a plain validator accepts a report with', () => {
    const validate = new Ajv({ strict: true }).compile(published as object);
    expect(validate({ title: '临澄市2023年法治政府建设年度报告', meta: { year: 2023 }, sections: [{ heading: '一、主要举措和成效', text: '' }] })).toBe(true);
    expect(validate({ title: '临澄市2023年法治政府建设年度报告' })).toBe(false);
  });
});
