/**
 * The `json` format: the machine contract of DESIGN §5. Objects are rebuilt field by field rather than
 * serialised as they are, so the keys and their order stay fixed whatever the core adds to its types,
 * and internal fields (evidence offsets, the locale) do not leak into a format people pipe into `jq`.
 */
import type { Assessment, Evidence, Finding, FindingWaiver, Gap } from '../types.js';
import { isReportError, type BatchEntry, type FormatOptions, type FormatStream, type ReportError, type ReportSource } from './format-types.js';

/**
 * One evidence quote as printed: offsets are left out, the line is what people look up.
 *
 * @example
 * const printed: JsonAssessment[] = JSON.parse(formatJson([assessment], { locale: 'zh-CN' }))
 * printed[0].findings[0].evidence[0] // { section: '一、主要举措和成效', line: 7, text: '…' }
 */
export interface JsonEvidence {
  section: string | null;
  line: number;
  text: string;
}

/**
 * One finding as printed.
 *
 * @example
 * JSON.parse(formatJson([assessment], { locale: 'zh-CN' }))[0].findings as JsonFinding[]
 */
export type JsonFinding = Omit<Finding, 'evidence'> & { evidence: JsonEvidence[] };

/**
 * One assessment as printed. `waived`, `expiredWaivers` and `explanation` only when the assessment has
 * them (assess() sets them), after the contract keys; `source` only on request (--include-text), last.
 * @example
 * const [printed] = JSON.parse(formatJson([assessment], { locale: 'zh-CN' })) as JsonAssessment[]
 */
export type JsonAssessment = Omit<Assessment, 'findings' | 'locale'> & { findings: JsonFinding[]; source?: ReportSource };

function toJsonEvidence(evidence: Evidence): JsonEvidence {
  return { section: evidence.section, line: evidence.line, text: evidence.text };
}

function toJsonWaiver(waiver: FindingWaiver): FindingWaiver {
  return { justification: waiver.justification, expires: waiver.expires, expired: waiver.expired };
}

function toJsonFinding(finding: Finding): JsonFinding {
  return {
    requirement: finding.requirement,
    title: finding.title,
    status: finding.status,
    severity: finding.severity,
    weight: finding.weight,
    earned: finding.earned,
    message: finding.message,
    evidence: finding.evidence.map(toJsonEvidence),
    basis: finding.basis,
    fix: finding.fix,
    ...(finding.waiver ? { waiver: toJsonWaiver(finding.waiver) } : {}),
    ...(finding.detail ? { detail: finding.detail } : {}),
  };
}

/** The waiver keys an assessment has, each after the contract keys and in a fixed order. */
function waiverKeys(a: Assessment): Pick<JsonAssessment, 'waived' | 'expiredWaivers' | 'explanation'> {
  return {
    ...(a.waived ? { waived: [...a.waived] } : {}),
    ...(a.expiredWaivers
      ? { expiredWaivers: a.expiredWaivers.map((w) => ({ requirement: w.requirement, justification: w.justification, expires: w.expires })) }
      : {}),
    ...(a.explanation !== undefined ? { explanation: a.explanation } : {}),
  };
}

function toJsonGap(gap: Gap): Gap {
  return {
    requirement: gap.requirement,
    title: gap.title,
    status: gap.status,
    severity: gap.severity,
    gain: gap.gain,
    rationale: gap.rationale,
    basis: gap.basis,
    fix: gap.fix,
  };
}

/**
 * The printed form of one assessment, with the keys in contract order, and the source it was read from
 * last when one is given.
 *
 * @example
 * toJsonAssessment(assessment).findings[0]?.evidence[0] // { section, line, text }
 * toJsonAssessment(assessment, { format: 'html', encoding: 'gb18030', text }).source?.text // text
 */
