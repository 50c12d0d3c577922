/**
 * The `markdown` format: a summary table of the batch, then for each report its score, the gaps with
 * what to write and the legal basis, and the evidence of what was found. For issue trackers, wikis and
 * e-mail. Table cells are escaped so report text cannot break the table or inject markup.
 */
import type { Assessment } from '../types.js';
import { headOnce } from './format-buffered.js';
import { formatLabels } from './format-labels.js';
import { fill } from '../messages/core/index.js';
import { isReportError, type BatchEntry, type FormatOptions, type FormatStream } from './format-types.js';

type Labels = ReturnType<typeof formatLabels>;

/**
 * Text safe inside a Markdown table cell or paragraph: no line breaks; pipes and the characters that open
 * emphasis, code, links, HTML and headings escaped. Brackets () are left alone: without [ ] they make no
 * link, and escaping them would litter every legal citation.
 */
function md(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

function tableHeader(m: Labels): string[] {
  const c = m.columns;
  return [`| ${c.file} | ${c.title} | ${c.score} | ${c.grade} | ${c.passed} | ${c.gaps} |`, '| --- | --- | ---: | --- | --- | ---: |'];
}

function tableRow(e: BatchEntry, m: Labels): string {
  return isReportError(e)
    ? `| ${md(e.file)} | ${md(m.unreadable)} | | | | ${md(`${e.code}: ${e.message}`)} |`
    : `| ${md(e.file)} | ${md(e.document.title)} | ${e.score}/${e.maxScore} (${e.percent}%) | ${md(e.grade)} | ${e.passed ? m.yes : m.no} | ${e.gaps.length} |`;
}

function reportSection(a: Assessment, m: Labels): string[] {
  const c = m.columns;
  const lines = [`## ${md(a.document.title ?? a.file)}`, ''];
  lines.push(`${c.file}: \`${(a.file ?? '').replace(/`/g, "'")}\` · ${c.score}: **${a.score}/${a.maxScore}** (${a.percent}%) · ${c.grade}: **${md(a.grade)}** · ${c.passed}: ${a.passed ? m.yes : m.no}`, '');
  if (a.gaps.length === 0) lines.push(m.summary.noGaps, '');
  else {
    lines.push(`### ${c.gaps}`, '');
    for (const g of a.gaps) {
      lines.push(`- **${md(g.title)}** (${m.status[g.status]} · ${m.severity[g.severity]} · +${g.gain}): ${md(g.fix)}  `, `  ${c.basis}: ${md(g.basis)}`);
    }
    lines.push('');
  }
  lines.push(`### ${c.findings}`, '', `| ${c.requirement} | ${c.status} | ${c.score} | ${c.quote} |`, '| --- | --- | ---: | --- |');
  for (const f of a.findings) {
    const ev = f.evidence[0];
    const quote = ev ? `${fill(m.evidenceLine, { line: ev.line })}: ${md(ev.text)}` : '';
    lines.push(`| ${md(f.title)} | ${m.status[f.status]} | ${f.earned}/${f.weight} | ${quote} |`);
  }
  lines.push('');
  return lines;
}

/**
 * Formats a batch as one Markdown document.
 *
 * @example
 * writeFileSync('report.md', formatMarkdown(entries, { locale: 'zh-CN' }))
 */
export function formatMarkdown(entries: BatchEntry[], options: FormatOptions): string {
  const m = formatLabels(options.locale);
  const lines = [`# ${m.summary.title}`, '', ...tableHeader(m), ...entries.map((e) => tableRow(e, m)), ''];
  for (const e of entries) if (!isReportError(e)) lines.push(...reportSection(e, m));
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * markdown written as the batch goes: the summary table a row at a time, each report's section kept
 * as text and written after the table at the end. The same bytes as {@link formatMarkdown}.
 *
 * @example
 * const stream = streamMarkdown({ locale: 'zh-CN' }); const text = stream.item(assessment) + stream.end()
 */
export function streamMarkdown(options: FormatOptions): FormatStream {
  const m = formatLabels(options.locale);
  const take = headOnce([`# ${m.summary.title}`, '', ...tableHeader(m)].join('\n'));
  const sections: string[] = [];
  return {
    streams: true,
    item(e) {
      if (!isReportError(e)) sections.push(reportSection(e, m).join('\n'));
      return `${take()}\n${tableRow(e, m)}`;
    },
    // What came before ends with the table's last `|`, so trimming the end here trims the whole.
    end: () => `${take()}${['\n', ...sections].join('\n').trimEnd()}\n`,
  };
}
