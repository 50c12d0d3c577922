import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import type { ReportDocument, ReportMeta, Section } from '../../src/types.js';

const SEEDS = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const REPORTS = path.resolve(import.meta.dirname, '../fixtures/reports');
const HAS_SEEDS = existsSync(SEEDS);

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const parseFile = (dir: string, file: string) => parseReport(read(dir, file), { name: file });
const top = (doc: ReportDocument) => doc.sections.map((s) => [s.line, s.marker, s.heading]);

/** The six fields the assessment carries, all of them, so a wrong null is caught too. */
type Meta = Pick<ReportMeta, 'title' | 'year' | 'issuer' | 'level' | 'published' | 'signed'>;
interface Case {
  file: string;
  /** Every field, except those the parser gets wrong today (each has an it below). */
  meta: Meta | Partial<Meta>;
  top: Array<[number, string, string]>;
}

// Expected values decided by reading each file (line numbers are 1-based lines of the file).
const SEED_CASES: Case[] = [
  {
    file: '000_3c2dc1afcfd2df07.txt',
    meta: { title: '湄潭县2020年度法治政府建设工作报告', year: 2020, issuer: '湄潭县', level: 'county', published: '2021-03-23', signed: null },
    top: [[7, '一、', '工作开展情况'], [81, '二、', '存在的问题'], [97, '三、', '下步工作建议']],
  },
  {
    file: '001_e82a9f127ae49feb.txt',
    meta: { title: null, year: 2024, issuer: '中共益阳市赫山区委员会、益阳市赫山区人民政府', level: 'county', published: null, signed: '2025-01-06' },
    top: [
      [2, '一、', '推进法治政府建设的主要举措和成效'],
      [7, '二、', '党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况'],
      [11, '三、', '推进法治政府建设存在的不足和原因'],
      [13, '四、', '下阶段工作计划'],
    ],
  },
  {
    file: '002_7b66c0dc657212ad.txt',
    meta: { title: '重庆市綦江区中峰镇2020年度法治政府建设情况报告', year: 2020, issuer: '重庆市綦江区中峰镇', level: 'township', published: '2021-03-16', signed: null },
    top: [
      [10, '一、', '2020年主要工作及成效'],
      [37, '二、', '存在的问题和不足'],
      [41, '三、', '加强法治政府建设,确保党政主要负责人履行推进法治建设第一责任人职责'],
      [55, '四、', '下一步法治政府建设工作的几点意见建议'],
    ],
  },
  {
    file: '003_309042e87f77b6c8.txt',
    meta: { title: null, year: 2022, issuer: '南村镇', level: 'township', published: null, signed: null },
    top: [[2, '一、', '2022年建设法治政府主要举措和成效'], [26, '二、', '存在不足和原因'], [28, '三、', '2023年度推进法治政府建设的主要安排']],
  },
  {
    // A reply letter (答复函) flattened from a web table; the whole body is line 8.
    file: '004_fff62cd9c49e0397.txt',
    meta: { title: '关于县政协十届二次会议第75号提案的答复函', year: null, issuer: '海盐县司法局', level: 'department', published: null, signed: '2023-06-05' },
    top: [[8, '一、', '我县法治政府建设工作现况'], [8, '二、', '下一步工作举措']],
  },
];

