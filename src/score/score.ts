/**
 * Outcomes → findings, gaps, score and grade (DESIGN §4), as a chain of small steps: apply waivers,
 * make findings under the rule set's model, total them, find the grade, list the gaps. Met earns the
 * full points, partial the requirement's partial credit (weighted, flat), missing 0, unknown 0 and
 * flagged (it stays in the denominator); not-applicable and waived leave the denominator. Each gap
 * says how many points closing it adds.
 */
import { coreMessages, fill } from '../messages/core/index.js';
import type { Outcome } from '../engine/run.js';
import type { AssessedDocument, Assessment, Finding, GateOutcome, Gap, IsoDate, LocalizedText, Locale, LookalikeKind, ReportDocument, RuleSet, Waiver } from '../types.js';
import { isCounted, isPassed, pointsFor, type PassPolicy } from './models.js';
import { applyWaivers, localToday, type WaivedOutcome } from './waivers.js';

const round = (n: number) => Math.round(n * 100) / 100;

/** Options for {@link scoreOutcomes}. */
export interface ScoreOptions {
  locale: Locale;
  file: string | null;
  /** Waivers to apply. */
  waivers?: readonly Waiver[];
  /** The day waivers are judged on. Default: today by the local clock. */
  today?: IsoDate;
  /** What else decides `passed` besides the rule set (assess()'s minScore, failOn, maxWarnings). */
  policy?: PassPolicy;
}

/** The look-alike kind a gate requirement's check named, in the locale, or null. */
function lookalikeOf(outcome: Outcome | undefined, locale: Locale): LookalikeKind | null {
  const kind = outcome?.detail?.lookalikeKind as { id: string; name: LocalizedText } | null | undefined;
  return kind ? { id: kind.id, name: kind.name[locale] || coreMessages(locale).lookalike } : null;
}

function gateOf(outcomes: readonly Outcome[], ruleSet: RuleSet, locale: Locale): GateOutcome | null {
  const gate = ruleSet.gate;
  const outcome = gate ? outcomes.find((o) => o.requirement.id === gate.requirement) : undefined;
  if (!gate || !outcome) return null;
  const open = gate.status.includes(outcome.status);
  return { requirement: gate.requirement, status: outcome.status, open, lookalike: open ? null : lookalikeOf(outcome, locale) };
}

function findingMessage(outcome: WaivedOutcome, locale: Locale, gate: GateOutcome | null): string {
  const { requirement: r, status, evidence, waiver } = outcome;
  const m = coreMessages(locale);
  const title = r.title[locale];
  if (outcome.gatedBy && gate) {
    return fill(m.finding.gated, { title, kind: gate.lookalike?.name ?? m.lookalike });
  }
  if (gate && !gate.open && r.id === gate.requirement) {
    return fill(m.finding.lookalike, { title, kind: gate.lookalike?.name ?? m.lookalike });
  }
  const where = evidence[0] ? fill(m.evidenceAt, { line: evidence[0].line }) : m.noEvidence;
  if (status === 'waived' && waiver) {
    const expiry = waiver.expires ? fill(m.waiver.until, { expires: waiver.expires }) : '';
    const met = outcome.found === 'met' ? m.waiver.alreadyMet : '';
    return fill(m.finding.waived, { title, justification: waiver.justification, expiry }) + met;
  }
  const text = fill(r.messages[status]?.[locale] ?? m.finding[status], { title, evidence: where });
  return waiver?.expired ? text + fill(m.waiver.expired, { expires: waiver.expires ?? '', justification: waiver.justification }) : text;
}

function toFinding(outcome: WaivedOutcome, ruleSet: RuleSet, locale: Locale, gate: GateOutcome | null): Finding {
  const { requirement: r, status, evidence } = outcome;
  const { weight, earned } = pointsFor(ruleSet.scoring.model, status, r);
  const settled = status === 'met' || status === 'not-applicable' || status === 'waived';
  const finding: Finding = {
    requirement: r.id,
    title: r.title[locale],
    status,
    severity: r.severity,
    weight,
    earned,
    message: findingMessage(outcome, locale, gate),
    evidence,
    basis: r.basis,
    fix: settled ? '' : r.fix[locale],
  };
  // Fields added after, in this order, rather than spread in: spreads give each finding its own shape.
  if (outcome.waiver) finding.waiver = outcome.waiver;
  if (outcome.detail) finding.detail = outcome.detail;
  return finding;
}

