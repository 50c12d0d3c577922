/** The text of matcher failures: each gap with its status, the evidence line and the fix. */
import type { Assessment, Finding } from '../types.js';

/** One line per finding: `- id (status, severity) line N: "quote" → fix: …`. */
export function describeFinding(finding: Finding): string {
  const first = finding.evidence[0];
  const where = first ? ` line ${first.line}: "${first.text}"` : ' no evidence in the report';
  const fix = finding.fix ? `\n      fix: ${finding.fix}` : '';
  return `  - ${finding.requirement} (${finding.status}, ${finding.severity}):${where}${fix}`;
}

/** The gaps of an assessment (optionally only some), one block each, most points first. */
export function describeGaps(assessment: Assessment, ids?: readonly string[]): string {
  const wanted = ids ?? assessment.gaps.map((g) => g.requirement);
  const lines = wanted
    .map((id) => assessment.findings.find((f) => f.requirement === id))
    .filter((f): f is Finding => f !== undefined)
    .map(describeFinding);
  return lines.length > 0 ? `\n${lines.join('\n')}` : '';
}

/** `62/100 (62%), 合格` */
export function describeScore(assessment: Assessment): string {
  return `${assessment.score}/${assessment.maxScore} (${assessment.percent}%), ${assessment.grade}`;
}
