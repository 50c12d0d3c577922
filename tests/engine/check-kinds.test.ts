/**
 * Edge cases of each check kind on small report texts: what counts as met, partial and missing,
 * and that a fact that cannot be measured is unknown, never met.
 */
import { describe, expect, it } from 'vitest';
import { assess, loadRuleSet, parseRuleSet } from '../../src/index.js';
import type { FindingStatus } from '../../src/index.js';

const ruleSet = loadRuleSet('fzzf-annual-report');

async function statusOf(text: string, id: string, rs = ruleSet): Promise<FindingStatus | undefined> {
  return (await assess(text, rs)).findings.find((f) => f.requirement === id)?.status;
}

const head = '青禾县2023年度法治政府建设情况报告\n';
const measures = '一、主要举措和成效\n（一）严格规范执法。全年办理行政处罚案件126件，出庭应诉率100%，培训执法人员300人次。\n';
const plan = '三、2024年主要安排\n（一）深化行政执法体制改革，完善执法协调机制，推进执法规范化建设，提升执法质量和水平。\n';

describe('three-enforcement-systems (termGroups)', () => {
  it.each([
    ['all three named', '全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。', 'met'],
    ['all three paraphrased', '在执法信息公示平台公开处罚结果，配备执法记录仪全程录音录像，重大执法决定一律经法制审核。', 'met'],
    ['only the collective name', '持续落实行政执法“三项制度”。', 'partial'],
    ['one of three', '全面推行执法全过程记录。', 'partial'],
    ['双公示 and 政务公开 are other regimes', '落实行政许可和行政处罚“双公示”，推进政务公开。', 'missing'],
    ['legal review of documents is not of enforcement decisions', '开展规范性文件法制审核。', 'missing'],
  ] as const)('%s → %s', async (_name, sentence, expected) => {
    expect(await statusOf(`${head}${measures}（二）${sentence}\n${plan}`, 'three-enforcement-systems')).toBe(expected);
  });
});

describe('shortcoming-causes (causes)', () => {
  const problems = '二、存在的不足和原因\n一是执法文书不规范；二是基层执法力量不足；三是普法针对性不强。\n';
  it.each([
    ['a heading that promises 原因 is not evidence', problems, 'missing'],
    ['a paragraph analysing the causes after the problems', `${problems}究其原因，主观上部分干部法治意识不强，客观上基层编制紧张、培训不足。\n`, 'met'],
    ['a cause for one problem only', '二、存在的问题\n一是执法文书不规范，主要原因是培训不够；二是基层执法力量薄弱；三是普法针对性不强；四是复议案件增多。\n', 'partial'],
    ['no shortcomings section at all', '', 'missing'],
  ] as const)('%s → %s', async (_name, section, expected) => {
    expect(await statusOf(`${head}${measures}${section}${plan}`, 'shortcoming-causes')).toBe(expected);
  });
});

describe('first-responsible-person (section with passage)', () => {
  it.each([
    ['its own section', '二、党政主要负责人履行推进法治建设第一责任人职责情况\n县长主持召开常务会议专题研究法治政府建设4次，带头出庭应诉2次。\n', 'met'],
    ['a passage inside the measures', '（三）压实责任。县委、县政府主要负责同志认真履行推进法治建设第一责任人职责，带头述法。\n', 'met'],
    ['only in next year\'s plan', '', 'missing'],
    ['a demand, not a report', '（三）各级党政主要负责人要切实履行推进法治建设第一责任人职责。\n', 'missing'],
  ] as const)('%s → %s', async (_name, extra, expected) => {
    const planWithDuty = '三、2024年主要安排\n（一）切实履行推进法治建设第一责任人职责，完善述法考核。\n';
    expect(await statusOf(`${head}${measures}${extra}${planWithDuty}`, 'first-responsible-person')).toBe(expected);
  });
});