const FIXTURE_CASES: Case[] = [
  {
    file: 'layout-own-line-headings.txt',
    meta: { title: '临澄市2023年法治政府建设年度报告', year: 2023, issuer: '临澄市人民政府', level: 'city', published: '2024-03-15', signed: '2024-03-08' },
    top: [[7, '一、', '2023年推进法治政府建设的主要举措和成效'], [22, '二、', '党政主要负责人履行推进法治建设第一责任人职责情况'], [26, '三、', '存在的不足和原因'], [29, '四、', '2024年推进法治政府建设的主要安排']],
  },
  {
    file: 'layout-run-in-headings.txt', // issuer: see it
    meta: { title: '青禾县2023年度法治政府建设情况报告', year: 2023, level: 'county', published: null, signed: '2024-01-26' },
    top: [[3, '一、', '推进法治政府建设的主要举措和成效'], [8, '二、', '党政主要负责人履行推进法治建设第一责任人职责情况'], [11, '三、', '存在的不足及原因'], [13, '四、', '2024年推进法治政府建设的主要安排']],
  },
  {
    file: 'layout-web-page-chrome.txt', // signed: see it
    meta: { title: '白鹭街道办事处2023年度法治政府建设工作报告', year: 2023, issuer: '白鹭街道办事处', level: 'township', published: '2024-02-27' },
    top: [[8, '一、', '主要举措及成效'], [14, '二、', '存在的不足和原因'], [16, '三、', '2024年工作打算']],
  },
  {
    // Lost characters: "2023," for 2023年 in the opening, "2024226日" in the signature (not guessed).
    file: 'layout-lost-characters.txt', // issuer, level: see it
    // The signature date lost its 年/月 ("2024226日"); only one split (2-26) is a real date.
    meta: { title: '梅岭区2023法治政府建设年度报告', year: 2023, published: '2024-03-12', signed: '2024-02-26' },
    top: [[7, '一、', '主要工作及成效'], [19, '二、', '存在的问题和原因'], [23, '三、', '2024年工作安排']],
  },
  {
    file: 'layout-single-line-body.txt',
    meta: { title: '松岩区2022年法治政府建设年度报告', year: 2022, issuer: '中共松岩区委、松岩区人民政府', level: 'county', published: null, signed: '2023-02-20' },
    top: [[2, '一、', '2022年度推进法治政府建设的主要举措和成效'], [2, '二、', '党政主要负责人履行推进法治建设第一责任人职责情况'], [2, '三、', '存在的不足和原因'], [2, '四、', '2023年度推进法治政府建设的主要安排']],
  },
  {
    file: 'layout-part-numbering.txt',
    meta: { title: '江澜省2023年法治政府建设情况报告', year: 2023, issuer: '江澜省人民政府', level: 'province', published: null, signed: '2024-03-20' },
    top: [[5, '第一部分', '2023年法治政府建设主要举措和成效'], [22, '第二部分', '党政主要负责人履行推进法治建设第一责任人职责情况'], [27, '第三部分', '存在的不足和原因'], [31, '第四部分', '2024年法治政府建设主要安排']],
  },
  {
    file: 'layout-half-width-punct.txt',
    meta: { title: '芦湾县2020年度法治政府建设工作报告', year: 2020, issuer: '芦湾县人民政府', level: 'county', published: '2021-03-29', signed: '2021-03-02' },
    top: [[6, '一、', '2020年法治政府建设工作情况'], [28, '二、', '党政主要负责人履行推进法治建设第一责任人职责情况'], [31, '三、', '存在的问题及原因'], [36, '四、', '2021年工作打算']],
  },
  {
    file: 'layout-responsible-person-first.txt',
    meta: { title: '丰川市人民政府关于2024年度法治政府建设情况的报告', year: 2024, issuer: '丰川市人民政府', level: 'city', published: null, signed: '2025-02-18' },
    top: [[6, '一、', '党政主要负责人履行推进法治建设第一责任人职责情况'], [11, '二、', '2024年推进法治政府建设的主要举措和成效'], [19, '三、', '存在的问题及原因'], [22, '四、', '2025年推进法治政府建设的主要安排']],
  },
  {
    file: 'layout-other-matters-section.txt',
    meta: { title: '泊阳县2023年度法治政府建设年度报告', year: 2023, issuer: '泊阳县人民政府', level: 'county', published: '2024-03-05', signed: '2024-02-28' },
    top: [[6, '一、', '主要举措和成效'], [13, '二、', '存在的不足和原因'], [17, '三、', '党政主要负责人履行推进法治建设第一责任人职责情况'], [20, '四、', '2024年推进法治政府建设的主要安排'], [25, '五、', '其他需要报告的情况']],
  },
  {
    file: 'department-market-regulation.txt',
    meta: { title: '鹤溪县市场监督管理局2023年度法治政府建设工作报告', year: 2023, issuer: '鹤溪县市场监督管理局', level: 'department', published: '2024-02-26', signed: '2024-02-20' },
    top: [[6, '一、', '主要工作及成效'], [13, '二、', '存在的不足和原因'], [16, '三、', '2024年工作安排']],
  },
];

