import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type FileChild } from 'docx';
import { describe, expect, it } from 'vitest';
import { isChecklistError } from '../../src/errors.js';
import { extractDocx } from '../../src/input/docx.js';
import { depthsOf, HAS_SEEDS, headingDepth, lineNumbers, loadReports, type ReportParts } from './report-parts.js';

/**
 * Word: built-in Title and Heading 1–3 styles. WPS: headings in styles named 标题 1/标题 2 (as WPS and
 * Chinese templates name them), the title a bold centred body paragraph, body text in a custom
 * style mammoth does not know (it warns; the warning must not reach the text).
 */
type Flavour = 'word' | 'wps';

// A figures table as reports attach them; its rows must come back as `cell | cell`.
const TABLE = [
  ['项目', '2023年', '2022年'],
  ['行政复议案件（件）', '36', '41'],
  ['行政应诉案件（件）', '18', '22'],
];
const TABLE_LINES = TABLE.map((row) => row.join(' | '));

const WORD_HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

function table(rows: string[][]): Table {
  return new Table({ rows: rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })) });
}

function paragraphFor(line: string, parts: ReportParts, flavour: Flavour): Paragraph {
  const depth = headingDepth(line);
  if (depth === null) return flavour === 'word' ? new Paragraph(line) : new Paragraph({ text: line, style: 'BodyIndent' });
  const rank = depthsOf(parts).indexOf(depth);
  return flavour === 'word' ? new Paragraph({ text: line, heading: WORD_HEADINGS[rank] }) : new Paragraph({ text: line, style: `Heading${rank + 1}Cn` });
}

/** A .docx of the report: title, body paragraphs, headings, and the figures table after the first paragraph. */
async function buildDocx(parts: ReportParts, flavour: Flavour): Promise<Uint8Array> {
  const children: FileChild[] = [];
  if (parts.title) {
    children.push(
      flavour === 'word'
        ? new Paragraph({ text: parts.title, heading: HeadingLevel.TITLE })
        : new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: parts.title, bold: true, size: 44 })] }),
    );
  }
  parts.body.forEach((line, i) => {
    children.push(paragraphFor(line, parts, flavour));
    if (i === 0) children.push(table(TABLE));
  });
  const styles = {
    paragraphStyles: [
      ...[1, 2, 3].map((n) => ({ id: `Heading${n}Cn`, name: `标题 ${n}`, basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 36 - 4 * n } })),
      { id: 'BodyIndent', name: '正文首行缩进', basedOn: 'Normal', paragraph: { indent: { firstLine: 640 } } },
    ],
  };
  const doc = new Document({ ...(flavour === 'wps' ? { styles } : {}), sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const REPORT_PARTS = loadReports();
const CASES = REPORT_PARTS.flatMap((parts) => (['word', 'wps'] as const).map((flavour): [string, ReportParts, Flavour] => [`${parts.file} (${flavour})`, parts, flavour]));

describe('extractDocx on real reports written as Word files', () => {
  it('has the seed reports to work with', () => {
    if (!HAS_SEEDS) console.warn('../shared/corpus/seeds is absent: only tests/fixtures/reports are used');
    expect(REPORT_PARTS.length).toBeGreaterThanOrEqual(HAS_SEEDS ? 31 : 26);
  });

  it.each(CASES)('%s', async (_name, parts, flavour) => {
    const extracted = await extractDocx(await buildDocx(parts, flavour), `${parts.file}.docx`);
    const lines = extracted.text.split('\n');
    expect(extracted.format).toBe('docx');

    // The title alone on line 1, with no hint, then every paragraph in order, the table as rows.
    const wanted = [parts.body[0] as string, ...TABLE_LINES, ...parts.body.slice(1)];
    const at = lineNumbers(lines, wanted);
    expect(wanted.filter((_, k) => at[k] === 0)).toEqual([]);
    if (parts.title) {
      expect(lines[0]).toBe(parts.title);
      expect(extracted.meta.title).toBe(parts.title);
    } else {
      expect(extracted.meta.title).toBeUndefined();
    }
    // Nothing else: no mammoth warning, no stray line.
    expect(lines.filter(Boolean)).toHaveLength(wanted.length + (parts.title ? 1 : 0));
    expect(extracted.text).not.toMatch(/unrecognised|warning|style/i);

    // Heading styles → hints, one level per numbering depth; the title has none.
    const depths = depthsOf(parts);
    const expected = wanted.flatMap((line, k) => {
      const depth = headingDepth(line);
      return depth === null ? [] : [{ line: at[k] as number, level: depths.indexOf(depth) + 1 }];
    });
    expect(extracted.headings).toEqual(expected);
  });
});

describe('extractDocx: bad files', () => {
  const sample = REPORT_PARTS.find((p) => p.file === 'layout-own-line-headings.txt') as ReportParts;
  const random = (n: number) => {
    const bytes = new Uint8Array(n);
    let x = 2463534242;
    for (let i = 0; i < n; i++) {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
      bytes[i] = x & 0xff;
    }
    return bytes;
  };
  const rename = (bytes: Uint8Array, from: string, to: string) => {
    const out = bytes.slice();
    const [a, b] = [new TextEncoder().encode(from), new TextEncoder().encode(to)];
    for (let i = 0; i + a.length <= out.length; i++) if (a.every((c, k) => out[i + k] === c)) out.set(b, i);
    return out;
  };

  it.each<[string, () => Promise<Uint8Array>, string, RegExp]>([
    ['a truncated .docx', async () => (await buildDocx(sample, 'word')).slice(0, 6000), 'INPUT_INVALID', /^报告\.docx is not a readable \.docx \(it may be truncated or damaged\): .+; open and re-save it in Word\/WPS$/],
    ['a .docx cut to its first bytes', async () => (await buildDocx(sample, 'word')).slice(0, 30), 'INPUT_INVALID', /is not a readable \.docx/],
    ['random bytes', async () => random(4096), 'INPUT_INVALID', /is not a readable \.docx/],
    ['a zip without word/document.xml', async () => rename(await buildDocx(sample, 'word'), 'word/document.xml', 'word/documenX.xml'), 'INPUT_INVALID', /is not a readable \.docx/],
    ['an old binary .doc named .docx', async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...random(1000)]), 'INPUT_UNSUPPORTED', /^报告\.docx is an old binary Word \.doc file.+save it as \.docx$/],
    ['a document with no text', async () => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }))), 'INPUT_EMPTY', /^报告\.docx has no text/],
  ])('%s → %s', async (_name, make, code, message) => {
    const bytes = await make();
    const error = await extractDocx(bytes, '报告.docx').then(() => null, (e: unknown) => e);
    expect(isChecklistError(error) && error.code).toBe(code);
    expect((error as Error).message).toMatch(message);
    expect((error as { file: string }).file).toBe('报告.docx');
    if (code === 'INPUT_INVALID') expect((error as Error).cause).toBeDefined();
  });
});