describe('quantitative-evidence (figures)', () => {
  it.each([
    ['counts, rates and amounts', '全年办理案件126件，出庭应诉率100%，投入经费35万元。', 'met'],
    ['Chinese numerals count', '举办培训二十余场，覆盖三百多人，化解纠纷五十六件。', 'met'],
    ['one or two figures', '全年办理案件126件。', 'partial'],
    ['dates, ordinals, document numbers and titles are not figures', '2023年3月召开第3次会议，印发《关于加强执法的28条措施》（青政发〔2023〕5号），推行“一件事一次办”。', 'missing'],
  ] as const)('%s → %s', async (_name, sentence, expected) => {
    expect(await statusOf(`${head}一、主要举措和成效\n（一）${sentence}\n${plan}`, 'quantitative-evidence')).toBe(expected);
  });
});

describe('timeliness (deadline): fails closed', () => {
  it.each([
    ['published before 4月1日', '发布日期：2024-03-20\n', 'met'],
    ['published after 4月1日', '发布日期：2024-05-10\n', 'missing'],
    ['no publication date is unknown, not met', '', 'unknown'],
  ] as const)('%s → %s', async (_name, header, expected) => {
    expect(await statusOf(`${head}${header}${measures}${plan}`, 'timeliness')).toBe(expected);
  });

  it.each([
    ['before 4月1日 of the year after: met', '2024-03-20', 'met'],
    ['after it: missing', '2024-05-10', 'missing'],
  ] as const)('a report that names no year covers the year before its publication date (yearFromDate): %s', async (_name, date, expected) => {
    expect(await statusOf(`法治政府建设情况报告\n发布日期：${date}\n${measures}${plan}`, 'timeliness')).toBe(expected);
  });

  it('is unknown when neither the report year nor a publication date can be read', async () => {
    expect(await statusOf(`法治政府建设情况报告\n${measures}${plan}`, 'timeliness')).toBe('unknown');
  });

  it('is missing when the report was signed after the deadline, whatever the missing publication date', async () => {
    expect(await statusOf(`${head}${measures}${plan}青禾县人民政府\n2024年4月15日\n`, 'timeliness')).toBe('missing');
  });

  it('is not applicable to a document that is not an annual report', async () => {
    const text = '青禾县2023年政府信息公开工作年度报告\n发布日期：2024-01-20\n一、总体情况\n全年主动公开信息3000条。\n';
    const assessment = await assess(text, ruleSet);
    expect(assessment.findings.find((f) => f.requirement === 'report-identity')?.status).toBe('missing');
    expect(assessment.findings.find((f) => f.requirement === 'timeliness')?.status).toBe('not-applicable');
    // The rule set's gate: a look-alike is not assessed item by item, and the assessment names its kind.
    expect(assessment.notApplicable).toEqual(ruleSet.requirements.map((r) => r.id).filter((id) => id !== 'report-identity'));
    expect(assessment.gate).toEqual({ requirement: 'report-identity', status: 'missing', open: false, lookalike: { id: 'info-disclosure', name: '政府信息公开工作年度报告' } });
    expect(assessment.findings[1]?.message).toContain('看起来是政府信息公开工作年度报告');
  });

  it('is assessed item by item when the gate is open', async () => {
    const assessment = await assess('青禾县2023年法治政府建设情况报告\n一、主要举措和成效\n全年办理案件30件。\n', ruleSet);
    expect(assessment.gate).toEqual({ requirement: 'report-identity', status: 'met', open: true, lookalike: null });
    expect(assessment.notApplicable).toEqual([]);
  });
});

describe('raw conditions fail closed', () => {
  const yaml = (condition: string) => `id: raw-test
version: 1.0.0
title: raw
requirements:
  - id: raw
    title: raw
    basis: test
    severity: error
    weight: 1
    fix: fix it
    conditions:
      met: ${condition}
`;
  it.each([
    ['notEqual on a missing fact is unknown, not met', '{ all: [ { fact: meta, path: "$.nothing", operator: notEqual, value: 1 } ] }', 'unknown'],
    ['equal on a known fact', '{ all: [ { fact: meta, path: "$.year", operator: equal, value: 2023 } ] }', 'met'],
    ['a false comparison is missing', '{ all: [ { fact: meta, path: "$.year", operator: equal, value: 1999 } ] }', 'missing'],
  ] as const)('%s', async (_name, condition, expected) => {
    expect(await statusOf(`${head}${measures}`, 'raw', parseRuleSet(yaml(condition)))).toBe(expected);
  });
});
