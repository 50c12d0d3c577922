/** Structure the container knows (heading styles, furniture, soft breaks) shapes the outline. */
import { describe, expect, it } from 'vitest';
import { assess, loadRuleSet, parseReport } from '../../src/index.js';
import type { Section } from '../../src/index.js';

const outline = (sections: Section[]): Array<[number, number, string]> =>
  sections.flatMap((s) => [[s.line, s.level, `${s.marker}${s.heading}`] as [number, number, string], ...outline(s.children)]);

describe('heading hints', () => {
  it('unnumbered headings marked by the container become sections at their level', () => {
    const text = '青禾县2023年法治政府建设情况报告\n主要举措和成效\n严格规范执法\n全年办理案件12件。\n存在的不足和原因\n执法力量薄弱。';
    const doc = parseReport(text, { hints: { headings: [{ line: 2, level: 1 }, { line: 3, level: 2 }, { line: 5, level: 1 }] } });
    expect(outline(doc.sections)).toEqual([
      [2, 1, '主要举措和成效'],
      [3, 2, '严格规范执法'],
      [5, 1, '存在的不足和原因'],
    ]);
    expect(doc.sections[0]?.children[0]?.paragraphs.map((p) => p.text)).toEqual(['全年办理案件12件。']);
  });

  it.each<[string, string]>([
    ['an ATX heading', '## 一、主要举措和成效'],
    ['a closed ATX heading', '## 一、主要举措和成效 ##'],
    ['a bold line standing for a heading', '**一、主要举措和成效**'],
    ['a bold line with underscores', '__一、主要举措和成效__'],
  ])('%s is read without its Markdown syntax: marker and heading as written', (_name, line) => {
    const text = `${line}\n全年办理案件12件。\n二、存在的不足\n执法力量薄弱。`;
    const doc = parseReport(text, { hints: { headings: [{ line: 1, level: 1 }, { line: 3, level: 1 }] } });
    expect(doc.sections[0]).toMatchObject({ marker: '一、', heading: '主要举措和成效' });
    expect(outline(doc.sections).map((s) => s[2])).toEqual(['一、主要举措和成效', '二、存在的不足']);
  });

  it('a numbered heading keeps its marker, and unhinted numbering below it nests under it', () => {
    const text = '一、主要举措和成效\n（一）严格执法。全年办理案件12件。\n（二）规范决策。审核文件8件。\n二、存在的不足\n执法力量薄弱。';
    const doc = parseReport(text, { hints: { headings: [{ line: 1, level: 1 }, { line: 4, level: 1 }] } });
    expect(outline(doc.sections)).toEqual([
      [1, 1, '一、主要举措和成效'],
      [2, 2, '（一）严格执法'],
      [3, 2, '（二）规范决策'],
      [4, 1, '二、存在的不足'],
    ]);
  });
});

describe('soft breaks and furniture (PDF copies)', () => {
  const text = [
    '一、主要举措和成效',
    '全面推行行政执法公示制度、执法全过',
    '- 3 -',
    '程记录制度和重大执法决定法制审核制',
    '度，全年办理案件126件。',
  ].join('\n');

  it('joins a paragraph broken across lines and a page number, and keeps original lines', () => {
    const doc = parseReport(text, { hints: { softBreaks: [2, 4], boilerplateLines: [3] } });
    const [paragraph] = doc.sections[0]?.paragraphs ?? [];
    expect([paragraph?.line, paragraph?.endLine]).toEqual([2, 5]);
    expect(doc.boilerplate.map((b) => b.line)).toContain(3);
  });

  it('matches terms across the breaks, with evidence on an original line', async () => {
    const report = `青禾县2023年法治政府建设情况报告\n${text}`;
    const hints = { softBreaks: [3, 5], boilerplateLines: [4] };
    const assessment = await assess(parseReport(report, { hints }), loadRuleSet('fzzf-annual-report'));
    const finding = assessment.findings.find((f) => f.requirement === 'three-enforcement-systems');
    expect(finding?.status).toBe('met');
    expect(finding?.evidence.every((e) => e.line >= 3 && e.line <= 6)).toBe(true);
    expect(finding?.evidence.map((e) => e.text).join('')).not.toContain('- 3 -');
  });
});

describe('traditional characters', () => {
  it('are matched as simplified while evidence quotes keep the original characters', async () => {
    const measures = '全面推行行政執法公示制度、執法全過程記錄制度、重大執法決定法制審核制度，全年辦理案件126件，培訓執法人員300人次，出庭應訴率100%。'.repeat(3);
    const text = `青禾縣2023年度法治政府建設情況報告\n一、主要舉措和成效\n${measures}\n二、存在的不足和原因\n一是執法力量薄弱；二是培訓不夠。究其原因，主觀上部分幹部法治意識不強、學法用法主動性不够，客觀上基層編制緊張、經費保障不足。\n三、2024年工作安排\n深化行政執法體制改革，完善執法協調機制，推進嚴格規範公正文明執法，加強執法隊伍建設。`;
    const assessment = await assess(text, loadRuleSet('fzzf-annual-report'));
    const status = Object.fromEntries(assessment.findings.map((f) => [f.requirement, f.status]));
    expect(status).toMatchObject({ 'report-identity': 'met', 'measures-and-results': 'met', shortcomings: 'met', 'shortcoming-causes': 'met', 'three-enforcement-systems': 'met', 'quantitative-evidence': 'met', 'next-year-plan': 'met' });
    const quote = assessment.findings.find((f) => f.requirement === 'three-enforcement-systems')?.evidence[0]?.text;
    expect(quote).toContain('執法');
  });
});
