/**
 * Pre-parsed input for offices whose own document systems already hold the report as data:
 * `{ title, meta?, sections: [{ heading, text, sections? }] }`. It is validated against a published
 * JSON Schema, then rendered to text (title on line 1, each heading on its own line followed by its
 * text) so that findings can quote and number lines like any other report.
 */
import { jsonChildren, MAX_JSON_DEPTH, treeDepth, tooDeep } from './depth-limit.js';
import { InputError } from '../errors.js';
import type { SchemaError, Validator } from '../rules/schema-error.js';
import type { ReportMeta } from '../types.js';
import { validate as validateReportData } from './report-json-validator.generated.js';
import type { ExtractedText, HeadingHint } from './types.js';

const oneLine = { type: 'string', minLength: 1, pattern: '^[^\\r\\n]*$' } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' } as const;

/**
 * The JSON Schema (draft-07) of a pre-parsed report. Published as `schemas/report-input.schema.json`.
 *
 * @example
 * const check = new Ajv().compile(REPORT_JSON_SCHEMA) // any draft-07 validator will do
 * check({ title: '某县2023年法治政府建设年度报告', sections: [] }) // true
 */
export const REPORT_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: '法治政府建设年度报告 (pre-parsed)',
  description:
    'A 法治政府建设年度报告 already split into sections, for offices whose document systems hold reports as data. compliance-checklist renders it to text: the title on line 1, then each heading on its own line followed by its text.',
  type: 'object',
  properties: {
    title: { ...oneLine, description: 'The document title, e.g. 某县2023年法治政府建设年度报告.' },
    meta: {
      type: 'object',
      description: 'What the office already knows about the report; each field wins over what the checker would read from the text.',
      properties: {
        title: { ...oneLine, description: 'The document title, when it differs from the rendered `title`.' },
        year: { type: 'integer', minimum: 1949, maximum: 2100, description: 'The year the report is about (报告年度), e.g. 2023 for a report published in 2024.' },
        issuer: { type: 'string', minLength: 1, description: 'The issuing body or bodies, joined with 、 when signed jointly.' },
        level: {
          enum: ['province', 'city', 'county', 'township', 'department'],
          description: "The issuer's administrative level.",
        },
        published: { ...isoDate, description: 'The publication date, YYYY-MM-DD.' },
        signed: { ...isoDate, description: 'The date in the signature block (成文日期), YYYY-MM-DD.' },
        docNumber: { type: 'string', minLength: 1, description: 'The document number (文号), e.g. 盐司函〔2023〕2号.' },
      },
      additionalProperties: false,
    },
    sections: {
      type: 'array',
      description: 'The top-level sections, in order.',
      items: { $ref: '#/definitions/section' },
    },
  },
  required: ['title', 'sections'],
  additionalProperties: false,
  definitions: {
    section: {
      type: 'object',
      description: 'One section: its heading, its own text, and its subsections.',
      properties: {
        heading: { ...oneLine, description: 'The heading as written, numbering included, e.g. 一、主要举措和成效.' },
        text: { type: 'string', description: 'The text under the heading before any subsection; paragraphs separated by line breaks. May be empty.' },
        sections: { type: 'array', description: 'Subsections, in order.', items: { $ref: '#/definitions/section' } },
      },
      required: ['heading', 'text'],
      additionalProperties: false,
    },
  },
} as const;

// Compiled at build time by ajv (scripts/precompile-schema.ts), with `verbose`: errors carry their
// schema node, to list the keys it allows (a schemaPath inside a $ref is relative to the referenced
// definition, so it cannot be walked from the root).
const validateReportJson = (): Validator => validateReportData as unknown as Validator;

/** One section of a pre-parsed report. */
export interface ReportJsonSection {
  /** The heading as written, numbering included, on one line. */
  heading: string;
  /** The text under the heading before any subsection; paragraphs separated by line breaks. */
  text: string;
  /** Subsections, in order. */
  sections?: ReportJsonSection[];
}

/**
 * A pre-parsed report, as {@link REPORT_JSON_SCHEMA} allows it.
 *
 * @example
 * const report: ReportJson = { title: '某县2023年法治政府建设年度报告', sections: [{ heading: '一、主要举措和成效', text: '全年办理案件12件。' }] }
 * const assessment = await assess(report, ruleSet)
 */
export interface ReportJson {
  /** The document title. */
  title: string;
  /** What the office already knows about the report (no nulls: omit what is unknown). */
  meta?: { [K in keyof ReportMeta]?: NonNullable<ReportMeta[K]> };
  /** The top-level sections, in order. */
  sections: ReportJsonSection[];
}

