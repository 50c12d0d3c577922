/**
 * The `json` format: the machine contract of DESIGN §5. Objects are rebuilt field by field rather than
 * serialised as they are, so the keys and their order stay fixed whatever the core adds to its types,
 * and internal fields (evidence offsets, the locale) do not leak into a format people pipe into `jq`.
 */
import type { Assessment, Evidence, Finding, FindingWaiver, Gap } from '../types.js';
import type { FormatOptions, ReportSource, UnreadableReport } from './format-types.js';

/** One evidence quote as printed: offsets are left out, the line is what people look up. */
export interface JsonEvidence {
  section: string | null;
  line: number;
  text: string;
}

/** One finding as printed. */
export type JsonFinding = Omit<Finding, 'evidence'> & { evidence: JsonEvidence[] };

/**
 * One assessment as printed. `waived`, `expiredWaivers` and `explanation` only when the assessment has
 * them (assess() sets them), after the contract keys; `source` only on request (--include-text), last.
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
    ...waiverKeys(assessment),
    ...(source ? { source: { format: source.format, encoding: source.encoding, text: source.text } } : {}),
  };
}

/**
 * Formats assessments as one JSON array, one object per input (a file that could not be checked is
 * `{ file, status: 'error', code, message }` in its place), followed by a newline. JSON is neither
 * localised nor coloured; with `includeText`, each assessment that has one of `sources` gets it as `source`.
 *
 * @example
 * JSON.parse(formatJson([assessment], { locale: 'zh-CN' }))[0].percent // 72.5
 * JSON.parse(formatJson([assessment], { locale: 'zh-CN', sources: [source], includeText: true }))[0].source.text
 */
export function formatJson(assessments: Assessment[], options?: FormatOptions): string {
  const sources = options?.includeText ? options.sources : undefined;
  const printed: Array<JsonAssessment | JsonUnreadable> = assessments.map((a, i) => toJsonAssessment(a, sources?.[i]));
  // From the last, so that each insertion leaves the positions of the earlier ones valid.
  for (const u of [...(options?.unreadable ?? [])].reverse()) printed.splice(u.position, 0, toJsonUnreadable(u));
  return `${JSON.stringify(printed, null, 2)}\n`;
}

/** A file that could not be checked, as an entry of the json and ndjson output. */
export type JsonUnreadable = Omit<UnreadableReport, 'position'>;

/**
 * The entry of a file that could not be checked: `{ file, status: 'error', code, message }`.
 *
 * @example
 * toJsonUnreadable({ file: 'a.doc', status: 'error', code: 'INPUT_UNSUPPORTED', message: '…', position: 0 })
 */
export function toJsonUnreadable(report: UnreadableReport): JsonUnreadable {
  return { file: report.file, status: report.status, code: report.code, message: report.message };
}
