/**
 * Key figures (case counts, rates) read from a report's text, with the clause and line they came from.
 * What to look for is data (the rule set's `keyFigures:`); this code only knows the shape of a figure
 * in Chinese prose: a subject term, then within the same clause and a few characters the number and
 * its unit — "全年办结行政复议案件64件", "出庭应诉率达100%". A number that several subjects share
 * ("行政诉讼(行政复议)案件42件", "等四类案件共计91件") or that cannot be true (a rate over 100 %) is kept
 * and flagged, so the table shows it without letting it pass for a clean value.
 */
import { lineAt } from '../parse/lines.js';
import { scanCounts } from './scan-counts.js';
import type { KeyFigure, KeyFigureFlag, KeyFigureSet, KeyFigureSpec, Locale, ReportDocument } from '../types.js';

/** Characters that end a clause: a figure and its subject never straddle one. */
const CLAUSE_END = /[，,。；;！!？?\n]/;
const NUMBER = /\d+(?:\.\d+)?/;
/** Longest quote kept: enough for the clause, short enough for a table cell. */
const MAX_QUOTE = 60;

interface CompiledFigure {
  spec: KeyFigureSpec;
  terms: RegExp[];
  /** The same terms without the global flag, to test a clause for them. */
  probes: RegExp[];
  /** After the number: an optional lower-bound word, then one of the units. */
  unit: RegExp;
  /** The other figures of the same kind, whose subjects in a figure's clause make its number combined. */
  others: CompiledFigure[];
}

interface Compiled {
  figures: CompiledFigure[];
  cues: RegExp[];
}

const compiledSets = new WeakMap<KeyFigureSet, Compiled>();

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(set: KeyFigureSet): Compiled {
  let compiled = compiledSets.get(set);
  if (!compiled) {
    const figures = set.figures.map(
      (spec): CompiledFigure => ({
        spec,
        terms: spec.terms.map((t) => new RegExp(t, 'gu')),
        probes: spec.terms.map((t) => new RegExp(t, 'u')),
        // 个 before 百分点 is a change in a rate ("下降2.4个百分点"), never a count.
        unit: new RegExp(`^(余|多)?\\s*(${spec.units.map(escapeRe).join('|')})(?!百分点)`, 'u'),
        others: [],
      }),
    );
    for (const fig of figures) fig.others = figures.filter((o) => o !== fig && o.spec.kind === fig.spec.kind);
    compiled = { figures, cues: set.combinedCues.map((c) => new RegExp(c, 'u')) };
    compiledSets.set(set, compiled);
  }
  return compiled;
}

/**
 * Full-width digits, point and per-cent sign as ASCII. Each is one UTF-16 unit either way, so offsets
 * into the result are offsets into the original.
 */
