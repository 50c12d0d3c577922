/**
 * Mechanisms found by probing the checker with report shapes the corpora do not have: a shortcomings
 * part that also holds next year's plan, a cause sentence that refers back to all the problems, a
 * notice or a report on another line of work standing where the annual report should be, and a title
 * with a wrong character. Every report here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { assess, loadRuleSet, parseReport, readInput } from '../../src/index.js';
import type { FindingStatus, Section } from '../../src/types.js';

const ruleSet = loadRuleSet('fzzf-annual-report');

const OPENING = '2023年，柳岸县人民政府深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下。';
const MEASURES = [
  '一、主要工作及成效',
  '（一）推进依法决策。严格落实重大行政决策程序规定，对城区道路改造等2项重大行政决策事项进行合法性审查，审查合同协议27份，聘请法律顾问3名。',
  '（二）严格规范执法。全县综合行政执法队全年办理行政处罚案件410件，均通过执法信息平台及时公示执法结果，执法过程全程使用执法记录仪记录，重大处罚决定经法制审核后作出。',
  '（三）化解社会矛盾。全年排查化解矛盾纠纷2130件，化解率97%，办理行政复议案件18件，纠错率11.1%。',
].join('\n');
const DUTY = '二、党政主要负责人履行推进法治建设第一责任人职责情况\n县委书记、县长切实履行推进法治建设第一责任人职责，全年主持研究法治建设工作6次，带头学法4次，带头述法。';
const PROBLEMS_AND_PLAN = [
  '三、存在的不足及下一步打算',
  '我县法治政府建设虽然取得了一定成效，但仍存在一些不足：一是干部职工依法行政意识有待提高；二是执法队伍专业人员偏少，执法能力不足。',
  '下一步，我县将着力做好以下工作：一是加强学法用法，将法律知识纳入理论学习中心组学习内容；二是加强执法队伍建设，力争全年组织执法培训不少于4次；三是深化矛盾纠纷多元化解。',
].join('\n');
const SIGNATURE = '柳岸县人民政府\n2024年1月18日';

function report(title: string, ...parts: string[]): string {
  return [title, OPENING, ...parts, SIGNATURE].join('\n');
}

async function statuses(text: string): Promise<Record<string, FindingStatus>> {
  const assessment = await assess(text, ruleSet);
  return Object.fromEntries(assessment.findings.map((f) => [f.requirement, f.status]));
}

describe('a part that holds both the problems and next year\'s plan fills both items', () => {
  it.each<[string, string, Record<string, FindingStatus>]>([
    ['"存在的不足及下一步打算": problems, then plan', report('柳岸县2023年法治政府建设工作报告', MEASURES, DUTY, PROBLEMS_AND_PLAN), { shortcomings: 'met', 'next-year-plan': 'met' }],
    ['the same part with its plan paragraph only: no problems, so no shortcomings', report('柳岸县2023年法治政府建设工作报告', MEASURES, DUTY, PROBLEMS_AND_PLAN.split('\n').filter((_, i) => i !== 1).join('\n')), { shortcomings: 'missing', 'next-year-plan': 'met' }],
  ])('%s', async (_name, text, expected) => {
    expect(await statuses(text)).toMatchObject(expected);
  });
});

describe('look-alikes that share the words of the genre', () => {
  it.each<[string, string, string]>([
    [
      'a notice asking for the reports, listing what they must contain',
      '关于做好2023年度法治政府建设年度报告工作的通知\n各乡镇人民政府，县政府各部门：\n为做好年度报告工作，现将有关事项通知如下。\n一、报告内容\n年度报告应当包括：（一）上一年度推进法治政府建设的主要举措和成效；（二）存在的不足和原因；（三）党政主要负责人履行推进法治建设第一责任人职责的情况；（四）下一年度的主要安排。\n二、报送时间\n各单位于2024年2月20日前报送。',
      'notice',
    ],
    [
      'a report on another line of work with the outline of a report',
      '2023年度行政复议工作情况报告\n2023年，县司法局坚持依法行政，全面推进行政复议规范化建设，现将有关情况报告如下。\n一、主要工作\n全年共收到行政复议申请135件，受理121件，审结118件，纠错率12.7%。\n二、存在的问题\n复议人员力量不足，办案质量有待提高。\n三、下一步工作打算\n一是加强队伍建设，力争充实复议人员2名；二是推进行政复议信息化建设。',
      'other-report',
    ],
  ])('%s', async (_name, text, kind) => {
    const assessment = await assess(text, ruleSet);
    expect(assessment.gate).toMatchObject({ status: 'missing', open: false, lookalike: { id: kind } });
  });

  it.each<[string, string]>([
    ['a report sent out with a covering notice', '关于印发《柳岸县2023年度法治政府建设情况报告》的通知'],
    ['a title written with 法制 for 法治', '柳岸县2023年度法制政府建设情况报告'],
    ['a title that lost a character', '柳岸县2023年度法治政建设情况报告'],
  ])('%s is still a report', async (_name, title) => {
    const assessment = await assess(report(title, MEASURES, DUTY, PROBLEMS_AND_PLAN), ruleSet);
    expect(assessment.gate).toMatchObject({ status: 'met', open: true, lookalike: null });
  });
});

describe('headings in the words reports use for each item', () => {
  const MEASURES_HEADING = '一、主要工作及成效';
  const DUTY_HEADING = '二、党政主要负责人履行推进法治建设第一责任人职责情况';
  const PROBLEMS = '三、存在的问题\n一是干部职工依法行政意识有待提高，究其原因是培训不够。二是执法队伍专业人员偏少，主要原因是编制不足。';
  const PLAN = '四、2024年工作打算\n一是加强学法用法，将法律知识纳入理论学习中心组学习内容；二是加强执法队伍建设，力争全年组织执法培训不少于4次。';
  const base = () => report('柳岸县2023年法治政府建设工作报告', MEASURES, DUTY, PROBLEMS, PLAN);

  it.each<[string, string, string, string]>([
    ['measures-and-results', MEASURES_HEADING, '一、2023年度工作总结', '一、2023年度工作总结'],
    ['measures-and-results', MEASURES_HEADING, '一、主要工作举措', '一、主要工作举措'],
    ['shortcomings', '三、存在的问题', '三、面临的困难和问题', '三、面临的困难和问题'],
    ['shortcomings', '三、存在的问题', '三、问题和原因', '三、问题和原因'],
    ['first-responsible-person', DUTY_HEADING, '二、主要领导履职情况', '二、主要领导履职情况'],
    ['first-responsible-person', DUTY_HEADING, '二、县政府主要负责同志履职情况', '二、县政府主要负责同志履职情况'],
    ['next-year-plan', '四、2024年工作打算', '四、工作展望', '四、工作展望'],
    ['next-year-plan', '四、2024年工作打算', '四、2024年工作谋划', '四、2024年工作谋划'],
    ['shortcomings', '三、存在的问题', '三、问题与挑战', '三、问题与挑战'],
    ['shortcomings', '三、存在的问题', '三、需要改进的地方', '三、需要改进的地方'],
    ['shortcomings', '三、存在的问题', '三、主要问题', '三、主要问题'],
    ['first-responsible-person', DUTY_HEADING, '二、领导干部履行法治建设职责情况', '二、领导干部履行法治建设职责情况'],
    ['first-responsible-person', DUTY_HEADING, '二、主要领导带头推进法治建设情况', '二、主要领导带头推进法治建设情况'],
  ])('%s under "%s" written as "%s"', async (id, from, to, quoted) => {
    const text = base().replace(from, to);
    const finding = (await assess(text, ruleSet)).findings.find((f) => f.requirement === id)!;
    expect(finding.status).toBe('met');
    expect(finding.evidence[0]?.text).toBe(quoted);
  });

  it('"主要领导履职情况" is not taken for the measures', async () => {
    const text = base().replace(DUTY_HEADING, '二、主要领导履职情况').replace(MEASURES_HEADING, '一、2023年度工作总结');
    const finding = (await assess(text, ruleSet)).findings.find((f) => f.requirement === 'measures-and-results')!;
    expect(finding.evidence[0]?.text).toBe('一、2023年度工作总结');
  });
});

describe('the three enforcement systems in the words reports use', () => {
  const SYSTEMS = '（二）严格规范执法。全县综合行政执法队全年办理行政处罚案件410件，均通过执法信息平台及时公示执法结果，执法过程全程使用执法记录仪记录，重大处罚决定经法制审核后作出。';
  it.each<[string, string, FindingStatus]>([
    ['review by the legal office named between 法制 and 审查', '（二）严格规范执法。推行执法公示，执法全程留痕，重大行政处罚决定均经法制机构审查。', 'met'],
    ['review as 合法性审核 of major enforcement decisions', '（二）严格规范执法。推行执法公示，执法全程留痕，重大执法决定一律进行合法性审核。', 'met'],
    ['two of the three, the review missing', '（二）严格规范执法。推行执法公示，执法全程留痕。', 'partial'],
    ['the three named in one short list', '（二）严格规范执法。严格执行执法公示、全过程记录和法制审核制度，全年公示执法信息2300条。', 'met'],
    ['a legal review of normative documents beside the other two is not the third', '（二）严格规范执法。推行执法公示，执法全程留痕。规范性文件全部经过法制审核。', 'partial'],
    // Publishing enforcement decisions is enforcement publicity; 双公示 named only as a programme is not.
    ['penalty information published', '（二）严格规范执法。全年在县政府网站公示行政处罚信息320条，执法全程留痕，重大执法决定均经法制审核。', 'met'],
    ['penalty decisions made public', '（二）严格规范执法。依法公开行政处罚决定书86份，执法全程留痕，重大执法决定均经法制审核。', 'met'],
    ['permit and penalty results put online, the action far from its object', '（二）严格规范执法。行政许可、行政处罚结果在7个工作日内上网公示，执法全程留痕，重大执法决定均经法制审核。', 'met'],
    ['双公示 as the act of publishing permits and penalties', '（二）严格规范执法。全年双公示行政许可、行政处罚信息3200条，执法全程留痕，重大执法决定均经法制审核。', 'met'],
    ['双公示 named only as a programme', '（二）严格规范执法。严格落实"双公示"制度，执法全程留痕，重大执法决定均经法制审核。', 'partial'],
    ['双公示 as the requirement credit records were sent under', '（二）严格规范执法。按照双公示要求报送信用信息1200条，执法全程留痕，重大执法决定均经法制审核。', 'partial'],
    ['a list of permit items made public is no enforcement decision', '（二）严格规范执法。公示行政许可事项清单，执法全程留痕，重大执法决定均经法制审核。', 'partial'],
    ['results of 双随机、一公开 spot checks made public are that regime\'s', '（二）严格规范执法。开展"双随机、一公开"抽查42次，检查结果全部录入监管平台并进行公示，执法全程留痕，重大执法决定均经法制审核。', 'partial'],
    ['review decisions made public are not enforcement', '（二）严格规范执法。公开行政复议决定书12份，执法全程留痕，重大执法决定均经法制审核。', 'partial'],
    ['penalty information to be published next year is not done', '（二）严格规范执法。执法全程留痕，重大执法决定均经法制审核。下一步，将在县政府网站公示行政处罚信息。', 'partial'],
    ['penalty decisions published late, as a problem, are not done', '（二）严格规范执法。执法全程留痕，重大执法决定均经法制审核。但部分单位行政处罚决定公开不及时。', 'partial'],
    ['enforcement information published late (不及时), as a problem, is not done', '（二）严格规范执法。执法全程留痕，重大执法决定均经法制审核。但部分单位执法信息公开不及时。', 'partial'],
  ])('%s → %s', async (_name, paragraph, expected) => {
    const text = report('柳岸县2023年法治政府建设工作报告', MEASURES.replace(SYSTEMS, paragraph), DUTY, PROBLEMS_AND_PLAN);
    expect((await statuses(text))['three-enforcement-systems']).toBe(expected);
  });
});

describe('titles of the genre and of its neighbours', () => {
  it.each<[string, string, string | null]>([
    ['a 汇报 rather than a 报告', '柳岸县2023年度法治政府建设工作情况汇报', null],
    ['an evaluator\'s report on the government', '柳岸县2023年度法治政府建设第三方评估报告', 'evaluation'],
    ['an inspection team\'s feedback', '关于柳岸县法治政府建设督察情况的反馈', 'evaluation'],
    ['an office\'s notice of assessment results', '柳岸县2022年度法治政府建设考核结果通报', 'evaluation'],
    ['a five-year programme', '柳岸县法治政府建设实施方案（2021—2025年）', 'scheme'],
    ['rules for assessing the work', '柳岸县法治政府建设考核办法（试行）', 'scheme'],
    ['a leader\'s report on the duty itself', '2023年度党政主要负责人履行推进法治建设第一责任人职责情况报告', 'leader-report'],
    ['the annual report that also covers the duty', '柳岸县2023年度法治政府建设暨党政主要负责人履行推进法治建设第一责任人职责情况的报告', null],
  ])('%s', async (_name, title, kind) => {
    const assessment = await assess(report(title, MEASURES, DUTY, PROBLEMS_AND_PLAN), ruleSet);
    if (kind === null) expect(assessment.gate).toMatchObject({ status: 'met', lookalike: null });
    else expect(assessment.gate).toMatchObject({ status: 'missing', lookalike: { id: kind } });
  });
});

describe('placeholders, not page furniture, give a template away', () => {
  const body = [MEASURES, DUTY, PROBLEMS_AND_PLAN].join(' ');
  it('a web page flattened onto one line, its 【打印本页】 buttons and all, is a report', async () => {
    const text = `当前位置：首页 > 政务公开 > 法治政府建设 【字体：大 中 小】 【打印本页】 【关闭窗口】 ${OPENING} ${body}`;
    expect((await assess(text, ruleSet)).gate).toMatchObject({ status: 'met', lookalike: null });
  });
  it('bracketed placeholders to fill in make a template', async () => {
    const text = `【请填写单位名称】2023年法治政府建设情况\n${OPENING.replace('柳岸县人民政府', '【请填写单位名称】')}\n${body}\n【填写日期】\n【单位名称】`;
    expect((await assess(text, ruleSet)).gate).toMatchObject({ status: 'missing', lookalike: { id: 'template' } });
  });
});

describe('causes analysed apart from the problems', () => {
  const PROBLEMS = '三、存在的问题\n（一）部分部门依法决策意识不强，重大行政决策程序执行不严格。\n（二）基层执法人员数量不足，执法规范化水平不高。';
  const CAUSES = '四、原因分析\n一是思想认识不到位，个别领导干部对法治政府建设重要性认识不足；二是保障投入不够，基层执法经费和编制紧张。';
  const PLAN = '五、2024年工作安排\n一是持续推进依法决策，严格执行重大行政决策程序；二是加强基层执法队伍建设。';
  const title = '柳岸县2023年法治政府建设工作报告';
  it.each<[string, string, FindingStatus]>([
    ['a part of its own right after the problems', report(title, MEASURES, DUTY, PROBLEMS, CAUSES, PLAN), 'met'],
    ['a cause part with no body promises causes but gives none', report(title, MEASURES, DUTY, PROBLEMS, '四、原因分析', PLAN), 'missing'],
    ['a part elsewhere about something else', report(title, MEASURES, DUTY, PROBLEMS, PLAN), 'missing'],
    ['a sentence referring back to all the problems, in a part shared with the plan', report(title, MEASURES, DUTY, PROBLEMS_AND_PLAN.replace('执法能力不足。', '执法能力不足。这些问题的产生，主要是由于镇级法治工作力量薄弱，培训机会较少。')), 'met'],
  ])('%s', async (_name, text, expected) => {
    expect((await statuses(text))['shortcoming-causes']).toBe(expected);
  });
});

describe('a document flattened onto one line, with no title line of its own', () => {
  it('its first sentence stands for the title; a plan named later in the opening does not make it a plan', async () => {
    const text = ['柳岸县2023年法治政府建设工作报告', MEASURES.replace('（一）推进依法决策。', '（一）加强组织领导。县委、县政府把法治政府建设纳入年度工作要点。（二）推进依法决策。'), DUTY, PROBLEMS_AND_PLAN].join('').replace(/\n/g, '');
    const assessment = await assess(text, ruleSet);
    expect(assessment.gate).toMatchObject({ status: 'met', lookalike: null });
  });
});

describe('a 第一责任人 heading is met by an account of what was done, not by any body', () => {
  const HEADING = '二、党政主要负责人履行推进法治建设第一责任人职责情况';
  it.each<[string, string, FindingStatus]>([
    ['an account of the leaders\' work', DUTY, 'met'],
    ['only next year\'s task under the heading', `${HEADING}\n下一步，县政府将进一步压实主要负责人推进法治建设第一责任人职责，定期研究法治建设工作。`, 'partial'],
    ['only a problem under the heading', `${HEADING}\n个别部门主要负责人履行推进法治建设第一责任人职责还不够到位，研究部署法治工作偏少。`, 'partial'],
    ['only a pointer to another document', `${HEADING}\n详见《柳岸县党政主要负责人2023年度述法报告》。`, 'partial'],
  ])('%s', async (_name, duty, expected) => {
    const text = report('柳岸县2023年法治政府建设工作报告', MEASURES, duty, PROBLEMS_AND_PLAN);
    expect((await statuses(text))['first-responsible-person']).toBe(expected);
  });
});

describe('an umbrella part holding several items', () => {
  it('"一、2023年工作情况" over "（一）主要举措和成效" and "（二）存在的不足": the measures are the sub-section', async () => {
    const items = MEASURES.split('\n').slice(1).map((line, i) => line.replace(/^（[一二三]）/, `${i + 1}.`));
    const text = report(
      '柳岸县2023年法治政府建设工作报告',
      '一、2023年法治政府建设工作情况',
      '（一）主要举措和成效',
      ...items,
      '（二）存在的不足和原因',
      '一是干部职工依法行政意识有待提高，究其原因是培训不够。二是执法队伍专业人员偏少，主要原因是编制不足。',
      DUTY,
    );
    const findings = (await assess(text, ruleSet)).findings;
    const measures = findings.find((f) => f.requirement === 'measures-and-results')!;
    expect(measures).toMatchObject({ status: 'met', evidence: [{ text: '（一）主要举措和成效' }] });
    expect(findings.find((f) => f.requirement === 'shortcomings')?.evidence[0]?.text).toBe('（二）存在的不足和原因');
  });

  it('"三、存在的问题和下一步打算" over "（一）存在的问题" and "（二）下一步打算": the plan is the second', async () => {
    const text = report(
      '柳岸县2023年法治政府建设工作报告',
      MEASURES,
      DUTY,
      '三、存在的问题和下一步打算',
      '（一）存在的问题',
      '一是干部职工依法行政意识有待提高，究其原因是培训不够。二是执法队伍专业人员偏少，主要原因是编制不足。',
      '（二）下一步打算',
      '一是持续深化法治宣传教育，推动普法规划全面落实。二是加强执法队伍建设，开展执法案卷评查。',
    );
    const plan = (await assess(text, ruleSet)).findings.find((f) => f.requirement === 'next-year-plan')!;
    expect(plan).toMatchObject({ status: 'met', evidence: [{ text: '（二）下一步打算' }] });
  });

  it('an umbrella over topical sub-sections is kept whole, though one of them names 成效', async () => {
    const topical = MEASURES.replace('一、主要工作及成效', '一、2023年法治政府建设工作情况').replace('（三）化解社会矛盾。', '（三）化解社会矛盾成效明显。');
    const measures = (await assess(report('柳岸县2023年法治政府建设工作报告', topical, DUTY, PROBLEMS_AND_PLAN), ruleSet)).findings.find((f) => f.requirement === 'measures-and-results')!;
    expect(measures).toMatchObject({ status: 'met', evidence: [{ text: '一、2023年法治政府建设工作情况' }] });
  });
});

describe('a report without a title line that cites a programme in its opening', () => {
  it('is still a report: only a title ending in the kind of document gives a programme away', async () => {
    const opening = '根据《法治政府建设实施纲要（2021—2025年）》要求，柳岸县人民政府扎实推进法治政府建设，现将2023年度法治政府建设情况报告如下。';
    const assessment = await assess([opening, MEASURES, DUTY, PROBLEMS_AND_PLAN, SIGNATURE].join('\n'), ruleSet);
    expect(assessment.gate).toMatchObject({ status: 'met', lookalike: null });
  });
});

describe('headings with spaces between their characters', () => {
  it.each<[string, string, string]>([
    ['a line break a flattened copy turned into a space', 'next-year-plan', '四、2024年推进法治政府建设的主要安 排'],
    ['a heading spaced out for layout', 'shortcomings', '三、存 在 的 问 题'],
  ])('%s', async (_name, id, heading) => {
    const problems = '三、存在的问题\n一是干部职工依法行政意识有待提高，究其原因是培训不够。二是执法队伍专业人员偏少，主要原因是编制不足。';
    const plan = '四、2024年工作打算\n一是加强学法用法，将法律知识纳入理论学习中心组学习内容；二是加强执法队伍建设，力争全年组织执法培训不少于4次。';
    const text = report('柳岸县2023年法治政府建设工作报告', MEASURES, DUTY, problems, plan).replace(id === 'shortcomings' ? '三、存在的问题' : '四、2024年工作打算', heading);
    const finding = (await assess(text, ruleSet)).findings.find((f) => f.requirement === id)!;
    expect(finding).toMatchObject({ status: 'met', evidence: [{ line: text.split('\n').indexOf(heading) + 1 }] });
  });
});

describe('a leading phrase standing for a title does not outweigh cues', () => {
  it('a template flattened onto one line behind a page banner is still a template', async () => {
    const measures = MEASURES.replace(/\n/g, ' ').replace(/\d+(?=[件份名次%项])/g, 'xx');
    const text = `某某文库 > 公文写作 > 法治建设 xx县2023年法治政府建设情况报告 上传者：文稿 ${measures} 二、存在的问题 一是xx不足。`;
    expect((await assess(text, ruleSet)).gate).toMatchObject({ status: 'missing', lookalike: { id: 'template' } });
  });
});

describe('a short report whose headings stand on lines of their own', () => {
  // Headings with no closing mark, one paragraph under each: the heading lines once set the "page width"
  // and were taken for lines a PDF wrapped, gluing each heading to the first sentence of its body.
  const SHORT = [
    '关于2023年度法治政府建设情况的报告',
    '（一）主要举措和成效',
    '全年制定修订规范性文件8件，全部经过合法性审核并报备案。落实行政执法“三项制度”，公示执法信息1200余条，执法全过程记录执法案件356件，重大执法决定法制审核23件。办理行政复议案件31件，行政机关负责人出庭应诉率100%。',
    '（二）存在的不足和原因',
    '部分单位依法行政意识不够强，原因是学法用法制度落实不到位；基层执法力量薄弱，主要原因是编制不足、人员流动性大。',
    '（三）党政主要负责人履行推进法治建设第一责任人职责情况',
    '县政府主要负责同志认真履行第一责任人职责，主持召开常务会议专题研究法治政府建设3次，带头开展述法。',
    '（四）2024年主要安排',
    '2024年，将重点抓好以下工作：一是深化行政执法体制改革；二是加强规范性文件监督管理；三是推进法治宣传教育。',
    '（五）其他需要报告的情况',
    '无。',
    '某县人民政府',
    '2024年3月10日',
  ].join('\n');

  it('is read as lines, not as a PDF copy: each item is its heading, and a short account of measures with figures is met', async () => {
    const extracted = await readInput(new TextEncoder().encode(SHORT), { name: 'short.txt' });
    expect(extracted.format).toBe('text');
    const assessment = await assess(extracted, ruleSet);
    const byId = Object.fromEntries(assessment.findings.map((f) => [f.requirement, f]));
    expect(Object.fromEntries(assessment.findings.map((f) => [f.requirement, f.status]))).toMatchObject({
      'measures-and-results': 'met',
      shortcomings: 'met',
      'shortcoming-causes': 'met',
      'next-year-plan': 'met',
      'other-matters': 'met',
    });
    expect(byId.shortcomings?.evidence[0]?.section).toBe('（二）存在的不足和原因');
    expect(byId['next-year-plan']?.evidence[0]?.section).toBe('（四）2024年主要安排');
  });

  it('a measures part of one sentence of generalities is partial', async () => {
    const thin = SHORT.replace(/全年制定修订[^\n]+/, '我县法治政府建设取得明显成效。');
    expect(await statuses(thin)).toMatchObject({ 'measures-and-results': 'partial' });
  });
});

describe('Arabic numbering, a year right after the number, one problem with its cause', () => {
  const ARABIC = [
    '南港区2023年度法治政府建设情况报告',
    '2023年，南港区坚持把法治政府建设作为重要工作来抓，现将有关情况报告如下：',
    '1.主要举措和成效',
    '1.1 健全依法决策机制。严格执行重大行政决策程序，全年完成重大行政决策事项5项，开展合法性审查合同协议210份。',
    '1.2 规范行政执法行为。区级执法部门公示执法信息4011条，对重大执法决定进行法制审核35件。',
    '2.党政主要负责人履行推进法治建设第一责任人职责情况',
    '区委书记、区长坚持带头学法、带头守法，主持召开区委常委会会议、区政府常务会议研究法治建设议题7次，年终向区委述法。',
    '3.存在的不足和原因',
    '行政执法规范化水平有待提升，个别执法部门执法程序不规范。原因在于执法人员培训不足，执法监督机制不健全。',
    '4.2024年主要工作安排',
    '2024年，我区将着力抓好以下工作：一是持续推进依法行政；二是加强执法监督；三是深化普法宣传。',
    '南港区人民政府',
    '2024年2月29日',
  ].join('\n');

  it('"4.2024年主要工作安排" heads the plan; a single problem explained by the sentence after it has its cause', async () => {
    const assessment = await assess(ARABIC, ruleSet);
    const byId = Object.fromEntries(assessment.findings.map((f) => [f.requirement, f]));
    expect(byId['next-year-plan']?.status).toBe('met');
    expect(byId['next-year-plan']?.evidence[0]?.section).toBe('4.2024年主要工作安排');
    expect(byId['shortcoming-causes']?.status).toBe('met');
  });

  it('two problems and one cause for the second only is partial', async () => {
    const text = ARABIC.replace('行政执法规范化水平有待提升，个别执法部门执法程序不规范。原因在于执法人员培训不足，执法监督机制不健全。', '一是行政执法规范化水平有待提升。二是普法宣传针对性不强，原因在于对群众需求调研不够深入。');
    expect(await statuses(text)).toMatchObject({ 'shortcoming-causes': 'partial' });
  });
});

describe('a thin plan is still a plan', () => {
  const base = report('柳岸县2023年法治政府建设工作报告', MEASURES, DUTY, '三、存在的问题\n执法人员偏少，主要原因是编制不足。', '四、下步打算');
  it.each<[string, string, FindingStatus]>([
    ['three tasks in one line', '一是加强执法培训；二是深化普法宣传；三是强化督察考核。', 'met'],
    ['one sentence of intent', '继续推进法治政府建设。', 'partial'],
  ])('%s', async (_name, plan, expected) => {
    expect((await statuses(base.replace('四、下步打算', `四、下步打算\n${plan}`)))['next-year-plan']).toBe(expected);
  });
});

describe('a cause in a clause of its own after the problem', () => {
  const withProblems = (problems: string) => report('柳岸县2023年法治政府建设工作报告', MEASURES, DUTY, `三、存在的不足和原因\n${problems}`, '四、2024年工作安排\n一是加强执法培训；二是深化普法宣传；三是强化督察考核。');
  it.each<[string, string, FindingStatus]>([
    ['"…,主要是编制有限" after each problem', '一是基层执法力量不足，主要是编制有限；二是法治宣传形式单一，主要由于创新意识不强。', 'met'],
    ['主要是 inside the problem\'s own clause explains nothing', '一是执法问题主要是程序不规范；二是法治宣传形式单一。', 'missing'],
  ])('%s', async (_name, problems, expected) => {
    expect((await statuses(withProblems(problems)))['shortcoming-causes']).toBe(expected);
  });
});

describe('the one part left when every other part is another item', () => {
  const withMeasuresHeading = (heading: string, parts: string[] = []) =>
    report('柳岸县2023年法治政府建设工作报告', MEASURES.replace('一、主要工作及成效', heading), ...parts);
  const REST = [DUTY, '三、存在的不足和原因\n执法人员偏少，主要原因是编制不足。', '四、2024年工作安排\n一是加强执法培训；二是深化普法宣传；三是强化督察考核。'];
  it.each<[string, string, string[], FindingStatus]>([
    ['"一、法治政府建设推进情况" before the duty, the problems and the plan', '一、法治政府建设推进情况', REST, 'met'],
    ['"一、全面推进依法行政" (a topic, not an item)', '一、全面推进依法行政', REST, 'met'],
    ['the same part beside the problems alone', '一、法治政府建设推进情况', [REST[1] as string], 'met'],
  ])('%s', async (_name, heading, parts, expected) => {
    expect((await statuses(withMeasuresHeading(heading, parts)))['measures-and-results']).toBe(expected);
  });

  it('a left-over part of plans, not of work done, is not the measures', async () => {
    const plans = '一、着力推进依法行政\n2024年，我县将继续加强规范性文件审核。将进一步规范行政执法行为。力争行政复议纠错率下降。将加强法治宣传教育。';
    expect((await statuses(report('柳岸县2023年法治政府建设工作报告', plans, ...REST)))['measures-and-results']).toBe('missing');
  });
});

// A report whose three parts are headed without numbering, each heading on a line of its own, with
// `duty` after the measures and `closing` before the signature.
const UNNUMBERED_PROBLEMS = '一是基层执法人员偏少，主要原因是编制不足；二是普法形式单一，原因在于创新不够。';
const UNNUMBERED_PLAN = '一是加强执法培训；二是深化普法宣传；三是强化督察考核。';
function unnumberedParts([measures, problems, plan]: readonly [string, string, string], duty: string[] = [], closing: string[] = []): string {
  return ['柳岸县2023年法治政府建设工作报告', OPENING, measures, MEASURES.split('\n').slice(1).join('\n'), ...duty, problems, UNNUMBERED_PROBLEMS, plan, UNNUMBERED_PLAN, ...closing, SIGNATURE].join('\n');
}

describe('bracketed headings', () => {
  const BRACKETED = unnumberedParts(['【主要举措和成效】', '【存在的不足和原因】', '【2024年工作安排】']);

  it('head the parts of a report with no numbering at the top', async () => {
    const assessment = await assess(BRACKETED, ruleSet);
    const byId = Object.fromEntries(assessment.findings.map((f) => [f.requirement, f]));
    expect(byId.shortcomings?.status).toBe('met');
    expect(byId.shortcomings?.evidence[0]?.section).toBe('存在的不足和原因');
    expect(byId['next-year-plan']?.status).toBe('met');
  });

  it('inside numbered parts, 【典型案例一】 is a label of the text, not a part', async () => {
    const text = report('柳岸县2023年法治政府建设工作报告', MEASURES, '【典型案例一】柳岸县推行执法公示。', '【典型案例二】柳岸县推行全程记录。', DUTY, PROBLEMS_AND_PLAN);
    const doc = parseReport(text);
    expect(doc.sections.map((s) => s.heading)).toEqual(['主要工作及成效', '党政主要负责人履行推进法治建设第一责任人职责情况', '存在的不足及下一步打算']);
  });

  it('after a numbered heading, bracketed lines of their own are labels inside the part', () => {
    const text = report('柳岸县2023年法治政府建设工作报告', MEASURES.replace('一、主要工作及成效', '（一）主要工作及成效'), '【典型案例一】', '柳岸县推行执法公示，公示执法信息1200条。', '【典型案例二】', '柳岸县推行全程记录，记录执法活动356次。', DUTY.replace('二、', '（二）'));
    const headings = (sections: Section[]): string[] => sections.flatMap((s) => [s.heading, ...headings(s.children)]);
    expect(headings(parseReport(text).sections)).not.toContain('典型案例一');
  });

  it('a placeholder to fill in is still blanked: it is no account of the problems', async () => {
    const text = BRACKETED.replace(UNNUMBERED_PROBLEMS, '【请在此处填写存在的问题和原因，不少于三条】');
    expect((await statuses(text)).shortcomings).not.toBe('met');
  });
});

describe('plain headings: short lines of their own, with no numbering and no markup', () => {
  const PLAIN = unnumberedParts(
    ['主要举措和成效', '存在的不足和原因', '下一年度工作安排'],
    ['县委书记、县长切实履行推进法治建设第一责任人职责，全年主持研究法治建设工作6次，带头学法4次，带头述法。'],
    ['特此报告'],
  );

  it('head the parts, and each item is found under its own', async () => {
    const byId = Object.fromEntries((await assess(PLAIN, ruleSet)).findings.map((f) => [f.requirement, f]));
    expect(byId['measures-and-results']).toMatchObject({ status: 'met', evidence: [{ section: '主要举措和成效' }] });
    expect(byId.shortcomings).toMatchObject({ status: 'met', evidence: [{ section: '存在的不足和原因' }] });
    expect(byId['shortcoming-causes']?.status).toBe('met');
    expect(byId['next-year-plan']).toMatchObject({ status: 'met', evidence: [{ section: '下一年度工作安排' }] });
  });

  it('read from a .txt file, the short lines are headings, not lines a PDF copy wrapped', async () => {
    const extracted = await readInput(new TextEncoder().encode(PLAIN), { name: 'plain.txt' });
    expect(parseReport(extracted).sections.map((s) => s.heading)).toEqual(['主要举措和成效', '存在的不足和原因', '下一年度工作安排']);
  });

  it('the plan\'s part name alone, with no plan under it, does not fill the plan', async () => {
    const text = PLAIN.replace(`${UNNUMBERED_PLAN}\n`, '');
    expect((await statuses(text))['next-year-plan']).not.toBe('met');
  });
});

describe('a flattened web page whose signature runs into the page\'s buttons and footer', () => {
  const page = (tail: string) => ['柳岸县2023年法治政府建设工作报告', OPENING, MEASURES, DUTY, PROBLEMS_AND_PLAN].join(' ').replace(/\n/g, ' ') + tail;
  it.each<[string, string]>([
    ['on the same line', ' 柳岸县人民政府 2024年3月28日 【打印本页】【关闭窗口】 主办单位：柳岸县人民政府办公室 网站标识码：5001100002'],
    ['the footer on lines below', ' 柳岸县人民政府 2024年3月28日 【打印本页】【关闭窗口】\n主办单位：柳岸县人民政府办公室\n网站标识码：5001100002'],
  ])('%s: the report is signed and dated, and its plan ends before the buttons', async (_name, tail) => {
    const assessment = await assess(page(tail), ruleSet);
    expect(assessment.document).toMatchObject({ issuer: '柳岸县人民政府', signed: '2024-03-28' });
    const plan = assessment.findings.find((f) => f.requirement === 'next-year-plan')!;
    expect(plan.status).toBe('met');
    expect(plan.evidence.map((e) => e.text).join('')).not.toMatch(/打印|主办单位/);
  });
});
