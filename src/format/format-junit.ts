/**
 * The `junit` format: JUnit XML, which CI servers show as test results. One testsuite per report, one
 * testcase per requirement (met ones included, so the totals are the rule set's size): a gap is a
 * failure whose type is its severity; not-applicable and waived are skipped. An unreadable file is a
 * testsuite with one erroring testcase.
 */
import type { Assessment, Finding } from '../types.js';
import { formatLabels } from './format-labels.js';
import { isReportError, type BatchEntry, type FormatOptions, type FormatStream, type ReportError } from './format-types.js';
import { escapeXml as x } from './xml-escape.js';

interface Totals {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

const isGap = (f: Finding): boolean => f.status === 'partial' || f.status === 'missing' || f.status === 'unknown';
const isSkipped = (f: Finding): boolean => f.status === 'not-applicable' || f.status === 'waived';

function totalsOf(a: Assessment): Totals {
  return {
    tests: a.findings.length,
    failures: a.findings.filter(isGap).length,
    errors: 0,
    skipped: a.findings.filter(isSkipped).length,
  };
}

const counts = (t: Totals): string => `tests="${t.tests}" failures="${t.failures}" errors="${t.errors}" skipped="${t.skipped}"`;

function testcase(a: Assessment, f: Finding, options: FormatOptions): string {
  const m = formatLabels(options.locale);
  const open = `    <testcase classname="${x(a.file ?? 'input')}" name="${x(`${f.requirement} ${f.title}`)}">`;
  if (isSkipped(f)) return `${open}\n      <skipped message="${x(f.message)}"/>\n    </testcase>`;
  if (!isGap(f)) return `${open}</testcase>`;
  const where = f.evidence[0] ? `${a.file ?? 'input'}:${f.evidence[0].line}` : a.file ?? 'input';
  const body = [f.message, f.fix, `${m.basis}: ${f.basis}`, where].filter(Boolean).join('\n');
  return `${open}\n      <failure type="${f.severity}" message="${x(`${m.status[f.status]}(${m.severity[f.severity]}):${f.title}`)}">${x(body)}</failure>\n    </testcase>`;
}

function suite(a: Assessment, options: FormatOptions): string {
  const props = [
    ['score', a.score], ['maxScore', a.maxScore], ['percent', a.percent], ['grade', a.grade], ['passed', a.passed],
    ['ruleSet', `${a.ruleSet.id}@${a.ruleSet.version}`],
  ].map(([k, v]) => `      <property name="${k}" value="${x(v as string)}"/>`);
  return [
    `  <testsuite name="${x(a.file ?? 'input')}" ${counts(totalsOf(a))}>`,
    `    <properties>\n${props.join('\n')}\n    </properties>`,
    ...a.findings.map((f) => testcase(a, f, options)),
    '  </testsuite>',
  ].join('\n');
}

function errorSuite(e: ReportError, options: FormatOptions): string {
  const m = formatLabels(options.locale);
  return [
    `  <testsuite name="${x(e.file)}" ${counts({ tests: 1, failures: 0, errors: 1, skipped: 0 })}>`,
    `    <testcase classname="${x(e.file)}" name="${x(m.unreadable)}">`,
    `      <error type="${x(e.code)}" message="${x(e.message)}"/>`,
    '    </testcase>',
    '  </testsuite>',
  ].join('\n');
}

/**
 * Formats a batch as one JUnit XML document; the `testsuites` totals are the sums of the suites'.
 *
 * @example
 * writeFileSync('junit.xml', formatJunit(entries, { locale: 'zh-CN' }))
 */
export function formatJunit(entries: BatchEntry[], options: FormatOptions): string {
  const stream = streamJunit(options);
  for (const e of entries) stream.item(e);
  return stream.end();
}

/**
 * junit gathered as the batch goes: the `testsuites` totals open the document, so each suite is kept
 * as text (not the assessment) and the document is written at the end.
 *
 * @example
 * const stream = streamJunit({ locale: 'zh-CN' }); stream.item(assessment); const xml = stream.end()
 */
export function streamJunit(options: FormatOptions): FormatStream {
  const total: Totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites: string[] = [];
  return {
    streams: false,
    item(e) {
      const t = isReportError(e) ? { tests: 1, failures: 0, errors: 1, skipped: 0 } : totalsOf(e);
      total.tests += t.tests;
      total.failures += t.failures;
      total.errors += t.errors;
      total.skipped += t.skipped;
      suites.push(isReportError(e) ? errorSuite(e, options) : suite(e, options));
      return '';
    },
    end: () => ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="compliance-checklist" ${counts(total)}>`, ...suites, '</testsuites>', ''].join('\n'),
  };
}