describe.skipIf(!HAS_SEEDS)(`seed reports (skipped when ${SEEDS} is absent)`, () => {
  it.each(SEED_CASES)('$file: meta', ({ file, meta }) => {
    expect(parseFile(SEEDS, file).meta).toMatchObject(meta);
  });

  it.each(SEED_CASES)('$file: top-level outline', ({ file, top: expected }) => {
    expect(top(parseFile(SEEDS, file))).toEqual(expected);
  });

  it('000: eight (一)…(八) under 一、, with 1.–6. under (一)', () => {
    const [first] = parseFile(SEEDS, SEED_CASES[0]!.file).sections;
    expect(first!.children.map((c) => [c.line, c.markerKind, c.number])).toEqual(
      [9, 23, 27, 33, 45, 49, 61, 71].map((line, i) => [line, 'cn-paren', i + 1]),
    );
    expect(first!.children[0]!.children.map((c) => [c.line, c.marker, c.level])).toEqual(
      [11, 13, 15, 17, 19, 21].map((line, i) => [line, `${i + 1}.`, 3]),
    );
  });

  it('001: the signature (lines 15–17) stays out of the outline', () => {
    const doc = parseFile(SEEDS, SEED_CASES[1]!.file);
    const last = doc.sections[3]!;
    expect([last.line, last.endLine]).toEqual([13, 14]);
    expect(doc.boilerplate.some((b) => b.line === 15 && b.endLine === 17)).toBe(true);
  });

  it('004: one-line body: (一)…(八) under 一、 on line 8, 一是…五是 items under 二、', () => {
    const doc = parseFile(SEEDS, SEED_CASES[4]!.file);
    expect(doc.sections[0]!.children.map((c) => [c.line, c.marker, c.number])).toEqual(
      ['一', '二', '三', '四', '五', '六', '七', '八'].map((n, i) => [8, `(${n})`, i + 1]),
    );
    expect(doc.sections[0]!.children[0]!.heading).toBe('笃学践行习近平法治思想,法治政府建设方向更加明确清晰');
    expect(doc.sections[1]!.items.map((i) => i.marker)).toEqual(['一是', '二是', '三是', '四是', '五是']);
    expect(doc.meta.docNumber).toBe('盐司函〔2023〕2号');
  });
});

describe('fixture reports', () => {
  it.each(FIXTURE_CASES)('$file: meta', ({ file, meta }) => {
    expect(parseFile(REPORTS, file).meta).toMatchObject(meta);
  });

  it.each(FIXTURE_CASES)('$file: top-level outline', ({ file, top: expected }) => {
    expect(top(parseFile(REPORTS, file))).toEqual(expected);
  });

  it('part numbering: 一、…五、 under 第一部分, ①②③ nested under (1) on line 10', () => {
    const [part] = parseFile(REPORTS, 'layout-part-numbering.txt').sections;
    expect(part!.children.map((c) => [c.line, c.markerKind, c.level])).toEqual(
      [6, 9, 12, 15, 18].map((line) => [line, 'cn', 2]),
    );
    const first = part!.children[1]!.children[0]!;
    expect([first.marker, first.heading]).toEqual(['(1)', '推进行政审批制度改革']);
    expect(first.children.map((c) => [c.line, c.marker, c.level])).toEqual([[10, '①', 4], [10, '②', 4], [10, '③', 4]]);
  });

  it('CRLF line endings give the same outline lines and headings as LF', () => {
    const lf = read(REPORTS, 'layout-own-line-headings.txt');
    const crlf = parseReport(lf.replace(/\n/g, '\r\n'));
    const flat = (s: Section[]): unknown[] => s.flatMap((x) => [[x.line, x.marker, x.heading], ...flat(x.children)]);
    expect(flat(crlf.sections)).toEqual(flat(parseReport(lf).sections));
    expect(crlf.meta).toEqual(parseReport(lf).meta);
  });

  // Regression (was a bug): findSignature only accepts one organisation per line (ORG_LINE has no spaces), so the joint
  // signature "中共青禾县委　青禾县人民政府" (U+3000 between the names) is not read: the issuer falls
  // back to the title prefix "青禾县" and the signature line stays in the outline as a paragraph.
  it('layout-run-in-headings: a joint signature on one line gives both issuers', () => {
    const doc = parseFile(REPORTS, 'layout-run-in-headings.txt');
    expect(doc.meta.issuer).toBe('中共青禾县委、青禾县人民政府');
  });
  it('layout-run-in-headings: the signature line (15) is not a paragraph of the outline', () => {
    expect(allParagraphs(parseFile(REPORTS, 'layout-run-in-headings.txt')).map((p) => p.line)).not.toContain(15);
  });

  // Regression (was a bug): the "相关链接：" list (lines 26–27, titles of earlier reports) is not boilerplate, so the last
  // content line is a link title, findSignature finds no date there, and the signature (21–22) and the
  // links all become paragraphs of 三(三).
  it('layout-web-page-chrome: the signature date is read and nothing after 三(三) line 19 is content', () => {
    const doc = parseFile(REPORTS, 'layout-web-page-chrome.txt');
    expect(doc.meta.signed).toBe('2024-02-23');
    // Lines 17–19 are one-sentence numbered items, read as headings: count headings and paragraphs.
    const headings = (s: Section[]): number[] => s.flatMap((x) => [x.headingSpan.endLine, ...headings(x.children)]);
    expect(Math.max(...allParagraphs(doc).map((p) => p.endLine), ...headings(doc.sections))).toBe(19);
  });

  // Regression (was a bug): a signature block whose date lost characters ("2024226日") is not recognised at all, so the
  // issuer "梅岭区人民政府" is lost (and with it the level) and both lines become paragraphs of 三(三).
  // (signed stays null by design: parseDate does not guess garbled dates.)
  it('layout-lost-characters: the signature gives the issuer even when its date is garbled', () => {
    const doc = parseFile(REPORTS, 'layout-lost-characters.txt');
    expect([doc.meta.issuer, doc.meta.level]).toEqual(['梅岭区人民政府', 'county']);
    expect(allParagraphs(doc).map((p) => p.line)).not.toContain(31);
  });

  // Regression (was a bug): layoutOf only takes the title before any content line, and the attachment label "附件2" on
  // line 1 counts as content, so the title on line 3 is never found.
  it('lookalike-template-placeholders: the title after an "附件2" label is found', () => {
    expect(parseFile(REPORTS, 'lookalike-template-placeholders.txt').meta.title).toBe('xx镇20××年度法治政府建设情况报告（参考模板）');
  });
});

