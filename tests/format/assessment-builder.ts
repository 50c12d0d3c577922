/**
 * Hand-built assessments for formatter and CLI tests: realistic values taken from the seed reports,
 * so the tests read like the output people will see, and so they do not depend on the engine.
 */
import type { Assessment, Evidence, Finding, Gap } from '../../src/types.js';

/** An evidence quote; offsets are made up but consistent. */
export function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return { section: '二、存在的问题', line: 81, text: '一是法治意识有待提高', start: 5000, end: 5010, ...overrides };
}

/** A finding; met by default. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    requirement: 'measures-and-results',
    title: '主要举措和成效',
    status: 'met',
    severity: 'error',
    weight: 20,
    earned: 20,
    message: '找到"一、工作开展情况"一节',
    evidence: [evidence({ section: '一、工作开展情况', line: 7, text: '一、工作开展情况', start: 400, end: 408 })],
    basis: '《法治政府建设与责任落实督察工作规定》第二十五条第(一)项',
    fix: '',
    ...overrides,
  };
}

/** The gap of a finding that is not met, worth `weight - earned` points. */
export function gapOf(f: Finding, overrides: Partial<Gap> = {}): Gap {
  return {
    requirement: f.requirement,
    title: f.title,
    status: f.status,
    severity: f.severity,
    gain: f.weight - f.earned,
    rationale: '督察规定要求报告分析不足的原因',
    basis: f.basis,
    fix: f.fix,
    ...overrides,
  };
}

/** A partial finding: problems listed, causes not analysed. */
export const partialCauses = (): Finding =>
  finding({
    requirement: 'shortcoming-causes',
    title: '存在的不足和原因',
    status: 'partial',
    weight: 10,
    earned: 5,
    message: '列出了问题,但只有一处分析原因',
    evidence: [evidence()],
    basis: '《法治政府建设与责任落实督察工作规定》第二十五条第(二)项',
    fix: '在"存在的不足"之后逐条分析原因(主观/客观、体制/能力),不要只罗列问题。',
  });

/** A missing finding at warning severity. */
export const missingFigures = (): Finding =>
  finding({
    requirement: 'quantitative-evidence',
    title: '成效有具体数据',
    status: 'missing',
    severity: 'warning',
    weight: 10,
    earned: 0,
    message: '没有找到数量、比例或金额',
    evidence: [],
    basis: '中国社会科学院法学研究所法治政府评估指标',
    fix: '用具体数字说明成效,如办理行政复议案件数、行政诉讼败诉率。',
  });

/**
 * An assessment of the 湄潭县 seed report: one met, one partial and one missing finding.
 * Pass `findings` to replace them; gaps are derived from the findings unless given.
 */
export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  const findings = overrides.findings ?? [finding(), partialCauses(), missingFigures()];
  const gaps =
    overrides.gaps ??
    findings
      .filter((f) => f.status === 'partial' || f.status === 'missing' || f.status === 'unknown')
      .map((f) => gapOf(f))
      .sort((a, b) => b.gain - a.gain);
  const maxScore = findings.filter((f) => f.status !== 'not-applicable').reduce((s, f) => s + f.weight, 0);
  const score = findings.reduce((s, f) => s + f.earned, 0);
  return {
    file: 'seeds/000_3c2dc1afcfd2df07.txt',
    ruleSet: { id: 'fzzf-annual-report', version: '1.0.0' },
    document: {
      title: '湄潭县2020年度法治政府建设工作报告',
      year: 2020,
      issuer: '湄潭县',
      level: 'county',
      published: '2021-03-23',
      signed: null,
    },
    score,
    maxScore,
    percent: maxScore === 0 ? 0 : Math.round((score / maxScore) * 1000) / 10,
    model: 'weighted',
    grade: '合格',
    passed: true,
    unknown: findings.filter((f) => f.status === 'unknown').map((f) => f.requirement),
    notApplicable: findings.filter((f) => f.status === 'not-applicable').map((f) => f.requirement),
    locale: 'zh-CN',
    ...overrides,
    findings,
    gaps,
  };
}
