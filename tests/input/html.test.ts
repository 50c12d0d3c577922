import { describe, expect, it } from 'vitest';
import { isChecklistError } from '../../src/errors.js';
import { declaredCharset, extractHtml } from '../../src/input/html.js';
import { parseText } from '../../src/parse/parse-report.js';
import { buildPage, CHROME_TEXT, type HeadingStyle, type PageOptions, type Skin, type TitlePlace } from './html-pages.js';
import { depthsOf, HAS_SEEDS, headerDate, headerSource, headingDepth, lineNumbers, loadReports, REPORTS, SEEDS, splitReport, type ReportParts } from './report-parts.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const REPORT_PARTS = loadReports();
const SKINS: Skin[] = ['trs', 'html5', 'aspnet', 'table-layout'];
const HEADINGS: HeadingStyle[] = ['h', 'strong', 'mixed'];
const TITLES: TitlePlace[] = ['h1', 'div', 'body'];

/** Every report in every skin; heading markup, title place and head metadata rotate across the table. */
const CASES = REPORT_PARTS.flatMap((parts, i) =>
  SKINS.map((skin, j): [string, ReportParts, PageOptions] => {
    const o: PageOptions = { skin, headings: HEADINGS[(i + j) % 3] as HeadingStyle, title: TITLES[(i + 2 * j) % 3] as TitlePlace, headMeta: (i + j) % 2 === 0 };
    return [`${parts.file} as ${skin} (${o.headings} headings, title ${o.title}${o.headMeta ? ', head meta' : ''})`, parts, o];
  }),
);

describe('extractHtml on real reports in government pages', () => {
  it('has the seed reports to work with', () => {
    if (!HAS_SEEDS) console.warn('../shared/corpus/seeds is absent: only tests/fixtures/reports are used');
    expect(REPORT_PARTS.length).toBeGreaterThanOrEqual(HAS_SEEDS ? 31 : 26);
  });

  it.each(CASES)('%s', (_name, parts, o) => {
    const extracted = extractHtml(buildPage(parts, o), `${parts.file}.html`);
    const lines = extracted.text.split('\n');
    expect(extracted.format).toBe('html');
    expect(extracted.encoding).toBeNull();

    // Every body paragraph, in order, on a line of its own.
    const at = lineNumbers(lines, parts.body);
    expect(parts.body.filter((_, k) => at[k] === 0)).toEqual([]);
    // No site chrome, no script or style text, no chrome lines of the original copy.
    const allowed = [parts.title ?? '', ...parts.header, ...parts.body].join('\n');
    for (const chrome of [...CHROME_TEXT, ...parts.chromeTop, ...parts.chromeBottom]) {
      if (!allowed.includes(chrome)) expect(extracted.text).not.toContain(chrome);
    }
    expect(extracted.text).not.toMatch(/\n\n\n/);

    // The title first — after the header fields when it is the body's own first line — with no hint.
    if (parts.title) {
      expect(extracted.meta.title).toBe(parts.title);
      const titleLine = lines.indexOf(parts.title) + 1;
      const firstNonField = lines.findIndex((l) => l && !/^[\u4e00-\u9fa5]{2,4}：/.test(l)) + 1;
      expect(titleLine).toBe(o.title === 'body' ? firstNonField : 1);
      expect(extracted.headings.map((h) => h.line)).not.toContain(titleLine);
    } else {
      expect(extracted.meta.title).toBeUndefined();
    }

    // Heading hints: exactly the heading lines, one level per numbering depth (一、 1, （一） 2).
    const depths = depthsOf(parts);
    const headingLines = parts.body.filter((l) => headingDepth(l) !== null);
    const expected = headingLines.map((l) => ({ line: at[parts.body.indexOf(l)] as number, level: depths.indexOf(headingDepth(l) as number) + 1 }));
    expect(extracted.headings).toEqual(expected);

    // Header fields come before the body, as `key：value`; the publication date and source are read.
    const date = headerDate(parts);
    expect(extracted.meta.published).toBe(date ?? undefined);
    if (date) expect(lines.slice(0, at[0])).toContainEqual(expect.stringMatching(new RegExp(`^(发布时间|发布日期|日期)：${date}`)));
    expect(extracted.meta.issuer).toBe(o.headMeta ? (headerSource(parts) ?? undefined) : undefined);
  });
});

