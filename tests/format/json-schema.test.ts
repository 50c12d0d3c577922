/**
 * The published JSON Schema of the json output (schemas/assessment.schema.json) against the json output
 * of every bundled example report and an unreadable file, and against broken copies it must reject.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatJson } from '../../src/format/format-json.js';
import { EXAMPLE_FILES, exampleBatch } from './example-assessments.js';

const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../schemas/assessment.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

let printed: Array<Record<string, any>>;
beforeAll(async () => {
  printed = JSON.parse(formatJson(await exampleBatch(), { locale: 'zh-CN' }));
});

describe('schemas/assessment.schema.json', () => {
  it('accepts the json output of every example report and the unreadable file', () => {
    expect(printed).toHaveLength(EXAMPLE_FILES.length + 1);
    const ok = validate(printed);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(EXAMPLE_FILES.map((file, i) => [file, i] as const))('accepts %s on its own', (_file, i) => {
    expect(validate([printed[i]])).toBe(true);
  });

  it('prints the unreadable file in its place, with exactly the error keys', () => {
    expect(printed.at(-1)).toEqual({ file: 'inbox/扫描件.pdf', status: 'error', code: 'INPUT_UNSUPPORTED', message: expect.stringContaining('扫描件') });
  });

  const breakages: Array<[string, (a: Record<string, any>) => void]> = [
    ['a missing score', (a) => delete a.score],
    ['an unknown status', (a) => (a.findings[0].status = 'done')],
    ['a line 0', (a) => (a.findings[0].evidence.push({ section: null, line: 0, text: 'x' }))],
    ['a gap that is met', (a) => (a.gaps.push({ ...a.gaps[0], status: 'met' }))],
    ['a percent over 100', (a) => (a.percent = 101)],
    ['a published date in another shape', (a) => (a.document.published = '2021年3月23日')],
    ['an error entry without a code', (a) => { for (const k of Object.keys(a)) delete a[k]; Object.assign(a, { file: 'x', status: 'error', message: 'm' }); }],
  ];
  it.each(breakages)('rejects %s', (_name, breakIt) => {
    const copy = structuredClone(printed[0]!);
    breakIt(copy);
    expect(validate([copy])).toBe(false);
  });
});
