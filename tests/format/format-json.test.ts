import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/format/format-json.js';
import type { Assessment } from '../../src/types.js';
import { assessment, evidence, finding, missingFigures, partialCauses } from './assessment-builder.js';

/** The DESIGN §5 contract, key order included: consumers diff and snapshot this output. */
const ASSESSMENT_KEYS = [
  'file', 'ruleSet', 'document', 'score', 'maxScore', 'percent', 'model', 'grade', 'passed',
  'findings', 'gaps', 'unknown', 'notApplicable',
];
const DOCUMENT_KEYS = ['title', 'year', 'issuer', 'level', 'published', 'signed'];
const FINDING_KEYS = [
  'requirement', 'title', 'status', 'severity', 'weight', 'earned', 'message', 'evidence', 'basis', 'fix',
];
const GAP_KEYS = ['requirement', 'title', 'status', 'severity', 'gain', 'rationale', 'basis', 'fix'];

function parse(assessments: Assessment[]): Array<Record<string, any>> {
  return JSON.parse(formatJson(assessments, { locale: 'zh-CN' }));
}

describe('formatJson', () => {
  it('prints one array with one object per input, and a final newline', () => {
    const text = formatJson([assessment(), assessment({ file: 'b.txt' })], { locale: 'zh-CN' });
    expect(text.endsWith(']\n')).toBe(true);
    const out = JSON.parse(text);
    expect(Array.isArray(out)).toBe(true);
    expect(out.map((a: { file: string }) => a.file)).toEqual(['seeds/000_3c2dc1afcfd2df07.txt', 'b.txt']);
  });

  it('prints an empty array for no assessments', () => {
    expect(formatJson([], { locale: 'zh-CN' })).toBe('[]\n');
  });

  it.each([
    ['assessment', (a: Record<string, any>) => a, ASSESSMENT_KEYS],
    ['ruleSet', (a: Record<string, any>) => a.ruleSet, ['id', 'version']],
    ['document', (a: Record<string, any>) => a.document, DOCUMENT_KEYS],
    ['finding', (a: Record<string, any>) => a.findings[1], FINDING_KEYS],
    ['evidence', (a: Record<string, any>) => a.findings[1].evidence[0], ['section', 'line', 'text']],
    ['gap', (a: Record<string, any>) => a.gaps[0], GAP_KEYS],
  ])('gives the %s exactly the contract keys, in order', (_name, pick, keys) => {
    const [out] = parse([assessment()]);
    expect(Object.keys(pick(out!))).toEqual(keys);
  });

  it('drops evidence offsets and the locale, and keeps every value', () => {
    const a = assessment();
    const [out] = parse([a]);
    expect(out!.locale).toBeUndefined();
    expect(out!.findings[1].evidence).toEqual([{ section: '二、存在的问题', line: 81, text: '一是法治意识有待提高' }]);
    expect(out).toMatchObject({
      score: 25,
      maxScore: 40,
      percent: 62.5,
      model: 'weighted',
      grade: '合格',
      passed: true,
      ruleSet: { id: 'fzzf-annual-report', version: '1.0.0' },
      document: { title: '湄潭县2020年度法治政府建设工作报告', year: 2020, level: 'county', signed: null },
    });
    expect(out!.gaps.map((g: { requirement: string; gain: number }) => [g.requirement, g.gain])).toEqual([
      ['quantitative-evidence', 10],
      ['shortcoming-causes', 5],
    ]);
  });

  it('keeps nulls, unknown and not-applicable lists', () => {
    const a = assessment({
      file: null,
      document: { title: null, year: null, issuer: null, level: null, published: null, signed: null },
      findings: [
        finding({ status: 'unknown', earned: 0, evidence: [] }),
        finding({ requirement: 'other-matters', status: 'not-applicable', earned: 0, evidence: [] }),
      ],
    });
    const [out] = parse([a]);
    expect(out!.file).toBeNull();
    expect(Object.values(out!.document)).toEqual([null, null, null, null, null, null]);
    expect(out!.unknown).toEqual(['measures-and-results']);
    expect(out!.notApplicable).toEqual(['other-matters']);
  });

  it('ignores locale and color: JSON is neither localised nor coloured', () => {
    const a = [assessment({ findings: [partialCauses(), missingFigures()] })];
    const plain = formatJson(a, { locale: 'zh-CN' });
    expect(formatJson(a, { locale: 'en', color: true })).toBe(plain);
    expect(plain).not.toMatch(/\u001b\[/);
  });

  it('keeps the evidence quote in its original characters', () => {
    const quote = '“三项制度”全面落实,执法全过程记录率100%';
    const [out] = parse([assessment({ findings: [finding({ evidence: [evidence({ text: quote })] })] })]);
    expect(out!.findings[0].evidence[0].text).toBe(quote);
  });
});
