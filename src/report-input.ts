/**
 * parseReport(input) for every form a report arrives in once it is text: a string, what an input
 * reader extracted (with its structure hints), or a pre-parsed JSON report object.
 */
import { InputError } from './errors.js';
import { extractJson, type ReportJson } from './input/json-input.js';
import { readPdfCopy } from './input/pdf-text.js';
import type { ExtractedText } from './input/types.js';
import { readLevel } from './parse/meta.js';
import { normalizedOf, rememberNormalized } from './parse/normalize.js';
import { parseText } from './parse/parse-report.js';
import type { ParseOptions, ReportDocument, ReportMeta } from './types.js';

/**
 * A report as text, as extracted by {@link readInput}, or as a pre-parsed JSON report.
 *
 * @example
 * const a = await assess('某县2023年法治政府建设年度报告\n一、主要举措和成效…', ruleSet) // a string
 * const b = await assess(await readInput(bytes, { name: 'r.docx' }), ruleSet) // an ExtractedText
 */
export type ReportInput = string | ExtractedText | ReportJson;

function isExtracted(value: object): value is ExtractedText {
  return typeof (value as ExtractedText).text === 'string' && Array.isArray((value as ExtractedText).headings);
}

/** Metadata the container knew fills what the text did not say; the caller's own meta wins over both. */
function fillMeta(meta: ReportMeta, from: Partial<ReportMeta>, caller: Partial<ReportMeta> | undefined): ReportMeta {
  const filled = { ...meta } as Record<keyof ReportMeta, unknown>;
  for (const [key, value] of Object.entries(from) as Array<[keyof ReportMeta, unknown]>) {
    if (value !== null && value !== undefined && filled[key] === null && !(caller && key in caller)) filled[key] = value;
  }
  const result = filled as ReportMeta;
  if (result.level === null && result.issuer) result.level = readLevel(result.issuer);
  return result;
}

function fromExtracted(extracted: ExtractedText, options: ParseOptions): ReportDocument {
  const { headings, boilerplateLines, softBreaks } = extracted;
  // Fields written out rather than spread with extra keys: on the per-report path a spread gives
  // every object its own hidden class.
  const parseOptions: ParseOptions = { hints: { headings, boilerplateLines, softBreaks } };
  if (options.name !== undefined) parseOptions.name = options.name;
  if (options.meta !== undefined) parseOptions.meta = options.meta;
  const doc = parseText(extracted.text, parseOptions);
  const source: NonNullable<ReportDocument['source']> = {};
  if (options.name) source.name = options.name;
  source.format = extracted.format;
  if (extracted.encoding) source.encoding = extracted.encoding;
  if (extracted.decodeWarnings) source.decodeWarnings = extracted.decodeWarnings;
  const filled: ReportDocument = {
    text: doc.text,
    meta: fillMeta(doc.meta, extracted.meta, options.meta),
    preamble: doc.preamble,
    sections: doc.sections,
    boilerplate: doc.boilerplate,
    lineStarts: doc.lineStarts,
  };
  if (doc.titleSpan) filled.titleSpan = doc.titleSpan;
  filled.source = source;
  rememberNormalized(filled, normalizedOf(doc, doc.text));
  return filled;
}

/**
 * Parses a 法治政府建设年度报告 into a {@link ReportDocument}: metadata and an outline whose every
 * section, paragraph and item keeps its offsets and lines in the text the user sees.
 *
 * @throws InputError `INPUT_EMPTY` for blank text, `INPUT_INVALID` for a JSON report that breaks its schema.
 * @example
 * const doc = parseReport('XX县2023年法治政府建设年度报告\n一、主要举措和成效\n……')
 * doc.meta.year // 2023
 * const fromWord = parseReport(await readInput(bytes, { name: '报告.docx' }))
 */
export function parseReport(input: ReportInput, options: ParseOptions = {}): ReportDocument {
  if (typeof input === 'string') {
    // Text copied out of a PDF, given as a string, is read as readInput reads it: its wrapped lines
    // joined and its page furniture set aside (unless the caller gives the structure itself).
    const copy = options.hints === undefined ? readPdfCopy(input) : null;
    return copy ? fromExtracted(copy, options) : parseText(input, options);
  }
  if (input && typeof input === 'object') {
    if (isExtracted(input)) return fromExtracted(input, options);
    if (Array.isArray((input as ReportJson).sections)) return fromExtracted(extractJson(input, options.name), options);
  }
  throw new InputError('INPUT_INVALID', 'parseReport expects report text, the result of readInput(), or a JSON report { title, sections: [...] }', {
    file: options.name ?? null,
  });
}
