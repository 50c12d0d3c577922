/**
 * `check --waivers` and `check --rules <city file>` in-process, on real report text: a waiver in force,
 * an expired one, a waiver naming a requirement the rule set lacks, a malformed waivers file, and a
 * city rule set whose `extends` names a province file by a relative path.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { FAKE_TODAY, type FakeEntry } from './fake-io.js';
import { fixtureFiles, fixtureIo } from './fixture-files.js';

const REPORT = 'city/report-late.txt';

async function run(argv: string[], extra: Record<string, FakeEntry> = {}, today = FAKE_TODAY) {
  const io = fixtureIo(extra, { today });
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

type JsonFinding = { requirement: string; status: string; waiver?: unknown };

async function json(argv: string[], today?: string) {
  const { code, out, err } = await run([...argv, '--format', 'json'], {}, today);
  return { code, err, assessment: JSON.parse(out)[0] };
}

const finding = (a: { findings: JsonFinding[] }, id: string) => a.findings.find((f) => f.requirement === id);

describe('check --waivers: waivers in force', () => {
  it('waives the requirements, leaves them out of the score, and says why in JSON', async () => {
    const plain = await json(['check', REPORT]);
    const { code, err, assessment } = await json(['check', REPORT, '--waivers', 'waivers.yaml']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(assessment.waived).toEqual(['other-matters', 'timeliness']);
    expect(assessment.expiredWaivers).toEqual([]);
    expect(assessment.maxScore).toBe(plain.assessment.maxScore - 2 - 4);
    expect(finding(assessment, 'timeliness')).toMatchObject({
      status: 'waived',
      waiver: { justification: '2023年度报告因机构改革延期发布,经市司法局同意', expires: null, expired: false },
    });
    expect(finding(assessment, 'other-matters')?.waiver).toEqual({ justification: '本年度没有其他需要报告的事项', expires: '2025-12-31', expired: false });
    expect(finding(assessment, 'shortcomings')).not.toHaveProperty('waiver');
    expect(assessment.explanation).toMatch(/^加权计分:/);
    // The new keys come after the contract keys, in a fixed order.
    expect(Object.keys(assessment).slice(-5)).toEqual(['notApplicable', 'gate', 'waived', 'expiredWaivers', 'explanation']);
  });

  it('shows a waived finding as 已豁免 with its justification and expiry in stylish', async () => {
    const { code, out } = await run(['check', REPORT, '--waivers', 'waivers.yaml']);
    expect(code).toBe(0);
    expect(out).toMatch(/得分 [\d.]+\/[\d.]+\([\d.]+%\) · 等级 \S+ · 通过 · 2 项已豁免\n/);
    expect(out).toMatch(/ {2}○ 已豁免 +其他需要报告的情况 {2}不计入总分\n {6}已豁免:其他需要报告的情况\(理由:本年度没有其他需要报告的事项;有效期至2025-12-31\)/);
    expect(out).toMatch(/ {2}○ 已豁免 +按时公开 {2}不计入总分\n {6}已豁免:按时公开\(理由:2023年度报告因机构改革延期发布,经市司法局同意\)/);
  });

  it('says it in English with --locale en', async () => {
    const { out } = await run(['check', REPORT, '--waivers', 'waivers.yaml', '--locale', 'en']);
    expect(out).toContain('· 2 waived');
    expect(out).toMatch(/○ waived +Published on time {2}not counted in the score\n {6}Waived: Published on time \(justification: 2023年度报告因机构改革延期发布/);
  });

  it('still applies a waiver on its last day', async () => {
    const { assessment } = await json(['check', REPORT, '--waivers', 'waivers.yaml'], '2025-12-31');
    expect(assessment.waived).toContain('other-matters');
  });
});

describe('check --waivers: expired waivers', () => {
  it('does not apply an expired waiver, and says it expired in JSON and stylish', async () => {
    const { code, assessment } = await json(['check', REPORT, '--waivers', 'waivers-expired.yaml']);
    expect(code).toBe(0);
    expect(assessment.waived).toEqual([]);
    expect(assessment.expiredWaivers).toEqual([
      { requirement: 'quantitative-evidence', justification: '统计数据尚未公布,经市司法局同意暂缓', expires: '2024-12-31' },
    ]);
    expect(finding(assessment, 'quantitative-evidence')).toMatchObject({ status: 'met', waiver: { expires: '2024-12-31', expired: true } });
    const { out } = await run(['check', REPORT, '--waivers', 'waivers-expired.yaml']);
    expect(out).toContain(' · 1 项豁免已过期\n');
    expect(out).toContain('该项的豁免已于2024-12-31到期,不再适用(理由曾为:统计数据尚未公布,经市司法局同意暂缓)');
  });

  it('lets a waiver expire the day after its last day', async () => {
    const { assessment } = await json(['check', REPORT, '--waivers', 'waivers.yaml'], '2026-01-01');
    expect(assessment.waived).toEqual(['timeliness']);
    expect(assessment.expiredWaivers.map((w: { requirement: string }) => w.requirement)).toEqual(['other-matters']);
  });
});

describe('check --waivers: waivers that cannot be used (exit 2, nothing on stdout)', () => {
  it.each([
    [
      'a requirement the rule set lacks, with its place and the closest id',
      'waivers-unknown.yaml',
      [
        '豁免清单 waivers-unknown.yaml 有 1 处问题,无法使用。请逐条修改后重试:',
        'waivers-unknown.yaml:4:18 WAIVER_INVALID waivers[1].requirement 豁免的要求"shortcoming-cause"在规则集"fzzf-annual-report"中不存在;是不是"shortcoming-causes"?',
        '  - requirement: shortcoming-cause\n                 ^',
      ],
    ],
    [
      'a malformed file, every problem',
      'waivers-malformed.yaml',
      [
        '豁免清单 waivers-malformed.yaml 有 2 处问题',
        'waivers-malformed.yaml:2:5 WAIVER_INVALID waivers[0] 缺少必需的键"justification"。',
        'waivers-malformed.yaml:6:5 WAIVER_INVALID waivers[1].reason 有未知的键"reason"',
      ],
    ],
    ['a file that does not exist', 'nope.yaml', ['找不到豁免清单文件 nope.yaml。']],
    ['a folder', 'city', ['--waivers 的值 city 是一个文件夹。']],
  ])('%s', async (_name, waivers, messages) => {
    const { code, out, err } = await run(['check', REPORT, '--waivers', waivers], { city: { dir: true } });
    expect({ code, out }).toEqual({ code: 2, out: '' });
    for (const m of messages) expect(err).toContain(m);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('checks waivers against the rule set in use: a city requirement can be waived under the city rules only', async () => {
    const waivers = 'waivers:\n  - requirement: review-figures\n    justification: 本年度无复议案件\n';
    const city = await run(['check', REPORT, '--rules', 'city/city.yaml', '--waivers', 'w.yaml', '--format', 'json'], { 'w.yaml': waivers });
    expect(city.code).toBe(0);
    expect(JSON.parse(city.out)[0].waived).toEqual(['review-figures']);
    const national = await run(['check', REPORT, '--waivers', 'w.yaml'], { 'w.yaml': waivers });
    expect(national.code).toBe(2);
    expect(national.err).toContain('w.yaml:2:18 WAIVER_INVALID');
  });

  it('reports an unknown waiver once for a batch, before reading any report', async () => {
    const { code, err } = await run(['check', REPORT, 'city/report-on-time.txt', 'missing.txt', '--waivers', 'waivers-unknown.yaml']);
    expect(code).toBe(2);
    expect(err.match(/WAIVER_INVALID/g)).toHaveLength(1);
    expect(err).not.toContain('missing.txt');
  });
});

describe('check --rules: a city rule set that extends a province file by a relative path', () => {
  it('checks with the composed rule set: the province requirement, the city one, the stricter deadline', async () => {
    const { code, err, assessment } = await json(['check', 'city/report-on-time.txt', '--rules', 'city/city.yaml']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(assessment.ruleSet).toEqual({ id: 'city-annual-report', version: '1.2.0' });
    expect(assessment.findings.map((f: JsonFinding) => `${f.requirement}=${f.status}`)).toEqual(
      expect.arrayContaining(['timeliness=met', 'review-and-litigation=met', 'review-figures=met']),
    );
    expect(finding(assessment, 'other-matters')).toBeUndefined();
  });

  it('holds a report published in March to the city’s 3月1日 deadline (the national one is 4月1日)', async () => {
    const city = await json(['check', REPORT, '--rules', 'city/city.yaml']);
    expect(finding(city.assessment, 'timeliness')?.status).toBe('missing');
    const national = await json(['check', REPORT]);
    expect(finding(national.assessment, 'timeliness')?.status).toBe('met');
    expect((await run(['check', REPORT, '--rules', 'city/city.yaml', '--fail-on', 'warning'])).code).toBe(1);
  });

  it('reads the province file relative to the city file, wherever the command runs from', async () => {
    const moved = Object.fromEntries(
      ['city/city.yaml', 'city/common.yaml'].map((f) => [`offices/2024/rules/${f.split('/')[1]}`, fixtureFiles[f]!]),
    );
    const io = fixtureIo(moved);
    const code = await runCli(['check', REPORT, '--rules', 'offices/2024/rules/city.yaml', '--format', 'json'], io);
    expect({ code, err: io.err }).toEqual({ code: 0, err: '' });
    expect(JSON.parse(io.out)[0].findings.map((f: JsonFinding) => f.requirement)).toContain('review-and-litigation');
  });

  it('keeps file:line:col for problems in the province file', async () => {
    const broken = fixtureFiles['city/common.yaml']!.replace('severity: warning', 'severity: urgent');
    const { code, out, err } = await run(['check', REPORT, '--rules', 'city/city.yaml'], { 'city/common.yaml': broken });
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatch(/city\/common\.yaml:15:15 RULESET_SCHEMA requirements\[0\]\.severity 应为 error、warning、info 之一/);
    expect(err).toContain('    severity: urgent\n              ^');
  });
});
