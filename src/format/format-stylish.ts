/**
 * The `stylish` format: what a person in a 司法局 office reads in a terminal. Per report, a header
 * (file, title, year, issuer, level, score, grade, pass/fail), then one entry per requirement with
 * its status, the quote that supports it and its line, and for a gap what to add and what it is worth.
 */
import { getCliMessages, type StylishMessages } from '../messages/cli/index.js';
import type { Assessment, Evidence, Finding, FindingStatus, Gap, Severity } from '../types.js';
import { createPaint, type AnsiStyle, type Paint } from './ansi.js';
import type { FormatOptions, ReportSource } from './format-types.js';
import { displayWidth, padEnd, truncate } from '../text-width.js';

/** How many evidence quotes to show per finding; the rest are counted. */
const MAX_EVIDENCE = 2;
/** Columns of an evidence quote: one line in an 80-column terminal, after the place. */
const QUOTE_COLUMNS = 56;
const DETAIL_INDENT = '      ';

const SYMBOL: Record<FindingStatus, { mark: string; style: AnsiStyle }> = {
  met: { mark: '✔', style: 'green' },
  partial: { mark: '◐', style: 'yellow' },
  missing: { mark: '✖', style: 'red' },
  unknown: { mark: '?', style: 'magenta' },
  'not-applicable': { mark: '–', style: 'gray' },
  waived: { mark: '○', style: 'gray' },
};

const SEVERITY_STYLE: Record<Severity, AnsiStyle> = { error: 'red', warning: 'yellow', info: 'cyan' };

interface Context {
  m: StylishMessages;
  paint: Paint;
  /** Columns of the widest status word, so titles line up. */
  statusColumns: number;
}

/** Points as people write them: no trailing zeros, at most one decimal. */
function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}

/** Null for plain UTF-8 text, the usual case; else the format and encoding, so a user knows what line numbers count. */
function describeSource(source: ReportSource | undefined, { m }: Context): string | null {
  if (!source) return null;
  const plain = source.format === 'text' && (source.encoding === null || source.encoding === 'utf-8');
  return plain ? null : m.source(source.format, source.encoding);
}

/** The file name, and how it was read when that is not plain UTF-8 text. */
function formatFileLine(a: Assessment, source: ReportSource | undefined, ctx: Context): string[] {
  const how = describeSource(source, ctx);
  const file = a.file !== null ? ctx.paint('bold', a.file) : null;
  if (how === null) return file === null ? [] : [file];
  return [file === null ? ctx.paint('dim', how) : `${file} ${ctx.paint('dim', `· ${how}`)}`];
}

function formatHeader(a: Assessment, source: ReportSource | undefined, ctx: Context): string[] {
  const { m, paint } = ctx;
  const doc = a.document;
  const meta = [
    `${m.labels.year} ${doc.year ?? m.none}`,
    `${m.labels.issuer} ${doc.issuer ?? m.none}`,
    `${m.labels.level} ${doc.level ? m.level[doc.level] : m.none}`,
    ...(doc.published ? [`${m.labels.published} ${doc.published}`] : []),
    ...(doc.signed ? [`${m.labels.signed} ${doc.signed}`] : []),
  ];
  const verdict = a.passed ? paint('green', m.passed) : paint('red', m.failed);
  const score = [
    m.score(formatPoints(a.score), formatPoints(a.maxScore), a.percent.toFixed(1)),
    m.grade(a.grade),
    paint('bold', verdict),
    ...(a.unknown.length > 0 ? [paint('magenta', m.unknownCount(a.unknown.length))] : []),
    ...(a.waived?.length ? [paint('gray', m.waivedCount(a.waived.length))] : []),
    ...(a.expiredWaivers?.length ? [paint('yellow', m.expiredCount(a.expiredWaivers.length))] : []),
  ];
  return [
    ...formatFileLine(a, source, ctx),
    paint('bold', doc.title ?? m.untitled),
    meta.join(' · '),
    score.join(' · '),
    paint('dim', m.ruleSet(a.ruleSet.id, a.ruleSet.version, a.model)),
  ];
}

function formatEvidence(evidence: Evidence, { m, paint }: Context): string {
  const place = `${m.line(evidence.line)} ${m.section(evidence.section ?? m.preamble)}`;
  return `${DETAIL_INDENT}${paint('dim', place)} ${m.quote(truncate(evidence.text, QUOTE_COLUMNS))}`;
}

function formatStatusLine(f: Finding, ctx: Context): string {
  const { m, paint } = ctx;
  const symbol = SYMBOL[f.status];
  const status = paint(symbol.style, `${symbol.mark} ${padEnd(m.status[f.status], ctx.statusColumns)}`);
  if (f.status === 'not-applicable' || f.status === 'waived') return `  ${status}  ${f.title}  ${paint('dim', m.outOfScore)}`;
  const points = `${formatPoints(f.earned)}/${formatPoints(f.weight)}`;
  const severity =
    f.status === 'met' ? '' : ` · ${paint(SEVERITY_STYLE[f.severity], m.severity[f.severity])}`;
  return `  ${status}  ${paint('bold', f.title)}  ${points}${severity}`;
}