export function toJsonAssessment(assessment: Assessment, source?: ReportSource): JsonAssessment {
  const { document } = assessment;
  return {
    file: assessment.file,
    ruleSet: { id: assessment.ruleSet.id, version: assessment.ruleSet.version },
    document: {
      title: document.title,
      year: document.year,
      issuer: document.issuer,
      level: document.level,
      published: document.published,
      signed: document.signed,
    },
    score: assessment.score,
    maxScore: assessment.maxScore,
    percent: assessment.percent,
    model: assessment.model,
    grade: assessment.grade,
    passed: assessment.passed,
    findings: assessment.findings.map(toJsonFinding),
    gaps: assessment.gaps.map(toJsonGap),
    unknown: [...assessment.unknown],
    notApplicable: [...assessment.notApplicable],
    ...(assessment.gate !== undefined ? { gate: assessment.gate && { ...assessment.gate } } : {}),
    ...waiverKeys(assessment),
    ...(source ? { source: { format: source.format, encoding: source.encoding, text: source.text } } : {}),
  };
}

/**
 * The printed form of an unreadable file: the same four keys in a fixed order.
 *
 * @example
 * toJsonError({ file: 'a.doc', status: 'error', code: 'INPUT_FORMAT', message: '…' }).code // 'INPUT_FORMAT'
 */
export function toJsonError(entry: ReportError): ReportError {
  return { file: entry.file, status: 'error', code: entry.code, message: entry.message };
}

/**
 * The printed form of one batch entry: an assessment, or an unreadable file.
 *
 * @example
 * toJsonEntry(assessment).findings // …
 */
export function toJsonEntry(entry: BatchEntry, source?: ReportSource): JsonAssessment | ReportError {
  return isReportError(entry) ? toJsonError(entry) : toJsonAssessment(entry, source);
}

/**
 * Formats assessments as one JSON array, one object per input, followed by a newline. JSON is neither
 * localised nor coloured; with `includeText`, each assessment that has one of `sources` gets it as
 * `source`. An unreadable file is printed as `{ file, status: 'error', code, message }` in its place, so
 * the array has one entry per input. The shape is published as `schemas/assessment.schema.json`.
 *
 * @example
 * JSON.parse(formatJson([assessment], { locale: 'zh-CN' }))[0].percent // 72.5
 * JSON.parse(formatJson([assessment], { locale: 'zh-CN', sources: [source], includeText: true }))[0].source.text
 */
export function formatJson(assessments: BatchEntry[], options?: FormatOptions): string {
  const sources = options?.includeText ? options.sources : undefined;
  const printed = assessments.map((a, i) => toJsonEntry(a, sources?.[i]));
  return `${JSON.stringify(printed, null, 2)}\n`;
}

/**
 * A JSON array written a member at a time, byte for byte what `JSON.stringify(members, null, 2)` and
 * a newline give: each member is printed inside a one-member array, which indents it as a member.
 *
 * @example
 * const array = streamJsonArray()
 * array.item(1) + array.item(2) + array.end() // '[\n  1,\n  2\n]\n'
 */
export function streamJsonArray(): { item(member: unknown): string; end(): string } {
  let count = 0;
  return {
    item(member) {
      // '[\n  …\n]' around the indented member: cut the brackets off.
      const printed = JSON.stringify([member], null, 2).slice(2, -2);
      return `${count++ === 0 ? '[\n' : ',\n'}${printed}`;
    },
    end: () => (count === 0 ? '[]\n' : '\n]\n'),
  };
}

/**
 * The json format written as the batch goes: `[`, then each entry as it is checked, then `]`. The same
 * bytes as {@link formatJson} over the same entries.
 *
 * @example
 * const stream = streamJson({ locale: 'zh-CN' }); const text = stream.item(assessment) + stream.end()
 */
export function streamJson(options: FormatOptions): FormatStream {
  const array = streamJsonArray();
  return {
    streams: true,
    item: (entry, source) => array.item(toJsonEntry(entry, options.includeText ? source : undefined)),
    end: array.end,
  };
}
