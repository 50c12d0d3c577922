/**
 * The `html` format: ONE self-contained page for an office to open or mail — a summary (reports, pass
 * rate, grades, on-time rate), a chart of how often each requirement is missing, a score histogram, a
 * sortable table of reports with a column group of key figures, and each report's findings with evidence
 * quotes and fixes. CSS, script and charts are inline and a Content-Security-Policy forbids every fetch,
 * so it works offline and leaks nothing. Every piece of report text is escaped.
 */
import { fill } from '../messages/core/index.js';
import type { Assessment, Finding, KeyFigure } from '../types.js';
import { assessmentsOf, batchRequirements } from './batch-requirements.js';
import { primaryFigure } from './format-figures.js';
import { formatLabels } from './format-labels.js';
import { isReportError, type BatchEntry, type FormatOptions, type ReportError } from './format-types.js';
import { gapsChart, scoreHistogram } from './html/dashboard-charts.js';
import { DASHBOARD_SCRIPT } from './html/dashboard-script.js';
import { DASHBOARD_CSS } from './html/dashboard-style.js';
import { gapBars, summarise, type DashboardSummary } from './html/dashboard-summary.js';
import { escapeXml as x } from './xml-escape.js';

type Labels = ReturnType<typeof formatLabels>;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const rate = (r: number | null, m: Labels): string => (r === null ? m.summary.noData : `${r}%`);

function cards(s: DashboardSummary, m: Labels): string {
  const card = (label: string, value: string, note = '', small = false) => `<div class="card"><dt>${x(label)}</dt><dd${small ? ' class="small"' : ''}>${x(value)}${note ? ` <small>${x(note)}</small>` : ''}</dd></div>`;
  const grades = s.grades.map(([g, n]) => `${g} ${n}`).join(' · ');
  return `<dl class="cards" id="summary">${[
    card(m.summary.reports, String(s.reports), s.unreadable ? `${m.summary.unreadable} ${s.unreadable}` : ''),
    card(m.summary.passed, String(s.passed), `${m.summary.failed} ${s.failed}`),
    card(m.summary.passRate, rate(s.passRate, m)),
    card(m.summary.onTimeRate, rate(s.onTime.rate, m), s.onTime.known ? `${s.onTime.met}/${s.onTime.known}` : ''),
    card(m.summary.grades, grades || m.summary.noData, '', true),
  ].join('')}</dl>`;
}

/** The key figures of the table's column group: the rule set's, else those any report has. */
function figureColumns(assessments: readonly Assessment[], options: FormatOptions): Array<{ id: string; title: string }> {
  const specs = options.ruleSet?.keyFigures?.figures;
  if (specs) return specs.map((f) => ({ id: f.id, title: f.title[options.locale] }));
  const seen = new Map<string, string>();
  for (const a of assessments) for (const f of a.figures ?? []) if (!seen.has(f.id)) seen.set(f.id, f.title);
  return [...seen].map(([id, title]) => ({ id, title }));
}

function figureCell(f: KeyFigure | undefined, m: Labels): string {
  if (!f) return '<td class="num" data-value=""></td>';
  const text = `${f.value}${f.approximate ? '+' : ''}${f.unit}`;
  const where = `${fill(m.evidenceLine, { line: f.line })}: ${f.text}`;
  if (f.flags.length === 0) return `<td class="num" data-value="${f.value}" title="${x(where)}">${x(text)}</td>`;
  const why = f.flags.map((flag) => m.flags[flag]).join('; ');
  return `<td class="num flagged" data-value="${f.value}" title="${x(`${m.summary.impossible}: ${why} — ${where}`)}">⚠ ${x(text)}</td>`;
}

