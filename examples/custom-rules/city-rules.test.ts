// The city's rule set, tested with the tester the library ships. Run: npm test
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRuleSet } from 'compliance-checklist';
import { testRuleSet } from 'compliance-checklist/testing';

const here = import.meta.dirname;
const ruleSet = parseRuleSet(readFileSync(path.join(here, 'city-rules.yaml'), 'utf8'), { name: 'city-rules.yaml' });
const report = (name: string) => readFileSync(path.join(here, '../reports', name), 'utf8');

const complete = `临澄市2023年度法治政府建设情况报告
发布时间：2024-02-20
一、主要举措和成效
（一）规范重大行政决策。全年6项重大行政决策均经法律顾问合法性审查，提出意见21条。
（二）严格规范执法。全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，全年公示执法信息3200条，法制审核重大执法决定85件。
（三）以案释法。编发典型案例12个，其中市场监管领域案例入选省级典型案例。
（四）化解行政争议。全年办理行政复议案件146件，纠错率8.2%；行政机关负责人出庭应诉率100%，行政诉讼败诉率下降至3.1%。
二、党政主要负责人履行推进法治建设第一责任人职责情况
市政府主要负责同志认真履行推进法治建设第一责任人职责，主持常务会议专题学法4次，带头出庭应诉2次。
三、存在的不足和原因
一是基层执法力量薄弱；二是部分规范性文件起草质量不高。究其原因，主观上部分单位对法治建设重视不够，客观上基层编制紧张、专业人才不足。
四、2024年工作安排
（一）深化行政执法体制改革，推进执法力量下沉。（二）完善重大行政决策程序，健全法律顾问参与机制。`;

testRuleSet(ruleSet, {
  valid: [{ name: 'a complete report published before 3月1日', text: complete, expect: { timeliness: 'met', 'typical-cases': 'met', 'legal-advisers': 'met' } }],
  invalid: [
    {
      name: 'published in March: on time nationally, late for the city',
      text: complete.replace('2024-02-20', '2024-03-15'),
      expect: { timeliness: 'missing' },
    },
    {
      name: 'major decisions without legal advisers',
      text: complete.replace('均经法律顾问合法性审查，提出意见21条', '均按程序集体讨论').replace('，健全法律顾问参与机制', ''),
      expect: { 'legal-advisers': 'missing' },
    },
    { name: 'a real report with no cause analysis: an error for the city', text: report('nancun-town-2022.txt'), expect: { 'shortcoming-causes': 'missing', 'typical-cases': 'missing' } },
    { name: 'a real report that never mentions major decisions', text: report('zhongfeng-town-2020-webpage.txt'), expect: { 'legal-advisers': 'met', timeliness: 'missing' } },
  ],
});