function asciiDigits(text: string): string {
  return text.replace(/[０-９．％]/g, (c) => (c === '．' ? '.' : c === '％' ? '%' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const CLAUSE_ENDS = new Set(Array.from('，,。；;！!？?\n', (c) => c.charCodeAt(0)));

/**
 * Where the clause holding an offset starts. Walks back from the offset to a clause end, but never
 * past the offset asked before it (whose clause start is known): the matches of one term come in
 * increasing order, so a long clause full of subjects is walked once per term rather than once per
 * subject (quadratic), and an ordinary clause costs its own length.
 */
class ClauseStarts {
  private at = 0;
  private start = 0;

  constructor(private readonly text: string) {}

  of(offset: number): number {
    const floor = offset >= this.at ? this.at : 0;
    let i = offset;
    while (i > floor && !CLAUSE_ENDS.has(this.text.charCodeAt(i - 1))) i--;
    scanCounts.clauseSteps += offset - i;
    // Back at the floor without a clause end: the clause is the one the previous offset is in.
    const start = i > floor || floor === 0 ? i : this.start;
    this.at = offset;
    this.start = start;
    return start;
  }
}

/** Whether a digit stands within `window` characters after `end`, before the clause ends. */
function digitWithin(text: string, end: number, window: number): boolean {
  const last = Math.min(text.length - 1, end + window);
  for (let i = end; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (CLAUSE_ENDS.has(c)) return false;
  }
  return false;
}

/** The number (and unit) a subject ending at `end` is given, or null when the clause has none nearby. */
function numberAfter(text: string, end: number, fig: CompiledFigure): { start: number; end: number; value: string; lowerBound: boolean; unit: string } | null {
  // Most subjects have no number in reach: say so without cutting the clause out.
  if (!digitWithin(text, end, fig.spec.window)) return null;
  const tail = text.slice(end, end + fig.spec.window + 24);
  const cut = tail.search(CLAUSE_END);
  const clause = cut >= 0 ? tail.slice(0, cut) : tail;
  const num = NUMBER.exec(clause);
  // The first number of the clause is the subject's; if it is beyond the window or carries another
  // unit (a year, a percentage for a count), the subject has no figure here.
  if (!num || num.index > fig.spec.window) return null;
  const after = fig.unit.exec(clause.slice(num.index + num[0].length));
  if (!after) return null;
  const start = end + num.index;
  return { start, end: start + num[0].length + after[0].length, value: num[0], lowerBound: Boolean(after[1]), unit: after[2] as string };
}

/** Characters that join two subjects to one number: 行政诉讼(行政复议)案件, 行政确权、行政复议…. */
const JOINER = /[、(（和及与]/;

/**
 * The text that ties a subject to its number: from the subject to the unit, and further back over a
 * joiner to the subject before it. Another subject or a cue in it means the number counts several kinds.
 */
function linkOf(text: string, termStart: number, clauseFrom: number, end: number): string {
  // The joiner itself never ends a clause, so the clause before it starts where the subject's does.
  const joined = termStart > 0 && JOINER.test(text[termStart - 1] as string);
  return text.slice(joined ? clauseFrom : termStart, end);
}

function flagsOf(spec: KeyFigureSpec, value: number, link: string, others: readonly CompiledFigure[], cues: readonly RegExp[]): KeyFigureFlag[] {
  const flags: KeyFigureFlag[] = [];
  if (spec.kind === 'rate' && value > 100) flags.push('over-100');
  if (spec.kind === 'count' && !Number.isInteger(value)) flags.push('fraction');
  if (others.some((o) => o.probes.some((t) => t.test(link))) || cues.some((c) => c.test(link))) flags.push('combined');
  return flags;
}

/** A number two figures of one kind both claim (审查备案规范性文件16件) counts both: flag each. */
function flagShared(figures: KeyFigure[]): void {
  const claims = new Map<string, KeyFigure[]>();
  for (const f of figures) {
    const key = `${f.kind}:${f.start}`;
    const group = claims.get(key);
    if (group) group.push(f);
    else claims.set(key, [f]);
  }
  for (const group of claims.values()) {
    if (group.length < 2) continue;
    for (const f of group) if (!f.flags.includes('combined')) f.flags.push('combined');
  }
}

/**
 * Reads the key figures of a report: every place a figure's subject is followed, in its clause, by a
 * number with the right unit. In rule-set order, then text order; one entry per number and figure.
 *
 * @example
 * extractKeyFigures(parseReport('全年办结行政复议案件64件。'), ruleSet.keyFigures!, 'zh-CN')
 * // [{ id: 'reconsideration-cases', value: 64, unit: '件', line: 1, text: '全年办结行政复议案件64件', flags: [] … }]
 */
export function extractKeyFigures(doc: ReportDocument, set: KeyFigureSet, locale: Locale): KeyFigure[] {
  const { figures, cues } = compile(set);
  const text = asciiDigits(doc.text);
  const out: KeyFigure[] = [];
  const clauses = new ClauseStarts(text);
  for (const fig of figures) {
    const seen = new Set<number>();
    const found: KeyFigure[] = [];
    for (const term of fig.terms) {
      term.lastIndex = 0;
      for (let m = term.exec(text); m; m = term.exec(text)) {
        if (m[0].length === 0) term.lastIndex++;
        const n = numberAfter(text, m.index + m[0].length, fig);
        if (!n || seen.has(n.start)) continue;
        seen.add(n.start);
        const from = clauses.of(m.index);
        const value = Number(n.value);
        found.push({
          id: fig.spec.id,
          title: fig.spec.title[locale],
          kind: fig.spec.kind,
          value,
          unit: n.unit,
          approximate: n.lowerBound,
          flags: flagsOf(fig.spec, value, linkOf(text, m.index, from, n.end), fig.others, cues),
          line: lineAt(doc.lineStarts, n.start),
          text: doc.text.slice(Math.max(from, n.end - MAX_QUOTE), n.end).trim(),
          start: n.start,
          end: n.end,
        });
      }
    }
    for (const f of found.sort((a, b) => a.start - b.start)) out.push(f);
  }
  flagShared(out);
  return out;
}
