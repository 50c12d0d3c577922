/**
 * extractPdfText and looksLikePdfText: hand-written page furniture, then every real report turned into
 * a PDF-style copy (paragraphs broken every 34 characters or at a page width of 34 Chinese characters,
 * a page number and a running header every 40 lines), whose inserted breaks must come back as soft breaks and whose furniture as boilerplate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdfText, looksLikePdfText, readPdfCopy } from '../../src/input/pdf-text.js';
import { classifyLine } from '../../src/parse/boilerplate.js';
import { normalizeText } from '../../src/parse/normalize.js';
import { parseReport } from '../../src/report-input.js';
import { displayWidth } from '../../src/text-width.js';

const seeds = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const fixtures = path.resolve(import.meta.dirname, '../fixtures/reports');
const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)) : []);
const reports = [...list(seeds), ...list(fixtures)];

const WIDTH = 34;
const PAGE = 40;

interface PdfCopy {
  text: string;
  /** Lines after which the copy breaks a paragraph that the original had on one line. */
  inserted: number[];
  /** Lines where an original paragraph ends. */
  ends: number[];
  /** Inserted page-number and running-header lines. */
  furniture: number[];
  pages: number;
}

/** Breaks a line every WIDTH characters, as text tools do. */
const byChars = (line: string) => line.match(new RegExp(`.{1,${WIDTH}}`, 'gu')) ?? [''];

/** Breaks a line at WIDTH Chinese characters' width on the page, as a PDF does (digits are narrow). */
function byWidth(line: string): string[] {
  const chunks = [''];
  for (const char of line) {
    const last = chunks[chunks.length - 1] as string;
    if (displayWidth(last + char) > WIDTH * 2) chunks.push(char);
    else chunks[chunks.length - 1] = last + char;
  }
  return chunks;
}

/** Breaks every line with `wrap`; after every PAGE lines, `- N -` and the title. */
function toPdfCopy(text: string, header: string, wrap: (line: string) => string[]): PdfCopy {
  const copy: PdfCopy = { text: '', inserted: [], ends: [], furniture: [], pages: 0 };
  const out: string[] = [];
  let body = 0;
  let last = 0;
  const push = (line: string) => {
    out.push(line);
    last = out.length;
    if (++body % PAGE === 0) {
      out.push(`- ${++copy.pages} -`, header);
      copy.furniture.push(out.length - 1, out.length);
    }
  };
  for (const line of text.split(/\r?\n/)) {
    const chunks = wrap(line);
    chunks.forEach((chunk, k) => {
      push(chunk);
      if (k < chunks.length - 1) copy.inserted.push(last);
      else if (chunk.trim()) copy.ends.push(last);
    });
  }
  copy.text = out.join('\n');
  return copy;
}

