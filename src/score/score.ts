/**
 * Outcomes → findings, gaps, score and grade (DESIGN §4, weighted model): met earns the weight,
 * partial the requirement's partial credit, missing 0, unknown 0 and flagged (it stays in the
 * denominator); not-applicable leaves the denominator. Each gap says how many points closing it adds.
 */
import { coreMessages, fill } from '../messages/core/index.js';
import type { Outcome } from '../engine/run.js';
import type { AssessedDocument, Assessment, Finding, Gap, Locale, ReportDocument, RuleSet } from '../types.js';

const round = (n: number) => Math.round(n * 100) / 100;

function earned(outcome: Outcome): number {
  const { weight, partialCredit } = outcome.requirement;
  if (outcome.status === 'met') return weight;
  if (outcome.status === 'partial') return round(weight * partialCredit);
  return 0;
}

function toFinding(outcome: Outcome, locale: Locale): Finding {
  const { requirement: r, status, evidence } = outcome;
  const m = coreMessages(locale);
  const title = r.title[locale];
  const where = evidence[0] ? fill(m.evidenceAt, { line: evidence[0].line }) : m.noEvidence;
  const custom = r.messages[status]?.[locale];
  return {
    requirement: r.id,
    title,
    status,
    severity: r.severity,
    weight: r.weight,
    earned: earned(outcome),
    message: fill(custom ?? m.finding[status], { title, evidence: where }),
    evidence,
    basis: r.basis,
    fix: status === 'met' || status === 'not-applicable' ? '' : r.fix[locale],
  };
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

/** Builds the assessment of one report from its outcomes. */
export function scoreOutcomes(
  outcomes: Outcome[],
  doc: ReportDocument,
  ruleSet: RuleSet,
  options: { locale: Locale; file: string | null },
): Assessment {
  const findings = outcomes.map((o) => toFinding(o, options.locale));
  const counted = findings.filter((f) => f.status !== 'not-applicable');
  const maxScore = round(counted.reduce((n, f) => n + f.weight, 0));
  const score = round(counted.reduce((n, f) => n + f.earned, 0));
  const percent = maxScore > 0 ? Math.round((score / maxScore) * 1000) / 10 : 0;
  const grade = ruleSet.scoring.grades.find((g) => percent >= g.min)?.grade ?? ruleSet.scoring.grades.at(-1)?.grade ?? '';
  const gaps = findings
    .map((f, i) => ({ f, o: outcomes[i] as Outcome }))
    .filter(({ f }) => f.status === 'partial' || f.status === 'missing' || f.status === 'unknown')
    .map(({ f, o }) => toGap(f, o, options.locale))
    .sort((a, b) => b.gain - a.gain || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const { meta } = doc;
  const document: AssessedDocument = {
    title: meta.title,
    year: meta.year,
    issuer: meta.issuer,
    level: meta.level,
    published: meta.published,
    signed: meta.signed,
  };
  return {
    file: options.file,
    ruleSet: { id: ruleSet.id, version: ruleSet.version },
    document,
    score,
    maxScore,
    percent,
    model: ruleSet.scoring.model,
    grade,
    passed: percent >= ruleSet.scoring.passMark,
    findings,
    gaps,
    unknown: findings.filter((f) => f.status === 'unknown').map((f) => f.requirement),
    notApplicable: findings.filter((f) => f.status === 'not-applicable').map((f) => f.requirement),
    locale: options.locale,
  };
}
