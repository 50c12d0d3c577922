/**
 * Waivers in the formatters: `waiver` on findings and `waived`, `expiredWaivers`, `explanation` on
 * assessments in JSON (only when present, after the contract keys), and the waiver lines of stylish.
 */
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/format/format-json.js';
import { formatStylish } from '../../src/format/format-stylish.js';
import type { Assessment, Finding } from '../../src/types.js';
import { assessment, finding, missingFigures } from './assessment-builder.js';

const JUSTIFICATION = '2023年度报告因机构改革延期发布,经市司法局同意';

/** A waived finding, with the core's own message (which quotes the justification) unless told. */
function waived(overrides: Partial<Finding> = {}): Finding {
  return finding({
    requirement: 'timeliness',
    title: '按时公开',
    status: 'waived',
    severity: 'warning',
    weight: 4,
    earned: 0,
    message: `已豁免:按时公开(理由:${JUSTIFICATION};有效期至2025-12-31),不计入总分`,
    evidence: [],
    waiver: { justification: JUSTIFICATION, expires: '2025-12-31', expired: false },
    ...overrides,
  });
}

/** A finding whose waiver had expired: the status is the one found. */
function expired(): Finding {
  return {
    ...missingFigures(),
    message: '没有找到数量、比例或金额',
    waiver: { justification: '统计数据尚未公布', expires: '2024-12-31', expired: true },
  };
}

function withWaivers(findings: Finding[]): Assessment {
  return assessment({
    findings,
    waived: findings.filter((f) => f.status === 'waived').map((f) => f.requirement),
    expiredWaivers: findings.filter((f) => f.waiver?.expired).map((f) => ({ requirement: f.requirement, justification: f.waiver!.justification, expires: f.waiver!.expires! })),
    explanation: '加权计分:得分20/满分30(66.7%)。',
  });
}

describe('formatJson: waivers', () => {
  it('adds waiver to findings that have one, after the contract keys', () => {
    const [out] = JSON.parse(formatJson([withWaivers([finding(), waived(), expired()])], { locale: 'zh-CN' }));
    expect(Object.keys(out.findings[1]).slice(-2)).toEqual(['fix', 'waiver']);
    expect(out.findings[1].waiver).toEqual({ justification: JUSTIFICATION, expires: '2025-12-31', expired: false });
    expect(out.findings[2].waiver).toEqual({ justification: '统计数据尚未公布', expires: '2024-12-31', expired: true });
    expect(out.findings[0]).not.toHaveProperty('waiver');
  });

  it('adds waived, expiredWaivers and explanation after notApplicable, and before source', () => {
    const text = formatJson([withWaivers([waived(), expired()])], {
      locale: 'zh-CN',
      includeText: true,
      sources: [{ format: 'text', encoding: 'utf-8', text: '报告' }],
    });
    const [out] = JSON.parse(text);
    expect(Object.keys(out).slice(-5)).toEqual(['notApplicable', 'waived', 'expiredWaivers', 'explanation', 'source']);
    expect(out.waived).toEqual(['timeliness']);
    expect(out.expiredWaivers).toEqual([{ requirement: 'quantitative-evidence', justification: '统计数据尚未公布', expires: '2024-12-31' }]);
    expect(out.explanation).toBe('加权计分:得分20/满分30(66.7%)。');
  });

  it('leaves the keys out when the assessment does not have them', () => {
    const [out] = JSON.parse(formatJson([assessment()], { locale: 'zh-CN' }));
    expect(out).not.toHaveProperty('waived');
    expect(out).not.toHaveProperty('expiredWaivers');
    expect(out).not.toHaveProperty('explanation');
  });
});

describe('formatStylish: waivers', () => {
  it('counts waived requirements and expired waivers in the score line', () => {
    const out = formatStylish([withWaivers([finding(), waived(), expired()])], { locale: 'zh-CN' });
    expect(out).toMatch(/ · 通过 · 1 项已豁免 · 1 项豁免已过期\n/);
    const en = formatStylish([withWaivers([finding(), waived(), expired()])], { locale: 'en' });
    expect(en).toMatch(/ · passed · 1 waived · 1 waiver expired\n/);
  });

  it('shows a waived finding as 已豁免, out of the score, with the core message quoting the justification once', () => {
    const out = formatStylish([withWaivers([waived()])], { locale: 'zh-CN' });
    expect(out).toContain(`  ○ 已豁免    按时公开  不计入总分\n      已豁免:按时公开(理由:${JUSTIFICATION};有效期至2025-12-31),不计入总分\n`);
    expect(out.split(JUSTIFICATION)).toHaveLength(2);
  });

  it('adds the justification and expiry when a custom message leaves them out', () => {
    const out = formatStylish([withWaivers([waived({ message: '本项经批准豁免' })])], { locale: 'zh-CN' });
    expect(out).toContain(`      本项经批准豁免\n      豁免理由:${JUSTIFICATION}(有效期至 2025-12-31)\n`);
    const open = formatStylish([withWaivers([waived({ message: 'waived', waiver: { justification: 'agreed', expires: null, expired: false } })])], { locale: 'en' });
    expect(open).toContain('      waived: agreed (no end date)\n');
  });

  it('says an expired waiver no longer applies, beside the status found', () => {
    const out = formatStylish([withWaivers([expired()])], { locale: 'zh-CN' });
    expect(out).toContain('  ✖ 缺失      成效有具体数据  0/10 · 警告\n      没有找到数量、比例或金额\n      豁免已于 2024-12-31 到期,不再适用(理由曾为:统计数据尚未公布)\n');
  });
});