describe('extractDocx: input bytes', () => {
  it('reads a Node Buffer that is a view into a larger buffer', async () => {
    const parts = REPORT_PARTS.find((p) => p.file === 'causes-analysed-met.txt') as ReportParts;
    const bytes = await buildDocx(parts, 'word');
    const pool = Buffer.concat([Buffer.from('垃圾数据'.repeat(100)), Buffer.from(bytes), Buffer.from('尾部')]);
    const view = pool.subarray(1200, 1200 + bytes.length);
    expect((await extractDocx(view, 'view.docx')).meta.title).toBe(parts.title);
  });
});

describe('extractDocx: tables', () => {
  it('reads a metadata table (seed 004 as a Word file) row by row', async () => {
    const rows = [
      ['索引号:', '113304240025560106/2023-74723', '成文日期:', '2023-06-05'],
      ['文件编号:', '盐司函〔2023〕2号', '组配分类:', '建议提案'],
      ['发布机构:', '县司法局', '有效性:', ''],
    ];
    const doc = new Document({ sections: [{ children: [table(rows), new Paragraph({ text: '关于县政协十届二次会议第75号提案的答复函', heading: HeadingLevel.TITLE }), new Paragraph('张美群委员：您提出的《关于推进法治政府建设提升基层治理水平的建议》已收悉。')] }] });
    const extracted = await extractDocx(new Uint8Array(await Packer.toBuffer(doc)), '答复函.docx');
    expect(extracted.text.split('\n')).toEqual([
      '关于县政协十届二次会议第75号提案的答复函',
      '',
      '索引号: | 113304240025560106/2023-74723 | 成文日期: | 2023-06-05',
      '文件编号: | 盐司函〔2023〕2号 | 组配分类: | 建议提案',
      '发布机构: | 县司法局 | 有效性:',
      '张美群委员：您提出的《关于推进法治政府建设提升基层治理水平的建议》已收悉。',
    ]);
  });
});