function toGap(finding: Finding, outcome: Outcome, locale: Locale): Gap {
  return {
    requirement: finding.requirement,
    title: finding.title,
    status: finding.status,
    severity: finding.severity,
    gain: round(finding.weight - finding.earned),
    rationale: outcome.requirement.rationale[locale],
    basis: finding.basis,
    fix: finding.fix,
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function gapsOf(findings: Finding[], outcomes: Outcome[], locale: Locale): Gap[] {
  return findings
    .map((f, i) => ({ f, o: outcomes[i] as Outcome }))
    .filter(({ f }) => f.status === 'partial' || f.status === 'missing' || f.status === 'unknown')
    .map(({ f, o }) => toGap(f, o, locale))
    .sort((a, b) => b.gain - a.gain || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function totals(findings: Finding[]) {
  const counted = findings.filter(isCounted);
  const maxScore = round(counted.reduce((n, f) => n + f.weight, 0));
  const score = round(counted.reduce((n, f) => n + f.earned, 0));
  const percent = maxScore > 0 ? Math.round((score / maxScore) * 1000) / 10 : 0;
  return { score, maxScore, percent, met: counted.filter((f) => f.status === 'met').length, count: counted.length };
}

function gradeOf(ruleSet: RuleSet, percent: number, passed: boolean, locale: Locale): string {
  if (ruleSet.scoring.model === 'pass-fail') return coreMessages(locale).passFail[passed ? 'pass' : 'fail'];
  const { grades } = ruleSet.scoring;
  return grades.find((g) => percent >= g.min)?.grade ?? grades.at(-1)?.grade ?? '';
}

function documentOf(doc: ReportDocument): AssessedDocument {
  const { title, year, issuer, level, published, signed } = doc.meta;
  const decodeWarnings = doc.source?.decodeWarnings;
  // Only when there are some: the output of every cleanly decoded report stays as it was.
  return decodeWarnings ? { title, year, issuer, level, published, signed, decodeWarnings } : { title, year, issuer, level, published, signed };
}

/**
 * Builds the assessment of one report from its outcomes.
 *
 * @throws RuleSetError (WAIVER_INVALID) when a waiver names a requirement the rule set lacks
 * @example
 * const assessment = scoreOutcomes(runRules(doc, ruleSet), doc, ruleSet, { locale: 'zh-CN', file: null })
 */
export function scoreOutcomes(outcomes: Outcome[], doc: ReportDocument, ruleSet: RuleSet, options: ScoreOptions): Assessment {
  const { locale } = options;
  const waived = applyWaivers(outcomes, ruleSet, options.waivers ?? [], options.today ?? localToday());
  const gate = gateOf(outcomes, ruleSet, locale);
  const findings = waived.outcomes.map((o) => toFinding(o, ruleSet, locale, gate));
  const t = totals(findings);
  const passed = isPassed(ruleSet.scoring, findings, t.percent, options.policy);
  const explanation = fill(coreMessages(locale).explanation[ruleSet.scoring.model], { ...t, max: t.maxScore, percent: t.percent.toFixed(1) });
  const ids = (status: Finding['status']) => findings.filter((f) => f.status === status).map((f) => f.requirement);
  return {
    file: options.file,
    ruleSet: { id: ruleSet.id, version: ruleSet.version },
    document: documentOf(doc),
    score: t.score,
    maxScore: t.maxScore,
    percent: t.percent,
    model: ruleSet.scoring.model,
    grade: gradeOf(ruleSet, t.percent, passed, locale),
    passed,
    findings,
    gaps: gapsOf(findings, waived.outcomes, locale),
    unknown: ids('unknown'),
    notApplicable: ids('not-applicable'),
    gate,
    waived: ids('waived'),
    expiredWaivers: waived.expired.map((w) => ({ requirement: w.requirement, justification: w.justification, expires: w.expires ?? '' })),
    explanation,
    locale,
  };
}