// What no reader can tell from a paragraph end, so a break there is left alone: a break right after
// a sentence end, one before a numbered line (一、 （一） 1. 一是…), one inside a web page's header
// or footer lines (set aside by the parser anyway).
const SENTENCE_END = /[。！？；：!?;:…]$/;
const NUMBERED = /^(第[一二三四五六七八九十]{1,3}(部分|章|节)|[一二三四五六七八九十]{1,3}[、.]|\(([一二三四五六七八九十]{1,3}|\d{1,2})\)|\d{1,2}(、|\.(?!\d))|[①-⑳]|[一二三四五六七八九十]{1,2}是)/;
function undecidable(lines: string[], line: number, furniture: ReadonlySet<number>): boolean {
  const here = normalizeText(lines[line - 1] as string).trim();
  let n = line + 1;
  while (furniture.has(n)) n++;
  const next = normalizeText(lines[n - 1] ?? '').trim();
  return SENTENCE_END.test(here.replace(/[”’"'」』)》】]+$/, '')) || NUMBERED.test(next) || classifyLine(here) !== null || classifyLine(next) !== null;
}

describe('extractPdfText: page furniture', () => {
  const report = [
    '临澄市2023年法治政府建设年度报告', //                                   1
    '2023年，临澄市在省委、省政府的坚强领导下，坚持以习近平法治思想为指导，', // 2 soft
    '全面推进依法行政，法治政府建设取得新成效。现将有关情况报告如下：', //       3
    '一、主要举措和成效', //                                                 4
    '（一）健全依法行政制度体系。全年审核市政府规范性文件二十三件，备案审查', // 5 soft (across the page break)
    '', //                                                                    6
    '— 1 —', //                                                               7
    '', //                                                                    8
    '临澄市人民政府', //                                                      9
    '率百分之百，清理涉及营商环境的规范性文件四十一件，废止七件，修改十二', //   10 soft
    '件。', //                                                                11
    '（二）严格规范公正文明执法。全面落实行政执法三项制度，开展案卷评查一千', //  12 soft
    '八百卷，优良率百分之九十一。', //                                          13
    '第 2 页 共 3 页', //                                                     14
    '临澄市人民政府', //                                                      15
    '二、存在的不足和原因', //                                               16
    '一是执法人员结构性短缺，部分执法单位长期未开展系统培训，执法水平参差不齐', // 17
    '二是基层法治宣传形式较为单一，覆盖面不够广，群众参与的积极性有待提高。', //   18
    '3/3', //                                                                  19
    '临澄市人民政府', //                                                      20
  ].join('\n');

  it('finds page numbers, running headers and soft breaks', () => {
    const x = extractPdfText(report);
    expect(x.text).toBe(report);
    expect(x.format).toBe('pdf-text');
    expect(x.boilerplateLines).toEqual([7, 9, 14, 15, 19, 20]);
    // 17 is full and has no stop, but 18 opens with 二是: a new item, not a continuation.
    expect(x.softBreaks).toEqual([2, 5, 10, 12]);
    expect(x.headings).toEqual([]);
    expect(looksLikePdfText(report)).toBe(true);
  });

  it('a short report whose only unclosed lines are its headings is not a PDF copy: a PDF wraps paragraphs too', () => {
    const headingsOnTheirOwn = [
      '关于2023年度法治政府建设情况的报告',
      '（一）主要举措和成效',
      '全年制定修订规范性文件8件，全部经过合法性审核并报备案。办理行政复议案件31件，行政机关负责人出庭应诉率100%。',
      '（二）存在的不足和原因',
      '部分单位依法行政意识不够强，原因是学法用法制度落实不到位。',
      '（三）2024年主要安排',
      '2024年，将重点抓好以下工作：一是深化行政执法体制改革；二是推进法治宣传教育。',
      '（四）其他需要报告的情况',
      '无。',
    ].join('\n');
    expect(looksLikePdfText(headingsOnTheirOwn)).toBe(false);
  });

  // Lines 30 characters wide, each its own: four paragraphs broken once (four soft breaks in eight
  // lines), then one-line paragraphs. A copy needs soft breaks on a fifth of its content lines.
  const BASE = '依法推进行政执法规范化建设工作持续深化改革创新举措落实责任';
  const line = (k: number, closed: boolean) => (closed ? `${CN_DIGITS[k % 10]}${CN_DIGITS[Math.floor(k / 10)]}${BASE}`.slice(0, 29) + '。' : `${CN_DIGITS[k % 10]}${CN_DIGITS[Math.floor(k / 10)]}${BASE}`.slice(0, 30));
  const CN_DIGITS = '零壹贰叁肆伍陆柒捌玖';
  const wrapped = (ones: number) =>
    [...[0, 1, 2, 3].flatMap((k) => [line(k, false), line(k + 10, true)]), ...Array.from({ length: ones }, (_, k) => line(k + 40, true))].join('\n');
  it.each([
    ['4 soft breaks in 20 lines', 12, true],
    ['4 soft breaks in 21 lines', 13, false],
    ['4 soft breaks in 8 lines', 0, true],
  ])('decides at the share of a fifth exactly: %s', (_name, ones, copy) => {
    // Lines end in LF, CRLF or CR alike.
    for (const text of [wrapped(ones), wrapped(ones).replaceAll('\n', '\r\n'), wrapped(ones).replaceAll('\n', '\r')]) {
      expect(extractPdfText(text).softBreaks).toEqual([1, 3, 5, 7]);
      expect(looksLikePdfText(text)).toBe(copy);
    }
  });

  it.each<[string, string, number[]]>([
    ['decorated page numbers', '- 3 -\n— 3 —\n－ 3 －\n第3页\n第 3 页 共 12 页\n3/12\n3 / 12\nPage 3 of 12', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['a short line twice, each beside a page number', '正文第一页。\n- 1 -\n某县人民政府文件\n正文第二页。\n- 2 -\n某县人民政府文件\n正文第三页。', [2, 3, 5, 6]],
    ['a short line twice, away from page numbers, is text', '加强执法监督\n正文。\n加强执法监督\n正文。', []],
    ['the title on the first page is kept; its copy beside a page number is not', '某县2023年法治政府建设年度报告\n正文。\n- 1 -\n某县2023年法治政府建设年度报告\n正文。', [3, 4]],
    ['a title-like line once beside a page number is a running header', '正文第一页。\n- 1 -\n法治政府建设情况报告\n正文第二页。', [2, 3]],
    ['a line that does not read as a title, once beside a page number, is text', '正文第一页。\n- 1 -\n临澄市人民政府\n正文第二页。', [2]],
    ['a line repeated three times is a running header', '某县司法局\n正文一。\n某县司法局\n正文二。\n某县司法局\n正文三。', [1, 3, 5]],
  ])('%s', (_name, text, boilerplate) => {
    expect(extractPdfText(text).boilerplateLines).toEqual(boilerplate);
  });
});

describe.skipIf(reports.length === 0)('extractPdfText: real reports as PDF copies', () => {
  if (!existsSync(seeds)) it.skip(`seed reports (${seeds} is absent)`, () => {});

  const cases = reports.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const title = parseReport(text).meta.title ?? '法治政府建设年度报告';
    return [
      [`${path.basename(file)}, broken every ${WIDTH} characters`, text, toPdfCopy(text, title, byChars)] as const,
      [`${path.basename(file)}, broken at the page width`, text, toPdfCopy(text, title, byWidth)] as const,
    ];
  });

  it.each(cases)('%s', (_name, _text, copy) => {
    const x = extractPdfText(copy.text);
    expect(x.text).toBe(copy.text);
    const lines = copy.text.split('\n');
    const furniture = new Set(copy.furniture);
    // Every inserted page number and header is furniture, and nothing else is but a table cell broken
    // onto a line of its own as a bare number, which reads as a page number (the parser drops it too).
    const bareNumber = (l: number) => classifyLine(normalizeText(lines[l - 1] as string).trim()) === 'page-number';
    expect(x.boilerplateLines.filter((l) => !furniture.has(l) && !bareNumber(l))).toEqual([]);
    expect(copy.furniture.filter((l) => !x.boilerplateLines.includes(l))).toEqual([]);
    // No real paragraph end is soft; every inserted break is, unless it is undecidable.
    const soft = new Set(x.softBreaks);
    expect(copy.ends.filter((l) => soft.has(l))).toEqual([]);
    expect(copy.inserted.filter((l) => !soft.has(l) && !undecidable(lines, l, furniture))).toEqual([]);
    expect(x.softBreaks.every((l) => copy.inserted.includes(l))).toBe(true);
  });

  it('leaves only a few inserted breaks undecidable', () => {
    const all = cases.flatMap(([, , copy]) => copy.inserted.map((l) => undecidable(copy.text.split('\n'), l, new Set(copy.furniture))));
    expect(all.filter(Boolean).length / all.length).toBeLessThan(0.1);
  });

  it.each(cases)('looksLikePdfText: %s: the plain text is not a PDF copy, the copy is', (_name, text, copy) => {
    expect(looksLikePdfText(text)).toBe(false);
    // A one-page copy of a short report with few breaks has too little to go on.
    if (copy.pages >= 2 || copy.inserted.length >= 10) expect(looksLikePdfText(copy.text)).toBe(true);
  });

  it.each(cases)('readPdfCopy: %s: what extractPdfText gives for the copy, null for the plain text', (_name, text, copy) => {
    expect(readPdfCopy(copy.text)).toEqual(looksLikePdfText(copy.text) ? extractPdfText(copy.text) : null);
    expect(readPdfCopy(text)).toBeNull();
  });

  it.each(cases)('parseReport on a string: %s: the copy is read as readInput reads it, the plain text as text', (_name, text, copy) => {
    const asString = parseReport(copy.text);
    if (looksLikePdfText(copy.text)) {
      const asRead = parseReport(extractPdfText(copy.text));
      expect(asString.source?.format).toBe('pdf-text');
      expect(asString.sections).toEqual(asRead.sections);
      expect(asString.boilerplate).toEqual(asRead.boilerplate);
    }
    expect(parseReport(text).source).toBeUndefined();
    // Structure given by the caller is used as given: the text is not read again.
    expect(parseReport(copy.text, { hints: { headings: [], boilerplateLines: [], softBreaks: [] } }).source).toBeUndefined();
  });
});
