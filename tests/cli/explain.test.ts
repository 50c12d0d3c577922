/**
 * `explain <requirement-id>` in-process: built-in requirements of every check kind the default rule
 * set uses, a city requirement read through a relative `extends`, and ids that do not exist.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { fixtureIo } from './fixture-files.js';

async function run(argv: string[]) {
  const io = fixtureIo();
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('explain: built-in requirements', () => {
  it.each([
    [
      'shortcoming-causes',
      [
        'shortcoming-causes · 不足的原因分析\n规则集 fzzf-annual-report 1.0.0(法治政府建设年度报告)\n严重程度 警告 · 权重 10 · 部分达标得权重的 50%\n',
        '检查什么(causes):\n  把 shortcomings 一节的正文逐条拆开',
        '每条不足都写了原因(至少 1 条),即为达标',
        '原因标志词:「原因(是|在于|主要|有|:|包括)」、「成因」、「究其原因」',
        '用到的章节槽位:\n  shortcomings  标题匹配 「不足」、「存在的?.{0,4}问题」、「问题(和|与|及|、)(原因|不足|短板|差距|困难|挑战)」',
        '有专门分析原因的一段(或紧接其后、标题为原因分析的一部分),或每条不足都写了原因',
        '依据:《法治政府建设与责任落实督察工作规定》第二十五条第(二)项',
        '为什么:第二十五条要求报告"存在的不足和原因"',
        '怎样达标:在每个不足之后写明原因',
      ],
    ],
    [
      'first-responsible-person',
      [
        '找到 responsibility 一节(按下方的标题规则识别),正文至少 20 字即为达标',
        '只计句子作用为 done 的正文;正文只有其他句子(如下一年度的任务、存在的问题)时为部分达标。',
        '其他部分(plan 除外)有一句话提到「第一责任人」也算达标(只算句子作用为 done 的句子)',
        '只出现「主要负责(人|同志).{0,20}(述法|法治建设|依法行政)」、「(党委|政府)主要领导.{0,20}法治建设」时为部分达标。',
        '  responsibility  标题匹配 「第一责任人」',
        '  plan            标题匹配 「下一年度」',
      ],
    ],
    [
      'three-enforcement-systems',
      [
        '在全文中,以下 3 项都要提到(每项写出任一说法即可),全部提到即为达标:',
        '    publicity:「行政执法公示」',
        '    recording:「全过程记录」',
        '只提到其中一部分,或只提到总称「三项制度」,为部分达标。',
      ],
    ],
    ['quantitative-evidence', ['在 measures 一节(没有这一节时查全文)中找到至少 3 处带单位的具体数字即为达标', '单位:默认单位']],
    [
      'timeliness',
      [
        '报告的发布日期早于报告年度次年的 4 月 1 日即为达标,否则为缺失。',
        '仅当 report-identity 的结论为 达标、部分达标 时适用;否则不适用,不计入总分。',
        '部分达标得权重的 0%',
      ],
    ],
    ['report-identity', ['标题符合「法[治制](政府)?建设.{0,16}(报告|汇报)」', '至少 3 节,也算达标', '的文书不是本类报告,一律判为缺失。']],
  ])('%s: what it checks, in words from its check spec', async (id, expected) => {
    const { code, out, err } = await run(['explain', id]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    for (const text of expected) expect(out).toContain(text);
  });

  it('explains in English with --locale en', async () => {
    const { code, out } = await run(['explain', 'shortcoming-causes', '--locale', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('shortcoming-causes · Causes of the shortcomings analysed\nrule set fzzf-annual-report 1.0.0');
    expect(out).toContain('severity warning · weight 10 · partial credit 50% of the weight');
    expect(out).toContain('What it checks (causes):\n  Cuts the body of the shortcomings section into problems');
    expect(out).toContain('  shortcomings  headings "不足", "存在的?.{0,4}问题"');
    expect(out).toContain('to meet it: After each shortcoming, state its cause');
  });

  it('explains the terms of another built-in rule set', async () => {
    const { code, out } = await run(['explain', 'power-list', '--rules', 'fzzf-annual-report-department', '--locale', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('Met when it finds any one of these terms in the whole report; a term written ten times counts once: "权责清单"');
  });
});

describe('explain: a city rule set', () => {
  it('explains a requirement that comes from the province file the city extends by a relative path', async () => {
    const { code, out } = await run(['explain', 'review-and-litigation', '--rules', 'city/city.yaml']);
    expect(code).toBe(0);
    expect(out).toContain('规则集 city-annual-report 1.2.0(某市法治政府建设年度报告检查清单)');
    expect(out).toContain('在 review 一节中提到以下说法中的任一个即为达标(同一说法出现多次只算一个):「行政复议」、「行政应诉|出庭应诉」');
    expect(out).toContain('  review  标题匹配 「行政复议」、「行政应诉」、「复议应诉」');
  });

  it('explains the city’s stricter deadline', async () => {
    const { out } = await run(['explain', 'timeliness', '--rules', 'city/city.yaml', '--locale', 'en']);
    expect(out).toContain("Met when the report's publication date is before 1 March of the year after the report year");
  });
});

describe('explain: ids that do not exist (exit 2)', () => {
  it('suggests the closest id', async () => {
    const { code, out, err } = await run(['explain', 'shortcoming-cause']);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toBe(
      'compliance-checklist: 规则集 fzzf-annual-report 中没有要求"shortcoming-cause"。你要找的是不是"shortcoming-causes"?运行 compliance-checklist rules show fzzf-annual-report 可查看全部要求。\n',
    );
  });

  it('lists the ids when none is close, naming the rule set as given', async () => {
    const { code, err } = await run(['explain', 'budget', '--rules', 'city/city.yaml', '--locale', 'en']);
    expect(code).toBe(2);
    expect(err).toContain('the rule set city/city.yaml has no requirement "budget". Its requirements: report-identity, ');
    expect(err).toContain('review-and-litigation, review-figures.');
    expect(err).toContain('Run compliance-checklist rules show city/city.yaml to see them all.');
  });

  it.each([
    ['no id', ['explain'], '缺少要说明的要求 id'],
    ['an unknown rule set', ['explain', 'timeliness', '--rules', 'fzzf-2099'], '未知的规则集"fzzf-2099"'],
    ['an invalid rule set', ['explain', 'timeliness', '--rules', 'five-mistakes.yaml'], '规则集 five-mistakes.yaml 有 5 处问题'],
    ['a bad locale', ['explain', 'timeliness', '--locale', 'fr'], '--locale 的值"fr"无效'],
  ])('exits 2 for %s', async (_name, argv, message) => {
    const { code, out, err } = await run(argv);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain(message);
  });

  it('prints its help', async () => {
    const { code, out } = await run(['explain', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('用法:compliance-checklist explain <要求id> [选项]');
  });
});