describe.skipIf(!HAS_SEEDS)('extractHtml: header fields of the seed reports, exactly', () => {
  const seed = (prefix: string) => REPORT_PARTS.find((p) => p.file.startsWith(prefix)) as ReportParts;
  it.each([
    ['000', ['湄潭县2020年度法治政府建设工作报告', '发布时间：2021-03-23 09:33']],
    ['001', []],
    ['002', ['重庆市綦江区中峰镇2020年度法治政府建设情况报告', '日期：2021-03-16']],
    ['003', []],
    ['004', ['关于县政协十届二次会议第75号提案的答复函', '索引号：113304240025560106/2023-74723', '成文日期：2023-06-05', '文件编号：盐司函〔2023〕2号', '发布机构：县司法局']],
  ])('seed %s', (prefix, top) => {
    const parts = seed(prefix);
    const text = extractHtml(buildPage(parts, { skin: 'trs', headings: 'h', title: 'h1', headMeta: false })).text;
    const lines = text.split('\n');
    expect(lines.slice(0, top.length)).toEqual(top);
    expect(lines[top.length]).toBe(top.length ? '' : parts.body[0]);
  });

  it('gives the parser the same title, dates and top-level sections as the plain text', () => {
    for (const parts of REPORT_PARTS.filter((p) => /^\d{3}_/.test(p.file))) {
      const extracted = extractHtml(buildPage(parts, { skin: 'html5', headings: 'mixed', title: 'h1', headMeta: false }));
      const fromPage = parseText(extracted.text, { hints: { headings: extracted.headings } });
      const fromText = parseText(readFileSync(path.join(SEEDS, parts.file), 'utf8'));
      expect([fromPage.meta.title, fromPage.meta.published, fromPage.meta.signed], parts.file).toEqual([fromText.meta.title, fromText.meta.published, fromText.meta.signed]);
      expect(fromPage.sections.map((s) => s.heading), parts.file).toEqual(fromText.sections.map((s) => s.heading));
    }
  });
});

describe('extractHtml: a page whose only 法治政府建设年度报告 is the column name', () => {
  const news = splitReport('lookalike-meeting-news.txt', readFileSync(path.join(REPORTS, 'lookalike-meeting-news.txt'), 'utf8'));
  it.each(SKINS)('%s skin: the column name in <title>, nav, breadcrumb and sidebar is not in the text or meta', (skin) => {
    const extracted = extractHtml(buildPage(news, { skin, headings: 'strong', title: 'h1', headMeta: true }));
    expect(extracted.text).not.toContain('法治政府建设年度报告');
    expect(JSON.stringify(extracted.meta)).not.toContain('法治政府建设年度报告');
    expect(extracted.meta).toEqual({ title: '我县召开县政府常务会议审议《2023年度法治政府建设情况报告》', published: '2024-03-22', issuer: '泊阳县人民政府' });
    expect(extracted.text).toContain('（县政府办公室 供稿）');
  });
});