/** What closing a gap takes: the fix, the points it adds, and the legal basis. */
function formatRemedy(f: Finding, gap: Gap | undefined, { m, paint }: Context): string[] {
  if (f.status === 'met' || f.status === 'not-applicable' || f.status === 'waived') return [];
  const fix = gap?.fix || f.fix;
  const gain = gap && gap.gain > 0 ? ` ${paint('green', m.gain(formatPoints(gap.gain)))}` : '';
  const basis = gap?.basis || f.basis;
  return [
    ...(fix ? [`${DETAIL_INDENT}${paint('cyan', m.fix(fix))}${gain}`] : []),
    ...(basis ? [`${DETAIL_INDENT}${paint('dim', m.basis(basis))}`] : []),
  ];
}

/** The waiver that names a finding: in force (why, until when) or expired (and so not applied). */
function formatWaiver(f: Finding, { m, paint }: Context): string[] {
  const w = f.waiver;
  // The core's own message already quotes the justification and the expiry; a rule set's custom
  // message may not, and then the waiver gets a line of its own.
  if (!w || f.message.includes(w.justification)) return [];
  const text = w.expired ? m.waiverExpired(w.justification, w.expires ?? '') : m.waiver(w.justification, w.expires);
  return [`${DETAIL_INDENT}${paint(w.expired ? 'yellow' : 'gray', text)}`];
}

function formatFinding(f: Finding, gap: Gap | undefined, ctx: Context): string[] {
  const shown = f.evidence.slice(0, MAX_EVIDENCE);
  const more = f.evidence.length - shown.length;
  return [
    formatStatusLine(f, ctx),
    ...(f.message ? [`${DETAIL_INDENT}${f.message}`] : []),
    ...formatWaiver(f, ctx),
    ...shown.map((e) => formatEvidence(e, ctx)),
    ...(more > 0 ? [`${DETAIL_INDENT}${ctx.paint('dim', ctx.m.moreEvidence(more))}`] : []),
    ...formatRemedy(f, gap, ctx),
  ];
}

function formatReport(a: Assessment, source: ReportSource | undefined, ctx: Context): string {
  const gaps = new Map(a.gaps.map((g) => [g.requirement, g]));
  const findings = a.findings.flatMap((f) => formatFinding(f, gaps.get(f.requirement), ctx));
  return [...formatHeader(a, source, ctx), '', ...findings].join('\n');
}

function formatSummary(assessments: Assessment[], { m, paint }: Context): string {
  const passed = assessments.filter((a) => a.passed).length;
  const failed = assessments.length - passed;
  const average = assessments.reduce((sum, a) => sum + a.percent, 0) / assessments.length;
  return paint('bold', m.summary(assessments.length, passed, failed, average.toFixed(1)));
}

/**
 * Formats assessments for a person at a terminal. Colours only when `options.color` is true. With
 * `options.sources`, a report read from anything but plain UTF-8 text says so after its file name.
 * Returns an empty string for no assessments; otherwise the text ends with a newline.
 *
 * @example
 * process.stdout.write(formatStylish([assessment], { locale: 'zh-CN', color: true }))
 * // reports/2020.html · 格式 html · 编码 gb18030
 * // 湄潭县2020年度法治政府建设工作报告
 * // 年度 2020 · 发布机关 湄潭县 · 层级 县级 · 发布 2021-03-23
 * // 得分 72/100(72.0%) · 等级 合格 · 通过
 * //   ◐ 部分  存在的不足和原因  5/10 · 错误
 * //       第81行 〔二、存在的问题〕 “……”
 */
export function formatStylish(assessments: Assessment[], options: FormatOptions): string {
  if (assessments.length === 0) return '';
  const ctx = contextFor(options);
  const blocks = assessments.map((a, i) => formatReport(a, options.sources?.[i], ctx));
  if (assessments.length > 1) blocks.push(formatSummary(assessments, ctx));
  return `${blocks.join('\n\n')}\n`;
}

function contextFor(options: FormatOptions): Context {
  const m = getCliMessages(options.locale).stylish;
  const statusColumns = Math.max(...Object.values(m.status).map(displayWidth));
  return { m, paint: createPaint(options.color === true), statusColumns };
}

/**
 * One report's block, for writing each report as soon as it is checked: the blocks of a run, written
 * one after another, read as {@link formatStylish} without its closing summary. `options.sources`
 * holds this report's source only.
 *
 * @example
 * process.stdout.write(formatStylishItem(assessment, { locale: 'zh-CN', sources: [source] }, 0))
 */
export function formatStylishItem(assessment: Assessment, options: FormatOptions, index: number): string {
  return `${index > 0 ? '\n' : ''}${formatReport(assessment, options.sources?.[0], contextFor(options))}\n`;
}

