/** The shipped rule sets other than the default, tested with the tester rule-set authors get. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { testRuleSet } from '../../src/testing/index.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/reports');
const seeds = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const fixture = (f: string) => readFileSync(path.join(fixtures, f), 'utf8');
const haveSeeds = existsSync(seeds);
const seed = (f: string) => readFileSync(path.join(seeds, f), 'utf8');

const department = `临澄市司法局2023年度法治政府建设情况报告
一、主要举措和成效
（一）落实普法责任制。制定本局“谁执法谁普法”普法责任清单，开展以案释法活动36场，覆盖群众5200人次。
（二）规范权力运行。动态调整权责清单，新增事项4项、取消2项，并在门户网站公布。
（三）严格文件审核。全年审核规范性文件合法性审核12件，提出意见46条，报市政府备案规范性文件12件，备案率100%。
（四）规范行政执法。全面落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，全年法制审核重大执法决定35件。
二、党政主要负责人履行推进法治建设第一责任人职责情况
局党组书记、局长认真履行推进法治建设第一责任人职责，主持党组会议研究法治工作6次，带头出庭应诉2次。
三、存在的不足和原因
一是基层司法所力量不足；二是普法针对性不强。究其原因，主观上部分干部对普法工作重视不够，客观上司法所编制偏少、经费保障不足。
四、2024年工作安排
（一）深化普法责任制落实，推进精准普法。（二）加强司法所建设，充实基层力量，提升执法规范化水平。
临澄市司法局
2024年2月20日`;

testRuleSet('fzzf-annual-report-department', {
  valid: [{ name: 'a department report submitted before 3月1日', text: department, expect: { timeliness: 'met', 'law-popularization-duty': 'met', 'power-list': 'met', 'normative-documents': 'met' } }],
  invalid: [
    { name: 'signed after 3月1日: late for a department', text: department.replace('2024年2月20日', '2024年3月20日'), expect: { timeliness: 'missing' } },
    { name: 'no signature date: unknown, never on time', text: department.replace('\n2024年2月20日', ''), expect: { timeliness: 'unknown' } },
    { name: 'documents reviewed but not filed', text: department.replace('，报市政府备案规范性文件12件，备案率100%', ''), expect: { 'normative-documents': 'partial' } },
    { name: 'a county government report: a power list but no 普法责任制', text: fixture('layout-own-line-headings.txt'), expect: { 'law-popularization-duty': 'missing', 'power-list': 'met' } },
  ],
});

testRuleSet('fzzf-outline-2015', {
  invalid: [
    ...(haveSeeds ? [{ name: 'a 2020 report organised by the seven tasks covers them all', text: seed('000_3c2dc1afcfd2df07.txt'), expect: { 'outline2015-government-functions': 'met' as const, 'outline2015-disputes': 'met' as const, 'outline2015-capacity': 'met' as const } }] : []),
    { name: 'a report about enforcement only', text: '某县2019年法治政府建设情况报告\n一、主要举措和成效\n深化综合执法改革，规范行政执法，全面推行执法全过程记录制度。', expect: { 'outline2015-enforcement': 'met', 'outline2015-disputes': 'missing', 'outline2015-government-functions': 'missing' } },
  ],
});

testRuleSet('fzzf-outline-2021', {
  invalid: [
    ...(haveSeeds ? [{ name: 'a 2024 report', text: seed('001_e82a9f127ae49feb.txt'), expect: { 'outline2021-enforcement': 'met' as const, 'outline2021-disputes': 'met' as const, 'outline2021-leadership': 'met' as const } }] : []),
    { name: 'one measure of a chapter is partial', text: '某区2022年法治政府建设情况报告\n一、主要举措和成效\n深入推进数字政府建设。', expect: { 'outline2021-technology': 'partial', 'outline2021-emergencies': 'missing' } },
  ],
});