/** `sections[1].heading` from the JSON pointer `/sections/1/heading`. */
function formatPath(pointer: string, key?: string): string {
  const steps = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (key !== undefined) steps.push(key);
  const path = steps.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
  return path || 'the report';
}

function describe(error: SchemaError): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `${formatPath(error.instancePath)} must be ${p.type === 'integer' ? 'a whole number' : p.type === 'object' ? 'an object' : `a ${String(p.type)}`}`;
    case 'required':
      return `${formatPath(error.instancePath)} is missing the required key "${String(p.missingProperty)}"`;
    case 'additionalProperties': {
      const props = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
      const allowed = props ? ` (allowed: ${Object.keys(props).join(', ')})` : '';
      return `${formatPath(error.instancePath, String(p.additionalProperty))} is not a known key${allowed}`;
    }
    case 'enum':
      return `${formatPath(error.instancePath)} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'minLength':
      return `${formatPath(error.instancePath)} must not be empty`;
    case 'pattern':
      return `${formatPath(error.instancePath)} ${p.pattern === oneLine.pattern ? 'must be one line (no line breaks)' : 'must be a date written YYYY-MM-DD'}`;
    case 'minimum':
    case 'maximum':
      return `${formatPath(error.instancePath)} must be ${error.keyword === 'minimum' ? '>=' : '<='} ${String(p.limit)}`;
    default:
      return `${formatPath(error.instancePath)} ${error.message ?? 'is not valid'}`;
  }
}

/** Where a JSON.parse failure is, as line:column, when the engine tells the offset. */
function syntaxPlace(json: string, error: unknown): string {
  const at = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!at) return '';
  const before = json.slice(0, Number(at[1])).split(/\r\n|\r|\n/);
  return ` at line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

function parseJson(text: string, label: string, name?: string): unknown {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError('INPUT_INVALID', `${label} is not valid JSON${syntaxPlace(json, error)}: ${reason}`, { cause: error, file: name ?? null });
  }
}

/** Appends a section and its subsections to `lines`, with a heading hint at each depth. */
function render(section: ReportJsonSection, depth: number, lines: string[], headings: HeadingHint[]): void {
  lines.push(section.heading);
  headings.push({ line: lines.length, level: depth });
  if (section.text !== '') lines.push(...section.text.split(/\r\n|\r|\n/));
  for (const child of section.sections ?? []) render(child, depth + 1, lines, headings);
}

/**
 * Reads a pre-parsed JSON report (a JSON string or the parsed value) and renders it to text: the
 * title on line 1, then each section's heading on its own line (hinted at its depth, 1 for top-level
 * sections) followed by its text lines. Line numbers in findings refer to this rendered text.
 *
 * @throws InputError `INPUT_INVALID` for invalid JSON, nesting deeper than {@link MAX_JSON_DEPTH}, or a report that does not match
 * {@link REPORT_JSON_SCHEMA}, listing every problem with its path (`sections[1].heading must be a string`).
 * @example
 * const x = extractJson({ title: '某县2023年法治政府建设年度报告', sections: [{ heading: '一、主要举措和成效', text: '全年……。' }] })
 * x.text // '某县2023年法治政府建设年度报告\n一、主要举措和成效\n全年……。'
 * x.headings // [{ line: 2, level: 1 }]
 */
export function extractJson(json: string | unknown, name?: string): ExtractedText {
  const label = name ?? 'the JSON report';
  const data = typeof json === 'string' ? parseJson(json, label, name) : json;
  // Before the schema check: ajv and render() recurse, and would overflow the stack on deep nesting.
  if (treeDepth(data, jsonChildren, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw tooDeep(name ?? label, 'sections (JSON objects and arrays)', MAX_JSON_DEPTH);
  const validate = validateReportJson();
  if (!validate(data)) {
    const problems = [...new Set((validate.errors ?? []).map(describe))];
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new InputError('INPUT_INVALID', `${label} does not match the report schema (${count}):\n${problems.map((p) => `  ${p}`).join('\n')}`, {
      file: name ?? null,
    });
  }
  const report = data as ReportJson;
  const lines = [report.title];
  const headings: HeadingHint[] = [];
  for (const section of report.sections) render(section, 1, lines, headings);
  return {
    text: lines.join('\n'),
    format: 'json',
    encoding: null,
    headings,
    boilerplateLines: [],
    softBreaks: [],
    meta: { title: report.title, ...report.meta },
  };
}