function reportsTable(assessments: readonly Assessment[], figures: Array<{ id: string; title: string }>, m: Labels): string {
  const c = m.columns;
  const cols: Array<[string, 'text' | 'number']> = [
    [c.file, 'text'], [c.title, 'text'], [c.year, 'number'], [c.issuer, 'text'], [c.level, 'text'],
    [c.percent, 'number'], [c.grade, 'text'], [c.passed, 'text'], [c.gaps, 'number'],
  ];
  const head1 = `<tr><th colspan="${cols.length}" class="group">${x(m.summary.table)} <span class="hint">(${x(m.summary.tableHint)})</span></th>${figures.length ? `<th colspan="${figures.length}" class="group">${x(m.summary.figures)}</th>` : ''}</tr>`;
  const head2 = `<tr>${[...cols, ...figures.map((f): [string, 'number'] => [f.title, 'number'])]
    .map(([label, type], i) => `<th data-sort="${type}" data-col="${i}" scope="col">${x(label)}</th>`).join('')}</tr>`;
  const rows = assessments.map((a) => {
    const d = a.document;
    const cell = (v: string | number | null, num = false, shown?: string) => `<td${num ? ' class="num"' : ''} data-value="${x(v ?? '')}">${x(shown ?? v ?? '')}</td>`;
    return `<tr>${[
      cell(a.file), cell(d.title), cell(d.year, true), cell(d.issuer), cell(d.level ? m.level[d.level] : ''),
      cell(a.percent, true, `${a.percent}%`), cell(a.grade),
      `<td data-value="${a.passed ? 1 : 0}" class="${a.passed ? 'pass' : 'fail'}">${a.passed ? m.yes : m.no}</td>`,
      cell(a.gaps.length, true),
      ...figures.map((f) => figureCell(primaryFigure(a.figures ?? [], f.id), m)),
    ].join('')}</tr>`;
  });
  return `<div class="table-wrap"><table id="reports"><thead>${head1}${head2}</thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function findingRow(f: Finding, m: Labels): string {
  const quotes = f.evidence.map((e) => `<blockquote>${x(fill(m.evidenceLine, { line: e.line }))}${e.section ? ` · ${x(e.section)}` : ''}: ${x(e.text)}</blockquote>`).join('');
  return `<tr><td>${x(f.title)}</td><td class="status-${f.status}">${x(m.status[f.status])}</td><td class="num">${f.earned}/${f.weight}</td><td>${x(f.message)}${quotes}</td></tr>`;
}

function reportDetails(a: Assessment, m: Labels): string {
  const c = m.columns;
  const gaps = a.gaps.length
    ? a.gaps.map((g) => `<div class="gap"><strong class="status-${g.status}">${x(g.title)}</strong> (${x(m.status[g.status])} · ${x(m.severity[g.severity])} · +${g.gain}): ${x(g.fix)}<br><span class="hint">${x(c.basis)}: ${x(g.basis)}</span></div>`).join('')
    : `<p>${x(m.summary.noGaps)}</p>`;
  return `<details class="report"><summary>${x(a.document.title ?? a.file ?? '')} — ${a.percent}% · ${x(a.grade)} · <span class="${a.passed ? 'pass' : 'fail'}">${a.passed ? m.yes : m.no}</span></summary>`
    + `<p class="hint">${x(a.file ?? '')}${a.explanation ? ` · ${x(a.explanation)}` : ''}</p>`
    + `<h3>${x(c.gaps)}</h3>${gaps}`
    + `<h3>${x(c.findings)}</h3><table class="findings"><thead><tr><th>${x(c.requirement)}</th><th>${x(c.status)}</th><th>${x(c.score)}</th><th>${x(c.quote)}</th></tr></thead><tbody>${a.findings.map((f) => findingRow(f, m)).join('')}</tbody></table></details>`;
}

function errorList(errors: readonly ReportError[], m: Labels): string {
  if (errors.length === 0) return '';
  return `<h2>${x(m.summary.unreadable)}</h2><ul class="error-list" id="unreadable">${errors.map((e) => `<li><code>${x(e.file)}</code> ${x(e.code)}: ${x(e.message)}</li>`).join('')}</ul>`;
}

/**
 * Formats a batch as one self-contained HTML page.
 *
 * @example
 * writeFileSync('dashboard.html', formatHtml(entries, { locale: 'zh-CN', ruleSet }))
 */
export function formatHtml(entries: BatchEntry[], options: FormatOptions): string {
  const m = formatLabels(options.locale);
  const assessments = assessmentsOf(entries);
  const summary = summarise(assessments, entries.length, options.ruleSet);
  const bars = gapBars(assessments, batchRequirements(entries, options));
  const figures = figureColumns(assessments, options);
  return `<!DOCTYPE html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${x(m.summary.title)}</title>
<style>${DASHBOARD_CSS}</style>
</head>
<body>
<header><h1>${x(m.summary.title)}</h1>${cards(summary, m)}</header>
<main>
<div class="charts">
<figure><figcaption>${x(m.summary.missingChart)}</figcaption>${gapsChart(bars, summary.assessed, { missing: m.status.missing, partial: m.status.partial, title: m.summary.missingChart })}</figure>
<figure><figcaption>${x(m.summary.histogram)}</figcaption>${scoreHistogram(assessments.map((a) => a.percent), m.summary.histogram)}</figure>
</div>
<h2>${x(m.summary.table)}</h2>
${reportsTable(assessments, figures, m)}
${errorList(entries.filter(isReportError), m)}
<h2>${x(m.summary.details)}</h2>
${assessments.map((a) => reportDetails(a, m)).join('\n')}
</main>
<footer>compliance-checklist</footer>
<script>${DASHBOARD_SCRIPT}</script>
</body>
</html>
`;
}
