/**
 * The `sarif` format: SARIF 2.1.0, which code-scanning dashboards read. Every requirement is a rule
 * (reportingDescriptor) whose help is what to write and the legal basis; every gap is a result at the
 * file and line of its first evidence (line 1 when the report has none); an unreadable file is a tool
 * execution notification, so no input goes unaccounted for.
 */
import type { Assessment, Finding, Gap, Severity } from '../types.js';
import { batchRequirements, type BatchRequirement } from './batch-requirements.js';
import { formatLabels } from './format-labels.js';
import { bufferedStream } from './format-buffered.js';
import { isReportError, type BatchEntry, type FormatOptions, type FormatStream, type ReportError } from './format-types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/compliance-checklist';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A file name as a SARIF URI reference: forward slashes, each segment percent-encoded. */
function uriOf(file: string | null): string {
  if (!file) return 'input';
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

function toRule(r: BatchRequirement, options: FormatOptions) {
  const m = formatLabels(options.locale);
  const help = [r.fix, `${m.basis}: ${r.basis}`].filter(Boolean).join('\n');
  return {
    id: r.id,
    shortDescription: { text: r.title },
    ...(r.rationale ? { fullDescription: { text: r.rationale } } : {}),
    help: { text: help, markdown: [r.fix, `**${m.basis}**: ${r.basis}`].filter(Boolean).join('\n\n') },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { weight: r.weight, basis: r.basis },
  };
}

function toResult(a: Assessment, gap: Gap, finding: Finding | undefined, ruleIndex: number) {
  const line = finding?.evidence[0]?.line ?? 1;
  return {
    ruleId: gap.requirement,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[gap.severity],
    kind: 'fail',
    message: { text: [finding?.message ?? gap.title, gap.fix].filter(Boolean).join(' ') },
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(a.file) }, region: { startLine: line } } }],
    properties: { status: gap.status, gain: gap.gain, score: a.score, maxScore: a.maxScore, grade: a.grade },
  };
}

function toNotification(e: ReportError) {
  return {
    level: 'error',
    message: { text: e.message },
    descriptor: { id: e.code },
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(e.file) } } }],
  };
}

/**
 * The SARIF log of a batch, as an object (one run). For callers that post-process it before writing.
 *
 * @example
 * toSarifLog(entries, { locale: 'zh-CN', ruleSet }).runs[0].results.length // gaps of all reports
 */
export function toSarifLog(entries: BatchEntry[], options: FormatOptions) {
  const requirements = batchRequirements(entries, options);
  const index = new Map(requirements.map((r, i) => [r.id, i]));
  const results = [];
  const errors: ReportError[] = [];
  for (const e of entries) {
    if (isReportError(e)) errors.push(e);
    else results.push(...resultsOf(e, index));
  }
  return sarifLog(requirements, errors, results, options);
}

function resultsOf(a: Assessment, index: ReadonlyMap<string, number>) {
  return a.gaps.map((gap) => {
    const finding = a.findings.find((f) => f.requirement === gap.requirement);
    return toResult(a, gap, finding, index.get(gap.requirement) ?? -1);
  });
}

function sarifLog<R>(requirements: readonly BatchRequirement[], errors: readonly ReportError[], results: R[], options: FormatOptions) {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: { driver: { name: 'compliance-checklist', informationUri: INFORMATION_URI, rules: requirements.map((r) => toRule(r, options)) } },
        invocations: [{ executionSuccessful: errors.length === 0, toolExecutionNotifications: errors.map(toNotification) }],
        results,
      },
    ],
  };
}

/** How deep a result sits in the log: root, runs, the run, results. */
const RESULT_INDENT = ' '.repeat(8);

/**
 * sarif gathered as the batch goes: the unreadable files are tool notifications that come before the
 * results, so each report's results are kept as text (not the assessment) and the log is written at
 * the end, the same bytes as {@link formatSarif}. Without the rule set, the rules are read off every
 * report's findings, and the entries are kept.
 *
 * @example
 * const stream = streamSarif({ locale: 'zh-CN', ruleSet }); stream.item(assessment); const log = stream.end()
 */
export function streamSarif(options: FormatOptions): FormatStream {
  if (!options.ruleSet) return bufferedStream(formatSarif, options);
  const requirements = batchRequirements([], options);
  const index = new Map(requirements.map((r, i) => [r.id, i]));
  const results: string[] = [];
  const errors: ReportError[] = [];
  return {
    streams: false,
    item(e) {
      if (isReportError(e)) errors.push(e);
      // Printed at their depth in the log: JSON.stringify indents nested values by two spaces a level.
      else for (const r of resultsOf(e, index)) results.push(RESULT_INDENT + JSON.stringify(r, null, 2).replace(/\n/g, `\n${RESULT_INDENT}`));
      return '';
    },
    end() {
      const text = formatLog(sarifLog(requirements, errors, [], options));
      if (results.length === 0) return text;
      // The results are the run's last key: its last `"results": []` is that key (a quote inside a string is escaped).
      const at = text.lastIndexOf('"results": []');
      return `${text.slice(0, at)}"results": [\n${results.join(',\n')}\n${' '.repeat(6)}]${text.slice(at + '"results": []'.length)}`;
    },
  };
}

/**
 * Formats a batch as SARIF 2.1.0 JSON, followed by a newline.
 *
 * @example
 * writeFileSync('results.sarif', formatSarif(entries, { locale: 'zh-CN', ruleSet }))
 */
export function formatSarif(entries: BatchEntry[], options: FormatOptions): string {
  return formatLog(toSarifLog(entries, options));
}

const formatLog = (log: unknown): string => `${JSON.stringify(log, null, 2)}\n`;