function allParagraphs(doc: ReportDocument) {
  const walk = (s: Section[]): ReportDocument['preamble'] => s.flatMap((x) => [...x.paragraphs, ...walk(x.children)]);
  return [...doc.preamble, ...walk(doc.sections)];
}

/** Line of an offset, computed independently of src/parse/lines.ts. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length;

// Web-page chrome that must never be read as report text.
const CHROME = /首页\s*[>＞]|当前位置|字体\s*[:：]|版权所有|ICP\s*备|网站标识码|公网安备|返回顶部|打印本页|关闭窗口/;

const ALL_FILES = [
  ...(HAS_SEEDS ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => ({ dir: SEEDS, file: f })) : []),
  ...readdirSync(REPORTS).filter((f) => f.endsWith('.txt')).map((f) => ({ dir: REPORTS, file: f })),
];

describe('every span points into the original text', () => {
  it.each(ALL_FILES)('$file', ({ dir, file }) => {
    const text = read(dir, file);
    const doc = parseReport(text);
    expect(doc.text).toBe(text);
    let previousEnd = 0;
    const inOrder = (span: { start: number; end: number }) => {
      expect(span.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = span.end;
    };
    const checkSpan = (span: { start: number; end: number; line: number; endLine: number }) => {
      expect(span.line).toBe(lineOf(text, span.start));
      expect(span.endLine).toBe(lineOf(text, span.end - 1));
    };
    const visit = (sections: Section[]) => {
      for (const s of sections) {
        const head = text.slice(s.headingSpan.start, s.headingSpan.end);
        expect(head.startsWith(s.marker) && head.endsWith(s.heading)).toBe(true);
        expect(head.slice(s.marker.length, head.length - s.heading.length).trim()).toBe('');
        expect(s.start).toBe(s.headingSpan.start);
        expect(s.heading).not.toMatch(CHROME);
        checkSpan(s);
        checkSpan(s.headingSpan);
        inOrder(s.headingSpan);
        for (const p of s.paragraphs) {
          expect(p.text).toBe(text.slice(p.start, p.end));
          expect(p.text).not.toMatch(CHROME);
          checkSpan(p);
          inOrder(p);
        }
        for (const item of s.items) {
          expect(item.text).toBe(text.slice(item.start, item.end));
          expect(item.text.startsWith(item.marker)).toBe(true);
          checkSpan(item);
        }
        visit(s.children);
      }
    };
    for (const p of doc.preamble) {
      expect(p.text).toBe(text.slice(p.start, p.end));
      expect(p.text).not.toMatch(CHROME);
      checkSpan(p);
      inOrder(p);
    }
    visit(doc.sections);
  });
});