describe('extractHtml: page structure', () => {
  it.each<[string, string, string]>([
    ['<br> ends lines; two in a row are one empty line', '<div class="TRS_Editor"><p>一是加强学习。<br>二是加强统筹。<br><br><br>三是加强督察。</p></div>', '一是加强学习。\n二是加强统筹。\n\n三是加强督察。'],
    ['whitespace and full-width indentation collapse inside a line', '<div id="zoom"><p>　　2023年，全县\n   扎实推进&nbsp;依法行政。</p></div>', '2023年，全县 扎实推进 依法行政。'],
    ['a data table becomes rows of cells joined by " | "', '<div class="TRS_Editor"><p>主要指标如下：</p><table><tr><th>项目</th><th>2023年</th></tr><tr><td><p>行政复议案件</p></td><td>36件</td></tr></table></div>', '主要指标如下：\n项目 | 2023年\n行政复议案件 | 36件'],
    ['a layout table is read cell by cell', `<table><tr><td class="left-menu"><a>法治政府建设年度报告</a></td><td><p>${'全面推进依法行政。'.repeat(80)}</p><p>二、存在的问题</p></td></tr></table>`, `${'全面推进依法行政。'.repeat(80)}\n二、存在的问题`],
    ['hidden elements and comments are dropped', '<div class="TRS_Editor"><!-- 法治政府建设年度报告 --><p style="display:none">隐藏</p><p hidden>隐藏</p><p>正文。</p></div>', '正文。'],
    ['entities are decoded', '<div class="TRS_Editor"><p>《条例》&ldquo;放管服&rdquo;&amp;改革</p></div>', '《条例》“放管服”&改革'],
    ['without a body container, everything outside chrome is the body', '<body><div class="nav">首页</div><p>一、主要举措</p><p>正文。</p><div class="footer">版权所有</div></body>', '一、主要举措\n正文。'],
    ['a share bar inside the body is dropped', '<div class="TRS_Editor"><p>正文。</p><div class="bdshare">分享到：</div></div>', '正文。'],
  ])('%s', (_name, html, text) => {
    expect(extractHtml(html).text).toBe(text);
  });

  it.each<[string, string, string]>([
    [
      'an <h2> title matching <title>, inside a #printContent wrapper with the info line',
      '<title>梅岭区2023法治政府建设年度报告-梅岭区人民政府</title><div class="logo"><h1>梅岭区人民政府</h1></div><div id="printContent"><h2>梅岭区2023法治政府建设年度报告</h2><p class="info">发布时间: 2024-03-12 10:05 字体:[大 中 小]</p><div class="wz_content"><p>2023,全区上下坚持以习近平法治思想为指导,全面落实中央和省市关于法治政府建设的决策部署。</p></div></div>',
      '梅岭区2023法治政府建设年度报告\n发布时间：2024-03-12 10:05\n\n2023,全区上下坚持以习近平法治思想为指导,全面落实中央和省市关于法治政府建设的决策部署。',
    ],
    [
      'the same field above and below the body is given once; one only below is moved up',
      '<h1>岩前县2022年法治政府建设年度报告</h1><div class="info">发布日期：2023-05-10</div><div class="TRS_Editor"><p>2022年，岩前县坚持以习近平法治思想为指导，统筹推进疫情防控和法治政府建设。</p></div><div class="source">【发布日期：2023-05-10 信息来源：岩前县人民政府办公室】</div>',
      '岩前县2022年法治政府建设年度报告\n发布日期：2023-05-10\n信息来源：岩前县人民政府办公室\n\n2022年，岩前县坚持以习近平法治思想为指导，统筹推进疫情防控和法治政府建设。',
    ],
  ])('%s', (_name, html, text) => {
    expect(extractHtml(html).text).toBe(text);
  });

  it('without a body container, the info line stays in place and still dates the page', () => {
    const extracted = extractHtml('<h1>柳岸县2023年法治政府建设工作情况报告</h1><div>发布时间：2024-03-01 10:00 点击数：35</div><p>2023年，柳岸县在市委、市政府和县委的领导下推进法治政府建设。</p>');
    expect(extracted.text).toBe('柳岸县2023年法治政府建设工作情况报告\n\n发布时间：2024-03-01 10:00 点击数：35\n2023年，柳岸县在市委、市政府和县委的领导下推进法治政府建设。');
    expect(extracted.meta).toEqual({ title: '柳岸县2023年法治政府建设工作情况报告', published: '2024-03-01' });
  });

  it('an all-bold paragraph that is long or ends a sentence is not a heading', () => {
    const html = '<div class="TRS_Editor"><p><strong>一、主要举措</strong></p><p><b>全年办理行政复议案件36件。</b></p><p><strong>（一）这是一个非常长的加粗段落，它超过了四十个字符所以不能被当作标题来处理，只是强调而已</strong></p></div>';
    expect(extractHtml(html).headings).toEqual([{ line: 1, level: 1 }]);
  });

  it('a bold heading with partly plain text is not a heading', () => {
    expect(extractHtml('<div class="TRS_Editor"><p><strong>一、</strong>主要举措</p></div>').headings).toEqual([]);
  });

  it('takes the page title from <title> when the page has no title element, cutting the site name', () => {
    const html = '<html><head><title>南村镇2022年法治政府建设年度报告_政务公开_番禺区人民政府门户网站</title><meta name="firstpublishedtime" content="2023-03-10 11:00:00"></head><body><div class="content"><p>2022年以来，南村镇深入贯彻习近平法治思想。</p></div></body></html>';
    expect(extractHtml(html).meta).toEqual({ title: '南村镇2022年法治政府建设年度报告', published: '2023-03-10' });
  });

  it('keeps a year range in a <title> whole', () => {
    const html = '<title>关于《法治政府建设实施纲要（2021-2025年）》落实情况的报告 - 某某市人民政府</title><div class="content"><p>正文。</p></div>';
    expect(extractHtml(html).meta.title).toBe('关于《法治政府建设实施纲要（2021-2025年）》落实情况的报告');
  });
});

describe('extractHtml: empty pages', () => {
  it.each([
    ['an empty string', ''],
    ['an empty body', '<!DOCTYPE html><html><head><title>湄潭县2020年度法治政府建设工作报告</title></head><body></body></html>'],
    ['only whitespace and &nbsp;', '<html><body><p>&nbsp;</p>\n\t<div>　</div></body></html>'],
    ['only scripts and styles', '<html><head><style>p{}</style></head><body><script>document.write("法治政府建设年度报告")</script><noscript>请开启JavaScript</noscript></body></html>'],
    ['only site chrome (the report is loaded by script)', `<body><div class="nav"><a>首页</a><a>法治政府建设年度报告</a></div><div id="app"></div><div class="footer">版权所有 网站标识码 5203280001</div></body>`],
  ])('%s → INPUT_EMPTY, naming the file', (_name, html) => {
    let error: unknown;
    try {
      extractHtml(html, 'reports/湄潭县.html');
    } catch (e) {
      error = e;
    }
    expect(isChecklistError(error) && error.code).toBe('INPUT_EMPTY');
    expect((error as Error).message).toMatch(/^reports\/湄潭县\.html has no text: the HTML page shows nothing/);
    expect((error as { file: string }).file).toBe('reports/湄潭县.html');
  });
});

describe('declaredCharset', () => {
  it.each<[string, string | null]>([
    ['<!DOCTYPE html><html><head><meta charset="gbk"><title>x</title>', 'gbk'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GB2312" />', 'gb2312'],
    ["<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=gb18030'>", 'gb18030'],
    ['<?xml version="1.0" encoding="GBK"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', 'gbk'],
    ['<head><meta charset=" UTF-8 "></head>', 'utf-8'],
    ['<!-- <meta charset="gbk"> --><meta charset="utf-8">', 'utf-8'],
    ['<html><head><title>no charset</title></head>', null],
    [`<head>${' '.repeat(2100)}<meta charset="gbk">`, null],
  ])('%s → %s', (head, charset) => {
    expect(declaredCharset(head)).toBe(charset);
  });
});
