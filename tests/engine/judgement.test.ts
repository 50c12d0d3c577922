/**
 * How the checker judges like a reviewer, one mechanism per table: sentence roles (a duty named as a
 * problem, a task, a demand or a citation is not an account of work done), outline items found without
 * a heading, nested headings that only share the words, look-alike genres, causes paired with their
 * problems, the three systems as paraphrased concepts, and headings a PDF copy wrapped. Every report
 * here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { assess, loadRuleSet } from '../../src/index.js';
import type { Assessment, FindingStatus } from '../../src/types.js';

const ruleSet = loadRuleSet('fzzf-annual-report');

const TITLE = '青禾县2023年法治政府建设年度报告';
const OPENING = '2023年，青禾县人民政府坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下。';
const MEASURES = [
  '一、2023年推进法治政府建设的主要举措和成效',
  '（一）深化政务服务改革。全年办理政务服务事项41.6万件，“好差评”满意率99.8%，新增“一件事”集成服务13项。',
  '（二）加强规范性文件管理。全年制发行政规范性文件8件，全部经过合法性审核，审查合同协议236件。',
  '（三）严格规范公正文明执法。全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，全年办理行政处罚案件1520件。',
].join('\n');
const PROBLEMS = '二、存在的不足和原因\n一是基层执法力量不足，主要原因是编制未能同步增加。二是普法形式较为单一，原因在于经费投入有限。';
const PLAN = '三、2024年推进法治政府建设的主要安排\n一是持续深化政务服务改革，力争满意率保持在99%以上。二是加强执法人员培训，全年培训不少于4期。';
const SIGNATURE = '青禾县人民政府\n2024年3月15日';

function report(...parts: string[]): string {
  return [TITLE, OPENING, ...parts, SIGNATURE].join('\n');
}

async function status(text: string, id: string): Promise<FindingStatus | undefined> {
  return (await assess(text, ruleSet)).findings.find((f) => f.requirement === id)?.status;
}

describe('sentence roles: the 第一责任人 duty counts only as work done', () => {
  it.each(([
    ['done: the leaders did it, in the measures', report(MEASURES.replace('（一）深化', '（一）压实法治责任。县长认真履行推进法治建设第一责任人职责，主持召开常务会议研究法治工作4次。（四）深化'), PROBLEMS, PLAN), 'met'],
    ['a problem: "…职责不到位"', report(MEASURES, PROBLEMS.replace('一是基层', '一是个别部门主要负责人履行推进法治建设第一责任人职责不到位。二是基层').replace('二是普法', '三是普法'), PLAN), 'missing'],
    ['a task in next year\'s plan', report(MEASURES, PROBLEMS, `${PLAN}三是督促各部门主要负责人履行推进法治建设第一责任人职责。`), 'missing'],
    ['a demand: "要切实履行…"', report(`${MEASURES}\n会议强调，各部门主要负责人要切实履行推进法治建设第一责任人职责。`, PROBLEMS, PLAN), 'missing'],
    ['a citation: the 《…第一责任人职责规定》 named as a title', report(`${MEASURES}\n组织学习《党政主要负责人履行推进法治建设第一责任人职责规定》。`, PROBLEMS, PLAN), 'missing'],
  ] as Array<[string, string, FindingStatus]>).map(([name, text, expected]) => ({ name, text, expected })))('$name → $expected', async ({ text, expected }) => {
    expect(await status(text, 'first-responsible-person')).toBe(expected);
  });
});

describe('outline items found without a heading of their own', () => {
  const planInProblems = `二、存在的问题\n一是基层执法力量不足。二是普法形式单一。\n针对上述问题，2024年，我县将重点抓好以下工作：一是加强执法队伍建设，组织执法人员参加业务培训不少于40学时；二是创新普法宣传方式，利用村级广播开展以案释法；三是开展合同专项清理，全年合同审查率达到100%。`;
  const parts = [
    '一、健全工作机制，法治政府建设扎实推进\n县政府常务会议全年研究法治工作6次，制定年度工作要点，分解任务40项，逐项明确牵头单位和完成时限，年底组织专项督察，督促整改问题17个。',
    '二、完善制度建设，依法行政制度体系不断健全\n全年制发行政规范性文件8件，全部经过合法性审核和集体审议，备案率100%；开展规范性文件集中清理，清理文件142件，废止7件、修改4件。',
    '三、规范决策程序，依法决策水平有效提升\n公布重大行政决策事项目录5项，全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序，召开听证会2场，征集意见建议186条。',
  ].join('\n');

  it.each(([
    ['a plan written at the end of the problems part', report(MEASURES, planInProblems), 'next-year-plan', 'met', 'passage'],
    ['one closing remark is not a plan', report(MEASURES, `${PROBLEMS}\n下一步，我县将继续深化改革。`), 'next-year-plan', 'missing', ''],
    ['measures written as topical parts with no umbrella heading', report(parts, PROBLEMS.replace('二、', '四、'), PLAN.replace('三、', '五、')), 'measures-and-results', 'met', 'parts'],
  ] as Array<[string, string, string, FindingStatus, string]>).map(([name, text, id, expected, via]) => ({ name, text, id, expected, via })))('$name: $id is $expected', async ({ text, id, expected, via }) => {
    const finding = (await assess(text, ruleSet)).findings.find((f) => f.requirement === id)!;
    expect(finding.status).toBe(expected);
    if (via) expect(finding.detail?.via).toBe(via);
  });

  it.each<[string, string, string]>([
    ['"(四)补齐短板，提升执法水平" among the measures is not the shortcomings', report(`${MEASURES}\n（四）补齐短板，提升执法水平。全年组织执法培训6期，培训执法人员420人次。`, PLAN.replace('三、', '二、')), 'shortcomings'],
    ['"(四)制定年度工作计划" among the measures is not next year\'s plan', report(`${MEASURES}\n（四）制定年度法治工作计划。年初印发工作要点，分解任务40项，年底全部完成。`, PROBLEMS), 'next-year-plan'],
  ])('%s', async (_name, text, id) => {
    expect(await status(text, id)).toBe('missing');
  });
});

describe('the same heading twice', () => {
  it('an empty first copy (a contents list left in the text) does not hide the item', async () => {
    const text = report('一、主要举措和成效\n二、存在的不足和原因\n三、2024年推进法治政府建设的主要安排', MEASURES, PROBLEMS, PLAN);
    const findings = (await assess(text, ruleSet)).findings;
    expect(findings.find((f) => f.requirement === 'shortcomings')?.status).toBe('met');
    expect(findings.find((f) => f.requirement === 'next-year-plan')?.status).toBe('met');
  });
});

describe('look-alike genres are named and not assessed item by item', () => {
  it.each<[string, string, string]>([
    ['a leader\'s 述法报告 in the first person', `2023年度述法报告\n青禾县人民政府县长　王某某\n现将本人履行推进法治建设第一责任人职责情况报告如下。\n一、履行职责情况\n本人带头学法8次，本人主持常务会议研究法治工作6次，本人出庭应诉1次。`, 'leader-report'],
    ['a template with placeholders', `xx镇20××年度法治政府建设情况报告\n${MEASURES}\n${PROBLEMS}\n${PLAN}`, 'template'],
    ['a government work report', `政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n${MEASURES}`, 'government-work-report'],
    ['a speech excerpt without the name in its title: its audience gives it away', `在县人民代表大会上的报告（节选）\n各位代表：\n${MEASURES}`, 'government-work-report'],
    ['news without a title: its byline gives it away', `记者：周某　通讯员：陈某\n3月7日，县政府召开常务会议，审议并原则通过年度法治政府建设情况报告。\n${MEASURES}`, 'news'],
    [
      'a plan whose title does not say 工作要点: mostly plan sentences',
      `青禾县2024年法治政府建设工作安排\n2024年，我县将继续深入推进法治政府建设。一、主要任务\n一是将持续深化政务服务改革，力争满意率保持在99%以上。二是将加强执法人员培训，全年培训不少于4期。三是将推进规范性文件清理。四是将加强合法性审查。五是力争重大决策合法性审查率达到100%。`,
      'work-plan',
    ],
  ])('%s', async (_name, text, kind) => {
    const assessment: Assessment = await assess(text, ruleSet);
    expect(assessment.gate).toMatchObject({ requirement: 'report-identity', status: 'missing', open: false, lookalike: { id: kind } });
    expect(new Set(assessment.findings.slice(1).map((f) => f.status))).toEqual(new Set(['not-applicable']));
  });
});

describe('a plan is known by its share of plan sentences (at least 0.6 of five or more), exactly at the bound', () => {
  const TITLE = '青禾县2024年法治政府建设工作安排';
  const PLANNED = '我县将加强执法人员培训。';
  const DONE = '全年办理行政复议案件12件。';
  // One sentence a line. The title line, not one of a report, is a body sentence of its own (a done one).
  const doc = (...sentences: string[]) => [TITLE, ...sentences].join('\n');
  it.each<[string, string, string | null]>([
    ['3 of 5, the plan sentences last', doc(DONE, PLANNED, PLANNED, PLANNED), 'work-plan'],
    ['3 of 5, the plan sentences first', doc(PLANNED, PLANNED, PLANNED, DONE), 'work-plan'],
    ['3 of 6, the plan sentences last', doc(DONE, DONE, PLANNED, PLANNED, PLANNED), null],
    ['2 of 5 in one paragraph', doc(DONE + PLANNED + DONE + PLANNED), null],
    ['3 of 4: fewer than five sentences are no share', doc(PLANNED, PLANNED, PLANNED), null],
    ['6 of 10, alternating', doc(...Array.from({ length: 9 }, (_, i) => (i % 3 < 2 ? PLANNED : DONE))), 'work-plan'],
    ['5 of 10, alternating', doc(...Array.from({ length: 9 }, (_, i) => (i % 2 ? DONE : PLANNED))), null],
  ])('%s', async (_name, text, kind) => {
    const assessment = await assess(text, ruleSet);
    expect(assessment.gate?.lookalike?.id ?? null).toBe(kind);
  });
});

describe('a report without a title line is known by its opening formula', () => {
  it('"现将…情况报告如下" with the topic stands for a title', async () => {
    const text = `2023年，青禾县人民政府扎实推进法治政府建设，现将2023年度法治政府建设情况报告如下。\n全年办理行政复议案件12件，审查规范性文件8件。`;
    const assessment = await assess(text, ruleSet);
    expect(assessment.findings[0]).toMatchObject({ requirement: 'report-identity', status: 'met' });
    expect(assessment.findings[0]?.detail).toMatchObject({ titleMatch: false, formula: true });
  });
});

describe('a title of the genre outweighs look-alike cues in the body', () => {
  it('a report whose plan lists 牵头单位 for each task is still a report', async () => {
    const plan = `${PLAN}三是深化政务公开（牵头单位：县政府办）。四是加强合法性审查（牵头单位：县司法局）。五是推进执法监督（牵头单位：县司法局）。`;
    const assessment = await assess(report(MEASURES, PROBLEMS, plan), ruleSet);
    expect(assessment.gate).toMatchObject({ status: 'met', open: true, lookalike: null });
  });
});

describe('causes are paired with the problems they explain', () => {
  it.each(([
    ['each problem followed by a line of its causes', '二、存在的不足和原因\n一是基层执法力量不足。\n主要原因是编制未能同步增加。\n二是普法形式单一。\n主要原因是经费投入有限。', 'met'],
    ['a consequence introduced by 导致 is not a cause', '二、存在的不足和原因\n一是执法文书不够规范，导致部分案件被复议纠错。二是普法形式单一，导致群众参与度不高。', 'missing'],
    ['numbered problems that open with their cause are each a problem', '二、存在的不足和原因\n一是由于编制未能同步增加，基层执法力量不足。二是由于经费投入有限，普法形式单一。三是合同管理不够规范。', 'partial'],
    ['one of three problems explained', '二、存在的不足和原因\n一是基层执法力量不足，主要原因是编制未能同步增加。二是普法形式单一。三是合同管理不够规范。', 'partial'],
    ['a part given over to the causes', '二、存在的不足和原因\n一是基层执法力量不足。二是普法形式单一。三是合同管理不够规范。\n究其原因，一方面是部分干部对法治建设重视不够，另一方面是基层法治工作力量和经费保障不足。', 'met'],
  ] as Array<[string, string, FindingStatus]>).map(([name, problems, expected]) => ({ name, problems, expected })))('$name → $expected', async ({ problems, expected }) => {
    expect(await status(report(MEASURES, problems, PLAN), 'shortcoming-causes')).toBe(expected);
  });
});

describe('the three enforcement systems as concepts', () => {
  const without = MEASURES.replace('全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，', '');
  it.each(([
    ['named in full', MEASURES, PLAN, 'met'],
    ['paraphrased: object and action in one clause', `${without}\n（四）规范执法程序。推动执法信息及时公开，推动执法过程全程留痕，推动重大执法决定经法制审核后作出。`, PLAN, 'met'],
    ['双公示 is another regime', `${without}\n（四）规范执法程序。落实行政许可和行政处罚信息双公示，执法全过程记录覆盖率100%，重大执法决定法制审核率100%。`, PLAN, 'partial'],
    ['named only as next year\'s tasks', without, `${PLAN}三是全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。`, 'missing'],
  ] as Array<[string, string, string, FindingStatus]>).map(([name, measures, plan, expected]) => ({ name, measures, plan, expected })))('$name → $expected', async ({ measures, plan, expected }) => {
    expect(await status(report(measures, PROBLEMS, plan), 'three-enforcement-systems')).toBe(expected);
  });
});

describe('a heading a PDF copy wrapped onto a second line', () => {
  it('is rejoined and fills its item', async () => {
    const text = report(MEASURES, PROBLEMS, PLAN.replace('主要安排\n', '主要安\n排\n'));
    const finding = (await assess(text, ruleSet)).findings.find((f) => f.requirement === 'next-year-plan')!;
    expect(finding.status).toBe('met');
    expect(finding.evidence[0]?.section).toBe('三、2024年推进法治政府建设的主要安排');
  });
});
